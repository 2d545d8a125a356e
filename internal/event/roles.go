package event

import (
	"github.com/chronik-dev/chronik"
)

// roles holds the participants found for one trigger.
type roles struct {
	actor, recipient []chronik.Actor
	actorGroup       int // -1 when the actor comes from elsewhere
	// placeNP is the phrase that names where a summit is ("the Singapore
	// summit", "Hanoi-Gipfel"), or -1.
	placeNP       int
	passive       bool
	recipientPrep string // the preposition before the recipient, if any
	// reportDated tells that the clause's time expression dates a
	// report of the event, not the event.
	reportDated bool
	// earlier tells whether a noun names what came before the news
	// ("since the Hanoi summit", "two months after the summit").
	earlier earlier
}

// pluralTypes are the types whose participants "the two leaders" or
// "their" may name: meetings and agreements between two sides.
var pluralTypes = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// speechTypes are verbal events whose recipient may be the subject of a
// that-clause after the trigger.
var speechTypes = map[string]bool{"REQUEST": true, "ACCUSE": true, "THREATEN": true, "REJECT": true, "AGREE": true}

// findRoles assigns actor and recipient for trigger m.
func (ss *sentState) findRoles(m match) roles {
	c := ss.clauseOf[m.head]
	cl := ss.clauses[c]
	r := roles{actorGroup: -1, placeNP: -1}
	r.passive = ss.isPassive(m, cl)
	noun := ss.isNoun(m)
	if noun {
		r.earlier = ss.earlierPhrase(m.first)
	}
	if t := cl[0]; r.earlier == (earlier{}) && t < m.first && ss.cueAt(cuePrepAfter, t) > 0 {
		// "56 years after de Gaulle and Adenauer signed the treaty",
		// "zwei Jahre nachdem sie unterzeichnet hatten": that long before
		if x := ss.durationEndingAt(t); x != nil {
			r.earlier = earlier{by: x}
		}
	}

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
		if r.actorGroup >= 0 && m.p.Mode == "multilateral" {
			if k := ss.groupPlace(r.actorGroup); k >= 0 {
				// "the Singapore summit", "der Hanoi-Gipfel": where, not who
				r.placeNP, r.actorGroup = k, -1
			}
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
		if p.prep == prepAgent && agent < 0 && noun && !r.passive && m.p.Type == "CONSULT" && ss.groupPlace(p.group) >= 0 {
			// "seit dem Gipfel von Singapur": where talks were, not who
			// held them
			if r.placeNP < 0 {
				r.placeNP = k
			}
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
	if r.placeNP >= 0 && r.actorGroup == ss.nps[r.placeNP].group {
		r.actorGroup = -1 // the summit's place, found again as the subject
	}
	source := false
	if noun && r.actorGroup >= 0 && r.actorGroup == subj && (ss.saysBetween(subj, m.first) || ss.saysBetween(subj, cl[1])) {
		// when the report follows what it names ("gave the visit
		// prominent coverage on Friday"), the clause's date is the
		// report's
		r.reportDated = !ss.saysBetween(subj, m.first)
		// "The Kremlin said the nuclear issue would be at the centre of
		// the talks", "State media gave the visit prominent coverage":
		// the subject of a verb of saying is the source of what it
		// names, not a participant of the events it names
		r.actorGroup, source = -1, true
	}
	possessive := noun && r.actorGroup < 0 && ss.possessiveBefore(m.first)
	background := false
	if noun && r.actorGroup < 0 && !possessive {
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
	var plural []chronik.Actor
	if pluralTypes[m.p.Type] {
		// the reference names the participants when it belongs to the
		// trigger, when no other actor was found, or when the actor
		// found stands outside the trigger's clause ("Bolton said the
		// leaders would discuss Syria")
		if sp, ok, attached := ss.pluralRef(m, c, noun); ok && (attached || r.actorGroup < 0 || ss.groupWithin(r.actorGroup, sp) || !ss.groupWithin(r.actorGroup, ss.clauses[c])) {
			plural = ss.lastTwoPersons(sp[0])
		}
	}
	switch {
	case plural != nil:
		// "The two leaders will meet", "their second meeting": the two
		// persons the document named last
		r.actor = plural
	case r.actorGroup >= 0:
		r.actor = ss.actorsOf(r.actorGroup)
	case possessive:
		// "Putin said …, after his first summit with Kim": the first
		// named subject of the sentence before the trigger, else the
		// last one
		// (in English the first bare phrase of a clause: in "Putin said
		// North Korea would …, after his summit" the reported clause's
		// subject is not the one whose summit it is)
		r.actor = ss.lastSubject
		for pc := 0; pc <= c; pc++ {
			g := ss.subjectOf(pc, ss.clauses[pc][1])
			if ss.b.lang == "en" {
				g = ss.earlierSubject(pc)
			}
			if g >= 0 && ss.groupFirst(g) < m.first {
				r.actor = ss.actorsOf(g)
				break
			}
		}
	case background, source:
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
	case noun && ss.sourceBefore(c):
		// "…, the White House said, with talks continuing on Thursday":
		// the speaker of the clause before is no participant either
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
				ok = (ss.b.lang == "de" || p.first >= m.end) && p.group != subj && !(m.p.topic && p.first >= m.end)
			}
			if !ok || p.head().Adjective && p.end == m.first || ss.adjectiveOfNoun(p) || ss.timeZone(p) || ss.attachedToDropped(p) || ss.attachedToOther(p, m) || ss.namesOther(p, m) {
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
			if m.p.Type == "CONSULT" && p.prep == prepRecipient && ss.cueAt(cuePrepContent, ss.prepToken(p)) > 0 {
				// "discuss the situation on the Korean peninsula with
				// Putin": talks are with someone and about something
				d += 200
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
	var pronounObject []chronik.Actor
	if recGroup < 0 && !noun && m.p.Type == "CONSULT" {
		// "Am Dienstag empfing ihn Xi": the person an earlier clause or
		// sentence named as its subject
		if _, ok := ss.cueIn(cueObjectPronoun, cl[0], cl[1], [2]int{}); ok {
			pronounObject = ss.lastSubject
			for pc := c - 1; pc >= 0; pc-- {
				if g := ss.earlierSubject(pc); g >= 0 {
					pronounObject = ss.actorsOf(g)
					break
				}
			}
		}
	}
	if recGroup < 0 && between >= 0 && between != r.actorGroup {
		recGroup = between // "vermittelte zwischen Israel und der Hamas"
	}
	if recGroup >= 0 && recGroup != r.actorGroup {
		r.recipient = ss.actorsOf(recGroup)
		r.recipientPrep = ss.prepWord(recGroup)
	} else if recGroup < 0 && len(pronounObject) > 0 && !sameActors(pronounObject, r.actor) {
		r.recipient = pronounObject
	}
	if m.p.swap {
		r.actor, r.recipient = r.recipient, r.actor
	}
	r.recipient = ss.removeShared(r.recipient, r.actor)
	if len(r.actor) > 0 && r.actorGroup >= 0 && r.actorGroup == subj {
		ss.lastSubject = r.actor
	}
	return r
}

// sameActors reports whether a and b name the same actors.
func sameActors(a, b []chronik.Actor) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !hasActor(b, x) {
			return false
		}
	}
	return true
}
