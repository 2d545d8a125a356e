package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// modality reads how certain the event is from cue words of its clause
// and whether a source is quoted for it. Negation wins over hypothesis,
// hypothesis over future; a date after the document date makes an event
// future too.
func (ss *sentState) modality(m match, c int, date chronik.EventDate) (string, bool) {
	cl := ss.clauses[c]
	words := ss.words
	mine := func(t int) bool { return t >= m.first && t < m.end || m.toks.has(t) }

	reported := false
	for t := range words {
		if !mine(t) && ss.cueAt(cueReported, t) > 0 {
			reported = true
			break
		}
	}
	if !reported {
		_, reported = ss.cueIn(cueSubjunctive, cl[0], cl[1], [2]int{m.first, m.end})
	}

	neg, hyp, fut := false, false, false
	for t := cl[0]; t < cl[1]; t++ {
		if mine(t) || ss.inTimex[t] {
			continue
		}
		if n := ss.cueAt(cueNegationException, t); n > 0 {
			t += n - 1
			continue
		}
		if ss.cueAt(cueNegation, t) > 0 {
			neg = true
		}
		if ss.cueAt(cueHypothetical, t) > 0 && !(reported && (ss.cueAt(cueSubjunctive, t) > 0 || ss.cueAt(cueSubjunctive2, t) > 0)) {
			if reported && ss.cueAt(cueFuture, t) > 0 {
				fut = true // "said it would": the future of the past
			} else {
				hyp = true
			}
		}
		if ss.cueAt(cueFutureAttr, t) > 0 && t < m.first && m.first-t <= 2 {
			fut = true
		}
		if n := ss.cueAt(cuePlanNoun, t); n > 0 && t+n <= m.first && ss.onlyDeterminers(t+n, m.first) {
			// "a venue for his own meeting with Kim", "die Vorbereitungen
			// für den Gipfel": what is being prepared lies ahead
			fut = true
		}
		if n := ss.cueAt(cueFutureComplement, t); n > 0 && t+n <= m.first {
			// "agreed to begin talks": what was agreed or decided lies
			// ahead (the agreement itself is the trigger before it)
			fut = true
		}
		if ss.cueAt(cueFuture, t) > 0 && !hyp && !ss.ownVerbPhrase(m, t) {
			fut = fut || ss.futureCue(m, t, cl)
		}
	}
	if ss.cueAt(cueConditional, cl[0]) > 0 {
		hyp = true
	}
	// "plant, nach Russland zu reisen": the cue stands in the clause before
	if !fut && c > 0 && m.head > 0 && ss.cueAt(cueInfinitive, m.head-1) > 0 {
		pc := ss.clauses[c-1]
		for t := pc[0]; t < pc[1]; t++ {
			if ss.cueAt(cueFuture, t) > 0 {
				fut = true
			}
		}
	}
	if !fut && date.From == "text" && compareDates(date.Value, ss.dct) > 0 && !ss.pastTense(m, cl) {
		fut = true
	}
	switch {
	case neg:
		return chronik.ModalityNegated, reported
	case hyp:
		return chronik.ModalityHypothetical, reported
	case fut:
		return chronik.ModalityFuture, reported
	}
	return chronik.ModalityAsserted, reported
}

// ownVerbPhrase reports whether the cue at t heads a verb phrase of its
// own, coordinated after the trigger's: "met in Hanover and pledged to
// speed up talks" (English, where a future cue precedes what it governs).
func (ss *sentState) ownVerbPhrase(m match, t int) bool {
	return ss.b.lang == "en" && t > m.end && ss.cueAt(cueCoordination, t-1) > 0
}

// futureCue checks a future cue at token t: a form of werden marks the
// future only with an infinitive, not with a participle (the passive);
// "soll" with a perfect infinitive reports ("soll getroffen haben").
func (ss *sentState) futureCue(m match, t int, cl [2]int) bool {
	if ss.b.lang == "de" && ss.cueAt(cuePassive, t) > 0 && isParticiple(ss.words[m.head]) && !ss.isNoun(m) {
		return false
	}
	if _, ok := ss.cueIn(cuePerfect, t+1, cl[1], [2]int{m.first, m.end}); ok && ss.b.lang == "de" {
		return false
	}
	return true
}

// compareDates compares two TIMEX3 values on the part both give, digit by
// digit: -1 when a is earlier, 1 when later, 0 when equal or unknown.
// Weeks (2019-W18) and seasons (2019-SU) compare by their first day.
func compareDates(a, b string) int {
	a, b = calendarValue(a), calendarValue(b)
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x == '-' && y == '-' {
			continue
		}
		if x < '0' || x > '9' || y < '0' || y > '9' {
			return 0
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// pastTense reports whether the trigger's clause is in a past tense: a
// German participle with a form of haben, sein or werden ("hatte …
// besucht"), an English verb in -ed or with had/was/did. A date after the
// document date then does not make the event future (the date is more
// likely wrong).
func (ss *sentState) pastTense(m match, cl [2]int) bool {
	w := ss.words[m.head]
	if ss.b.lang == "de" {
		if !isUpperStart(ss.toks[m.head].Form) && (strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")) {
			return true // Präteritum of a weak verb: drohte, stimmte zu
		}
		if !isParticiple(w) {
			return false
		}
		_, ok := ss.cueIn(cuePast, cl[0], cl[1], [2]int{m.first, m.end})
		return ok
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	_, ok := ss.cueIn(cuePast, cl[0], cl[1], [2]int{m.first, m.end})
	return ok
}

var seasonMonth = map[string]string{"SP": "03", "SU": "06", "FA": "09", "WI": "12"}

// calendarValue rewrites a week or season value as the date or month it
// starts with, so that it compares digit by digit.
func calendarValue(v string) string {
	if len(v) >= 8 && v[4] == '-' && v[5] == 'W' {
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:8])
		if err1 != nil || err2 != nil {
			return v
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return monday.Format("2006-01-02")
	}
	if len(v) == 7 && v[4] == '-' {
		if m, ok := seasonMonth[v[5:]]; ok {
			return v[:5] + m
		}
	}
	return v
}

// onlyDeterminers reports whether the tokens [from, to) are at most three
// articles, possessives or "own": "for [his own] meeting".
func (ss *sentState) onlyDeterminers(from, to int) bool {
	if to-from > 3 {
		return false
	}
	for t := from; t < to; t++ {
		if ss.cueAt(cueArticle, t) != 1 && ss.cueAt(cuePossessive, t) == 0 && !ownWord(ss.words[t]) {
			return false
		}
	}
	return true
}
