package timeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// Interval is a closed range of days [Lo, Hi], counted from 1970-01-01,
// that a date value covers, with the name of its precision.
type Interval struct {
	Lo, Hi    int
	Precision string
}

// Precision names of an [Interval].
const (
	PrecDay     = "day"
	PrecWeek    = "week"
	PrecMonth   = "month"
	PrecSeason  = "season"
	PrecQuarter = "quarter"
	PrecYear    = "year"
	PrecNone    = "none"
)

// Valid reports whether the interval covers a known date.
func (iv Interval) Valid() bool { return iv.Precision != PrecNone && iv.Lo <= iv.Hi }

// Width returns the number of days the interval covers.
func (iv Interval) Width() int { return iv.Hi - iv.Lo + 1 }

// Overlaps reports whether two intervals share a day once each is widened
// by tol days.
func (iv Interval) Overlaps(o Interval, tol int) bool {
	return iv.Valid() && o.Valid() && iv.Lo <= o.Hi+tol && o.Lo <= iv.Hi+tol
}

// Time returns the first day of the interval as a UTC time.
func (iv Interval) Time() time.Time { return DayTime(iv.Lo) }

// Day returns the day number of t (days since 1970-01-01 UTC).
func Day(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DayTime returns midnight UTC of a day number.
func DayTime(day int) time.Time { return time.Unix(int64(day)*86400, 0).UTC() }

func dayOf(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// ParseValue returns the interval a TIMEX3 date value covers: a day
// (2019-02-27, with or without a time), an ISO week (2018-W21, and its
// weekend 2018-W21-WE), a month, a season (2018-FA), a quarter (2019-Q2),
// a half year (2019-H1), a year, or a decade (201). Anything else, such as
// values with unknown digits (XXXX-05) or PAST_REF, covers no known date.
func ParseValue(v string) Interval {
	none := Interval{Precision: PrecNone}
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	if len(v) < 3 || strings.ContainsAny(v, "Xx") {
		return none
	}
	if len(v) == 3 { // decade
		n, err := strconv.Atoi(v)
		if err != nil {
			return none
		}
		return Interval{dayOf(n*10, 1, 1), dayOf(n*10+10, 1, 1) - 1, PrecYear}
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || len(v) > 4 && v[4] != '-' {
		return none
	}
	rest := ""
	if len(v) > 5 {
		rest = v[5:]
	}
	switch {
	case len(v) == 4:
		return Interval{dayOf(y, 1, 1), dayOf(y+1, 1, 1) - 1, PrecYear}
	case len(rest) == 2 && isDigits(rest):
		m, _ := strconv.Atoi(rest)
		if m < 1 || m > 12 {
			return none
		}
		return Interval{dayOf(y, time.Month(m), 1), dayOf(y, time.Month(m)+1, 1) - 1, PrecMonth}
	case len(rest) == 5 && isDigits(rest[:2]) && rest[2] == '-' && isDigits(rest[3:]):
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || d < 1 || t.Day() != d {
			return none
		}
		n := Day(t)
		return Interval{n, n, PrecDay}
	case strings.HasPrefix(rest, "W") && len(rest) >= 3 && isDigits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		if w < 1 || w > 53 {
			return none
		}
		// ISO week 1 holds January 4th.
		jan4 := dayOf(y, 1, 4)
		wd := (int(DayTime(jan4).Weekday()) + 6) % 7 // Monday 0
		mon := jan4 - wd + (w-1)*7
		if rest[3:] == "-WE" {
			return Interval{mon + 5, mon + 6, PrecWeek}
		}
		if rest[3:] != "" {
			return none
		}
		return Interval{mon, mon + 6, PrecWeek}
	}
	switch rest {
	case "SP":
		return Interval{dayOf(y, 3, 1), dayOf(y, 6, 1) - 1, PrecSeason}
	case "SU":
		return Interval{dayOf(y, 6, 1), dayOf(y, 9, 1) - 1, PrecSeason}
	case "FA", "AU":
		return Interval{dayOf(y, 9, 1), dayOf(y, 12, 1) - 1, PrecSeason}
	case "WI":
		return Interval{dayOf(y, 12, 1), dayOf(y+1, 3, 1) - 1, PrecSeason}
	case "Q1", "Q2", "Q3", "Q4":
		q := int(rest[1] - '0')
		return Interval{dayOf(y, time.Month(3*q-2), 1), dayOf(y, time.Month(3*q+1), 1) - 1, PrecQuarter}
	case "H1", "H2":
		h := int(rest[1] - '0')
		return Interval{dayOf(y, time.Month(6*h-5), 1), dayOf(y, time.Month(6*h+1), 1) - 1, PrecQuarter}
	}
	return none
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dctInterval is the interval an event dated only by its document covers:
// for an asserted event the week up to a day-precise DCT (news reports
// what happened in the last days), for an announced one the half year
// after it; a coarser DCT gives its own interval and the week before.
func dctInterval(dct chronik.DCT, modality string) Interval {
	if dct.IsZero() {
		return Interval{Precision: PrecNone}
	}
	iv := ParseValue(dct.String())
	if !iv.Valid() {
		return iv
	}
	if modality == chronik.ModalityFuture {
		return Interval{iv.Lo, iv.Lo + 182, PrecQuarter}
	}
	if iv.Precision == PrecDay {
		return Interval{iv.Lo - 7, iv.Hi, PrecWeek}
	}
	// A month's issue reports what happened in it and in the last days
	// before it.
	return Interval{iv.Lo - 7, iv.Hi, iv.Precision}
}

// level returns the clustering level of an interval: 0 for a day given
// by the text, 1 for up to a month, 2 for up to a year and a half, 3 for
// unknown or vaguer dates.
func level(iv Interval, fromText bool) int {
	switch {
	case !iv.Valid():
		return 3
	case iv.Width() <= 1 && fromText:
		return 0
	case iv.Width() <= 31:
		return 1
	case iv.Width() <= 550:
		return 2
	}
	return 3
}

// Months returns the months (year*12 + month-1) that the interval covers,
// widened by tol days, or nil when it covers more than max months.
func (iv Interval) Months(tol, max int) []int {
	if !iv.Valid() {
		return nil
	}
	lo, hi := DayTime(iv.Lo-tol), DayTime(iv.Hi+tol)
	a := lo.Year()*12 + int(lo.Month()) - 1
	b := hi.Year()*12 + int(hi.Month()) - 1
	if b-a+1 > max {
		return nil
	}
	out := make([]int, 0, b-a+1)
	for m := a; m <= b; m++ {
		out = append(out, m)
	}
	return out
}
