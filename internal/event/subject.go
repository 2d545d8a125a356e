package event

import (
	"strings"

	"github.com/chronik-dev/chronik"
)

// isNoun reports whether the trigger is a noun: German nouns are
// capitalized; English triggers count as nouns after a determiner, inside
// a prepositional phrase, or when a name stands right before them
// ("Russia's attack", "Russian strikes").
func (ss *sentState) isNoun(m match) bool {
	if ss.b.lang == "de" {
		return isUpperStart(ss.toks[m.head].Form)
	}
	if ss.afterDeterminer(m.first) || ss.inPP(m.first) >= 0 {
		return true
	}
	if m.first > 0 && (ss.npAt[m.first-1] >= 0 || ss.words[m.first-1] == "'s") {
		return true // "Russian strikes", "Russia's attack"; for a verb the name is its subject anyway
	}
	return false
}

// inseparableStrong reports whether a German verb form may be the
// participle of a strong verb with an inseparable prefix, which looks like
// its infinitive ("empfangen", "beschlossen", "verboten"): only an agent
// phrase tells "wird von Xi empfangen" from "wird Xi empfangen".
func inseparableStrong(w string) bool {
	if !strings.HasSuffix(w, "en") {
		return false
	}
	for _, p := range []string{"be", "emp", "ent", "er", "miss", "ver", "zer"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) > 4 {
			return true
		}
	}
	return false
}

// agentIn reports whether clause cl has an agent phrase ("von Xi", "durch
// die Armee").
func (ss *sentState) agentIn(cl [2]int) bool {
	for k := range ss.nps {
		if p := &ss.nps[k]; p.first >= cl[0] && p.end <= cl[1] && p.prep == prepAgent {
			return true
		}
	}
	return false
}

// isParticiple guesses whether a German verb form is a past participle:
// "verhängt", "eingeladen", "abgeschoben", "getroffen".
func isParticiple(w string) bool {
	if strings.HasSuffix(w, "t") || strings.HasPrefix(w, "ge") && len(w) > 5 {
		return true
	}
	for _, prt := range germanParticles {
		if rest, ok := strings.CutPrefix(w, prt); ok && strings.HasPrefix(rest, "ge") && len(rest) > 4 {
			return true
		}
	}
	return false
}

var germanParticles = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "los", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "ent", "hin", "her"}

// isPassive reports whether the trigger's clause is passive: a form of
// werden with a participle (de), a form of be right before the verb and
// no "to" between them (en).
func (ss *sentState) isPassive(m match, cl [2]int) bool {
	if ss.isNoun(m) && ss.b.lang == "de" {
		return false
	}
	w := ss.words[m.head]
	if ss.b.lang == "de" {
		if !isParticiple(w) && !(inseparableStrong(w) && ss.agentIn(cl)) {
			return false
		}
		_, ok := ss.cueIn(cuePassive, cl[0], cl[1], [2]int{m.first, m.end})
		return ok
	}
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	if m.head > 0 && ss.cueAt(cueInfinitive, m.head-1) > 0 {
		return false // "are (due|expected) to meet": an active infinitive
	}
	for t := m.head - 1; t >= cl[0] && t >= m.head-3; t-- {
		if ss.cueAt(cueBe, t) == 1 {
			return true
		}
		if ss.npAt[t] >= 0 {
			break
		}
	}
	return false
}

