package event

import "testing"

func TestCompareDates(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2019-05", "2019-04-25", 1},
		{"2018-05", "2019-04-25", -1},
		{"2019-04", "2019-04-25", 0},
		{"2019-W18", "2019-04-25", 1}, // Monday 2019-04-29
		{"2019-W17", "2019-04-25", -1},
		{"2019-SU", "2019-04-25", 1},
		{"2019-WI", "2019-12", 0},
		{"XXXX-05", "2019-04-25", 0},
		{"PRESENT_REF", "2019", 0},
		{"", "2019", 0},
	}
	for _, tt := range tests {
		if got := compareDates(tt.a, tt.b); got != tt.want {
			t.Errorf("compareDates(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
