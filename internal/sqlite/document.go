package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// CreateDocuments stores a batch in one transaction; see
// [chronik.Store.CreateDocuments]. A document that cannot be stored
// (invalid UTF-8, a span outside its text) fails the whole batch with
// code EINVALID before anything is written.
func (db *DB) CreateDocuments(ctx context.Context, docs []*chronik.Document) (chronik.BatchResult, error) {
	var res chronik.BatchResult
	if len(docs) == 0 {
		return res, nil
	}
	for i, doc := range docs {
		if err := validateDocument(doc); err != nil {
			return res, fmt.Errorf("create documents: document %d: %w", i, err)
		}
	}
	hashes := make([]string, len(docs))
	for i, doc := range docs {
		hashes[i] = doc.ContentHash()
	}

	start := time.Now()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("create documents: begin: %w", err)
	}
	defer tx.Rollback()

	known, err := knownHashes(ctx, tx, hashes)
	if err != nil {
		return res, fmt.Errorf("create documents: %w", err)
	}
	ins, err := prepareInserts(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("create documents: %w", err)
	}
	defer ins.close()

	created := db.Now().UTC().Format(time.RFC3339Nano)
	usedIDs := make(map[string]bool)
	for i, doc := range docs {
		if err := ctx.Err(); err != nil {
			return chronik.BatchResult{}, fmt.Errorf("create documents: %w", err)
		}
		if known[hashes[i]] {
			res.Duplicates++
			continue
		}
		known[hashes[i]] = true
		id, err := uniqueID(ctx, tx, doc.ID, hashes[i], usedIDs)
		if err != nil {
			return chronik.BatchResult{}, fmt.Errorf("create documents: %w", err)
		}
		usedIDs[id] = true
		if err := ins.document(ctx, doc, id, hashes[i], created); err != nil {
			return chronik.BatchResult{}, fmt.Errorf("create document %s: %w", id, err)
		}
		res.Created++
		res.IDs = append(res.IDs, id)
	}
	if err := tx.Commit(); err != nil {
		return chronik.BatchResult{}, fmt.Errorf("create documents: commit: %w", err)
	}
	db.Logger.Debug("stored batch", "created", res.Created, "duplicates", res.Duplicates, "duration", time.Since(start))
	return res, nil
}

// validateDocument checks what the store relies on: a document, valid
// UTF-8 (the full-text index and PostgreSQL need it) and spans inside
// the text.
func validateDocument(doc *chronik.Document) error {
	if doc == nil {
		return chronik.Errorf(chronik.EINVALID, "nil document")
	}
	if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
		return chronik.Errorf(chronik.EINVALID, "document %q: text is not valid UTF-8", doc.ID)
	}
	if strings.IndexByte(doc.Text, 0) >= 0 {
		return chronik.Errorf(chronik.EINVALID, "document %q: text contains a NUL byte", doc.ID)
	}
	n := len(doc.Text)
	bad := func(s chronik.Span) bool { return s.Start < 0 || s.End < s.Start || s.End > n }
	check := func(layer string, i int, s chronik.Span) error {
		if bad(s) {
			return chronik.Errorf(chronik.EINVALID, "document %q: %s %d: span [%d,%d) outside text of %d bytes", doc.ID, layer, i, s.Start, s.End, n)
		}
		return nil
	}
	for i, s := range doc.Sentences {
		if err := check("sentence", i, s.Span); err != nil {
			return err
		}
	}
	for i, t := range doc.Tokens {
		if err := check("token", i, t.Span); err != nil {
			return err
		}
	}
	for i, t := range doc.Timexes {
		if err := check("timex", i, t.Span); err != nil {
			return err
		}
	}
	for i, e := range doc.Entities {
		if err := check("entity", i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range doc.Events {
		if err := check("event trigger", i, e.Trigger.Span); err != nil {
			return err
		}
		if err := check("event sentence", i, e.Sentence); err != nil {
			return err
		}
	}
	return nil
}

// uniqueID returns the id a new document is stored under: its own id (or
// its hash when it has none), with a suffix -2, -3, … if that is taken.
func uniqueID(ctx context.Context, tx *sql.Tx, id, hash string, used map[string]bool) (string, error) {
	if id == "" {
		id = hash
	}
	for n := 1; ; n++ {
		cand := id
		if n > 1 {
			cand = id + "-" + strconv.Itoa(n)
		}
		if used[cand] {
			continue
		}
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, cand).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return cand, nil
		}
		if err != nil {
			return "", fmt.Errorf("check id %s: %w", cand, err)
		}
	}
}

// inserts holds the statements a batch reuses for every document.
type inserts struct {
	doc, fts, timex, entity, event, actor *sql.Stmt
}