// subjectOf returns the subject group of clause c: the first bare phrase
// that no article marks as an object (de), or the nearest bare phrase
// before the trigger (en). It returns -1 when there is none.
func (ss *sentState) subjectOf(c, head int) int {
	cl := ss.clauses[c]
	if ss.b.lang == "en" {
		best := -1
		for k := range ss.nps {
			p := &ss.nps[k]
			if p.first >= cl[0] && p.end <= head && p.prep == prepNone {
				best = p.group
			}
		}
		return best
	}
	if ss.subjects[c] != -2 {
		return ss.subjects[c]
	}
	ss.subjects[c] = -1
	if ss.relativeDer(cl[0]) {
		// "Trump, der Kim in den kommenden Wochen treffen will": "der"
		// before a bare name is the relative clause's subject, the name
		// its object
		return -1
	}
	if c > 0 && head > 0 && ss.cueAt(cueInfinitive, head-1) > 0 {
		// "kündigte an, Pjöngjang zu besuchen": the subject is the main clause's
		ss.subjects[c] = subjInherit
		return ss.subjects[c]
	}
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first >= cl[0] && p.end <= cl[1] && p.prep == prepNone && !p.object {
			if ss.adjectiveOfNoun(p) || ss.timeZone(p) {
				continue
			}
			if _, ok := ss.cueIn(cuePronoun, cl[0], p.first, [2]int{}); ok {
				ss.subjects[c] = subjPronoun // "Dort traf er Putin"
				break
			}
			ss.subjects[c] = p.group
			break
		}
	}
	return ss.subjects[c]
}

// Subject markers that are not phrase groups.
const (
	subjPronoun = -3 // a pronoun: the last named subject
	subjInherit = -4 // an infinitive clause: the subject of the clause before
)

// fallbackActor finds an actor for a clause without a named subject: the
// phrase a relative pronoun refers to, the subject of an earlier clause
// of the sentence, or for a pronoun the last named subject.
func (ss *sentState) fallbackActor(c int) []chronik.Actor {
	cl := ss.clauses[c]
	if ss.b.lang == "en" && ss.pronounSubject(c) {
		// "Putin told reporters that Kim had asked him …, and that he
		// would discuss …": the pronoun of a reported clause is the
		// speaker, the subject of the clause with the verb of saying,
		// not a phrase of a sibling that-clause
		if g := ss.speakerBefore(c); g >= 0 {
			return ss.actorsOf(g)
		}
	}
	if ss.cueAt(cueRelative, cl[0]) == 1 && !ss.pronounSubject(c) {
		for k := len(ss.nps) - 1; k >= 0; k-- {
			if p := &ss.nps[k]; p.end <= cl[0] {
				if p.end < cl[0] && p.head().Adjective {
					// "told Russian television that he …": the
					// adjective's noun, no actor, comes before "that"
					break
				}
				return ss.actorsOf(p.group)
			}
		}
	}
	for pc := c - 1; pc >= 0; pc-- {
		if g := ss.earlierSubject(pc); g >= 0 {
			return ss.actorsOf(g)
		}
	}
	if _, ok := ss.cueIn(cuePronoun, cl[0], cl[1], [2]int{}); ok {
		return ss.lastSubject
	}
	return nil
}

// pronounSubject reports whether English clause c opens, after "and"
// and a complementizer, with a subject pronoun: "(and) that he would
// discuss". Its "that" is no relative pronoun.
func (ss *sentState) pronounSubject(c int) bool {
	cl := ss.clauses[c]
	t := cl[0]
	if ss.cueAt(cueCoordination, t) == 1 {
		t++
	}
	if ss.cueAt(cueComplementizer, t) != 1 {
		return false
	}
	return t+1 < cl[1] && ss.cueAt(cuePronoun, t+1) == 1
}

// speakerBefore returns the subject group of the nearest earlier clause
// of the sentence that holds a verb of saying after its subject, or -1.
func (ss *sentState) speakerBefore(c int) int {
	for pc := c - 1; pc >= 0; pc-- {
		g := ss.earlierSubject(pc)
		if g < 0 {
			continue
		}
		end := -1
		for k := range ss.nps {
			if p := &ss.nps[k]; p.group == g {
				end = max(end, p.end)
			}
		}
		if _, ok := ss.cueIn(cueReported, end, ss.clauses[pc][1], [2]int{}); ok && end >= 0 {
			return g
		}
	}
	return -1
}

