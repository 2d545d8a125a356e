package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// dropContent removes noun triggers that only name what a verb trigger of
// the same clause is about: "vereinbarten eine Zusammenarbeit", "bot
// Gespräche an", "welcomed the meeting", "refused direct talks", "the
// meeting was called off". A noun inside a prepositional phrase of place
// or time ("während eines Besuchs") stays an event of its own.
func (ss *sentState) dropContent(ms []match) []match {
	sameClause := func(a, b match) bool { return ss.clauseOf[a.head] == ss.clauseOf[b.head] }
	isVerb := func(m match) bool {
		if ss.b.lang == "de" {
			return !isUpperStart(ss.toks[m.head].Form)
		}
		return !ss.afterDeterminer(m.first)
	}
	content := func(m match) bool {
		// a meeting that is refused or requested is the content of the refusal
		if m.p.Type == "CONSULT" {
			for _, o := range ms {
				if o.head != m.head && sameClause(o, m) && (o.p.Type == "REJECT" || o.p.Type == "REQUEST") && (o.p.Mode == "" || o.p.Mode == demandMode[m.p.Type]) {
					return true
				}
			}
		}
		if ss.b.lang == "en" {
			for _, o := range ms {
				if o.head >= m.head || !sameClause(o, m) {
					continue
				}
				if m.first > 0 && ss.cueAt(cueInfinitive, m.first-1) > 0 && m.head-o.head <= 4 {
					return true // "refused to sign", "threatened to impose"
				}
				if !isVerb(o) {
					continue
				}
				if p := ss.inPP(m.first); p >= 0 {
					if ss.cueAt(cuePrepContent, p) == 1 {
						return true
					}
					continue
				}
				if ss.afterDeterminer(m.first) || m.first == o.end ||
					m.first == o.end+1 && ss.npAt[o.end] < 0 && ss.toks[o.end].Kind == chronik.TokenWord {
					return true
				}
			}
			return false
		}
		if isVerb(m) {
			return false
		}
		if p := ss.inPP(m.first); p >= 0 && ss.cueAt(cuePrepContent, p) != 1 {
			return false
		}
		for _, o := range ms {
			if o.head != m.head && isVerb(o) && sameClause(o, m) {
				return true
			}
		}
		return false
	}
	drop := grow(&ss.scratch.drop, len(ms))
	for i, m := range ms {
		drop[i] = content(m)
	}
	for i, m := range ms {
		// "endete ohne Einigung": what did not come about is no event
		if p := ss.inPP(m.first); p >= 0 && ss.cueAt(cuePrepAbsent, p) == 1 {
			drop[i] = true
		}
	}
	for i, m := range ms {
		if !drop[i] {
			continue
		}
		ss.dropped = append(ss.dropped, m.head)
		// the content names the mode of a request or refusal: "lehnte
		// Verhandlungen ab" is REJECT meet
		for k := range ms {
			o := &ms[k]
			if !drop[k] && (o.p.Type == "REJECT" || o.p.Type == "REQUEST") && o.p.Mode == "" && o.mode == "" && sameClause(*o, m) {
				o.mode = demandMode[m.p.Type]
			}
		}
	}
	out := ms[:0] // filtered in place: out never passes i
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// afterDeterminer reports whether an article or determiner stands right
// before token i (perhaps with one adjective between).
func (ss *sentState) afterDeterminer(i int) bool {
	for t := i - 1; t >= 0 && t >= i-2; t-- {
		if ss.cueAt(cueArticle, t) == 1 {
			return true
		}
		if ss.npAt[t] >= 0 || ss.toks[t].Kind != chronik.TokenWord {
			return false
		}
	}
	return false
}

// inPP returns the preposition that governs the noun at token i: it
// stands before it with only articles and lowercase modifiers between. It
// returns -1 when there is none.
func (ss *sentState) inPP(i int) int {
	for t := i - 1; t >= 0 && t >= i-4; t-- {
		if ss.cueAt(cuePreposition, t) == 1 {
			return t
		}
		if ss.toks[t].Kind != chronik.TokenWord || ss.b.lang == "de" && isUpperStart(ss.toks[t].Form) {
			return -1
		}
	}
	return -1
}

// inName reports whether token i lies inside a multiword organisation
// name before its last word, where trigger words are part of the name
// ("Amnesty International"); a head noun such as "Truppen" in "russische
// Truppen" still counts.
func (ss *sentState) inName(i int) bool {
	tok := ss.toks[i].Span
	for _, e := range ss.nps[ss.npAt[i]].ents {
		if e.Type == "ORG" && e.Span.Contains(tok) && tok.End < e.End {
			return true
		}
	}
	return false
}

// attributive reports whether a lowercase German word is a participle used
// as an adjective: after an article, a number or a preposition and before
// a noun ("die geplante Reise", "drei inhaftierten US-Bürgern").
func (ss *sentState) attributive(i int) bool {
	if ss.b.lang != "de" || i == 0 || i+1 >= len(ss.toks) || isUpperStart(ss.toks[i].Form) {
		return false
	}
	w := ss.words[i]
	if !(strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")) {
		return false
	}
	next := ss.toks[i+1]
	if next.Kind != chronik.TokenWord || !isUpperStart(next.Form) || ss.inTimex[i+1] {
		return false
	}
	prev := ss.toks[i-1]
	return prev.Kind == chronik.TokenNumber && !ss.inTimex[i-1] || ss.cueAt(cueArticle, i-1) == 1 || ss.cueAt(cuePreposition, i-1) == 1
}

// earlier tells how a noun names what came before the news, or what
// comes a while after a day the sentence names.
type earlier struct {
	since bool           // "since the Hanoi summit", "seit dem Gipfel"
	by    *chronik.Timex // the duration of "two months after Kim's meeting"
	// later is the duration of "on Wednesday, a day before his summit"
	later *chronik.Timex
}

// earlierPhrase finds whether the noun at token first is in a phrase that
// names what came before the news: after since or seit, or after a
// duration and after or nach ("eight months after their first summit",
// "Eine Woche nach seinem Gipfel"). A bare "after the talks" is mostly
// the news itself and counts not. Another preposition or a punctuation
// mark other than a possessive ends the search.
func (ss *sentState) earlierPhrase(first int) earlier {
	for t := first - 1; t >= 0 && t >= first-6; t-- {
		if ss.cueAt(cuePrepSince, t) > 0 {
			return earlier{since: true}
		}
		if ss.cueAt(cuePrepAfter, t) > 0 {
			return earlier{by: ss.durationEndingAt(t)}
		}
		if ss.cueAt(cuePrepBefore, t) > 0 {
			return earlier{later: ss.durationEndingAt(t)}
		}
		if ss.cueAt(cuePreposition, t) == 1 || ss.toks[t].Kind != chronik.TokenWord && ss.words[t] != "'s" {
			return earlier{}
		}
	}
	return earlier{}
}

// durationEndingAt returns the duration expression that ends right before
// token t ("two months" of "two months after"), or nil.
func (ss *sentState) durationEndingAt(t int) *chronik.Timex {
	for i := range ss.doc.Timexes {
		x := &ss.doc.Timexes[i]
		if x.Type != "DURATION" || !ss.s.Span.Contains(x.Span) {
			continue
		}
		if _, end, ok := ss.tokenRange(x.Span); ok && end == t {
			return x
		}
	}
	return nil
}

// dayBefore returns the value of the last time expression of the
// sentence that names a day and ends before token t, or "".
func (ss *sentState) dayBefore(t int) string {
	v := ""
	for _, x := range ss.timexes {
		if x.end <= t {
			if d := dayPart(x.t.Value); len(d) == 10 && isCalendar(d) {
				v = d
			}
		}
	}
	return v
}

// parseShift reads a day ("2019-04-24") and a whole-number duration
// ("P2M") into the day, the number and its unit letter.
func parseShift(day, dur string) (time.Time, int, byte, bool) {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil || len(dur) < 3 || dur[0] != 'P' {
		return time.Time{}, 0, 0, false
	}
	n, err := strconv.Atoi(dur[1 : len(dur)-1])
	if err != nil || n <= 0 {
		return time.Time{}, 0, 0, false
	}
	return d, n, dur[len(dur)-1], true
}

// shiftForward returns the day a duration of days or weeks ("P1D") after
// a day falls on; it reports false for other values.
func shiftForward(day, dur string) (string, bool) {
	d, n, unit, ok := parseShift(day, dur)
	if !ok {
		return "", false
	}
	switch unit {
	case 'D':
		return d.AddDate(0, 0, n).Format(time.DateOnly), true
	case 'W':
		return d.AddDate(0, 0, 7*n).Format(time.DateOnly), true
	}
	return "", false
}

// shiftBack returns the date a duration ("P2M") before a day ("2019-04-24")
// falls on, at the duration's precision: a day, an ISO week, a month or a
// year. It reports false for other values.
func shiftBack(day, dur string) (string, bool) {
	d, n, unit, ok := parseShift(day, dur)
	if !ok {
		return "", false
	}
	switch unit {
	case 'D':
		return d.AddDate(0, 0, -n).Format(time.DateOnly), true
	case 'W':
		y, w := d.AddDate(0, 0, -7*n).ISOWeek()
		ws := strconv.Itoa(w)
		if w < 10 {
			ws = "0" + ws
		}
		return strconv.Itoa(y) + "-W" + ws, true
	case 'M':
		return d.AddDate(0, -n, 0).Format("2006-01"), true
	case 'Y':
		return d.AddDate(-n, 0, 0).Format("2006"), true
	}
	return "", false
}
