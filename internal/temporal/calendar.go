package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Easter returns the month and day of Easter Sunday in the Gregorian
// calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
func Easter(year int) (time.Month, int) {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Month(month), day
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// holidayDate computes the date of a named day in a year from its rule
// value (see rules/de/holidays.txt).
func holidayDate(v string, year int) (time.Time, error) {
	bad := fmt.Errorf("bad holiday value %q", v)
	if rest, ok := strings.CutPrefix(v, "E"); ok {
		n, err := strconv.Atoi(rest)
		if err != nil {
			return time.Time{}, bad
		}
		m, d := Easter(year)
		return time.Date(year, m, d+n, 0, 0, 0, 0, time.UTC), nil
	}
	ms, ds, ok := strings.Cut(v, "-")
	if !ok {
		return time.Time{}, bad
	}
	m, err := strconv.Atoi(ms)
	if err != nil || m < 1 || m > 12 {
		return time.Time{}, bad
	}
	if d, err := strconv.Atoi(ds); err == nil {
		if d < 1 || d > daysIn(2000, m) {
			return time.Time{}, bad
		}
		return time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
	}
	// 11-22W3-: the last Wednesday before 23 November.
	if before, ok := strings.CutSuffix(ds, "-"); ok {
		dd, wds, ok := strings.Cut(before, "W")
		d, err1 := strconv.Atoi(dd)
		wd, err2 := strconv.Atoi(wds)
		if !ok || err1 != nil || err2 != nil || wd < 1 || wd > 7 {
			return time.Time{}, bad
		}
		t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t, nil
	}
	// 11-4#4: the fourth Thursday; 05-1#-1: the last Monday.
	wds, ns, ok := strings.Cut(ds, "#")
	wd, err1 := strconv.Atoi(wds)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || wd < 1 || wd > 7 || n == 0 || n > 5 || n < -1 {
		return time.Time{}, bad
	}
	if n > 0 {
		t := time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(n-1)), nil
	}
	t := time.Date(year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, -1)
	}
	return t, nil
}

// isoWeekday is 1 for Monday through 7 for Sunday.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func season(month int) int {
	switch month {
	case 3, 4, 5:
		return 1
	case 6, 7, 8:
		return 2
	case 9, 10, 11:
		return 3
	}
	return 4
}

// seasonPos is where a month lies among the seasons of its year: January
// and February (the end of the winter that began in December) come
// before this year's spring (0); December is this year's winter (4).
func seasonPos(month int) int {
	if month <= 2 {
		return 0
	}
	return season(month)
}

var seasonIndex = map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}
