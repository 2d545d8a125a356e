package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// Merged events are stored in merged_events.data in a compact binary
// form: a whole timeline of an actor is tens of thousands of events with
// their mentions, and decoding them from JSON cost ten times the reading.
// The form is a version byte (mergedFormat) and then every field of
// [chronik.MergedEvent] in declaration order: strings and slices as a
// uvarint length and their bytes or elements (slices as length+1, 0 for
// nil, so that nil and empty survive), integers as varints, booleans as
// one byte, floats as 8 bytes, a *Place as a presence byte. Decoding
// copies the row once into a string and takes every string field as a
// substring of it. Rows written by chronik before the binary form hold
// JSON (they start with '{') and are still read.
//
// TestMergedCodecFields fills every field by reflection: a field added
// to chronik.MergedEvent or its parts without a line here fails it.
const mergedFormat = 1

// encodeMerged returns the stored form of a merged event.
func encodeMerged(m *chronik.MergedEvent) []byte {
	e := mergedEncoder{buf: make([]byte, 0, 512)}
	e.buf = append(e.buf, mergedFormat)
	e.event(&m.Event)
	e.count(len(m.Dates), m.Dates == nil)
	for _, d := range m.Dates {
		e.str(d.Value)
		e.int(d.Mentions)
	}
	e.bool(m.DateConflict)
	e.str(m.Precision)
	e.count(len(m.Modalities), m.Modalities == nil)
	for _, c := range m.Modalities {
		e.str(c.Modality)
		e.dct(c.DCT)
		e.str(c.Doc)
	}
	e.count(len(m.Mentions), m.Mentions == nil)
	for i := range m.Mentions {
		x := &m.Mentions[i]
		e.str(x.Doc)
		e.str(x.Event)
		e.dct(x.DCT)
		e.str(x.Lang)
		e.date(x.Date)
		e.str(x.Modality)
		e.bool(x.Reported)
		e.span(x.Sentence)
		e.str(x.Trigger.Text)
		e.span(x.Trigger.Span)
		e.str(x.Quote)
	}
	e.int(m.Sources)
	return e.buf
}

type mergedEncoder struct{ buf []byte }

func (e *mergedEncoder) str(s string) {
	e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *mergedEncoder) int(n int) { e.buf = binary.AppendVarint(e.buf, int64(n)) }

