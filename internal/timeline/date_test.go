package timeline

import "testing"

func TestParseValue(t *testing.T) {
	tests := []struct {
		in       string
		lo, hi   string
		prec     string
		validity bool
	}{
		{"2019-02-27", "2019-02-27", "2019-02-27", PrecDay, true},
		{"2019-02-27T14:30", "2019-02-27", "2019-02-27", PrecDay, true},
		{"2019-02", "2019-02-01", "2019-02-28", PrecMonth, true},
		{"2020-02", "2020-02-01", "2020-02-29", PrecMonth, true},
		{"2019", "2019-01-01", "2019-12-31", PrecYear, true},
		{"201", "2010-01-01", "2019-12-31", PrecYear, true},
		{"2018-W21", "2018-05-21", "2018-05-27", PrecWeek, true},
		{"2018-W21-WE", "2018-05-26", "2018-05-27", PrecWeek, true},
		{"2020-W01", "2019-12-30", "2020-01-05", PrecWeek, true},
		{"2018-FA", "2018-09-01", "2018-11-30", PrecSeason, true},
		{"2018-WI", "2018-12-01", "2019-02-28", PrecSeason, true},
		{"2019-Q2", "2019-04-01", "2019-06-30", PrecQuarter, true},
		{"2019-H2", "2019-07-01", "2019-12-31", PrecQuarter, true},
		{"XXXX-05", "", "", PrecNone, false},
		{"PAST_REF", "", "", PrecNone, false},
		{"2019-02-30", "", "", PrecNone, false},
		{"2019-13", "", "", PrecNone, false},
		{"", "", "", PrecNone, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			iv := ParseValue(tt.in)
			if iv.Valid() != tt.validity || iv.Precision != tt.prec {
				t.Fatalf("ParseValue(%q) = %+v, want precision %s valid %v", tt.in, iv, tt.prec, tt.validity)
			}
			if !tt.validity {
				return
			}
			lo, hi := DayTime(iv.Lo).Format("2006-01-02"), DayTime(iv.Hi).Format("2006-01-02")
			if lo != tt.lo || hi != tt.hi {
				t.Errorf("ParseValue(%q) = [%s, %s], want [%s, %s]", tt.in, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

func TestIntervalMonths(t *testing.T) {
	iv := ParseValue("2019-01-31")
	if got := iv.Months(1, 24); len(got) != 2 || got[0] != 2019*12 || got[1] != 2019*12+1 {
		t.Errorf("Months(1) of 2019-01-31 = %v, want January and February 2019", got)
	}
	if got := ParseValue("201").Months(0, 24); got != nil {
		t.Errorf("Months of a decade = %v, want nil (too wide to index)", got)
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"2019-02-27", "2019-W05-WE", "2018-SU", "201", "2019-Q3", "XXXX", "2019-02-27T10:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv := ParseValue(s)
		if iv.Valid() && iv.Lo > iv.Hi {
			t.Errorf("ParseValue(%q) = %+v: start after end", s, iv)
		}
		if iv.Valid() != (iv.Precision != PrecNone) {
			t.Errorf("ParseValue(%q) = %+v: validity and precision disagree", s, iv)
		}
	})
}
