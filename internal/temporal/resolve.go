package temporal

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// Tenses a clause can have, as far as the cue words tell.
const (
	tenseNone = iota
	tensePast
	tenseFuture
)

// anchor is the point relative expressions are computed from, known to
// prec. Years are astronomical (0 = 1 BC).
type anchor struct {
	y, m, d, hh, mi int
	prec            chronik.Precision
}

func anchorFromDCT(d chronik.DCT) anchor {
	t := d.Time
	return anchor{y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mi: t.Minute(), prec: d.Precision}
}

func (a anchor) time() time.Time {
	m, d := a.m, a.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(a.y, time.Month(m), d, a.hh, a.mi, 0, 0, time.UTC)
}

// anchorFromValue reads a DATE value back as an anchor for narrative text.
func anchorFromValue(v string) (anchor, bool) {
	bc := false
	if rest, ok := strings.CutPrefix(v, "BC"); ok {
		bc, v = true, rest
	}
	if len(v) < 4 {
		return anchor{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return anchor{}, false
	}
	if bc {
		y = 1 - y
	}
	if len(v) >= 6 && v[4] == '-' && v[5] == 'W' {
		return anchor{}, false // a week ("2018-W01-WE") tells no month to move the story to
	}
	a := anchor{y: y, prec: chronik.PrecisionYear}
	if len(v) >= 7 && v[4] == '-' {
		if m, err := strconv.Atoi(v[5:7]); err == nil {
			a.m, a.prec = m, chronik.PrecisionMonth
			if len(v) >= 10 && v[7] == '-' {
				if d, err := strconv.Atoi(v[8:10]); err == nil {
					a.d, a.prec = d, chronik.PrecisionDay
				}
			}
		}
	}
	return a, true
}

// result is one normalized expression.
type result struct {
	typ, val, mod, quant, freq string
	from                       string // "dct", "text" or ""
	yearAgo                    bool   // a quarter a year before the last one mentioned
	back                       bool   // looks back from the anchor ("Vorjahr", "zwei Tage zuvor")
}

// resolver turns frames into values. It keeps the last mentioned date.
type resolver struct {
	dct           anchor
	last          anchor
	lastFine      anchor // the last mentioned date known at least to the month
	sent          int32  // sentence of the expression being resolved
	lastSent      int32  // sentence of the last mentioned date
	narrative     bool
	tense         int  // tense of the clause of the expression being resolved
	reported      bool // the tense cue is a reporting verb ("said"), which need not govern the clause
	endpoint      bool // an end-point word precedes the expression ("extended to Nov. 20")
	target        bool // a target word precedes it ("für den 9. Januar"): a day it names is an end point
	deferred      bool // and a deferring verb before it ("postponed until Tuesday")
	superl        bool // "first" or a superlative shortly before ("the first talks in two years")
	possessive    bool // an English possessive follows ("after Sunday's test"): a known event's day
	relYear       int  // a year the sentence named relative to the DCT ("im vergangenen Jahr", "next year's")
	hasRelYear    bool
	sentDate      anchor // the last date mentioned in the sentence
	hasSent       bool
	sentFirstYear int    // the year of the first date mentioned in the sentence
	nearest       bool   // English news conventions (weekdays, nearest dates, quarters)
	yearUnits     bool   // decades and centuries of a duration in years ("two decades" = P20Y)
	lastQ         anchor // the last quarter mentioned (m holds the quarter), prec 0 if none
	lastAny       anchor // the last date mentioned, look-backs included ("last October")
	monthsPeriod  bool   // the report period named last is a span of months ("the first nine months"), no quarter
}

// base returns the anchor for expressions relative to "now".
func (r *resolver) base() (anchor, string) {
	if r.narrative && r.last.prec > 0 {
		return r.last, "text"
	}
	if r.dct.prec > 0 {
		return r.dct, "dct"
	}
	if r.narrative && r.last.prec > 0 {
		return r.last, "text"
	}
	return anchor{}, ""
}

// textBase returns the anchor for anaphoric expressions ("im folgenden Jahr").
func (r *resolver) textBase() (anchor, string) {
	if r.last.prec > 0 && !r.pastAfterDCT(r.last) {
		return r.last, "text"
	}
	return r.base()
}

// pastAfterDCT reports whether a day anchor lies after the DCT while the
// clause tells of the past: "Only a week earlier he had boasted …" after
// a paragraph on a coming ceremony counts back from the report, not from
// the ceremony.
func (r *resolver) pastAfterDCT(a anchor) bool {
	if r.narrative || r.tense != tensePast || a.prec < chronik.PrecisionDay || r.dct.prec < chronik.PrecisionDay {
		return false
	}
	return a.time().After(r.dct.time())
}

func dateVal(y, m, d int, prec chronik.Precision) string {
	ys := fmtYear(y)
	if ys == "" {
		return ""
	}
	switch {
	case prec <= chronik.PrecisionYear:
		return ys
	case prec == chronik.PrecisionMonth:
		return ymd(ys, m, -1)
	}
	return ymd(ys, m, d)
}

// ymd formats a year, a month and a day as YYYY-MM-DD, or YYYY-MM when d
// is -1, like fmt.Sprintf("%s-%02d-%02d", ys, m, d).
func ymd(ys string, m, d int) string {
	b := make([]byte, 0, len(ys)+6)
	b = append(b, ys...)
	b = append2(append(b, '-'), m)
	if d == -1 {
		return string(b)
	}
	return string(append2(append(b, '-'), d))
}

// partial formats a date computed from an anchor known only to a.prec:
// the parts the anchor does not know become X.
func partial(t time.Time, want chronik.Precision, a anchor) string {
	if a.prec == chronik.PrecisionNone {
		switch want {
		case chronik.PrecisionYear:
			return "XXXX"
		case chronik.PrecisionMonth:
			return "XXXX-XX"
		}
		return "XXXX-XX-XX"
	}
	if a.prec >= want || want == chronik.PrecisionYear {
		return dateVal(t.Year(), int(t.Month()), t.Day(), want)
	}
	ys := fmtYear(t.Year())
	if want == chronik.PrecisionMonth || a.prec == chronik.PrecisionYear {
		if want == chronik.PrecisionMonth {
			return ys + "-XX"
		}
		return ys + "-XX-XX"
	}
	return fmt.Sprintf("%s-%02d-XX", ys, int(t.Month()))
}

func weekVal(t time.Time, a anchor) string {
	if a.prec < chronik.PrecisionDay {
		if a.prec == chronik.PrecisionNone {
			return "XXXX-WXX"
		}
		return fmtYear(t.Year()) + "-WXX"
	}
	y, w := t.ISOWeek()
	return fmt.Sprintf("%s-W%02d", fmtYear(y), w)
}

// shiftYear resolves an expression that names a point within a year but
// not the year ("im Dezember"), comparing its position cmp (<0 before the
// anchor's position in the year, >0 after) with the clause's tense.
func (r *resolver) shiftYear(a anchor, cmp int) int {
	if r.narrative {
		return a.y
	}
	switch {
	case r.datePast() && cmp > 0:
		return a.y - 1
	case r.tense == tenseFuture && cmp < 0:
		return a.y + 1
	}
	return a.y
}

// datePast reports whether a past tense moves an underspecified date
// back: not when the date is the end point of the act ("extended to Nov.
// 20", "bis zum 20. November verlängert"), which lies ahead of it.
func (r *resolver) datePast() bool {
	return r.tense == tensePast && !r.endpoint
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (r *resolver) modOf(f *frame) string {
	if f.mod != "" {
		return f.mod
	}
	if f.qmod != "" {
		return f.qmod
	}
	if f.approx {
		return "APPROX"
	}
	return ""
}

// resolve computes the value of one frame. It returns false when the
// match makes no valid expression (an impossible date).
func (r *resolver) resolve(action string, f *frame) (result, bool) {
	var res result
	var ok bool
	switch action {
	case "date":
		res, ok = r.date(f)
	case "rel":
		res, ok = r.relative(f)
	case "deic":
		res, ok = r.deictic(f)
	case "ago", "later", "after", "before":
		res, ok = r.offset(action, f)
	case "dur":
		res, ok = r.duration(f)
	case "set":
		res, ok = r.set(f)
	case "ref":
		res, ok = r.ref(f)
	case "time":
		res, ok = r.clock(f)
	case "decade":
		if !f.hasDec {
			return res, false
		}
		res, ok = result{typ: TypeDate, val: strconv.Itoa(f.decade), mod: r.modOf(f)}, true
		if f.unit != "" {
			// "the first half of the 1980s", "the last half of the '80s"
			switch {
			case f.unit == "HY" && f.hasOrd && f.ord == 1:
				res.mod = "START"
			case f.unit == "HY" && f.hasOrd && (f.ord == 2 || f.ord == -1): // "last" is ordinal -1
				res.mod = "END"
			default:
				return result{}, false
			}
		}
	case "century":
		if !f.hasOrd || f.ord < 1 || f.ord > 99 || f.unit != "CE" {
			return res, false
		}
		if f.bc {
			res = result{typ: TypeDate, val: fmt.Sprintf("BC%02d", f.ord-1)}
		} else {
			res = result{typ: TypeDate, val: fmt.Sprintf("%02d", f.ord-1)}
		}
		res.mod, ok = r.modOf(f), true
	}
	if ok && (action == "date" || action == "rel") && f.hasLit("day") {
		// "the day before last Tuesday's hearing", "the day after
		// Christmas": the day next to the date named.
		switch {
		case f.hasLit("before"):
			res.val, ok = shiftDay(res.val, -1)
		case f.hasLit("after"):
			res.val, ok = shiftDay(res.val, 1)
		}
	}
	if !ok || !ValidValue(res.val) {
		return result{}, false
	}
	return res, true
}

// shiftDay moves a day value (YYYY-MM-DD) n days; any other value has no
// day to move.
func shiftDay(val string, n int) (string, bool) {
	t, err := time.Parse("2006-01-02", val)
	if err != nil {
		return "", false
	}
	t = t.AddDate(0, 0, n)
	return dateVal(t.Year(), int(t.Month()), t.Day(), chronik.PrecisionDay), true
}

func (r *resolver) year(f *frame) int {
	if f.bc {
		return 1 - f.year
	}
	return f.year
}

func (r *resolver) date(f *frame) (result, bool) {
	res := result{typ: TypeDate, mod: r.modOf(f)}
	a, from := r.base()
	known := f.hasYear
	y := r.year(f)
	if f.deic != "" {
		// "the year-ago third quarter": the year the deictic word names.
		d, err := parseDeic(f.deic)
		if err != nil || d.unit != "Y" || d.text || a.prec == chronik.PrecisionNone {
			return res, false
		}
		y, known, res.from = a.y+d.n, true, from
		res.back = d.n < 0
	}
	if f.hasRel && !f.relText && f.deic == "" && f.hasLit("year") && (f.hasLit("s") || f.hasLit("of")) {
		// "this year's third quarter", "last year's quarter", "the
		// fourth quarter of last year": a part of the year the relative
		// word names.
		if a.prec == chronik.PrecisionNone {
			return res, false
		}
		y, known, res.from = a.y+f.rel, true, from
		res.back = f.rel < 0
	}
	unknownYear := func(cmp int) {
		if !known && !r.narrative && r.hasRelYear && r.relYear != a.y {
			// "Im vergangenen Jahr traf er ihn zweimal: am 27. April
			// … und am 26. Mai": the year the sentence named.
			y, known, res.from = r.relYear, true, "text"
			return
		}
		if !known && a.prec > 0 {
			y = r.shiftYear(a, cmp)
			res.from = from
			known = true
		}
	}
	// English news names the nearest such day; the tense only moves it
	// when the nearest one lies well on the other side of the anchor.
	nearestYear := func(month, day int) bool {
		if known || !r.nearest || r.narrative || a.prec < chronik.PrecisionMonth {
			return false
		}
		if r.hasRelYear && r.relYear != a.y {
			// "three meetings last year: at the end of March, …": the
			// year the sentence named, as unknownYear gives it.
			return false
		}
		y = r.nearestYear(a, month, day)
		res.from = from
		known = true
		return true
	}
	ys := func() string {
		if !known {
			return "XXXX"
		}
		return fmtYear(y)
	}
	switch {
	case f.holiday != "":
		yy := y
		if !known && a.prec > 0 {
			t, err := holidayDate(f.holiday, a.y)
			if err != nil {
				return res, false
			}
			c := 0
			if a.prec >= chronik.PrecisionMonth {
				c = cmpInt(int(t.Month())*100+t.Day(), a.m*100+a.d)
				if a.prec == chronik.PrecisionMonth && int(t.Month()) == a.m {
					c = 0
				}
			}
			if r.nearest && a.prec >= chronik.PrecisionDay && c > 0 && t.Sub(a.time()) <= 14*24*time.Hour {
				c = 0 // English news: "as Easter week began" days before Easter
			}
			unknownYear(c)
			yy = y
		}
		if !known {
			t, err := holidayDate(f.holiday, 2001)
			if err != nil || strings.HasPrefix(f.holiday, "E") || strings.Contains(f.holiday, "#") || strings.Contains(f.holiday, "W") {
				return res, false
			}
			res.val = fmt.Sprintf("XXXX-%02d-%02d", int(t.Month()), t.Day())
			break
		}
		t, err := holidayDate(f.holiday, yy)
		if err != nil {
			return res, false
		}
		res.val = dateVal(t.Year(), int(t.Month()), t.Day(), chronik.PrecisionDay)
		if f.hasLit("week") {
			// "Easter week": the ISO week holding the holiday.
			wy, w := t.ISOWeek()
			res.val = fmt.Sprintf("%s-W%02d", fmtYear(wy), w)
		}
	case f.day > 0 && f.month > 0 && f.hasLit("week"):
		// "the week of March 6": the ISO week holding that day.
		nearestYear(f.month, f.day)
		unknownYear(0)
		if !known || !validDate(y, f.month, f.day) {
			return res, false
		}
		wy, w := time.Date(y, time.Month(f.month), f.day, 0, 0, 0, 0, time.UTC).ISOWeek()
		res.val = fmt.Sprintf("%s-W%02d", fmtYear(wy), w)
	case f.hasOrd && f.month > 0 && f.day == 0 && f.hasLit("week"):
		// "the first week of May", "the last week of March": the ISO week
		// holding most of those seven days, the one with their middle day.
		if f.ord == 0 || f.ord > 5 {
			return res, false
		}
		nearestYear(f.month, 0)
		unknownYear(0)
		if !known {
			return res, false
		}
		d := 7*f.ord - 3
		if f.ord < 0 {
			d = daysIn(y, f.month) - 3
		}
		if d > daysIn(y, f.month) {
			return res, false
		}
		wy, w := time.Date(y, time.Month(f.month), d, 0, 0, 0, 0, time.UTC).ISOWeek()
		res.val = fmt.Sprintf("%s-W%02d", fmtYear(wy), w)
	case f.day > 0 && f.month > 0:
		if r.target {
			r.endpoint = true // "schlug Gespräche für den 9. Januar vor"
		}
		nearestYear(f.month, f.day)
		c := 0
		if a.prec >= chronik.PrecisionMonth {
			c = cmpInt(f.month, a.m)
			if c == 0 && a.prec >= chronik.PrecisionDay {
				c = cmpInt(f.day, a.d)
			}
		}
		unknownYear(c)
		if known && !validDate(y, f.month, f.day) || !known && !validDate(2000, f.month, f.day) {
			return res, false
		}
		res.val = ymd(ys(), f.month, f.day)
	case f.month > 0:
		nearestYear(f.month, 0)
		c := 0
		if a.prec >= chronik.PrecisionMonth {
			c = cmpInt(f.month, a.m)
		}
		unknownYear(c)
		res.val = ymd(ys(), f.month, -1)
	case f.season != "":
		c := 0
		if a.prec >= chronik.PrecisionMonth {
			c = cmpInt(seasonIndex[f.season], seasonPos(a.m))
		}
		unknownYear(c)
		res.val = ys() + "-" + f.season
	case f.hasOrd && f.unit == "D" && (f.hasLit("is") || f.hasLit("s")):
		// "Today is the eighth day of the operation": the present day.
		if r.narrative || a.prec < chronik.PrecisionDay {
			return res, false
		}
		res.val, res.from = dateVal(a.y, a.m, a.d, chronik.PrecisionDay), from
	case f.hasLit("two") && f.hasLit("quarters") && (f.ord == 1 || f.ord == -1):
		// "the first two quarters of 1990": a half-year.
		unknownYear(0)
		h := 1
		if f.ord == -1 {
			h = 2
		}
		res.val = fmt.Sprintf("%s-H%d", ys(), h)
	case f.hasOrd && f.unit == "Q" || f.hasOrd && f.unit == "HY":
		c := 0
		if f.unit == "Q" {
			if f.ord < 1 || f.ord > 4 {
				return res, false
			}
			if a.prec >= chronik.PrecisionMonth {
				c = cmpInt(f.ord, (a.m+2)/3)
			}
			if r.nearest && c < 0 {
				c = 0 // "the third quarter" in a report: this year's, not next year's
			}
			unknownYear(c)
			res.val = fmt.Sprintf("%s-Q%d", ys(), f.ord)
		} else {
			if f.ord == -1 && f.hasYear {
				f.ord = 2 // "the last half of 1989"
			}
			if f.ord < 1 || f.ord > 2 {
				return res, false
			}
			unknownYear(0)
			res.val = fmt.Sprintf("%s-H%d", ys(), f.ord)
		}
	case f.unit == "W" && f.hasOrd && !f.hasYear && r.nearest && !r.narrative:
		// "the strike, now in its third week", "the first week of the
		// war": the weeks of an event, no week of the calendar.
		return res, false
	case f.unit == "W" && (f.hasOrd || f.hasNum && f.kw):
		w := f.ord
		if !f.hasOrd {
			w = int(f.num)
		}
		if w < 1 || w > 53 {
			return res, false
		}
		unknownYear(0)
		res.val = fmt.Sprintf("%s-W%02d", ys(), w)
	case f.wd > 0:
		res.val, res.from = r.weekday(a, from, f.wd, 0)
	case !f.hasYear && f.hasLit("latest") && f.hasLit("period"):
		// "the latest period" in a quarterly report: the quarter named last.
		if !r.nearest || r.narrative || r.lastQ.prec == chronik.PrecisionNone {
			return res, false
		}
		res.val = fmt.Sprintf("%s-Q%d", fmtYear(r.lastQ.y), r.lastQ.m)
	case !f.hasYear && !known && (f.hasLit("quarter") || f.hasLit("period")) && (f.hasLit("last") && f.hasLit("year") || f.hasLit("ago") || f.hasLit("earlier")):
		// "the corresponding period last year", "the quarter a year ago":
		// the quarter named last, a year before.
		if !r.nearest || r.narrative || r.lastQ.prec == chronik.PrecisionNone {
			return res, false
		}
		res.val = fmt.Sprintf("%s-Q%d", fmtYear(r.lastQ.y-1), r.lastQ.m)
		res.yearAgo, res.back = true, true
	case (f.hasYear || known && f.hasRel) && (f.hasLit("quarter") || f.hasLit("period")):
		// "the 1988 period" in a quarterly report: that year's part of
		// the quarter named last.
		if !r.nearest || r.narrative || r.lastQ.prec == chronik.PrecisionNone {
			return res, false
		}
		res.val = fmt.Sprintf("%s-Q%d", fmtYear(y), r.lastQ.m)
		res.yearAgo = y < r.lastQ.y
	case f.hasYear:
		res.val = fmtYear(y)
	default:
		return res, false
	}
	if f.pod != "" && (f.day > 0 || f.wd > 0 || f.holiday != "") {
		res.val += "T" + f.pod
		res.typ = TypeTime
	}
	return res, true
}

// nearestThreshold is how far (in days) the nearest date may lie on the
// other side of the anchor before a future tense or a reporting verb
// ("said", whose clause may speak of the future) moves it a year.
const nearestThreshold = 60

// nearestYear picks the year of month/day (day 0: the whole month) that
// lies nearest the anchor, then lets a past tense move a date ahead back
// a year (a reporting verb only one more than nearestThreshold days
// ahead) and a future tense move one more than that behind ahead a year.
func (r *resolver) nearestYear(a anchor, month, day int) int {
	ad := a.d
	if a.prec < chronik.PrecisionDay || ad == 0 {
		ad = 15
	}
	at := time.Date(a.y, time.Month(a.m), ad, 0, 0, 0, 0, time.UTC)
	dd := day
	if dd == 0 {
		dd = 15
	}
	best, bestDist := a.y, 0
	for y := a.y - 1; y <= a.y+1; y++ {
		d := int(time.Date(y, time.Month(month), min(dd, 28), 0, 0, 0, 0, time.UTC).Sub(at).Hours() / 24)
		if y == a.y-1 || abs(d) < abs(bestDist) {
			best, bestDist = y, d
		}
	}
	th := 14
	if r.reported {
		th = nearestThreshold
	}
	switch {
	case r.datePast() && bestDist > th:
		best--
	case r.tense == tenseFuture && bestDist < -nearestThreshold:
		best++
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// weekday resolves a weekday name against the anchor: rel < 0 the one
// before, rel > 0 the one after, 0 by tense (this week's when no tense).
func (r *resolver) weekday(a anchor, from string, wd, rel int) (string, string) {
	if a.prec < chronik.PrecisionDay {
		if a.prec == chronik.PrecisionNone {
			return fmt.Sprintf("XXXX-WXX-%d", wd), ""
		}
		return partial(a.time(), chronik.PrecisionDay, a), from
	}
	t := a.time()
	awd := isoWeekday(t)
	if r.target {
		r.endpoint = true // "für Montag angesetzt"
	}
	var days int
	switch {
	case rel < 0:
		days = -((awd - wd + 7) % 7)
		if days == 0 {
			days = -7
		}
	case rel > 0:
		days = (wd - awd + 7) % 7
		if days == 0 {
			days = 7
		}
	case r.possessive && r.nearest && !r.narrative:
		// "will seek sanctions after Sunday's nuclear test", "Thursday's
		// closing price": the day of an event the reader knows of, of the
		// past week whatever the tense of the clause around it.
		days = -((awd - wd + 7) % 7)
	case r.narrative || r.tense == tenseFuture:
		days = (wd - awd + 7) % 7
	case r.deferred:
		// "extended the deadline until 9 a.m. Tuesday": the new end
		// point of a deferred act lies ahead of the report.
		days = (wd - awd + 7) % 7
	case r.endpoint && r.nearest && r.tense == tenseNone:
		// "Kim stays in Vietnam until Saturday": an end point that no
		// past tense puts behind the report lies ahead of it.
		days = (wd - awd + 7) % 7
	case r.datePast():
		days = -((awd - wd + 7) % 7)
	case r.nearest:
		// No cue in English news: a weekday names a day of the past
		// week or the day itself, as news reports what happened.
		days = -((awd - wd + 7) % 7)
	default:
		// No cue in German: Präsens with a weekday speaks of the coming one.
		days = (wd - awd + 7) % 7
	}
	t = t.AddDate(0, 0, days)
	return dateVal(t.Year(), int(t.Month()), t.Day(), chronik.PrecisionDay), from
}

func (r *resolver) relative(f *frame) (result, bool) {
	var a anchor
	var from string
	if f.relText {
		a, from = r.textBase()
	} else {
		a, from = r.base()
	}
	res := result{typ: TypeDate, mod: r.modOf(f), from: from, back: f.rel < 0}
	rel := f.rel
	if a.prec == chronik.PrecisionNone {
		res.from = ""
	}
	t := a.time()
	switch {
	case (f.month > 0 || f.season != "") && f.unit == "Y":
		// "June last year", "im März dieses Jahres": the named part of the shifted year.
		y := a.y + rel
		if f.month > 0 {
			res.val = yearOrX(y, a) + fmt.Sprintf("-%02d", f.month)
		} else {
			res.val = yearOrX(y, a) + "-" + f.season
		}
		res.back = rel < 0
	case f.month > 0:
		// "last October", "last Oct. 23": the one before the anchor.
		y := a.y
		pos, apos := f.month*100+f.day, a.m*100
		if f.day > 0 && a.prec >= chronik.PrecisionDay {
			apos += a.d
		}
		if f.day == 0 {
			pos, apos = f.month, a.m
		}
		switch {
		case rel < 0 && (a.prec < chronik.PrecisionMonth || pos >= apos):
			y--
		case rel > 0 && (a.prec < chronik.PrecisionMonth || pos <= apos):
			y++
		}
		ys := fmtYear(y)
		if a.prec == chronik.PrecisionNone {
			ys = "XXXX"
		}
		if f.day > 0 {
			if !validDate(2000, f.month, f.day) || a.prec != chronik.PrecisionNone && !validDate(y, f.month, f.day) {
				return res, false
			}
			res.val = ymd(ys, f.month, f.day)
		} else {
			res.val = ymd(ys, f.month, -1)
		}
	case f.wd > 0:
		res.val, _ = r.weekday(a, from, f.wd, rel)
		if rel == 0 && a.prec >= chronik.PrecisionDay {
			t = t.AddDate(0, 0, f.wd-isoWeekday(t))
			res.val = dateVal(t.Year(), int(t.Month()), t.Day(), chronik.PrecisionDay)
		}
		if f.pod != "" {
			res.val += "T" + f.pod
			res.typ = TypeTime
		}
	case f.season != "":
		y := a.y
		if a.prec >= chronik.PrecisionMonth {
			cur := seasonPos(a.m)
			s := seasonIndex[f.season]
			switch {
			case rel < 0 && s >= cur:
				y--
			case rel > 0 && s <= cur:
				y++
			}
		} else {
			y += rel
		}
		res.val = yearOrX(y, a) + "-" + f.season
	case f.holiday != "":
		y := a.y + rel
		if a.prec >= chronik.PrecisionMonth && rel != 0 {
			h, err := holidayDate(f.holiday, a.y)
			if err != nil {
				return res, false
			}
			y = a.y
			if rel < 0 && !h.Before(t) {
				y--
			}
			if rel > 0 && !h.After(t) {
				y++
			}
		}
		h, err := holidayDate(f.holiday, y)
		if err != nil {
			return res, false
		}
		res.val = partial(h, chronik.PrecisionDay, a)
		if a.prec != chronik.PrecisionNone {
			// The holiday fixes its own day once its year is known: "next
			// New Year" in a December review is 1 January, not "2020-01-XX".
			res.val = dateVal(h.Year(), int(h.Month()), h.Day(), chronik.PrecisionDay)
		}
	case f.pod != "" && f.unit == "":
		res.val = partial(t.AddDate(0, 0, rel), chronik.PrecisionDay, a) + "T" + f.pod
		res.typ = TypeTime
	default:
		if r.nearest && !f.hasRel && f.mod == "" && strings.Contains(" D h m s ", " "+f.unit+" ") {
			return res, false // "the day", "the second": rarely a time expression in English
		}
		if f.relSpan && !f.hasNum && !f.plural && (f.unit == "DE" || f.unit == "CE") && r.nearest && !r.narrative {
			// "over the past decade", "the past century": the span up to
			// now, ten or a hundred years; no calendar decade holds it.
			return r.duration(f)
		}
		if !f.hasRel && f.unit == "Q" && f.hasLit("the") && !r.narrative {
			rel = -1 // "the quarter" in a company report: the one just ended
		}
		v, ok := unitShift(a, f.unit, rel, f.hasRel, r.tense, r.narrative)
		if !ok {
			return res, false
		}
		res.val = v
	}
	return res, true
}

func yearOrX(y int, a anchor) string {
	if a.prec == chronik.PrecisionNone {
		return "XXXX"
	}
	return fmtYear(y)
}

// unitShift names the unit containing the anchor moved by n units:
// "nächste Woche" is unitShift(a, "W", 1).
func unitShift(a anchor, unit string, n int, hasRel bool, tense int, narrative bool) (string, bool) {
	t := a.time()
	switch unit {
	case "Y":
		return yearOrX(a.y+n, a), true
	case "M":
		return partial(time.Date(a.y, time.Month(max(a.m, 1)+n), 1, 0, 0, 0, 0, time.UTC), chronik.PrecisionMonth, a), true
	case "W":
		return weekVal(t.AddDate(0, 0, 7*n), a), true
	case "D":
		if a.prec < chronik.PrecisionDay {
			return partial(t, chronik.PrecisionDay, a), true
		}
		return partial(t.AddDate(0, 0, n), chronik.PrecisionDay, a), true
	case "Q":
		q := (max(a.m, 1)-1)/3 + n
		y := a.y + floorDiv(q, 4)
		q = mod(q, 4) + 1
		if a.prec < chronik.PrecisionMonth {
			return yearOrX(y, a) + "-QX", true
		}
		return fmt.Sprintf("%s-Q%d", fmtYear(y), q), true
	case "HY":
		h := (max(a.m, 1)-1)/6 + n
		y := a.y + floorDiv(h, 2)
		h = mod(h, 2) + 1
		if a.prec < chronik.PrecisionMonth {
			return yearOrX(y, a) + "-HX", true
		}
		return fmt.Sprintf("%s-H%d", fmtYear(y), h), true
	case "DE":
		d := floorDiv(a.y, 10) + n
		if a.prec == chronik.PrecisionNone || d < 0 || d > 999 {
			return "", false
		}
		return fmt.Sprintf("%03d", d), true
	case "CE":
		c := floorDiv(a.y, 100) + n
		if a.prec == chronik.PrecisionNone || c < 0 || c > 99 {
			return "", false
		}
		return fmt.Sprintf("%02d", c), true
	case "WE":
		if a.prec < chronik.PrecisionDay {
			return weekVal(t, a) + "-WE", true
		}
		wd := isoWeekday(t)
		switch {
		case n < 0 || !hasRel && tense == tensePast && !narrative:
			// The weekend before: the last Sunday strictly before the anchor.
			t = t.AddDate(0, 0, -wd)
		case n > 0 && wd >= 6:
			t = t.AddDate(0, 0, 7)
		}
		return weekVal(t, a) + "-WE", true
	case "h", "m", "s":
		return partial(t, chronik.PrecisionDay, a), true
	}
	return "", false
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }

// deic is a parsed DEIC value: "D-1", "Y0/END", "D0TEV", "Y+1t".
type deic struct {
	unit string
	n    int
	text bool
	// newYear: "im neuen Jahr", the year that begins at the New Year
	// nearest the anchor (written "Y+1n"): next year from July on, this
	// year before.
	newYear bool
	pod     string
	mod     string
}

func parseDeic(v string) (deic, error) {
	var d deic
	bad := fmt.Errorf("bad deictic value %q", v)
	v, d.mod, _ = strings.Cut(v, "/")
	if d.mod != "" && !validMods[d.mod] {
		return d, bad
	}
	if len(v) < 2 {
		return d, bad
	}
	d.unit = v[:1]
	v = v[1:]
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		d.pod = v[i+1:]
		v = v[:i]
		if len(d.pod) != 2 {
			return d, bad
		}
	}
	if s, ok := strings.CutSuffix(v, "t"); ok {
		d.text, v = true, s
	}
	if s, ok := strings.CutSuffix(v, "n"); ok {
		d.newYear, v = true, s
	}
	n, err := strconv.Atoi(v)
	if err != nil || !strings.Contains("DWMYQ", d.unit) || d.unit == "Q" && (!d.text || n != 0) {
		return d, bad
	}
	d.n = n
	return d, nil
}

func (r *resolver) deictic(f *frame) (result, bool) {
	d, err := parseDeic(f.deic)
	if err != nil {
		return result{}, false
	}
	var a anchor
	var from string
	if d.text && !r.narrative && r.lastAny.prec > 0 {
		// "killed last October … crossed out that same day": in news the
		// date the story named last, a look-back too.
		a, from = r.lastAny, "text"
	} else if d.text {
		a, from = r.textBase()
	} else {
		a, from = r.base()
	}
	res := result{typ: TypeDate, mod: d.mod, from: from, back: d.n < 0}
	if f.mod != "" {
		res.mod = f.mod
	}
	if d.unit == "Q" {
		// "that quarter": the quarter the story named last.
		if r.lastQ.prec == chronik.PrecisionNone {
			return result{}, false
		}
		res.val, res.from, res.back = fmt.Sprintf("%s-Q%d", fmtYear(r.lastQ.y), r.lastQ.m), "text", true
		return res, true
	}
	if f.hasYear && d.unit == "Y" && d.n == 0 {
		// "Jahresende 1789": the named year.
		v := fmtYear(r.year(f))
		if v == "" {
			return result{}, false
		}
		return result{typ: TypeDate, val: v, mod: res.mod}, true
	}
	if r.narrative && d.unit == "D" && d.n == 0 && d.pod == "" && f.pod == "" && !d.text {
		return result{typ: TypeDate, val: "PRESENT_REF"}, true // "heute" in a history text
	}
	if a.prec == chronik.PrecisionNone {
		res.from = ""
		if d.unit == "D" && d.n == 0 && d.pod == "" && f.pod == "" {
			res.val = "PRESENT_REF"
			return res, true
		}
	}
	if d.newYear && d.unit == "Y" && a.prec >= chronik.PrecisionMonth && a.m <= 6 {
		d.n-- // "im neuen Jahr" in January: this year
		res.back = false
	}
	if v, ok := r.yearAgoQuarter(d.unit, d.n, f); ok && d.mod == "" {
		res.val, res.yearAgo = v, true
		return res, true
	}
	v, ok := unitShift(a, d.unit, d.n, true, r.tense, r.narrative)
	if !ok {
		return res, false
	}
	res.val = v
	pod := d.pod
	if f.pod != "" {
		pod = f.pod
	}
	if pod != "" && d.unit == "D" {
		res.val += "T" + pod
		res.typ = TypeTime
	}
	return res, true
}

var unitCodes = map[string]string{
	"Y": "Y", "M": "M", "W": "W", "D": "D", "h": "TH", "m": "TM", "s": "TS",
	"DE": "DE", "CE": "CE", "Q": "Q", "HY": "HY", "WE": "WE",
}

// smallerUnit is the next smaller unit and how many of it make one unit,
// for writing fractions: anderthalb Jahre = P1Y6M.
var smallerUnit = map[string]struct {
	unit string
	n    float64
}{
	"CE": {"Y", 100}, "DE": {"Y", 10}, "Y": {"M", 12}, "M": {"D", 30}, "W": {"D", 7},
	"D": {"h", 24}, "h": {"m", 60}, "m": {"s", 60},
}

// durValue writes n units as a TIMEX3 duration; n < 0 is unspecified.
// A fraction is written as whole units and the rest in the next smaller
// unit ("P1Y6M", "PT1H30M"), as TimeML annotates it.
func durValue(n float64, unit string, mul int) string {
	if mul > 1 && n >= 0 {
		n *= float64(mul)
	}
	switch unit {
	case "Q":
		if n >= 0 && n != math.Trunc(n) {
			unit, n = "M", n*3
		}
	case "HY":
		unit, n = "M", n*6
	case "WE":
		if n < 0 {
			return "PXWE"
		}
		unit, n = "D", n*2
	}
	if n < 0 {
		return durPart("X", unit, "P", false)
	}
	if n > 1e9 {
		return ""
	}
	whole := math.Trunc(n)
	frac := n - whole
	if frac == 0 {
		return durPart(strconv.FormatFloat(whole, 'f', -1, 64), unit, "P", false)
	}
	// Whole units, then the rest in smaller units until it is whole.
	out := "P"
	inTime := false
	if whole > 0 {
		out = durPart(strconv.FormatFloat(whole, 'f', -1, 64), unit, out, false)
		inTime = strings.Contains(out, "T")
	}
	for frac > 0 {
		sm, ok := smallerUnit[unit]
		if !ok {
			return ""
		}
		unit = sm.unit
		v := math.Round(frac*sm.n*1000) / 1000
		w := math.Trunc(v)
		frac = v - w
		if w > 0 {
			out = durPart(strconv.FormatFloat(w, 'f', -1, 64), unit, out, inTime)
			inTime = strings.Contains(out, "T")
		}
	}
	return out
}

// durPart appends num units to the duration prefix p ("P", "P1Y"),
// opening the time part with T for hours, minutes and seconds.
func durPart(num, unit, p string, inTime bool) string {
	code := unitCodes[unit]
	if strings.HasPrefix(code, "T") {
		if !inTime {
			p += "T"
		}
		return p + num + code[1:]
	}
	return p + num + code
}

// offset handles "vor zwei Jahren", "in drei Wochen", "zwei Jahre später"
// and "drei Tage zuvor".
func (r *resolver) offset(action string, f *frame) (result, bool) {
	n := 1.0
	if f.hasNum {
		n = f.num
	}
	if f.unit == "" {
		return result{}, false
	}
	var a anchor
	var from string
	sign := 1
	switch action {
	case "ago":
		a, from = r.base()
		sign = -1
	case "later":
		if r.tense == tensePast || r.superl {
			return r.duration(f)
		}
		a, from = r.base()
	case "after", "before":
		a, from = r.textBase()
		if f.after < 0 || action == "before" {
			sign = -1
		}
	}
	res := result{typ: TypeDate, mod: r.modOf(f), from: from, back: sign < 0}
	if f.qmod != "" && action == "ago" {
		switch f.qmod {
		case "MORE_THAN", "EQUAL_OR_MORE":
			res.mod = "BEFORE"
		case "LESS_THAN", "EQUAL_OR_LESS":
			res.mod = "AFTER"
		}
	}
	if (n < 0 || !f.hasNum && f.plural) && !r.narrative && (action == "after" || action == "before") {
		// "Wenige Minuten später" in news: how long after, no
		// FUTURE_REF after the DCT for a past event.
		return r.duration(f)
	}
	if n < 0 || !f.hasNum && f.plural {
		if sign < 0 {
			return result{typ: TypeDate, val: "PAST_REF"}, true
		}
		return result{typ: TypeDate, val: "FUTURE_REF"}, true
	}
	if a.prec == chronik.PrecisionNone {
		res.from = ""
	}
	unit := f.unit
	mul := max(f.unitMul, 1)
	// Whole units in the smallest unit that keeps the count whole.
	for n != math.Trunc(n) {
		switch unit {
		case "Y":
			unit, n = "M", n*12
		case "M":
			unit, n = "D", n*30
		case "W":
			unit, n = "D", n*7
		case "D":
			unit, n = "h", n*24
		case "DE":
			unit, n = "Y", n*10
		case "CE":
			unit, n = "Y", n*100
		default:
			return result{}, false
		}
	}
	k := sign * int(n) * mul
	if v, ok := r.yearAgoQuarter(unit, k, f); ok {
		res.val, res.yearAgo = v, true
		return res, true
	}
	if n > 100000 {
		if sign < 0 {
			return result{typ: TypeDate, val: "PAST_REF"}, true
		}
		return result{typ: TypeDate, val: "FUTURE_REF"}, true
	}
	switch unit {
	case "DE":
		unit, k = "Y", k*10
	case "CE":
		unit, k = "Y", k*100
	}
	if a.y+k < -9998 || a.y+k > 9999 || k > 3660000 || k < -3660000 {
		if sign < 0 {
			return result{typ: TypeDate, val: "PAST_REF"}, true
		}
		return result{typ: TypeDate, val: "FUTURE_REF"}, true
	}
	switch unit {
	case "h", "m", "s":
		if a.prec < chronik.PrecisionMinute {
			res.val = partial(a.time(), chronik.PrecisionDay, a)
			return res, true
		}
		d := time.Duration(k) * map[string]time.Duration{"h": time.Hour, "m": time.Minute, "s": time.Second}[unit]
		t := a.time().Add(d)
		res.typ = TypeTime
		res.val = fmt.Sprintf("%sT%02d:%02d", dateVal(t.Year(), int(t.Month()), t.Day(), chronik.PrecisionDay), t.Hour(), t.Minute())
		return res, true
	}
	if unit == "W" && (action == "after" || action == "before") && a.prec >= chronik.PrecisionDay {
		// "eine Woche später" after a named day is that day a week on.
		unit, k = "D", k*7
	}
	v, ok := unitShift(a, unit, k, true, r.tense, r.narrative)
	if !ok {
		return res, false
	}
	res.val = v
	return res, true
}

// quarterAhead reports whether quarter q (q.m holds the quarter) begins
// after the DCT, or holds it in a clause of the future: a forecast
// ("losses through the third quarter of 1990", "expect the trend to
// continue into the fourth quarter"), not a quarter a report compares
// with the year before. (A fiscal "fourth quarter ended Sept. 30" may
// hold the DCT's month in a past clause.)
func (r *resolver) quarterAhead(q anchor) bool {
	if r.dct.prec < chronik.PrecisionMonth {
		return false
	}
	if q.y > r.dct.y || q.y == r.dct.y && (q.m-1)*3+1 > r.dct.m {
		return true
	}
	return r.tense == tenseFuture && q.y == r.dct.y && q.m*3 >= r.dct.m
}

// yearAgoQuarter gives "a year ago" and "year-earlier" in an English
// report that has named a quarter the granularity of that quarter: the
// comparison is with the same quarter a year before ("1988-Q3" after
// "the third quarter" of 1989), as TimeBank annotates earnings reports.
// After "the first nine months" it is those months a year before, which
// the year stands for, unless the expression names a quarter.
func (r *resolver) yearAgoQuarter(unit string, k int, f *frame) (string, bool) {
	if !r.nearest || r.narrative || unit != "Y" || k != -1 || r.lastQ.prec == chronik.PrecisionNone {
		return "", false
	}
	if r.monthsPeriod && !f.hasLit("quarter") {
		return "", false
	}
	ys := fmtYear(r.lastQ.y - 1)
	if ys == "" {
		return "", false
	}
	return fmt.Sprintf("%s-Q%d", ys, r.lastQ.m), true
}

func (r *resolver) duration(f *frame) (result, bool) {
	res := result{typ: TypeDuration, mod: r.modOf(f)}
	if f.deic != "" {
		// "the year-earlier nine months": only a year back qualifies a span.
		if d, err := parseDeic(f.deic); err != nil || d.unit != "Y" || d.n >= 0 || d.text {
			return res, false
		}
	}
	if f.hasNum && f.num >= 1000 && !f.plural || f.rangeYear {
		return res, false // "the 1988 quarter": a year, not 1988 quarters
	}
	switch {
	case f.durw != "":
		res.val = f.durw
	case f.durAdj != "":
		res.val = "P" + f.durAdj
		if strings.HasSuffix(f.durAdj, "h") {
			res.val = "PT" + strings.TrimSuffix(f.durAdj, "h") + "H"
		}
	case f.unit == "" && f.hasLit("year"):
		res.val = "P1Y" // "the year ended June 30": a fiscal year
	case (f.unit == "Q" || f.unit == "HY") && f.hasLit("-") && (f.plural || f.unit == "HY"):
		return res, false // "three-quarters", "one-half": fractions, not periods
	case f.unit != "":
		if f.hasNum && f.num == 1 && f.plural {
			return res, false // "a decades-long feud": no count of one before a plural
		}
		n := -1.0
		if f.hasNum {
			n = f.num
		}
		if !f.hasNum && !f.plural {
			n = 1
		}
		unit, mul := r.durUnit(f.unit, f.unitMul)
		res.val = durValue(n, unit, mul)
	default:
		return res, false
	}
	return res, res.val != ""
}

// durUnit returns the unit and multiple a duration is written in: with
// yearUnits a decade is ten years and a century a hundred, as TimeBank
// writes English durations ("two decades" = P20Y, "decades" = PXY).
func (r *resolver) durUnit(unit string, mul int) (string, int) {
	if !r.yearUnits {
		return unit, mul
	}
	switch unit {
	case "DE":
		return "Y", max(mul, 1) * 10
	case "CE":
		return "Y", max(mul, 1) * 100
	}
	return unit, mul
}

// seasonPlural returns the season code of a plural season literal of f
// ("summers": SU), or "".
func seasonPlural(f *frame) string {
	for _, l := range f.lits {
		switch l {
		case "springs":
			return "SP"
		case "summers":
			return "SU"
		case "autumns", "falls":
			return "FA"
		case "winters":
			return "WI"
		}
	}
	return ""
}

// podPlurals are the plural parts of the day after a weekday in a set
// ("Tuesday nights").
var podPlurals = map[string]string{"nights": "NI", "mornings": "MO", "afternoons": "AF", "evenings": "EV"}

func (r *resolver) set(f *frame) (result, bool) {
	res := result{typ: TypeSet}
	switch {
	case f.setv != "":
		res.val = f.setv
	case f.times > 0 && f.unit != "":
		res.val = durValue(1, f.unit, f.unitMul)
		res.freq = strconv.Itoa(f.times) + "X"
	case f.hasNum && f.num == -1:
		return res, false
	case f.hasLit("times") && f.hasNum && f.unit != "":
		// "4 times a year": once a unit, four times over.
		if f.num < 1 || f.num != math.Trunc(f.num) || f.num > 1000 {
			return res, false
		}
		res.val = durValue(1, f.unit, f.unitMul)
		res.freq = strconv.Itoa(int(f.num)) + "X"
	case f.wd > 0:
		res.val = fmt.Sprintf("XXXX-WXX-%d", f.wd)
		res.quant = "EVERY"
		for lit, pod := range podPlurals {
			if f.hasLit(lit) { // "Tuesday nights"
				res.val += "T" + pod
				res.quant = ""
			}
		}
	case f.month > 0: // "each July"
		res.val = fmt.Sprintf("XXXX-%02d", f.month)
		res.quant = "EVERY"
	case f.season != "": // "every summer"
		res.val = "XXXX-" + f.season
		res.quant = "EVERY"
	case seasonPlural(f) != "": // "the past three summers"
		res.val = "XXXX-" + seasonPlural(f)
		if f.hasNum && f.num >= 1 && f.num == math.Trunc(f.num) {
			res.freq = strconv.Itoa(int(f.num)) + "X"
		}
	case f.unit != "":
		n := 1.0
		if f.hasNum {
			n = f.num
		}
		if f.hasLit("other") {
			n = 2
		}
		unit, mul := r.durUnit(f.unit, f.unitMul)
		res.val = durValue(n, unit, mul)
		res.quant = "EVERY"
		if f.times > 0 {
			res.freq = strconv.Itoa(f.times) + "X"
		}
	default:
		return res, false
	}
	if f.every {
		res.quant = "EVERY"
	}
	return res, res.val != ""
}

func (r *resolver) ref(f *frame) (result, bool) {
	res := result{typ: TypeDate, val: f.ref}
	if f.ref == "" && f.after != 0 {
		// "kurz darauf", "kurz zuvor": shortly after or before the time
		// of the story, which a history text (TIMEX2, as WikiWarsDE)
		// tags relative to it. In news it names no time TimeML tags: a
		// FUTURE_REF would put a reported past event after the DCT.
		if !r.narrative {
			return res, false
		}
		if r.last.prec > 0 {
			res.from = "text"
		}
	}
	if res.val == "" {
		if f.after < 0 || f.hasLit("vor") || f.hasLit("past") {
			res.val = "PAST_REF"
		} else {
			res.val = "FUTURE_REF"
		}
	}
	return res, true
}

func (r *resolver) clock(f *frame) (result, bool) {
	res := result{typ: TypeTime, mod: r.modOf(f)}
	h, m := f.hour, f.minute
	var tm string
	switch {
	case f.hasLit("mitternacht") || f.hasLit("midnight"):
		tm = "24:00"
	case f.hasLit("noon") || f.hasLit("midday"):
		tm = "12:00"
	case f.hasTime:
		if f.hasLit("halb") {
			h, m = h-1, 30
		} else if f.hasLit("viertel") {
			if f.hasLit("vor") {
				h, m = h-1, 45
			} else {
				m = 15
			}
		}
		if h < 0 {
			h += 12
		}
		ampm := f.ampm
		if ampm == "" && r.nearest {
			switch f.pod { // "4 in the morning", "8 in the evening"
			case "MO":
				ampm = "AM"
			case "AF", "EV":
				ampm = "PM"
			case "NI":
				if h >= 6 {
					ampm = "PM"
				}
			}
		}
		switch ampm {
		case "PM":
			if h < 12 {
				h += 12
			}
		case "AM":
			if h == 12 {
				h = 0
			}
		}
		if h > 24 || m > 59 || h == 24 && m > 0 {
			return res, false
		}
		tm = fmt.Sprintf("%02d:%02d", h, m)
	case f.pod != "":
		tm = f.pod
	default:
		return res, false
	}
	// The date: one named in the expression ("noon Thursday", "5 p.m.
	// Nov. 9", "gestern um 20 Uhr"), one mentioned earlier in the
	// sentence, else the anchor's day.
	var day string
	switch {
	case f.wd > 0 || f.month > 0 && f.day > 0:
		g := *f
		g.pod, g.mod, g.qmod, g.approx = "", "", "", false
		d, ok := r.date(&g)
		if !ok || d.typ != TypeDate {
			return res, false
		}
		day, res.from = d.val, d.from
	case f.deic != "":
		g := *f
		g.pod, g.mod = "", ""
		d, ok := r.deictic(&g)
		if !ok || d.typ != TypeDate || len(d.val) != 10 {
			return res, false
		}
		day, res.from = d.val, d.from
	case r.hasSent && r.sentDate.prec >= chronik.PrecisionDay:
		day = dateVal(r.sentDate.y, r.sentDate.m, r.sentDate.d, chronik.PrecisionDay)
		res.from = "text"
	case !r.nearest && !r.narrative && r.last.prec >= chronik.PrecisionDay && r.lastSent == r.sent-1 &&
		r.dct.prec >= chronik.PrecisionDay && (r.last.y != r.dct.y || r.last.m != r.dct.m || r.last.d != r.dct.d):
		// German news: a part of the day right after a sentence that
		// moved the story to another day is that day's ("Am Sonntag reist
		// er nach Hannover. Dort eröffnet er am Abend die Messe.")
		day = dateVal(r.last.y, r.last.m, r.last.d, chronik.PrecisionDay)
		res.from = "text"
	case r.nearest && !r.narrative && r.tense == tensePast && r.lastFine.prec >= chronik.PrecisionDay:
		day = dateVal(r.lastFine.y, r.lastFine.m, r.lastFine.d, chronik.PrecisionDay)
		res.from = "text"
	default:
		a, from := r.base()
		day = partial(a.time(), chronik.PrecisionDay, a)
		res.from = from
		if a.prec == chronik.PrecisionNone {
			res.from = ""
		}
	}
	res.val = day + "T" + tm
	return res, true
}
