package temporal

import (
	"fmt"
	"strconv"
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

// TestValidPlainDate checks the fast path of ValidValue against the
// regular expressions on every digit date of a few years.
func TestValidPlainDate(t *testing.T) {
	for _, y := range []string{"0000", "1999", "2000", "2024", "2100", "9999"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				for _, v := range []string{y, fmt.Sprintf("%s-%02d", y, m), fmt.Sprintf("%s-%02d-%02d", y, m, d)} {
					got, known := validPlainDate(v)
					if !known {
						t.Fatalf("validPlainDate(%q) not known", v)
					}
					if want := validBySlowPath(v); got != want {
						t.Errorf("validPlainDate(%q) = %v, want %v", v, got, want)
					}
				}
			}
		}
	}
	for _, v := range []string{"2024-1-01", "2024-01-1", "202X", "2024-XX", "2024/01/01", "BC2024"} {
		if _, known := validPlainDate(v); known {
			t.Errorf("validPlainDate(%q) known", v)
		}
	}
}

// validBySlowPath is ValidValue for a date without its fast path.
func validBySlowPath(v string) bool {
	sm := reDate.FindStringSubmatch(v)
	if sm == nil {
		return false
	}
	if sm[4] != "" && !inRange(sm[4], 1, 12) || sm[6] != "" && !inRange(sm[6], 1, 31) {
		return false
	}
	if sm[6] != "" {
		y, _ := strconv.Atoi(sm[2])
		m, _ := strconv.Atoi(sm[4])
		d, _ := strconv.Atoi(sm[6])
		return validDate(y, m, d)
	}
	return true
}

// FuzzValidCommonValue checks the shapes validCommonValue decides against
// the regular expressions.
func FuzzValidCommonValue(f *testing.F) {
	for _, v := range []string{"P3Y", "P12M", "PT2H", "PT90M", "P5DE", "P2CE", "P1WE", "PT3S", "P3S", "PT3D", "P3", "PT",
		"P03Q", "P3H", "2019-W16", "2019-W54", "2019-W00", "XXXX-W16", "2019-04-18T15:00", "2019-04-18T24:00",
		"2019-04-18T24:30", "2019-02-29T10:00", "2019-04-18T15:60", "2019-13-01T10:00", "2019-04-18T1X:00"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got, known := validCommonValue(v)
		if !known {
			return
		}
		if want := validValueSlow(v); got != want {
			t.Errorf("validCommonValue(%q) = %v, want %v", v, got, want)
		}
	})
}