// earlierSubject returns the subject group of clause c as a later clause
// of the sentence inherits it. In English that is the first bare phrase
// of the clause, not the nearest one before its end: in "Kim told Russian
// television that he wanted to discuss …" the one who wants is Kim, not
// the addressee.
func (ss *sentState) earlierSubject(c int) int {
	if ss.b.lang != "en" {
		return ss.subjectOf(c, ss.clauses[c][1])
	}
	cl := ss.clauses[c]
	for k := range ss.nps {
		if p := &ss.nps[k]; p.first >= cl[0] && p.end <= cl[1] && p.prep == prepNone {
			return p.group
		}
	}
	return -1
}

// updateSubject remembers the sentence's first named subject for
// pronouns in later sentences.
func (ss *sentState) updateSubject() {
	for c := range ss.clauses {
		if g := ss.subjectOf(c, ss.clauses[c][1]); g >= 0 {
			if a := ss.actorsOf(g); len(a) > 0 {
				ss.lastSubject = a
				return
			}
		}
	}
}

// onlyArticlesBefore reports whether the tokens [from, to) are articles
// and lowercase modifiers only: the phrase at to starts its clause.
func (ss *sentState) onlyArticlesBefore(from, to int) bool {
	for t := from; t < to; t++ {
		if ss.npAt[t] >= 0 || ss.toks[t].Kind != chronik.TokenWord || isUpperStart(ss.toks[t].Form) && ss.cueAt(cueArticle, t) != 1 {
			return false
		}
	}
	return true
}

// possessiveBefore reports whether a possessive pronoun stands before the
// noun at token first, with at most one word between ("his first
// summit", "seinem Besuch").
func (ss *sentState) possessiveBefore(first int) bool {
	for t := first - 1; t >= 0 && t >= first-2; t-- {
		if ss.cueAt(cuePossessive, t) > 0 {
			return true
		}
		if ss.npAt[t] >= 0 {
			return false
		}
	}
	return false
}

// groupFirst returns the first token of a coordination group.
func (ss *sentState) groupFirst(group int) int {
	for k := range ss.nps {
		if ss.nps[k].group == group {
			return ss.nps[k].first
		}
	}
	return -1
}

// maxPersons is how many of the last named persons a document keeps.
const maxPersons = 8

// keepPersons adds the persons the sentence names to the document's list.
func (ss *sentState) keepPersons() {
	for k := range ss.nps {
		if h := ss.nps[k].head(); h.Type == "PER" {
			ss.persons = append(ss.persons, ss.actorOf(&ss.nps[k]))
		}
	}
	if n := len(ss.persons); n > maxPersons {
		ss.persons = append(ss.persons[:0], ss.persons[n-maxPersons:]...)
	}
}

// pluralRef returns the tokens of a plural reference to two people
// of trigger m in clause c: right before a noun ("their second
// meeting"), after "between" ("the summit between the two leaders"),
// or the subject of the clause ("The two leaders will meet",
// "Die beiden Staatschefs trafen sich"), with no name before it in the
// clause. The entity layer may have linked a word of it ("leaders") to
// a person; that link is no name. attached reports a reference that
// belongs to the noun itself ("their meeting", "the summit between the
// two leaders") or the subject of a clause reported by a named speaker
// ("Bolton said the leaders would discuss …"): it names the
// participants whatever subject the clause's parse gives.
func (ss *sentState) pluralRef(m match, c int, noun bool) (sp [2]int, ok, attached bool) {
	if noun {
		for t := m.first - 1; t >= 0 && t >= m.first-2; t-- {
			if n := ss.cueAt(cuePlural, t); n > 0 {
				return [2]int{t, t + n}, true, true
			}
			if ss.npAt[t] >= 0 {
				return [2]int{}, false, false
			}
		}
	}
	if t := m.end; ss.cueAt(cuePrepBetween, t) == 1 {
		// "the third meeting between the two men", also after a copula:
		// "It will be the first summit between the two leaders"
		if n := ss.cueAt(cuePlural, t+1); n > 0 {
			return [2]int{t + 1, t + 1 + n}, true, true
		}
	}
	cl := ss.clauses[c]
	reported := false
	for t := cl[0]; t < m.first; t++ {
		if n := ss.cueAt(cuePlural, t); n > 0 {
			for u := t + n; u < m.first; u++ {
				if ss.npAt[u] >= 0 {
					return [2]int{}, false, false // "both sides told Putin"
				}
			}
			return [2]int{t, t + n}, true, reported
		}
		if ss.npAt[t] >= 0 {
			// "Bolton said the leaders would …": the reported clause
			// after a verb of saying starts afresh, and the speaker is
			// not a participant
			if r, says := ss.cueIn(cueReported, t, m.first, [2]int{}); says && ss.npAt[r] < 0 {
				t, reported = r, true
				continue
			}
			return [2]int{}, false, false // "Putin said both sides met him": a named subject first
		}
	}
	return [2]int{}, false, false
}

