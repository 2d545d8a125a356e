package chronik_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

func TestParseDCT(t *testing.T) {
	tests := []struct {
		in   string
		want string
		p    chronik.Precision
		err  bool
	}{
		{"", "", chronik.PrecisionNone, false},
		{"2019", "2019", chronik.PrecisionYear, false},
		{"2019-04", "2019-04", chronik.PrecisionMonth, false},
		{"2019-04-18", "2019-04-18", chronik.PrecisionDay, false},
		{" 2019-04-18\n", "2019-04-18", chronik.PrecisionDay, false},
		{"20190418", "2019-04-18", chronik.PrecisionDay, false},
		{"2019-04-18T15:30", "2019-04-18T15:30", chronik.PrecisionMinute, false},
		{"2019-04-18T15:30:59", "2019-04-18T15:30", chronik.PrecisionMinute, false},
		{"2019-04-18T15:30:00+02:00", "2019-04-18T15:30", chronik.PrecisionMinute, false},
		{"2019-04-18T5:30:00Z", "2019-04-18T05:30", chronik.PrecisionMinute, false}, // shortest RFC 3339 time.Parse reads
		{"2019-13", "", 0, true},
		{"2019-02-30", "", 0, true},
		{"yesterday", "", 0, true},
		{"19", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := chronik.ParseDCT(tt.in)
			if tt.err {
				if !errors.Is(err, chronik.ErrBadDCT) {
					t.Fatalf("ParseDCT(%q) error = %v, want ErrBadDCT", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDCT(%q) = %v", tt.in, err)
			}
			if d.String() != tt.want || d.Precision != tt.p {
				t.Errorf("ParseDCT(%q) = %q (%v), want %q (%v)", tt.in, d, d.Precision, tt.want, tt.p)
			}
			var back chronik.DCT
			if err := back.UnmarshalText([]byte(d.String())); err != nil || back != d {
				t.Errorf("round trip of %q = %v, %v", d, back, err)
			}
		})
	}
}

// TestParseDay compares ParseDCT, which reads YYYY-MM-DD without
// time.Parse, with time.Parse for ten-byte dates.
func TestParseDay(t *testing.T) {
	for _, s := range []string{"2019-04-18", "2019-02-29", "2020-02-29", "2000-02-29", "1900-02-29", "0000-01-01",
		"9999-12-31", "2019-00-10", "2019-13-01", "2019-04-31", "2019-04-00", "2019/04/18", "2019-04-1x", "+019-04-18"} {
		checkParseDay(t, s)
	}
}

func checkParseDay(t *testing.T, s string) {
	t.Helper()
	if len(s) != 10 || strings.TrimSpace(s) != s {
		return // ParseDCT trims white space, time.Parse does not
	}
	got, err := chronik.ParseDCT(s)
	tm, terr := time.Parse("2006-01-02", s)
	if (err == nil) != (terr == nil) || err == nil && (got.Time != tm || got.Precision != chronik.PrecisionDay) {
		t.Errorf("ParseDCT(%q) = %v, %v; time.Parse gives %v, %v", s, got, err, tm, terr)
	}
}

func FuzzParseDCT(f *testing.F) {
	for _, s := range []string{"2019", "2019-04", "2019-04-18", "2019-04-18T15:30", "2019-04-18T15:30:00Z", "x", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseDay(t, s)
		d, err := chronik.ParseDCT(s)
		if err != nil {
			return
		}
		again, err := chronik.ParseDCT(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDCT(%q) = %q, which parses as %q, %v", s, d, again, err)
		}
	})
}

func TestBodySpan(t *testing.T) {
	d := &chronik.Document{Text: "a\u00a0b"}
	if got := d.BodySpan(chronik.Span{Start: 0, End: 3}); got != (chronik.Span{Start: 0, End: 3}) {
		t.Errorf("identity BodySpan = %v", got)
	}
	d.Norm = "a b"
	d.NormOffsets = []int32{0, 1, 3, 4}
	if got := d.BodySpan(chronik.Span{Start: 2, End: 3}); got != (chronik.Span{Start: 3, End: 4}) {
		t.Errorf("BodySpan = %v, want {3 4}", got)
	}
	if got := d.Slice(chronik.Span{Start: 3, End: 99}); got != "b" {
		t.Errorf("Slice = %q", got)
	}
}

// TestBodyOffsetForms maps the same normalization, „a“…b\u00ad! to
// "a"...b!, through its dense and its sparse offset map, in order, out
// of order and out of range.
func TestBodyOffsetForms(t *testing.T) {
	text, norm := "„a“…b\u00ad!", `"a"...b!`
	dense := []int32{0, 3, 4, 7, 7, 7, 10, 13, 14}
	sparse := []int32{chronik.SparseOffsets, 8, 0, 0, 1, 3, 2, 4, 3, 7, 4, 7, 5, 7, 6, 10, 7, 13}
	want := map[int]int{-5: 0, -1: 0, 9: 14, 100: 14}
	for i, o := range dense {
		want[i] = int(o)
	}
	order := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 2, 7, 0, -1, 100, 3, 6, 5, -5}
	for _, offs := range [][]int32{dense, sparse} {
		d := &chronik.Document{Text: text, Norm: norm, NormOffsets: offs}
		m := d.Mapper()
		for _, i := range order {
			if got := d.BodyOffset(i); got != want[i] {
				t.Errorf("%v: BodyOffset(%d) = %d, want %d", offs, i, got, want[i])
			}
			if got := m.Offset(i); got != want[i] {
				t.Errorf("%v: Mapper.Offset(%d) = %d, want %d", offs, i, got, want[i])
			}
		}
		if got := d.Slice(d.BodySpan(chronik.Span{Start: 3, End: 6})); got != "…" {
			t.Errorf("%v: the ellipsis maps to %q", offs, got)
		}
	}
	// A damaged sparse map (from a broken store) still maps into the text.
	d := &chronik.Document{Text: "abc", Norm: "abc", NormOffsets: []int32{chronik.SparseOffsets, 3, 0, 0, 1, 50}}
	m := d.Mapper()
	for i, want := range []int{0, 3, 3, 3, 3} {
		if got, mo := d.BodyOffset(i), m.Offset(i); got != want || mo != want {
			t.Errorf("damaged map: BodyOffset(%d) = %d, Mapper %d, want %d", i, got, mo, want)
		}
	}
}

func TestContentHash(t *testing.T) {
	a := &chronik.Document{ID: "a", Text: "Kim reist.", DCT: chronik.MustParseDCT("2019-04")}
	b := &chronik.Document{ID: "b", Text: "Kim reist.", DCT: chronik.MustParseDCT("2019-04")}
	c := &chronik.Document{ID: "a", Text: "Kim reist.", DCT: chronik.MustParseDCT("2019-05")}
	if a.ContentHash() != b.ContentHash() {
		t.Error("same date and text hash differently")
	}
	if a.ContentHash() == c.ContentHash() {
		t.Error("different dates hash the same")
	}
}
