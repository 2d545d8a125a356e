package chronik

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Precision is how much of a document creation time is known.
type Precision int

// The precisions a DCT can have, from nothing known to the minute.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
)

// String returns the lowercase name of the precision.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	case PrecisionMinute:
		return "minute"
	}
	return "none"
}

// DCT is a document creation time at the precision the source gives.
// The zero value is an unknown DCT.
type DCT struct {
	// Time holds the known part of the date; fields beyond Precision are
	// zero (January, day 1, midnight UTC).
	Time      time.Time
	Precision Precision
}

// ErrBadDCT is returned by [ParseDCT] for a date it cannot read.
var ErrBadDCT = errors.New("malformed date")

// ParseDCT reads a document date. It accepts TIMEX3-style values
// (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM) and RFC 3339 timestamps,
// which it keeps to the minute in their own zone. An empty string is an
// unknown DCT.
func ParseDCT(s string) (DCT, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DCT{}, nil
	}
	if d, ok := parseDay(s); ok {
		return d, nil
	}
	// An RFC 3339 time has at least 19 bytes ("2006-01-02T1:04:05Z" with
	// the one-digit hour time.Parse accepts); shorter dates skip the
	// attempt, which would allocate its error.
	if len(s) >= 19 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return DCT{Time: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC), Precision: PrecisionMinute}, nil
		}
	}
	layouts := []struct {
		layout string
		p      Precision
	}{
		{"2006-01-02T15:04:05", PrecisionMinute},
		{"2006-01-02T15:04", PrecisionMinute},
		{"2006-01-02 15:04:05", PrecisionMinute},
		{"2006-01-02 15:04", PrecisionMinute},
		{"2006-01-02", PrecisionDay},
		{"20060102", PrecisionDay},
		{"2006-01", PrecisionMonth},
		{"2006", PrecisionYear},
	}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.p == PrecisionMinute {
			t = t.Truncate(time.Minute)
		}
		return DCT{Time: t, Precision: l.p}, nil
	}
	return DCT{}, fmt.Errorf("%w: %q (want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 time)", ErrBadDCT, s)
}

// parseDay reads YYYY-MM-DD, the most common date, as time.Parse does
// with the layout 2006-01-02 but without its general machinery; ok is
// false for anything else, also for a day the month does not have.
func parseDay(s string) (DCT, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return DCT{}, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return DCT{}, false
		}
		n = n*10 + int(c-'0')
	}
	y, m, d := n/10000, n/100%100, n%100
	if m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return DCT{}, false
	}
	return DCT{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}, true
}

// MustParseDCT is like [ParseDCT] but panics on error; for tests and
// package-level values.
func MustParseDCT(s string) DCT {
	d, err := ParseDCT(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the DCT is unknown.
func (d DCT) IsZero() bool { return d.Precision == PrecisionNone }

// String returns the DCT as a TIMEX3 value at its precision ("2019-04"),
// or "" when it is unknown.
func (d DCT) String() string {
	t := d.Time
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", t.Year())
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
	case PrecisionMinute:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute())
	}
	return ""
}