// groupWithin reports whether every phrase of a group lies in the token
// span sp.
func (ss *sentState) groupWithin(group int, sp [2]int) bool {
	for k := range ss.nps {
		if p := &ss.nps[k]; p.group == group && (p.first < sp[0] || p.end > sp[1]) {
			return false
		}
	}
	return true
}

// lastTwoPersons returns the two persons named last before token t of
// the sentence (earlier sentences included), in the order they were
// named, or nil when the document named fewer than two. A person of the
// sentence followed by a verb of saying before t speaks about the two
// and is left out.
func (ss *sentState) lastTwoPersons(t int) []chronik.Actor {
	var out []chronik.Actor
	same := func(a, b chronik.Actor) bool {
		return a.Ref != "" && a.Ref == b.Ref || a.Ref == "" && b.Ref == "" && a.Name == b.Name
	}
	add := func(a chronik.Actor) {
		if len(out) < 2 && (len(out) == 0 || !same(out[0], a)) {
			out = append(out, a)
		}
	}
	for k := len(ss.nps) - 1; k >= 0; k-- {
		if p := &ss.nps[k]; p.end <= t && p.head().Type == "PER" {
			if _, says := ss.cueIn(cueReported, p.end, t, [2]int{}); says {
				// "Bolton said the leaders would discuss …": the
				// speaker is not one of the two
				continue
			}
			add(ss.actorOf(p))
		}
	}
	for k := len(ss.persons) - 1; k >= 0; k-- {
		add(ss.persons[k])
	}
	if len(out) < 2 {
		return nil
	}
	return []chronik.Actor{out[1], out[0]}
}

// saysBetween reports whether group is an institution that speaks (the
// Kremlin, the White House, a ministry) and a verb of saying stands
// between its phrases and token t. A person or a state that says
// something about talks often takes part in them.
func (ss *sentState) saysBetween(group, t int) bool {
	end := -1
	for k := range ss.nps {
		if p := &ss.nps[k]; p.group == group {
			if p.head().Type != "ORG" {
				return false
			}
			end = max(end, p.end)
		}
	}
	if end < 0 || end >= t {
		return false
	}
	_, ok := ss.cueIn(cueReported, end, t, [2]int{})
	return ok
}

// sourceBefore reports whether the nearest earlier clause of the sentence
// with a named subject is one where an institution speaks: that subject
// is a source.
func (ss *sentState) sourceBefore(c int) bool {
	for pc := c - 1; pc >= 0; pc-- {
		if g := ss.subjectOf(pc, ss.clauses[pc][1]); g >= 0 {
			return ss.saysBetween(g, ss.clauses[pc][1])
		}
	}
	return false
}

// relativeDer reports whether token t is the relative pronoun "der" right
// after a name and a comma and right before another name ("Trump, der Kim
// treffen will"), not an article ("sagte, der Kreml habe").
func (ss *sentState) relativeDer(t int) bool {
	return t >= 2 && t+1 < len(ss.words) && ss.words[t] == "der" && ss.words[t-1] == "," &&
		ss.npAt[t-2] >= 0 && ss.npAt[t+1] >= 0
}
