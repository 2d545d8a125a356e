package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/timeline"
)

var _ chronik.TimelineService = (*DB)(nil)

// mergeChunk is how many documents MergeEvents with no ids merges per
// transaction.
const mergeChunk = 256

// MergeEvents merges the events of the given documents into the merged
// events; see [chronik.TimelineService.MergeEvents]. With no ids it
// merges every stored document not merged yet (a store written by a
// chronik without timelines), in transactions of 256 documents.
func (db *DB) MergeEvents(ctx context.Context, docIDs []string) (chronik.MergeResult, error) {
	if docIDs != nil {
		return db.mergeEvents(ctx, docIDs, false)
	}
	var total chronik.MergeResult
	done := 0
	for {
		var ids []string
		rows, err := db.db.QueryContext(ctx, `SELECT id FROM documents d
			WHERE NOT EXISTS (SELECT 1 FROM merged_documents m WHERE m.doc = d.seq)
			ORDER BY seq LIMIT ?`, mergeChunk)
		if err != nil {
			return total, fmt.Errorf("merge events: find documents: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return total, fmt.Errorf("merge events: %w", err)
			}
			ids = append(ids, id)
		}
		if err := rows.Close(); err != nil {
			return total, fmt.Errorf("merge events: %w", err)
		}
		if len(ids) == 0 {
			return total, nil
		}
		res, err := db.mergeEvents(ctx, ids, true)
		if done += len(ids); err == nil && db.MergeProgress != nil {
			db.MergeProgress(done)
		}
		total.Mentions += res.Mentions
		total.Created += res.Created
		total.Updated += res.Updated
		total.Deleted += res.Deleted
		if err != nil {
			return total, err
		}
	}
}

// PendingMerge returns how many stored documents have not been merged.
func (db *DB) PendingMerge(ctx context.Context) (int, error) {
	var n int
	// merged_documents only holds stored documents (its rows go with
	// theirs), so the difference of the counts is the number pending.
	err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM merged_documents)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count documents to merge: %w", err)
	}
	return n, nil
}

func (db *DB) mergeEvents(ctx context.Context, docIDs []string, skipUnknown bool) (chronik.MergeResult, error) {
	var res chronik.MergeResult
	start := time.Now()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("merge events: begin: %w", err)
	}
	defer tx.Rollback()
	idx := newTxIndex(ctx, tx)
	defer idx.close()

	ids, err := json.Marshal(docIDs)
	if err != nil {
		return res, fmt.Errorf("merge events: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT j.value, d.seq, EXISTS (SELECT 1 FROM merged_documents m WHERE m.doc = d.seq)
		FROM json_each(?) j LEFT JOIN documents d ON d.id = j.value`, string(ids))
	if err != nil {
		return res, fmt.Errorf("merge events: find documents: %w", err)
	}
	var seqs []int64
	for rows.Next() {
		var id string
		var seq sql.NullInt64
		var merged bool
		if err := rows.Scan(&id, &seq, &merged); err != nil {
			rows.Close()
			return res, fmt.Errorf("merge events: %w", err)
		}
		if !seq.Valid {
			if skipUnknown {
				continue
			}
			rows.Close()
			return res, chronik.Errorf(chronik.ENOTFOUND, "merge events: document %q not found", id)
		}
		if !merged && !slices.Contains(seqs, seq.Int64) {
			seqs = append(seqs, seq.Int64)
		}
	}
	if err := rows.Close(); err != nil {
		return res, fmt.Errorf("merge events: %w", err)
	}
	if len(seqs) == 0 {
		return res, nil
	}
	reports, err := idx.newReports(seqs)
	if err != nil {
		return res, fmt.Errorf("merge events: %w", err)
	}
	res.Mentions = len(reports)
	ch, err := timeline.Plan(ctx, idx, reports)
	if err != nil {
		return res, fmt.Errorf("merge events: %w", err)
	}
	if err := idx.apply(ch, reports); err != nil {
		return res, fmt.Errorf("merge events: %w", err)
	}
	for _, seq := range seqs {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO merged_documents (doc) VALUES (?)`, seq); err != nil {
			return res, fmt.Errorf("merge events: %w", err)
		}
	}
	deleted := map[string]bool{}
	for _, id := range ch.Delete {
		deleted[id] = true
	}
	for _, g := range ch.Put {
		if deleted[g.ID] {
			res.Updated++
			delete(deleted, g.ID)
		} else {
			res.Created++
		}
	}
	res.Deleted = len(deleted)
	if err := tx.Commit(); err != nil {
		return chronik.MergeResult{}, fmt.Errorf("merge events: commit: %w", err)
	}
	db.Logger.Debug("merged events", "documents", len(seqs), "mentions", res.Mentions, "region", ch.Region,
		"created", res.Created, "updated", res.Updated, "deleted", res.Deleted, "duration", time.Since(start))
	return res, nil
}