// MarshalText writes the DCT as its TIMEX3 value.
func (d DCT) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a DCT written by MarshalText.
func (d *DCT) UnmarshalText(b []byte) error {
	v, err := ParseDCT(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Document is one dated text and everything chronik has found in it.
type Document struct {
	// ID is stable for the same source: a reader-given id, else derived
	// from the source name and position, else the content hash.
	ID string `json:"id"`
	// Source names where the document came from: a path, "path#line",
	// a feed item or a WARC record URI.
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	// Lang is an ISO 639-1 code ("de", "en"); empty until known.
	Lang string `json:"lang"`
	DCT  DCT    `json:"dct"`
	// Text is the body. Every span of every annotation indexes it.
	Text string `json:"-"`
	// Meta keeps fields of the input that chronik does not interpret.
	Meta map[string]string `json:"meta,omitempty"`

	// Norm is Text after normalization (NFC, quotes, dashes, spaces), and
	// NormOffsets maps each byte offset of Norm (0 through len(Norm)) to
	// the offset in Text it came from. Both are empty when Norm equals
	// Text. NormOffsets has one of two forms; read it through
	// [Document.BodyOffset], [Document.BodySpan] or [Document.Mapper]:
	//   - dense: len(Norm)+1 entries, the offset in Text of each offset;
	//   - sparse, marked by [SparseOffsets] in the first entry (the form
	//     textnorm writes): SparseOffsets, len(Norm), then pairs n, t with
	//     n increasing from 0; offset i maps to t + (i - n) for the last
	//     pair with n <= i. One pair per change instead of four bytes per
	//     byte of text.
	Norm        string  `json:"-"`
	NormOffsets []int32 `json:"-"`

	Sentences []Sentence `json:"sentences,omitempty"`
	Tokens    []Token    `json:"tokens,omitempty"`
	Timexes   []Timex    `json:"timexes"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`

	// Errors lists problems found while reading or annotating this
	// document; a document with errors may still carry annotations.
	Errors []string `json:"errors"`
}

// NormText returns the normalized text stages match on: Norm when set,
// else Text.
func (d *Document) NormText() string {
	if d.NormOffsets == nil {
		return d.Text
	}
	return d.Norm
}

// SparseOffsets in the first entry of [Document.NormOffsets] marks its
// sparse form. No dense map starts with it: that would take a Text of
// 2 GiB.
const SparseOffsets = math.MaxInt32

// BodyOffset maps a byte offset in [Document.NormText] to one in Text.
// Offsets before the text map to 0 and offsets after it to len(Text).
func (d *Document) BodyOffset(i int) int {
	m := d.Mapper()
	return m.Offset(i)
}

// BodySpan maps a span in [Document.NormText] to a span in Text.
func (d *Document) BodySpan(s Span) Span {
	m := d.Mapper()
	return m.Span(s)
}

// Mapper returns a mapper of d's offsets, for mapping many spans.
func (d *Document) Mapper() BodyMapper {
	if d.NormOffsets == nil {
		return BodyMapper{d: d, lo: math.MinInt, hi: math.MaxInt} // every offset maps to itself
	}
	return BodyMapper{d: d}
}

// BodyMapper maps offsets of [Document.NormText] to Text as
// [Document.BodyOffset] does. For a sparse offset map it remembers the
// pair it used last, so offsets that mostly increase (the spans of tokens
// in order) take a step each instead of a search, and most take none.
type BodyMapper struct {
	d *Document
	k int // index of the last pair used, for sparse offsets
	// Offsets in [lo, hi) map to themselves plus delta: the range of the
	// last pair, or everything when there is no offset map.
	lo, hi, delta int
}

// Offset maps one offset.
func (m *BodyMapper) Offset(i int) int {
	if m.lo <= i && i < m.hi {
		return i + m.delta
	}
	return m.offset(i)
}

// offset is Offset outside the range of the last pair.
func (m *BodyMapper) offset(i int) int {
	offs := m.d.NormOffsets
	switch {
	case offs == nil:
		return i
	case i < 0:
		return 0
	case len(offs) == 0 || offs[0] != SparseOffsets:
		if i >= len(offs) {
			return len(m.d.Text)
		}
		return int(offs[i])
	case len(offs) < 4 || i > int(offs[1]):
		return len(m.d.Text)
	}
	pairs := offs[2:]
	n := len(pairs) / 2
	k := m.k
	if k >= n || int(pairs[2*k]) > i || k+8 < n && int(pairs[2*k+16]) <= i {
		// Back or far ahead: binary search for the last pair with
		// n <= i (the first pair has n = 0).
		lo, hi := 0, n
		for hi-lo > 1 {
			mid := int(uint(lo+hi) >> 1)
			if int(pairs[2*mid]) <= i {
				lo = mid
			} else {
				hi = mid
			}
		}
		k = lo
	} else {
		for k+1 < n && int(pairs[2*k+2]) <= i {
			k++
		}
	}
	m.k = k
	lo, delta := int(pairs[2*k]), int(pairs[2*k+1])-int(pairs[2*k])
	hi := int(offs[1]) + 1 // the last pair runs to len(Norm)
	if k+1 < n {
		hi = int(pairs[2*k+2])
	}
	if 0 <= lo && lo <= i && lo+delta >= 0 && hi-1+delta <= len(m.d.Text) {
		m.lo, m.hi, m.delta = lo, hi, delta
	}
	// Clamped, so that a damaged map still yields offsets in the text.
	return min(max(i+delta, 0), len(m.d.Text))
}

// Span maps a span.
func (m *BodyMapper) Span(s Span) Span {
	return Span{Start: m.Offset(s.Start), End: m.Offset(s.End)}
}

// AddError records a problem with the document.
func (d *Document) AddError(err error) {
	if err != nil {
		d.Errors = append(d.Errors, err.Error())
	}
}

// ContentHash identifies a document by its date and body, so the same
// article read twice is stored once.
func (d *Document) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(d.DCT.String()))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Slice returns the body text under a span, clamped to the body.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(d.Text) {
		s.End = len(d.Text)
	}
	if s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}
