package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// FindDocumentByID returns a document with all its layers, or an error
// with code ENOTFOUND.
func (db *DB) FindDocumentByID(ctx context.Context, id string) (*chronik.Document, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("find document %s: begin: %w", id, err)
	}
	defer tx.Rollback()
	doc, err := findDocumentByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// documentColumns are the columns scanDocument reads, in order.
const documentColumns = `d.seq, d.id, d.source, d.url, d.title, d.lang, d.dct, d.text, d.meta, d.errors`

func findDocumentByID(ctx context.Context, tx *sql.Tx, id string) (*chronik.Document, error) {
	var (
		seq                                int64
		norm                               sql.NullString
		normOffsets, sentences, tokenBlobs []byte
	)
	row := tx.QueryRowContext(ctx, `SELECT `+documentColumns+`, d.norm, d.norm_offsets, d.sentences, d.tokens
		FROM documents d WHERE d.id = ?`, id)
	doc, err := scanDocument(row, &seq, &norm, &normOffsets, &sentences, &tokenBlobs)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chronik.Errorf(chronik.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find document %s: %w", id, err)
	}
	if norm.Valid {
		doc.Norm = norm.String
		if doc.NormOffsets, err = decodeOffsets(normOffsets); err != nil {
			return nil, fmt.Errorf("find document %s: norm offsets: %w", id, err)
		}
	}
	if doc.Sentences, err = decodeSentences(sentences); err != nil {
		return nil, fmt.Errorf("find document %s: sentences: %w", id, err)
	}
	if doc.Tokens, err = decodeTokens(tokenBlobs, doc.Text); err != nil {
		return nil, fmt.Errorf("find document %s: tokens: %w", id, err)
	}
	if doc.Timexes, err = findTimexes(ctx, tx, seq); err != nil {
		return nil, fmt.Errorf("find document %s: timexes: %w", id, err)
	}
	if doc.Entities, err = findEntities(ctx, tx, seq); err != nil {
		return nil, fmt.Errorf("find document %s: entities: %w", id, err)
	}
	if doc.Events, err = findEvents(ctx, tx, seq); err != nil {
		return nil, fmt.Errorf("find document %s: events: %w", id, err)
	}
	return doc, nil
}