// mentionRef locates an event row: its document and event seq.
type mentionRef struct{ doc, event int64 }

// packed returns the ref as one integer, the document seq in the high 32
// bits, for passing lists of refs to SQLite as a JSON array.
func (r mentionRef) packed() int64 { return r.doc<<32 | r.event }

// txIndex is the store's [timeline.Index] inside one transaction. seqs
// maps report keys to their rows; reports holds every report read in the
// transaction, so that a stored report that is a candidate of many new
// ones is read and decoded once (the store does not change until apply).
type txIndex struct {
	ctx     context.Context
	tx      *sql.Tx
	seqs    map[string]mentionRef
	reports map[mentionRef]*timeline.Report
	buckets map[bucketKey][]keyEntry // ranges of mention_keys read
	cand    *sql.Stmt                // the candidates query, prepared on first use
}

func newTxIndex(ctx context.Context, tx *sql.Tx) *txIndex {
	return &txIndex{ctx: ctx, tx: tx, seqs: map[string]mentionRef{}, reports: map[mentionRef]*timeline.Report{},
		buckets: map[bucketKey][]keyEntry{}}
}

func (ix *txIndex) close() {
	if ix.cand != nil {
		ix.cand.Close()
	}
}

// reportColumns are the columns scanReport reads; the query joins
// events e, documents d and (left) mentions m.
const reportColumns = `e.doc, e.seq, d.id, d.dct, d.lang, e.id, e.type, e.mode, e.actors, e.recipients,
	e.date_value, e.date_timex, e.date_from, e.place_ref, e.place_name, e.place_country, e.place_lat, e.place_lon,
	e.modality, e.reported, e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
	coalesce(m.merged, ''), coalesce(m.quote, ''), coalesce(m.unplaced, 0)`

