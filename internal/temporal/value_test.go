package temporal

import (
	"testing"
	"time"
)

func TestValidValue(t *testing.T) {
	for _, tc := range []struct {
		v  string
		ok bool
	}{
		{"2019", true}, {"2019-04", true}, {"2019-04-18", true}, {"2019-02-29", false},
		{"2020-02-29", true}, {"2019-13", false}, {"2019-04-31", false}, {"XXXX-05", true},
		{"2019-04-XX", true}, {"199", true}, {"19", true}, {"BC0490", true}, {"BC05", true},
		{"2019-W16", true}, {"2019-W54", false}, {"2019-W15-WE", true}, {"XXXX-WXX-1", true},
		{"2018-SU", true}, {"2018-Q3", true}, {"2019-H2", true}, {"2018-Q5", false},
		{"2019-04-18TEV", true}, {"2019-04-18T15:00", true}, {"2019-04-18T25:00", false},
		{"2019-04-18T24:00", true}, {"2019-04-18T24:30", false}, {"P3D", true}, {"P2Y", true},
		{"PT2H", true}, {"P5DE", true}, {"PXD", true}, {"P1.5Y", true}, {"PT90M", true},
		{"P", false}, {"PRESENT_REF", true}, {"PAST_REF", true}, {"FUTURE_REF", true},
		{"", false}, {"20190418", false}, {"2019-4-18", false}, {"XXXX-XX-XXT15:00", true},
	} {
		if got := ValidValue(tc.v); got != tc.ok {
			t.Errorf("ValidValue(%q) = %v, want %v", tc.v, got, tc.ok)
		}
	}
}

func TestEaster(t *testing.T) {
	for _, tc := range []struct {
		y    int
		want string
	}{
		{2018, "2018-04-01"}, {2019, "2019-04-21"}, {2020, "2020-04-12"}, {2024, "2024-03-31"},
		{2025, "2025-04-20"}, {1961, "1961-04-02"}, {2038, "2038-04-25"},
	} {
		m, d := Easter(tc.y)
		got := time.Date(tc.y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		if got != tc.want {
			t.Errorf("Easter(%d) = %s, want %s", tc.y, got, tc.want)
		}
	}
}

func TestHolidayDate(t *testing.T) {
	for _, tc := range []struct {
		v    string
		y    int
		want string
	}{
		{"11-4#4", 2019, "2019-11-28"}, {"05-1#-1", 2019, "2019-05-27"}, {"09-1#1", 2019, "2019-09-02"},
		{"11-22W3-", 2019, "2019-11-20"}, {"E+39", 2019, "2019-05-30"}, {"12-25", 2019, "2019-12-25"},
	} {
		got, err := holidayDate(tc.v, tc.y)
		if err != nil || got.Format("2006-01-02") != tc.want {
			t.Errorf("holidayDate(%q, %d) = %v, %v, want %s", tc.v, tc.y, got, err, tc.want)
		}
	}
}