// scanDocument scans documentColumns followed by extra destinations.
func scanDocument(row interface{ Scan(...any) error }, seq *int64, extra ...any) (*chronik.Document, error) {
	var (
		doc        chronik.Document
		dct        string
		meta, errs sql.NullString
	)
	dest := append([]any{seq, &doc.ID, &doc.Source, &doc.URL, &doc.Title, &doc.Lang, &dct, &doc.Text, &meta, &errs}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	var err error
	if doc.DCT, err = chronik.ParseDCT(dct); err != nil {
		return nil, fmt.Errorf("dct: %w", err)
	}
	if meta.Valid {
		if err := json.Unmarshal([]byte(meta.String), &doc.Meta); err != nil {
			return nil, fmt.Errorf("meta: %w", err)
		}
	}
	if errs.Valid {
		if err := json.Unmarshal([]byte(errs.String), &doc.Errors); err != nil {
			return nil, fmt.Errorf("errors: %w", err)
		}
	}
	return &doc, nil
}

func findTimexes(ctx context.Context, tx *sql.Tx, seq int64) ([]chronik.Timex, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, text, span_start, span_end, type, value, mod, quant, freq, anchor
		FROM timexes WHERE doc = ? ORDER BY seq`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chronik.Timex
	for rows.Next() {
		var t chronik.Timex
		if err := rows.Scan(&t.ID, &t.Text, &t.Start, &t.End, &t.Type, &t.Value, &t.Mod, &t.Quant, &t.Freq, &t.Anchor); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func findEntities(ctx context.Context, tx *sql.Tx, seq int64) ([]chronik.Entity, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, text, span_start, span_end, type, ref, name, country, sector, adjective
		FROM entities WHERE doc = ? ORDER BY seq`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chronik.Entity
	for rows.Next() {
		var e chronik.Entity
		if err := rows.Scan(&e.ID, &e.Text, &e.Start, &e.End, &e.Type, &e.Ref, &e.Name, &e.Country, &e.Sector, &e.Adjective); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func findEvents(ctx context.Context, tx *sql.Tx, seq int64) ([]chronik.Event, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, type, mode, actors, recipients, date_value, date_timex, date_from,
		place_ref, place_name, place_country, place_lat, place_lon, modality, reported,
		trigger_text, trigger_start, trigger_end, sentence_start, sentence_end
		FROM events WHERE doc = ? ORDER BY seq`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chronik.Event
	for rows.Next() {
		var (
			e                     chronik.Event
			actors, recipients    string
			pRef, pName, pCountry sql.NullString
			pLat, pLon            sql.NullFloat64
		)
		if err := rows.Scan(&e.ID, &e.Type, &e.Mode, &actors, &recipients, &e.Date.Value, &e.Date.Timex, &e.Date.From,
			&pRef, &pName, &pCountry, &pLat, &pLon, &e.Modality, &e.Reported,
			&e.Trigger.Text, &e.Trigger.Start, &e.Trigger.End, &e.Sentence.Start, &e.Sentence.End); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(actors), &e.Actor); err != nil {
			return nil, fmt.Errorf("event %s actors: %w", e.ID, err)
		}
		if err := json.Unmarshal([]byte(recipients), &e.Recipient); err != nil {
			return nil, fmt.Errorf("event %s recipients: %w", e.ID, err)
		}
		if pRef.Valid {
			e.Place = &chronik.Place{Ref: pRef.String, Name: pName.String, Country: pCountry.String, Lat: pLat.Float64, Lon: pLon.Float64}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// FindDocuments lists documents without their annotation layers; see
// [chronik.Store.FindDocuments]. The count is the number of matching
// documents regardless of Offset and Limit. Documents without a DCT sort
// after dated ones. A date filter compares the first instant of the DCT:
// a document dated "2019-04" is in [2019-04-01, 2019-05-01) but not in
// [2019-04-15, 2019-05-01).
func (db *DB) FindDocuments(ctx context.Context, filter chronik.DocumentFilter) ([]*chronik.Document, int, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("find documents: begin: %w", err)
	}
	defer tx.Rollback()

	conds, args := documentConds("d", filter.From, filter.To, filter.Lang)
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents d`+where, args...).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("find documents: count: %w", err)
	}
	q := `SELECT ` + documentColumns + ` FROM documents d` + where + ` ORDER BY d.dct_time IS NULL, d.dct_time, d.id`
	if filter.Limit > 0 || filter.Offset > 0 {
		limit := filter.Limit
		if limit <= 0 {
			limit = -1
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, max(filter.Offset, 0))
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find documents: %w", err)
	}
	defer rows.Close()
	var docs []*chronik.Document
	for rows.Next() {
		var seq int64
		doc, err := scanDocument(rows, &seq)
		if err != nil {
			return nil, 0, fmt.Errorf("find documents: %w", err)
		}
		docs = append(docs, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find documents: %w", err)
	}
	return docs, n, nil
}

// documentConds returns SQL conditions and their arguments for date and
// language filters on the documents table aliased as alias. A date filter
// leaves out documents without a DCT (dct_time is NULL).
func documentConds(alias string, from, to time.Time, lang string) ([]string, []any) {
	var conds []string
	var args []any
	if !from.IsZero() {
		conds = append(conds, alias+".dct_time >= ?")
		args = append(args, from.Unix())
	}
	if !to.IsZero() {
		conds = append(conds, alias+".dct_time < ?")
		args = append(args, to.Unix())
	}
	if lang != "" {
		conds = append(conds, alias+".lang = ?")
		args = append(args, lang)
	}
	return conds, args
}