// scanReports reads rows of reportColumns; with sentence set, each row
// has one more column, the text of the event's sentence, which becomes
// the quote of a new report. Every report read is kept in ix.reports.
func (ix *txIndex) scanReports(rows *sql.Rows, sentence bool) ([]*timeline.Report, error) {
	defer rows.Close()
	var out []*timeline.Report
	for rows.Next() {
		var (
			ref                     mentionRef
			r                       = new(timeline.Report)
			dct, actors, recipients string
			pRef, pName, pCountry   sql.NullString
			pLat, pLon              sql.NullFloat64
			text                    sql.NullString
			e                       = &r.Event
		)
		dest := []any{&ref.doc, &ref.event, &r.Doc, &dct, &r.Lang, &e.ID, &e.Type, &e.Mode, &actors, &recipients,
			&e.Date.Value, &e.Date.Timex, &e.Date.From, &pRef, &pName, &pCountry, &pLat, &pLon,
			&e.Modality, &e.Reported, &e.Trigger.Text, &e.Trigger.Start, &e.Trigger.End, &e.Sentence.Start, &e.Sentence.End,
			&r.Cluster, &r.Quote, &r.Unplaced}
		if sentence {
			dest = append(dest, &text)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("scan event: %w", err)
		}
		var err error
		if r.DCT, err = chronik.ParseDCT(dct); err != nil {
			return nil, fmt.Errorf("document %s: %w", r.Doc, err)
		}
		if err := json.Unmarshal([]byte(actors), &e.Actor); err != nil {
			return nil, fmt.Errorf("document %s event %s actors: %w", r.Doc, e.ID, err)
		}
		if err := json.Unmarshal([]byte(recipients), &e.Recipient); err != nil {
			return nil, fmt.Errorf("document %s event %s recipients: %w", r.Doc, e.ID, err)
		}
		if pRef.Valid {
			e.Place = &chronik.Place{Ref: pRef.String, Name: pName.String, Country: pCountry.String, Lat: pLat.Float64, Lon: pLon.Float64}
		}
		if e.ID == "" {
			e.ID = fmt.Sprintf("e%d", ref.event)
		}
		if sentence {
			r.Quote, r.Cluster, r.Unplaced = timeline.Quote(text.String), "", false
		}
		ix.seqs[r.Key()] = ref
		ix.reports[ref] = r
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// newReports loads the events of documents to merge, with the sentence
// each comes from.
func (ix *txIndex) newReports(seqs []int64) ([]*timeline.Report, error) {
	arr, _ := json.Marshal(seqs)
	rows, err := ix.tx.QueryContext(ix.ctx, `SELECT `+reportColumns+`,
		CAST(substr(CAST(d.text AS BLOB), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS TEXT)
		FROM events e JOIN documents d ON d.seq = e.doc LEFT JOIN mentions m ON m.doc = e.doc AND m.event = e.seq
		WHERE e.doc IN (SELECT value FROM json_each(?)) ORDER BY e.doc, e.seq`, string(arr))
	if err != nil {
		return nil, fmt.Errorf("load events: %w", err)
	}
	return ix.scanReports(rows, true)
}

// load returns the reports of the given rows, reading from the store only
// those not read before in the transaction.
func (ix *txIndex) load(ctx context.Context, refs []mentionRef) ([]*timeline.Report, error) {
	out := make([]*timeline.Report, 0, len(refs))
	var missing []int64
	for _, ref := range refs {
		if r, ok := ix.reports[ref]; ok {
			out = append(out, r)
		} else {
			missing = append(missing, ref.packed())
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	arr, _ := json.Marshal(missing)
	rows, err := ix.tx.QueryContext(ctx, `SELECT `+reportColumns+` FROM json_each(?) j
		JOIN events e ON e.doc = j.value >> 32 AND e.seq = j.value & 4294967295
		JOIN documents d ON d.seq = e.doc LEFT JOIN mentions m ON m.doc = e.doc AND m.event = e.seq`, string(arr))
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	read, err := ix.scanReports(rows, false)
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	return append(out, read...), nil
}

// scanRefs reads rows of (doc, event).
func scanRefs(rows *sql.Rows) ([]mentionRef, error) {
	defer rows.Close()
	var out []mentionRef
	for rows.Next() {
		var ref mentionRef
		if err := rows.Scan(&ref.doc, &ref.event); err != nil {
			return nil, err
		}
		out = append(out, ref)
	}
	return out, rows.Err()
}

// bucketKey names one range of the mention_keys primary key: the
// mentions of one type indexed under one key in one month.
type bucketKey struct {
	typ, key string
	month    int
}

// keyEntry is one row of mention_keys: a mention and the days its date
// covers.
type keyEntry struct {
	ref    mentionRef
	lo, hi int
}

// Candidates implements [timeline.Index]. The candidates of a batch's
// reports overlap heavily (a stored report is the candidate of every
// report that matches it, and Plan asks again for each of those), so the
// transaction reads each range of the mention_keys index once, keeps it
// (doc, event and days: a few bytes a row) and filters by the days in Go.
// Only reports not read before in the transaction are read from events.
func (ix *txIndex) Candidates(ctx context.Context, q timeline.Query) ([]*timeline.Report, error) {
	if err := ix.readBuckets(ctx, q); err != nil {
		return nil, fmt.Errorf("query candidates: %w", err)
	}
	var refs []mentionRef
	seen := map[mentionRef]bool{}
	for _, k := range q.Keys {
		for _, mo := range q.Months {
			for _, e := range ix.buckets[bucketKey{q.Type, k, mo}] {
				if e.lo <= q.Hi && e.hi >= q.Lo && !seen[e.ref] {
					seen[e.ref] = true
					refs = append(refs, e.ref)
				}
			}
		}
	}
	return ix.load(ctx, refs)
}

// readBuckets reads the index ranges of the query not read before.
func (ix *txIndex) readBuckets(ctx context.Context, q timeline.Query) error {
	var keys []string
	var months []int
	for _, k := range q.Keys {
		for _, mo := range q.Months {
			if _, ok := ix.buckets[bucketKey{q.Type, k, mo}]; !ok {
				keys = appendNew(keys, k)
				months = appendNew(months, mo)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	if ix.cand == nil {
		stmt, err := ix.tx.PrepareContext(ctx, `SELECT key, month, doc, event, lo, hi FROM mention_keys
			WHERE month IN (SELECT value FROM json_each(?)) AND type = ? AND key IN (SELECT value FROM json_each(?))`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		ix.cand = stmt
	}
	kj, _ := json.Marshal(keys)
	mj, _ := json.Marshal(months)
	rows, err := ix.cand.QueryContext(ctx, string(mj), q.Type, string(kj))
	if err != nil {
		return err
	}
	defer rows.Close()
	got := map[bucketKey][]keyEntry{}
	for rows.Next() {
		b := bucketKey{typ: q.Type}
		var e keyEntry
		if err := rows.Scan(&b.key, &b.month, &e.ref.doc, &e.ref.event, &e.lo, &e.hi); err != nil {
			return err
		}
		got[b] = append(got[b], e)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range keys {
		for _, mo := range months {
			b := bucketKey{q.Type, k, mo}
			if _, ok := ix.buckets[b]; !ok {
				ix.buckets[b] = got[b] // nil when empty: read, and empty
			}
		}
	}
	return nil
}

func appendNew[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// Members implements [timeline.Index].
func (ix *txIndex) Members(ctx context.Context, ids []string) ([]*timeline.Report, error) {
	arr, _ := json.Marshal(ids)
	rows, err := ix.tx.QueryContext(ctx, `SELECT doc, event FROM mentions WHERE merged IN (SELECT value FROM json_each(?))`, string(arr))
	if err != nil {
		return nil, fmt.Errorf("query merged event members: %w", err)
	}
	refs, err := scanRefs(rows)
	if err != nil {
		return nil, fmt.Errorf("query merged event members: %w", err)
	}
	return ix.load(ctx, refs)
}

// apply writes a change: deleted merged events go, new and changed ones
// are written with their actors and mentions, and new reports are
// indexed as candidates.
func (ix *txIndex) apply(ch timeline.Change, fresh []*timeline.Report) error {
	ctx, tx := ix.ctx, ix.tx
	if len(ch.Delete) > 0 {
		arr, _ := json.Marshal(ch.Delete)
		if _, err := tx.ExecContext(ctx, `DELETE FROM merged_events WHERE id IN (SELECT value FROM json_each(?))`, string(arr)); err != nil {
			return fmt.Errorf("delete merged events: %w", err)
		}
	}
	insEvent, err := tx.PrepareContext(ctx, `INSERT INTO merged_events (id, type, date_lo, date_hi, width,
		place_ref, place_folded, place_country, modality, sources, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insEvent.Close()
	insActor, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO merged_actors (key, date_lo, negw, merged, role, name, country, type)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insActor.Close()
	insMention, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO mentions (doc, event, merged, quote, unplaced) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insMention.Close()
	for _, g := range ch.Put {
		m := timeline.Summarize(g)
		iv := timeline.Span(m)
		lo, hi := iv.Lo, iv.Hi
		if !iv.Valid() {
			lo, hi = 1<<30, 1<<30 // undated events sort last
		}
		data := encodeMerged(m)
		var pRef, pName, pCountry string
		if m.Place != nil {
			pRef, pName, pCountry = m.Place.Ref, timeline.Fold(m.Place.Name), m.Place.Country
		}
		r, err := insEvent.ExecContext(ctx, g.ID, m.Type, lo, hi, hi-lo, pRef, pName, pCountry, m.Modality, m.Sources, data)
		if err != nil {
			return fmt.Errorf("insert merged event %s: %w", g.ID, err)
		}
		seq, err := r.LastInsertId()
		if err != nil {
			return err
		}
		for _, role := range []struct {
			name   string
			actors []chronik.Actor
		}{{"actor", m.Actor}, {"recipient", m.Recipient}} {
			for _, a := range role.actors {
				if _, err := insActor.ExecContext(ctx, timeline.ActorKey(a), lo, lo-hi, seq, role.name, a.Name, a.Country, m.Type); err != nil {
					return fmt.Errorf("insert merged event %s actor: %w", g.ID, err)
				}
			}
		}
		for _, rep := range g.Reports {
			ref, ok := ix.seqs[rep.Key()]
			if !ok {
				return fmt.Errorf("merged event %s: unknown report %s", g.ID, rep.Key())
			}
			if _, err := insMention.ExecContext(ctx, ref.doc, ref.event, g.ID, rep.Quote, rep.Unplaced); err != nil {
				return fmt.Errorf("insert mention %s: %w", rep.Key(), err)
			}
		}
	}
	insKey, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO mention_keys (type, key, month, doc, event, lo, hi) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insKey.Close()
	insName, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO actor_names (folded, key, name, country) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insName.Close()
	for _, rep := range fresh {
		ref := ix.seqs[rep.Key()]
		iv := rep.Interval()
		for _, k := range rep.IndexKeys() {
			for _, mo := range rep.IndexMonths() {
				if _, err := insKey.ExecContext(ctx, rep.Event.Type, k, mo, ref.doc, ref.event, iv.Lo, iv.Hi); err != nil {
					return fmt.Errorf("index mention %s: %w", rep.Key(), err)
				}
			}
		}
		for _, a := range slices.Concat(rep.Event.Actor, rep.Event.Recipient) {
			k := timeline.ActorKey(a)
			if k == "" {
				continue
			}
			for _, n := range []string{a.Name, a.Ref} {
				if f := timeline.Fold(n); f != "" {
					if _, err := insName.ExecContext(ctx, f, k, a.Name, a.Country); err != nil {
						return fmt.Errorf("index actor name: %w", err)
					}
				}
			}
		}
	}
	return nil
}

// FindMergedEventByID returns one merged event; see
// [chronik.TimelineService.FindMergedEventByID].
func (db *DB) FindMergedEventByID(ctx context.Context, id string) (*chronik.MergedEvent, error) {
	var data []byte
	err := db.db.QueryRowContext(ctx, `SELECT data FROM merged_events WHERE id = ?`, id).Scan(&data)
	if err == sql.ErrNoRows {
		return nil, chronik.Errorf(chronik.ENOTFOUND, "merged event %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find merged event %s: %w", id, err)
	}
	m, err := decodeMerged(data)
	if err != nil {
		return nil, fmt.Errorf("find merged event %s: %w", id, err)
	}
	return m, nil
}

// FindMergedEvents returns merged events in chronological order; see
// [chronik.TimelineService.FindMergedEvents]. Events of one actor are
// read through the merged_actors index by date, so a timeline for one
// actor costs what that actor's events cost, not what the store holds.
func (db *DB) FindMergedEvents(ctx context.Context, f chronik.TimelineFilter) ([]*chronik.MergedEvent, int, error) {
	var where []string
	var args []any
	dateCond := func(col string) {
		if !f.From.IsZero() {
			where = append(where, col+`_hi >= ?`)
			args = append(args, timeline.Day(f.From))
		}
		if !f.To.IsZero() {
			where = append(where, col+`_lo < ?`)
			args = append(args, timeline.Day(f.To))
		}
	}
	from := `merged_events me`
	order := ` ORDER BY me.date_lo, me.width DESC, me.seq`
	if len(f.Actor) > 0 {
		lo, hi := -1<<31, 1<<31
		if !f.From.IsZero() {
			lo = timeline.Day(f.From) - 400 // date_lo of events overlapping From
		}
		if !f.To.IsZero() {
			hi = timeline.Day(f.To)
		}
		if len(f.Actor) == 1 {
			// One actor: read its index range in timeline order.
			from = `merged_actors a JOIN merged_events me ON me.seq = a.merged`
			where = append(where, `a.key = ? AND a.date_lo >= ? AND a.date_lo < ?`)
			args = append(args, f.Actor[0], lo, hi)
			order = ` ORDER BY a.date_lo, a.negw, a.merged`
		} else {
			keys, _ := json.Marshal(f.Actor)
			from = `(SELECT DISTINCT merged FROM merged_actors WHERE key IN (SELECT value FROM json_each(?)) AND date_lo >= ? AND date_lo < ?) a
			JOIN merged_events me ON me.seq = a.merged`
			args = append(args, string(keys), lo, hi)
		}
	}
	// With an actor, conditions that merged_actors answers name a, so
	// that SQLite checks them before it reads the event's row.
	seqCol, typeCol := `me.seq`, `me.type`
	if len(f.Actor) > 0 {
		seqCol = `a.merged`
	}
	if len(f.Actor) == 1 {
		typeCol = `a.type`
	}
	if len(f.With) > 0 {
		keys, _ := json.Marshal(f.With)
		where = append(where, seqCol+` IN (SELECT merged FROM merged_actors WHERE key IN (SELECT value FROM json_each(?)))`)
		args = append(args, string(keys))
	}
	if f.Type != "" {
		where = append(where, typeCol+` = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if len(f.Place) > 0 {
		var refs, folded []string
		for _, p := range f.Place {
			refs = append(refs, p, strings.ToUpper(p))
			folded = append(folded, timeline.Fold(p))
		}
		r, _ := json.Marshal(refs)
		fo, _ := json.Marshal(folded)
		where = append(where, `(me.place_ref IN (SELECT value FROM json_each(?)) OR me.place_country IN (SELECT value FROM json_each(?))
			OR me.place_folded IN (SELECT value FROM json_each(?)))`)
		args = append(args, string(r), string(r), string(fo))
	}
	if f.Modality != "" {
		where = append(where, `me.modality = ?`)
		args = append(args, f.Modality)
	}
	if f.MinSources > 0 {
		where = append(where, `me.sources >= ?`)
		args = append(args, f.MinSources)
	}
	dateCond("me.date")
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	paged := f.Limit > 0 || f.Offset > 0
	total := -1
	if paged {
		// The total of a page is counted without reading events: for one
		// actor with no other filter than dates before To, from its
		// merged_actors range alone.
		countQ, countArgs := `SELECT count(*) FROM `+from+cond, args
		if len(f.Actor) == 1 && len(f.With) == 0 && f.Type == "" && len(f.Place) == 0 && f.Modality == "" &&
			f.MinSources == 0 && f.From.IsZero() {
			countQ, countArgs = `SELECT count(*) FROM merged_actors a WHERE a.key = ? AND a.date_lo >= ? AND a.date_lo < ?`, args[:3]
		}
		if err := db.db.QueryRowContext(ctx, countQ, countArgs...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("find merged events: count: %w", err)
		}
	}
	q := `SELECT me.data FROM ` + from + cond + order
	if paged {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find merged events: %w", err)
	}
	defer rows.Close()
	dec := newMergedDecoding()
	for rows.Next() {
		var data sql.RawBytes
		if err := rows.Scan(&data); err != nil {
			dec.wait()
			return nil, 0, fmt.Errorf("find merged events: %w", err)
		}
		dec.add(dec.copyRow(data))
	}
	out, err := dec.wait()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, 0, fmt.Errorf("find merged events: %w", err)
	}
	if total < 0 {
		total = len(out) // everything was read
	}
	return out, total, nil
}

// FindActors returns stored actors matching a name or ref; see
// [chronik.TimelineService.FindActors]. Names match folded (case,
// diacritics, spaces and hyphens ignored), first exactly, else as a part
// of a longer name ("Lawrow" finds "Sergej Lawrow").
func (db *DB) FindActors(ctx context.Context, name string, limit int) ([]chronik.ActorMatch, error) {
	if limit <= 0 {
		limit = 20
	}
	var rows *sql.Rows
	var err error
	if name == "" {
		rows, err = db.db.QueryContext(ctx, `SELECT a.key, coalesce((SELECT n.name FROM actor_names n WHERE n.key = a.key LIMIT 1), a.key),
			coalesce((SELECT n.country FROM actor_names n WHERE n.key = a.key LIMIT 1), ''), count(DISTINCT a.merged) AS c
			FROM merged_actors a GROUP BY a.key ORDER BY c DESC, a.key LIMIT ?`, limit)
	} else {
		f := timeline.Fold(name)
		rows, err = db.db.QueryContext(ctx, `WITH k AS (
				SELECT key FROM actor_names WHERE folded = ?1 OR key = ?2
				UNION SELECT key FROM actor_names WHERE ?1 != '' AND NOT EXISTS (SELECT 1 FROM actor_names WHERE folded = ?1 OR key = ?2)
					AND instr(folded, ?1) > 0)
			SELECT k.key, coalesce((SELECT n.name FROM actor_names n WHERE n.key = k.key LIMIT 1), k.key),
				coalesce((SELECT n.country FROM actor_names n WHERE n.key = k.key LIMIT 1), ''),
				(SELECT count(DISTINCT merged) FROM merged_actors a WHERE a.key = k.key) AS c
			FROM k ORDER BY c DESC, k.key LIMIT ?3`, f, name, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("find actors: %w", err)
	}
	defer rows.Close()
	var out []chronik.ActorMatch
	for rows.Next() {
		var a chronik.ActorMatch
		if err := rows.Scan(&a.Key, &a.Name, &a.Country, &a.Events); err != nil {
			return nil, fmt.Errorf("find actors: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
