package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Types of time expressions.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

var validMods = map[string]bool{
	"START": true, "MID": true, "END": true, "APPROX": true, "BEFORE": true, "AFTER": true,
	"ON_OR_BEFORE": true, "ON_OR_AFTER": true, "LESS_THAN": true, "MORE_THAN": true,
	"EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true,
}

// ValidMod reports whether m is a TIMEX3 mod value or empty.
func ValidMod(m string) bool { return m == "" || validMods[m] }

var (
	reDur  = regexp.MustCompile(`^P((([0-9]+(\.[0-9]+)?|X)(Y|M|W|D|DE|CE|Q|WE|H))+(T(([0-9]+(\.[0-9]+)?|X)(H|M|S))+)?|T(([0-9]+(\.[0-9]+)?|X)(H|M|S))+)$`)
	reDate = regexp.MustCompile(`^(BC)?([0-9X]{4})(-([0-9X]{2})(-([0-9X]{2}))?)?$`)
	reDec  = regexp.MustCompile(`^(BC)?[0-9]{2,3}X?$`)
	reWeek = regexp.MustCompile(`^(BC)?[0-9X]{4}-W([0-9X]{2})(-([1-7X]|WE))?$`)
	rePart = regexp.MustCompile(`^(BC)?[0-9X]{4}-(SP|SU|FA|WI|Q[1-4X]|H[12X])$`)
	reTime = regexp.MustCompile(`^T(([0-9X]{2}):([0-9X]{2})(:([0-9X]{2}))?|MO|MI|AF|EV|NI|DT)$`)
)

// ValidValue reports whether v is a well-formed TIMEX3 value: a date at
// any granularity (with X for unknown digits), a week, season, quarter or
// half, a time of day, a duration, or one of the *_REF values. Numeric
// fields must be in range (month 01–12, a day that exists in its month).
func ValidValue(v string) bool {
	if ok, known := validPlainDate(v); known {
		return ok
	}
	if ok, known := validCommonValue(v); known {
		return ok
	}
	return validValueSlow(v)
}

// validValueSlow is ValidValue by its regular expressions, for the shapes
// validPlainDate and validCommonValue leave.
func validValueSlow(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	case "":
		return false
	}
	if v[0] == 'P' {
		return reDur.MatchString(v)
	}
	date, tm, hasT := strings.Cut(v, "T")
	if hasT {
		sm := reTime.FindStringSubmatch("T" + tm)
		if sm == nil {
			return false
		}
		if sm[2] != "" && !inRange(sm[2], 0, 24) || sm[3] != "" && !inRange(sm[3], 0, 59) || sm[5] != "" && !inRange(sm[5], 0, 59) {
			return false
		}
		if sm[2] == "24" && sm[3] != "00" {
			return false
		}
		if !reDate.MatchString(date) && !reWeek.MatchString(date) {
			return false
		}
	}
	if sm := reDate.FindStringSubmatch(date); sm != nil {
		if sm[4] != "" && !inRange(sm[4], 1, 12) {
			return false
		}
		if sm[6] != "" && !inRange(sm[6], 1, 31) {
			return false
		}
		if sm[6] != "" && !strings.Contains(sm[2]+sm[4]+sm[6], "X") {
			y, _ := strconv.Atoi(sm[2])
			m, _ := strconv.Atoi(sm[4])
			d, _ := strconv.Atoi(sm[6])
			return validDate(y, m, d)
		}
		return true
	}
	if hasT {
		return reWeek.MatchString(date)
	}
	if sm := reWeek.FindStringSubmatch(v); sm != nil {
		return inRange(sm[2], 1, 53)
	}
	return reDec.MatchString(v) || rePart.MatchString(v)
}

// validPlainDate decides the common values quickly: YYYY, YYYY-MM and
// YYYY-MM-DD in digits. known is false for every other shape, which
// ValidValue then checks with its expressions.
func validPlainDate(v string) (ok, known bool) {
	switch len(v) {
	case 4, 7, 10:
	default:
		return false, false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false, false
			}
		} else if c < '0' || c > '9' {
			return false, false
		}
	}
	if len(v) == 4 {
		return true, true
	}
	m := int(v[5]-'0')*10 + int(v[6]-'0')
	if m < 1 || m > 12 {
		return false, true
	}
	if len(v) == 7 {
		return true, true
	}
	y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	d := int(v[8]-'0')*10 + int(v[9]-'0')
	if d < 1 || d > 31 {
		return false, true
	}
	return validDate(y, m, d), true
}

// validCommonValue decides three more shapes the tagger often produces
// without the regular expressions: a duration of one digit amount and unit
// (P3Y, PT12H), a week of a digit year (2019-W16) and a digit date with an
// hour and minute (2019-04-18T15:00). known is false for every other shape.
func validCommonValue(v string) (ok, known bool) {
	switch {
	case len(v) >= 3 && v[0] == 'P':
		// P, T for a time unit, digits and one unit.
		i := 1
		if v[1] == 'T' {
			i = 2
		}
		j := i
		for j < len(v) && v[j] >= '0' && v[j] <= '9' {
			j++
		}
		if j == i {
			return false, false
		}
		switch u := v[j:]; {
		case i == 1 && (u == "Y" || u == "M" || u == "W" || u == "D" || u == "Q" || u == "H" || u == "DE" || u == "CE" || u == "WE"),
			i == 2 && (u == "H" || u == "M" || u == "S"):
			return true, true
		}
		return false, false
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		if !allDigits(v[:4]) || !allDigits(v[6:]) {
			return false, false
		}
		w := int(v[6]-'0')*10 + int(v[7]-'0')
		return w >= 1 && w <= 53, true
	case len(v) == 16 && v[10] == 'T' && v[13] == ':':
		if !allDigits(v[11:13]) || !allDigits(v[14:]) {
			return false, false
		}
		date, known := validPlainDate(v[:10])
		if !known {
			return false, false
		}
		h := int(v[11]-'0')*10 + int(v[12]-'0')
		m := int(v[14]-'0')*10 + int(v[15]-'0')
		return date && h <= 24 && m <= 59 && (h < 24 || m == 0), true
	}
	return false, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func inRange(s string, lo, hi int) bool {
	if strings.Contains(s, "X") {
		return true
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= lo && n <= hi
}

// CheckTimex returns an error if a tagged expression is not well-formed
// TIMEX3 or its span does not lie inside a text of length n.
func CheckTimex(typ, value, mod string, start, end, n int) error {
	switch typ {
	case TypeDate, TypeTime, TypeDuration, TypeSet:
	default:
		return fmt.Errorf("bad type %q", typ)
	}
	if !ValidValue(value) {
		return fmt.Errorf("bad value %q", value)
	}
	if !ValidMod(mod) {
		return fmt.Errorf("bad mod %q", mod)
	}
	if start < 0 || start >= end || end > n {
		return fmt.Errorf("bad span [%d,%d) in text of %d bytes", start, end, n)
	}
	return nil
}

// formatting helpers

func fmtYear(y int) string {
	if y <= 0 {
		return fmt.Sprintf("BC%04d", 1-y)
	}
	if y > 9999 {
		return ""
	}
	if y >= 1000 {
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("%04d", y)
}

// append2 appends n with at least two digits, like %02d.
func append2(b []byte, n int) []byte {
	if n < 0 || n > 99 {
		return fmt.Appendf(b, "%02d", n)
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}
