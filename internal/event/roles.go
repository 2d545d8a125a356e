package event

import (
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// roles holds the participants found for one trigger.
type roles struct {
	actor, recipient []chronik.Actor
	actorGroup       int // -1 when the actor comes from elsewhere
	passive          bool
	recipientPrep    string // the preposition before the recipient, if any
}

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
// werden with a participle (de), a form of be right before the verb (en).
func (ss *sentState) isPassive(m match, cl [2]int) bool {
	if ss.isNoun(m) && ss.b.lang == "de" {
		return false
	}
	w := ss.words[m.head]
	if ss.b.lang == "de" {
		if !isParticiple(w) {
			return false
		}
		_, ok := ss.cueIn(cuePassive, cl[0], cl[1], [2]int{m.first, m.end})
		return ok
	}
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
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

// actorsOf returns the actors of a coordination group.
func (ss *sentState) actorsOf(group int) []chronik.Actor {
	var out []chronik.Actor
	for k := range ss.nps {
		if ss.nps[k].group == group {
			out = append(out, ss.actorOf(&ss.nps[k]))
		}
	}
	return out
}

// actorOf turns a phrase into an actor: its head entity, with the
// country of a modifier when the head has none, and the government sector
// for states and capitals that act ("Russland verhängte", "Pjöngjang
// verkündete").
func (ss *sentState) actorOf(p *np) chronik.Actor {
	h := p.head()
	a := chronik.Actor{Ref: h.Ref, Name: h.Name, Country: h.Country, Sector: h.Sector, Entity: h.ID}
	if a.Name == "" {
		a.Name = h.Text
	}
	if a.Country == "" {
		for _, e := range p.ents {
			if e.Country != "" {
				a.Country = e.Country
			}
		}
	}
	if a.Sector == "" && !h.Adjective && (h.Type == "GPE" || h.Type == "LOC") {
		a.Sector = "GOV"
		if kb := ss.c.KB; kb != nil && h.Ref != "" {
			if e, ok := kb.ByRef(h.Ref); ok && e.Kind == gazetteer.KindCity && !e.Capital {
				a.Sector = "CVL"
			}
		}
	}
	return a
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
	if c > 0 && head > 0 && ss.cueAt(cueInfinitive, head-1) > 0 {
		// "kündigte an, Pjöngjang zu besuchen": the subject is the main clause's
		ss.subjects[c] = subjInherit
		return ss.subjects[c]
	}
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first >= cl[0] && p.end <= cl[1] && p.prep == prepNone && !p.object {
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

// speechTypes are verbal events whose recipient may be the subject of a
// that-clause after the trigger.
var speechTypes = map[string]bool{"REQUEST": true, "ACCUSE": true, "THREATEN": true, "REJECT": true, "AGREE": true}

// Subject markers that are not phrase groups.
const (
	subjPronoun = -3 // a pronoun: the last named subject
	subjInherit = -4 // an infinitive clause: the subject of the clause before
)

// findRoles assigns actor and recipient for trigger m.
func (ss *sentState) findRoles(m match) roles {
	c := ss.clauseOf[m.head]
	cl := ss.clauses[c]
	r := roles{actorGroup: -1}
	r.passive = ss.isPassive(m, cl)
	noun := ss.isNoun(m)

	// A name right before a noun ("Russlands Angriff", "US-Sanktionen",
	// "Russia's attack") or, in German, a genitive right after it ("der
	// Besuch Putins") is the actor.
	visitTo := -1
	if noun {
		if m.first > 0 {
			if k := ss.npAt[m.first-1]; k >= 0 && ss.nps[k].prep == prepNone {
				r.actorGroup = ss.nps[k].group
			} else if m.first > 1 && ss.words[m.first-1] == "'s" {
				if k := ss.npAt[m.first-2]; k >= 0 {
					r.actorGroup = ss.nps[k].group
				}
			}
			if r.actorGroup >= 0 && m.p.Mode == "visit" && ss.b.lang == "en" {
				if h := ss.nps[r.actorGroup].head(); (h.Type == "GPE" || h.Type == "LOC") && !h.Adjective {
					// "his China visit": the place visited, not the visitor
					visitTo, r.actorGroup = r.actorGroup, -1
				}
			}
		}
		if k := ss.npAt[m.head]; k >= 0 && r.actorGroup < 0 {
			// "US-Sanktionen": the name is inside the trigger word
			r.actorGroup = ss.nps[k].group
		}
		if r.actorGroup < 0 && ss.b.lang == "de" {
			t := m.end
			for t < cl[1] && t-m.end < 3 && ss.cueAt(cueArticle, t) == 1 {
				t++
			}
			if t < cl[1] {
				if k := ss.npAt[t]; k >= 0 && ss.nps[k].first == t && ss.nps[k].prep == prepNone {
					r.actorGroup = ss.nps[k].group
				}
			}
		}
	}
	agent, between := -1, -1
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first < cl[0] || p.end > cl[1] {
			continue
		}
		if p.prep == prepAgent && agent < 0 && (r.passive || noun && p.first >= m.end) {
			agent = p.group
		}
		if p.prep == prepBetween && between < 0 {
			between = p.group
		}
	}
	subj := ss.subjectOf(c, m.head)
	nounSubject := false
	if noun && ss.b.lang == "de" && r.actorGroup < 0 && ss.onlyArticlesBefore(cl[0], m.first) {
		// "Ein Öl-Embargo hätte Nordkorea getroffen": the trigger noun is the
		// subject; the names after it are objects
		nounSubject = true
		subj = -1
	}
	switch {
	case r.actorGroup >= 0:
	case r.passive:
		r.actorGroup = agent
	case agent >= 0:
		r.actorGroup = agent
	case subj < 0 && between >= 0:
		r.actorGroup = between // "Gespräche zwischen Trump und Kim"
	default:
		r.actorGroup = subj
	}
	background := false
	if noun && r.actorGroup < 0 {
		// "after Sunday's nuclear test", "nach den Anschlägen": an event
		// named as background is not the clause subject's
		if p := ss.inPP(m.first); p >= 0 && (ss.cueAt(cuePrepBackground, p) > 0 || p > 0 && ss.cueAt(cuePrepBackground, p-1) == 2) {
			background = true
		}
	}
	if visitTo >= 0 && r.actorGroup == visitTo {
		// the subject is the bare phrase before the place visited
		r.actorGroup = -1
		for k := range ss.nps {
			if p := &ss.nps[k]; p.group != visitTo && p.first >= cl[0] && p.end <= m.first && p.prep == prepNone {
				r.actorGroup = p.group
			}
		}
	}
	switch {
	case r.actorGroup >= 0:
		r.actor = ss.actorsOf(r.actorGroup)
	case background:
	case r.passive:
	case nounSubject:
	case subj == subjPronoun:
		// "Trump sagte, er werde …": the subject of an earlier clause, else
		// the last named subject
		r.actor = ss.lastSubject
		for pc := c - 1; pc >= 0; pc-- {
			if g := ss.subjectOf(pc, ss.clauses[pc][1]); g >= 0 {
				r.actor = ss.actorsOf(g)
				break
			}
		}
	case subj == subjInherit && c > 0:
		if g := ss.subjectOf(c-1, ss.clauses[c-1][1]); g >= 0 {
			r.actor = ss.actorsOf(g)
		}
	default:
		r.actor = ss.fallbackActor(c)
	}

	// Recipient: in a passive clause the subject; else the nearest phrase
	// that a recipient preposition or the object position marks.
	recGroup := -1
	if r.passive && subj >= 0 && subj != r.actorGroup {
		recGroup = subj
	} else {
		best, bestDist := -1, 1<<30
		for k := range ss.nps {
			p := &ss.nps[k]
			if p.first < cl[0] || p.end > cl[1] || p.group == r.actorGroup || p.group == subj && !r.passive && r.actorGroup == subj {
				continue
			}
			ok := false
			switch p.prep {
			case prepRecipient:
				ok = true
			case prepDestination:
				ok = true
			case prepPlace:
				// "fired tear gas at protesters": a person or group after a
				// place preposition is a target, not a place
				h := p.head()
				ok = ss.b.lang == "en" && h.Type != "GPE" && h.Type != "LOC" && p.first > m.head
			case prepSource:
				ok = m.p.Type == "RETREAT" || m.p.Type == "SANCTION" || m.p.Type == "COERCE"
			case prepNone:
				ok = (ss.b.lang == "de" || p.first >= m.end) && p.group != subj
			}
			if !ok || p.head().Adjective && p.end == m.first || ss.attachedToDropped(p) {
				continue
			}
			d := abs(p.first - m.head)
			if p.first < m.head {
				d = m.head - p.end
			}
			if ss.b.lang == "en" && p.first < m.head {
				d += 100 // English objects follow their verb
			}
			if m.p.Mode == "visit" && p.prep == prepDestination {
				d -= 1000
			}
			if d < bestDist {
				best, bestDist = p.group, d
			}
		}
		recGroup = best
	}
	if recGroup < 0 && speechTypes[m.p.Type] && c+1 < len(ss.clauses) && ss.clauses[c][1] <= m.end+1 &&
		ss.cueAt(cueComplementizer, ss.clauses[c+1][0]) > 0 {
		// "demanded that the US cancel …": the subject of the that-clause
		if g := ss.subjectOf(c+1, ss.clauses[c+1][1]); g >= 0 && g != r.actorGroup {
			recGroup = g
		}
	}
	if visitTo >= 0 {
		recGroup = visitTo
	}
	if recGroup < 0 && between >= 0 && between != r.actorGroup {
		recGroup = between // "vermittelte zwischen Israel und der Hamas"
	}
	if recGroup >= 0 && recGroup != r.actorGroup {
		r.recipient = ss.actorsOf(recGroup)
		r.recipientPrep = ss.prepWord(recGroup)
	}
	if m.p.swap && !r.passive {
		r.actor, r.recipient = r.recipient, r.actor
	}
	r.recipient = ss.removeShared(r.recipient, r.actor)
	if len(r.actor) > 0 && r.actorGroup >= 0 && r.actorGroup == subj {
		ss.lastSubject = r.actor
	}
	return r
}

// fallbackActor finds an actor for a clause without a named subject: the
// phrase a relative pronoun refers to, the subject of an earlier clause
// of the sentence, or for a pronoun the last named subject.
func (ss *sentState) fallbackActor(c int) []chronik.Actor {
	cl := ss.clauses[c]
	if ss.cueAt(cueRelative, cl[0]) == 1 {
		for k := len(ss.nps) - 1; k >= 0; k-- {
			if ss.nps[k].end <= cl[0] {
				return ss.actorsOf(ss.nps[k].group)
			}
		}
	}
	for pc := c - 1; pc >= 0; pc-- {
		if g := ss.subjectOf(pc, ss.clauses[pc][1]); g >= 0 {
			return ss.actorsOf(g)
		}
	}
	if _, ok := ss.cueIn(cuePronoun, cl[0], cl[1], [2]int{}); ok {
		return ss.lastSubject
	}
	return nil
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

// attachedToDropped reports whether phrase p follows a preposition that
// follows a dropped content noun ("verurteilten den Angriff auf X").
func (ss *sentState) attachedToDropped(p *np) bool {
	if len(ss.dropped) == 0 || p.prep == prepNone {
		return false
	}
	t := p.first - 1
	for t >= 0 && ss.cueAt(cueArticle, t) == 1 {
		t--
	}
	switch ss.words[max(t, 0)] {
	case "auf", "gegen", "on", "against":
		return t > 0 && slices.Contains(ss.dropped, t-1)
	}
	return false
}

// followsDropped reports whether phrase p is the object of a preposition
// right after a dropped content noun ("verurteilte den Anschlag in Colombo").
func (ss *sentState) followsDropped(p *np) bool {
	if p == nil || len(ss.dropped) == 0 {
		return false
	}
	t := p.first - 1
	for t >= 0 && ss.cueAt(cueArticle, t) == 1 {
		t--
	}
	return t > 0 && slices.Contains(ss.dropped, t-1)
}

// removeShared drops recipients that are actors too, and places in the
// actor's own country ("lud ihn nach Moskau ein").
func (ss *sentState) removeShared(rec, act []chronik.Actor) []chronik.Actor {
	out := rec[:0]
	for _, r := range rec {
		dup := false
		for _, a := range act {
			if a.Entity != "" && a.Entity == r.Entity || a.Ref != "" && a.Ref == r.Ref ||
				a.Country != "" && a.Country == r.Country && ss.isPlace(r.Entity) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// isPlace reports whether the entity with the given id names a place.
func (ss *sentState) isPlace(id string) bool {
	for i := range ss.nps {
		for _, e := range ss.nps[i].ents {
			if e.ID == id {
				return e.Type == "GPE" || e.Type == "LOC"
			}
		}
	}
	return false
}

// prepWord returns the preposition before the first phrase of a group, or
// "" for a bare phrase.
func (ss *sentState) prepWord(group int) string {
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.group != group {
			continue
		}
		if p.prep == prepNone {
			return ""
		}
		t := p.first - 1
		for t >= 0 && ss.cueAt(cueArticle, t) == 1 {
			t--
		}
		if t >= 0 {
			return ss.words[t]
		}
		return ""
	}
	return ""
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