func (e *mergedEncoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *mergedEncoder) float(f float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

// count writes the length of a slice, 0 for a nil one.
func (e *mergedEncoder) count(n int, isNil bool) {
	if isNil {
		e.buf = append(e.buf, 0)
		return
	}
	e.buf = binary.AppendUvarint(e.buf, uint64(n)+1)
}

func (e *mergedEncoder) span(s chronik.Span) {
	e.int(s.Start)
	e.int(s.End)
}

func (e *mergedEncoder) date(d chronik.EventDate) {
	e.str(d.Value)
	e.str(d.Timex)
	e.str(d.From)
}

// dct writes the precision and, for a known date, the instant and its
// zone offset.
func (e *mergedEncoder) dct(d chronik.DCT) {
	e.int(int(d.Precision))
	if d.Time.IsZero() {
		e.buf = append(e.buf, 0)
		return
	}
	e.buf = append(e.buf, 1)
	e.buf = binary.AppendVarint(e.buf, d.Time.Unix())
	e.int(d.Time.Nanosecond())
	_, off := d.Time.Zone()
	e.int(off)
}

func (e *mergedEncoder) actors(as []chronik.Actor) {
	e.count(len(as), as == nil)
	for _, a := range as {
		e.str(a.Ref)
		e.str(a.Name)
		e.str(a.Country)
		e.str(a.Sector)
		e.str(a.Entity)
	}
}

func (e *mergedEncoder) event(ev *chronik.Event) {
	e.str(ev.ID)
	e.str(ev.Type)
	e.str(ev.Mode)
	e.actors(ev.Actor)
	e.actors(ev.Recipient)
	e.date(ev.Date)
	if p := ev.Place; p != nil {
		e.buf = append(e.buf, 1)
		e.str(p.Ref)
		e.str(p.Name)
		e.str(p.Country)
		e.float(p.Lat)
		e.float(p.Lon)
	} else {
		e.buf = append(e.buf, 0)
	}
	e.str(ev.Modality)
	e.bool(ev.Reported)
	e.str(ev.Trigger.Text)
	e.span(ev.Trigger.Span)
	e.span(ev.Sentence)
}

var errMergedData = errors.New("malformed merged event data")

// decodeMerged reads a stored merged event in either form.
func decodeMerged(data []byte) (*chronik.MergedEvent, error) {
	return (&mergedArena{exact: true}).decode(data)
}

// mergedArena hands out the structs and slices of decoded merged events
// from blocks of arenaBlock elements, so that a timeline of thousands of
// events costs a few allocations per block instead of eight per event.
// Slices taken from it are capped, so appending to one copies it. An
// exact arena allocates each value on its own.
type mergedArena struct {
	exact    bool
	events   []chronik.MergedEvent
	mentions []chronik.Mention
	actors   []chronik.Actor
	places   []chronik.Place
	dates    []chronik.DateReport
	mods     []chronik.ModalityChange
}

const arenaBlock = 256

// take returns n zero values from the block, starting a new block when
// it runs out; an exact arena allocates exactly n.
func take[T any](a *mergedArena, block *[]T, n int) []T {
	if a.exact {
		return make([]T, n)
	}
	if n == 0 {
		return []T{} // empty, not nil; allocates nothing
	}
	if n > len(*block) {
		*block = make([]T, max(n, arenaBlock))
	}
	s := (*block)[:n:n]
	*block = (*block)[n:]
	return s
}

func (a *mergedArena) decode(data []byte) (*chronik.MergedEvent, error) {
	return a.decodeString(string(data))
}

// decodeString decodes a row already copied into a string; the event's
// strings are substrings of it.
func (a *mergedArena) decodeString(data string) (*chronik.MergedEvent, error) {
	m := &take(a, &a.events, 1)[0]
	if len(data) > 0 && data[0] == '{' {
		if err := json.Unmarshal([]byte(data), m); err != nil {
			return nil, err
		}
		return m, nil
	}
	if len(data) == 0 || data[0] != mergedFormat {
		return nil, fmt.Errorf("%w: unknown format", errMergedData)
	}
	d := mergedDecoder{s: data, i: 1, a: a}
	d.event(&m.Event)
	if n, ok := d.count(); ok {
		m.Dates = take(a, &a.dates, n)
		for i := range m.Dates {
			m.Dates[i] = chronik.DateReport{Value: d.str(), Mentions: d.int()}
		}
	}
	m.DateConflict = d.bool()
	m.Precision = d.str()
	if n, ok := d.count(); ok {
		m.Modalities = take(a, &a.mods, n)
		for i := range m.Modalities {
			c := &m.Modalities[i]
			c.Modality = d.str()
			c.DCT = d.dct()
			c.Doc = d.str()
		}
	}
	if n, ok := d.count(); ok {
		m.Mentions = take(a, &a.mentions, n)
		for i := range m.Mentions {
			x := &m.Mentions[i]
			x.Doc = d.str()
			x.Event = d.str()
			x.DCT = d.dct()
			x.Lang = d.str()
			x.Date = d.date()
			x.Modality = d.str()
			x.Reported = d.bool()
			x.Sentence = d.span()
			x.Trigger.Text = d.str()
			x.Trigger.Span = d.span()
			x.Quote = d.str()
		}
	}
	m.Sources = d.int()
	if d.err != nil {
		return nil, d.err
	}
	if d.i != len(d.s) {
		return nil, fmt.Errorf("%w: %d bytes left over", errMergedData, len(d.s)-d.i)
	}
	return m, nil
}

// mergedDecoder reads the binary form from s at i; the first error
// stops it, and every later read returns zero values.
type mergedDecoder struct {
	s   string
	i   int
	err error
	a   *mergedArena
}

func (d *mergedDecoder) fail() {
	if d.err == nil {
		d.err = fmt.Errorf("%w: truncated at byte %d", errMergedData, d.i)
	}
	d.i = len(d.s)
}

func (d *mergedDecoder) uvarint() uint64 {
	if d.i < len(d.s) && d.s[d.i] < 0x80 { // most lengths and numbers
		d.i++
		return uint64(d.s[d.i-1])
	}
	var x uint64
	for shift := 0; d.i < len(d.s) && shift < 64; shift += 7 {
		b := d.s[d.i]
		d.i++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.fail()
	return 0
}

func (d *mergedDecoder) int64() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

func (d *mergedDecoder) int() int { return int(d.int64()) }

func (d *mergedDecoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.i) {
		d.fail()
		return ""
	}
	s := d.s[d.i : d.i+int(n)]
	d.i += int(n)
	return s
}

func (d *mergedDecoder) byte() byte {
	if d.i >= len(d.s) {
		d.fail()
		return 0
	}
	b := d.s[d.i]
	d.i++
	return b
}

func (d *mergedDecoder) bool() bool { return d.byte() != 0 }

func (d *mergedDecoder) float() float64 {
	if len(d.s)-d.i < 8 {
		d.fail()
		return 0
	}
	var u uint64
	for k := 7; k >= 0; k-- {
		u = u<<8 | uint64(d.s[d.i+k])
	}
	d.i += 8
	return math.Float64frombits(u)
}

// count reads a slice length; ok is false for a nil slice.
func (d *mergedDecoder) count() (n int, ok bool) {
	u := d.uvarint()
	if u == 0 {
		return 0, false
	}
	// Every element takes at least one byte.
	if u-1 > uint64(len(d.s)-d.i) {
		d.fail()
		return 0, false
	}
	return int(u - 1), true
}

func (d *mergedDecoder) span() chronik.Span { return chronik.Span{Start: d.int(), End: d.int()} }

func (d *mergedDecoder) date() chronik.EventDate {
	return chronik.EventDate{Value: d.str(), Timex: d.str(), From: d.str()}
}

func (d *mergedDecoder) dct() chronik.DCT {
	var c chronik.DCT
	c.Precision = chronik.Precision(d.int())
	if d.byte() == 1 {
		sec, nsec, off := d.int64(), d.int(), d.int()
		t := time.Unix(sec, int64(nsec))
		if off == 0 {
			t = t.UTC()
		} else {
			t = t.In(time.FixedZone("", off))
		}
		c.Time = t
	}
	return c
}

func (d *mergedDecoder) actors() []chronik.Actor {
	n, ok := d.count()
	if !ok {
		return nil
	}
	as := take(d.a, &d.a.actors, n)
	for i := range as {
		as[i] = chronik.Actor{Ref: d.str(), Name: d.str(), Country: d.str(), Sector: d.str(), Entity: d.str()}
	}
	return as
}

func (d *mergedDecoder) event(ev *chronik.Event) {
	ev.ID = d.str()
	ev.Type = d.str()
	ev.Mode = d.str()
	ev.Actor = d.actors()
	ev.Recipient = d.actors()
	ev.Date = d.date()
	if d.byte() == 1 {
		p := &take(d.a, &d.a.places, 1)[0]
		*p = chronik.Place{Ref: d.str(), Name: d.str(), Country: d.str(), Lat: d.float(), Lon: d.float()}
		ev.Place = p
	}
	ev.Modality = d.str()
	ev.Reported = d.bool()
	ev.Trigger.Text = d.str()
	ev.Trigger.Span = d.span()
	ev.Sentence = d.span()
}

// encodeStoredMerged is the Go part of migration 3: it rewrites the
// merged events that older chronik versions stored as JSON in the binary
// form, 1,000 rows at a time in order of seq, inside the migration's
// transaction.
func encodeStoredMerged(ctx context.Context, db *DB, tx *sql.Tx) error {
	start := time.Now()
	var last int64
	n := 0
	for {
		rows, err := tx.QueryContext(ctx, `SELECT seq, data FROM merged_events WHERE seq > ? ORDER BY seq LIMIT 1000`, last)
		if err != nil {
			return fmt.Errorf("read merged events: %w", err)
		}
		type row struct {
			seq  int64
			data []byte
		}
		var chunk []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.seq, &r.data); err != nil {
				rows.Close()
				return fmt.Errorf("read merged events: %w", err)
			}
			chunk = append(chunk, r)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("read merged events: %w", err)
		}
		if len(chunk) == 0 {
			break
		}
		for _, r := range chunk {
			last = r.seq
			if len(r.data) == 0 || r.data[0] != '{' {
				continue
			}
			m, err := decodeMerged(r.data)
			if err != nil {
				return fmt.Errorf("merged event %d: %w", r.seq, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE merged_events SET data = ? WHERE seq = ?`, encodeMerged(m), r.seq); err != nil {
				return fmt.Errorf("rewrite merged event %d: %w", r.seq, err)
			}
			n++
		}
	}
	if n > 0 {
		db.Logger.Info("merged events rewritten in the binary form", "path", db.Path, "events", n, "duration", time.Since(start))
	}
	return nil
}

// mergedDecoding decodes the rows of a query in order. The first
// decodeBatch rows are decoded as they come; for a longer result a
// second goroutine decodes batches of rows while SQLite reads the next
// ones, so a long timeline costs about the larger of reading and
// decoding rather than their sum.
type mergedDecoding struct {
	arena   *mergedArena
	out     []*chronik.MergedEvent
	err     error
	batch   []string
	batches chan []string
	done    chan struct{}
	rows    strings.Builder // holds the copied rows; see copyRow
}

// rowChunk is the size of the blocks that copyRow copies rows into (a
// larger row gets a block of its own). Blocks that started at 16 KB and
// doubled were slower for the busiest actor's timeline in paired runs.
const rowChunk = 256 << 10

// copyRow copies a row that SQLite owns into a string. Rows are appended
// to blocks of rowChunk bytes and each row is a substring of its
// String, so a long timeline costs one allocation per block instead of
// one per row: the builder only appends, and bytes already handed out
// are never written again.
func (d *mergedDecoding) copyRow(data []byte) string {
	if d.rows.Cap()-d.rows.Len() < len(data) {
		d.rows = strings.Builder{}
		d.rows.Grow(max(rowChunk, len(data)))
	}
	start := d.rows.Len()
	d.rows.Write(data)
	return d.rows.String()[start:]
}

const decodeBatch = 256

func newMergedDecoding() *mergedDecoding { return &mergedDecoding{arena: new(mergedArena)} }

// add takes the next row, already copied.
func (d *mergedDecoding) add(row string) {
	if d.batches == nil && len(d.out) < decodeBatch {
		d.decode([]string{row})
		return
	}
	d.batch = append(d.batch, row)
	if len(d.batch) < decodeBatch {
		return
	}
	if d.batches == nil {
		d.batches, d.done = make(chan []string, 4), make(chan struct{})
		go func() {
			defer close(d.done)
			for b := range d.batches {
				d.decode(b)
			}
		}()
	}
	d.batches <- d.batch
	d.batch = make([]string, 0, decodeBatch)
}

// decode runs on one goroutine at a time: the caller's before the
// second goroutine starts, then only the second one until wait.
func (d *mergedDecoding) decode(rows []string) {
	for _, row := range rows {
		if d.err != nil {
			return
		}
		m, err := d.arena.decodeString(row)
		if err != nil {
			d.err = err
			return
		}
		d.out = append(d.out, m)
	}
}

// wait decodes what is left and returns the events in row order.
func (d *mergedDecoding) wait() ([]*chronik.MergedEvent, error) {
	if d.batches != nil {
		close(d.batches)
		<-d.done
		d.batches = nil
	}
	d.decode(d.batch)
	d.batch = nil
	return d.out, d.err
}