func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	var ins inserts
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&ins.doc, `INSERT INTO documents (id, hash, source, url, title, lang, dct, dct_precision, dct_time,
			text, norm, norm_offsets, sentences, tokens, meta, errors, created)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&ins.fts, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, fts5_locale(?, ?), fts5_locale(?, ?))`},
		{&ins.timex, `INSERT INTO timexes (doc, seq, id, text, span_start, span_end, type, value, mod, quant, freq, anchor)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&ins.entity, `INSERT INTO entities (doc, seq, id, text, span_start, span_end, type, ref, name, country, sector, adjective)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&ins.event, `INSERT INTO events (doc, seq, id, type, mode, actors, recipients, date_value, date_timex, date_from,
			place_ref, place_name, place_country, place_lat, place_lon, modality, reported,
			trigger_text, trigger_start, trigger_end, sentence_start, sentence_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&ins.actor, `INSERT INTO event_actors (doc, event, role, pos, ref, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)`},
	} {
		stmt, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			ins.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.stmt = stmt
	}
	return &ins, nil
}

func (ins *inserts) close() {
	for _, s := range []*sql.Stmt{ins.doc, ins.fts, ins.timex, ins.entity, ins.event, ins.actor} {
		if s != nil {
			s.Close()
		}
	}
}

// document inserts one document with all its layers.
func (ins *inserts) document(ctx context.Context, doc *chronik.Document, id, hash, created string) error {
	var norm any
	var normOffsets []byte
	if doc.NormOffsets != nil {
		norm, normOffsets = doc.Norm, encodeOffsets(doc.NormOffsets)
	}
	meta, err := marshalNullable(doc.Meta, len(doc.Meta) == 0)
	if err != nil {
		return fmt.Errorf("meta: %w", err)
	}
	errs, err := marshalNullable(doc.Errors, len(doc.Errors) == 0)
	if err != nil {
		return fmt.Errorf("errors: %w", err)
	}
	r, err := ins.doc.ExecContext(ctx, id, hash, doc.Source, doc.URL, doc.Title, doc.Lang,
		doc.DCT.String(), int(doc.DCT.Precision), dctTime(doc.DCT),
		doc.Text, norm, nullBlob(normOffsets), nullBlob(encodeSentences(doc.Sentences)),
		nullBlob(encodeTokens(doc.Tokens, doc.Text)), meta, errs, created)
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if _, err := ins.fts.ExecContext(ctx, seq, doc.Lang, doc.Title, doc.Lang, doc.Text); err != nil {
		return fmt.Errorf("index document: %w", err)
	}
	for i, t := range doc.Timexes {
		if _, err := ins.timex.ExecContext(ctx, seq, i, t.ID, t.Text, t.Start, t.End,
			t.Type, t.Value, t.Mod, t.Quant, t.Freq, t.Anchor); err != nil {
			return fmt.Errorf("insert timex %s: %w", t.ID, err)
		}
	}
	for i, e := range doc.Entities {
		if _, err := ins.entity.ExecContext(ctx, seq, i, e.ID, e.Text, e.Start, e.End,
			e.Type, e.Ref, e.Name, e.Country, e.Sector, e.Adjective); err != nil {
			return fmt.Errorf("insert entity %s: %w", e.ID, err)
		}
	}
	for i, e := range doc.Events {
		actors, err := json.Marshal(nonNilActors(e.Actor))
		if err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		recipients, err := json.Marshal(nonNilActors(e.Recipient))
		if err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		var pRef, pName, pCountry, pLat, pLon any
		if p := e.Place; p != nil {
			pRef, pName, pCountry, pLat, pLon = p.Ref, p.Name, p.Country, p.Lat, p.Lon
		}
		if _, err := ins.event.ExecContext(ctx, seq, i, e.ID, e.Type, e.Mode, string(actors), string(recipients),
			e.Date.Value, e.Date.Timex, e.Date.From, pRef, pName, pCountry, pLat, pLon,
			e.Modality, e.Reported, e.Trigger.Text, e.Trigger.Start, e.Trigger.End,
			e.Sentence.Start, e.Sentence.End); err != nil {
			return fmt.Errorf("insert event %s: %w", e.ID, err)
		}
		for _, role := range []struct {
			name   string
			actors []chronik.Actor
		}{{"actor", e.Actor}, {"recipient", e.Recipient}} {
			for pos, a := range role.actors {
				if _, err := ins.actor.ExecContext(ctx, seq, i, role.name, pos, a.Ref, a.Country, a.Sector); err != nil {
					return fmt.Errorf("insert event %s %s: %w", e.ID, role.name, err)
				}
			}
		}
	}
	return nil
}

func nonNilActors(a []chronik.Actor) []chronik.Actor {
	if a == nil {
		return []chronik.Actor{}
	}
	return a
}

// dctTime returns the DCT as Unix seconds, or nil when it is unknown, so
// that date filters leave documents without a DCT out.
func dctTime(d chronik.DCT) any {
	if d.IsZero() {
		return nil
	}
	return d.Time.Unix()
}

func nullBlob(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

func marshalNullable(v any, empty bool) (any, error) {
	if empty {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// KnownHashes returns which hashes are stored; see
// [chronik.Store.KnownHashes]. The hashes go to SQLite as one JSON array
// per chunk and are looked up through the unique index.
func (db *DB) KnownHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("known hashes: begin: %w", err)
	}
	defer tx.Rollback()
	known, err := knownHashes(ctx, tx, hashes)
	if err != nil {
		return nil, fmt.Errorf("known hashes: %w", err)
	}
	return known, nil
}

// hashChunk bounds the JSON array bound per query.
const hashChunk = 5000

func knownHashes(ctx context.Context, tx *sql.Tx, hashes []string) (map[string]bool, error) {
	known := make(map[string]bool)
	for len(hashes) > 0 {
		chunk := hashes[:min(len(hashes), hashChunk)]
		hashes = hashes[len(chunk):]
		arr, err := json.Marshal(chunk)
		if err != nil {
			return nil, err
		}
		rows, err := tx.QueryContext(ctx,
			`SELECT hash FROM documents WHERE hash IN (SELECT value FROM json_each(?))`, string(arr))
		if err != nil {
			return nil, fmt.Errorf("query hashes: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("scan hash: %w", err)
			}
			known[h] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("query hashes: %w", err)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("query hashes: %w", err)
		}
	}
	return known, nil
}
