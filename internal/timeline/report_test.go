package timeline

import (
	"testing"

	"github.com/chronik-dev/chronik"
)

// TestBackgroundNotMerged checks which reports dated by their text to a
// year or a season are background: those that ended more than a year
// before their document are not merged (level 3, not indexed).
func TestBackgroundNotMerged(t *testing.T) {
	tests := []struct {
		date, dct string
		level     int
	}{
		{"2010", "2018-03-05", 3},
		{"2016", "2018-03-05", 3},
		{"2017", "2018-03-05", 2},    // ended two months before
		{"2018", "2018-03-05", 2},    // the document's year
		{"2017-SU", "2018-09-01", 3}, // a summer more than a year before
		{"2017-SU", "2018-06-01", 2},
		{"2010-05", "2018-03-05", 1}, // months stay mergeable
		{"2010-05-04", "2018-03-05", 0},
		{"2010", "", 2}, // no document date: nothing to compare with
	}
	for _, tt := range tests {
		r := &Report{Doc: "d", Event: chronik.Event{ID: "v1", Type: "CONSULT", Date: chronik.EventDate{Value: tt.date, From: "text"}}}
		if tt.dct != "" {
			r.DCT = chronik.MustParseDCT(tt.dct)
		}
		if got := r.Level(); got != tt.level {
			t.Errorf("%s in a document of %q: level %d, want %d", tt.date, tt.dct, got, tt.level)
		}
		if got := r.IndexMonths() == nil; got != (tt.level == 3) {
			t.Errorf("%s in a document of %q: not indexed %v, want %v", tt.date, tt.dct, got, tt.level == 3)
		}
	}
}
