package event

import (
	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// countryActor is the government of a country, as the host of a visit.
func (ss *sentState) countryActor(code string) chronik.Actor {
	a := chronik.Actor{Country: code, Sector: "GOV"}
	if kb := ss.c.KB; kb != nil {
		if e, ok := kb.Country(code); ok {
			a.Ref, a.Name = e.Ref, e.Name
		}
	}
	return a
}

// date returns the date of the time expression that governs the trigger:
// the nearest one in its clause, else the nearest one in its sentence
// outside a clause with an event of its own, unless it is the
// document's day in a clause that reports ("confirmed on Wednesday"),
// else the document date.
func (ss *sentState) date(m match, c int) chronik.EventDate {
	best, bestDist := -1, 1<<30
	for k, x := range ss.timexes {
		if ss.attachedElsewhere(x, m) || x.first >= m.end && ss.earlierAside(m.end, x.first) {
			continue
		}
		d := abs(x.first - m.head)
		if x.first > m.head {
			d = x.first - m.end
		} else {
			d = m.head - x.end
		}
		if xc := ss.clauseAt(x.first); xc != c {
			if ss.triggerIn(xc, m) {
				// "arrived on Wednesday, a day before his summit with
				// Putin": the date belongs to the other clause's event
				continue
			}
			if ss.reportingClause(xc) && calendarValue(x.t.Value) == ss.dct {
				// "confirmed on Wednesday: Kim travelled to Beijing": the
				// day of the report, the document's own, does not date
				// what it reports; the document date stands in, as for
				// an undated event
				continue
			}
			if x.end <= m.first {
				if t, ok := ss.cueIn(cueReported, x.end, m.first, [2]int{}); ok && ss.clauseAt(t) != xc {
					// "Speaking at the White House on Friday, Trump said
					// the search for a venue for his meeting with Kim …":
					// a date in a clause before the one with the verb of
					// saying is the day of the saying ("Am Mittwoch
					// behaupteten Staatsmedien, Kim habe dem Test
					// beigewohnt" dates the test: the verb is the date's)
					continue
				}
			}
			d += 1000
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		x := ss.timexes[best].t
		return chronik.EventDate{Value: x.Value, Timex: x.ID, From: "text"}
	}
	return chronik.EventDate{Value: ss.dct, From: "dct"}
}

// place returns the location phrase of the trigger's clause ("in Hanoi"),
// or for a visit its destination ("nach Russland").
func (ss *sentState) place(m match, cl [2]int, typ string) (*chronik.Place, *np) {
	best, bestDist := -1, 1<<30
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first < cl[0] || p.end > cl[1] {
			continue
		}
		h := p.head()
		if h.Type != "LOC" && h.Type != "GPE" || h.Adjective {
			continue
		}
		// of two phrases as far from the trigger, the one after it: "nach
		// Gipfel in Helsinki" is the summit's, "Empörung in Washington"
		// before it another noun's
		d := 2 * abs(p.first-m.head)
		if p.first < m.head {
			d++
		}
		switch {
		case p.prep == prepPlace:
		case p.prep == prepDestination && typ == "CONSULT":
			d += 1000
		default:
			continue
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	if best < 0 {
		return nil, nil
	}
	if k := ss.cityOfRegion(best, cl); k >= 0 {
		best = k
	}
	return ss.placeOf(&ss.nps[best]), &ss.nps[best]
}

// cityOfRegion returns the phrase of a city that closely follows the
// region or sea phrase k in clause cl ("in the Russian Pacific port of
// Vladivostok"), or -1: the city says where, the region only around it.
func (ss *sentState) cityOfRegion(k int, cl [2]int) int {
	kb := ss.c.KB
	if kb == nil {
		return -1
	}
	isKind := func(p *np, kind gazetteer.Kind) bool {
		e, ok := kb.ByRef(p.head().Ref)
		return ok && e.Kind == kind
	}
	if !isKind(&ss.nps[k], gazetteer.KindRegion) {
		return -1
	}
	for j := range ss.nps {
		p := &ss.nps[j]
		if p.first >= ss.nps[k].end && p.first-ss.nps[k].end <= 3 && p.end <= cl[1] && isKind(p, gazetteer.KindCity) {
			return j
		}
	}
	return -1
}

// placeOf returns the place a phrase names, with coordinates from the
// knowledge base.
func (ss *sentState) placeOf(p *np) *chronik.Place {
	h := p.head()
	pl := &chronik.Place{Ref: h.Ref, Name: h.Name, Country: h.Country}
	if pl.Name == "" {
		pl.Name = h.Text
	}
	if kb := ss.c.KB; kb != nil && h.Ref != "" {
		if e, ok := kb.ByRef(h.Ref); ok {
			pl.Lat, pl.Lon = e.Lat, e.Lon
		}
	}
	return pl
}

// destination returns the group of the trigger clause's "nach X" phrase.
func (ss *sentState) destination(m match) (int, bool) {
	cl := ss.clauses[ss.clauseOf[m.head]]
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first >= cl[0] && p.end <= cl[1] && p.prep == prepDestination {
			return p.group, true
		}
	}
	return -1, false
}

// attachedElsewhere reports whether a time expression belongs to another
// trigger of the sentence, standing right before it ("Sunday's nuclear
// test") or right after it ("the summit in June").
func (ss *sentState) attachedElsewhere(x tspan, m match) bool {
	for _, o := range ss.matches {
		if o.head == m.head {
			continue
		}
		if x.end == o.first || x.end+1 == o.first && ss.words[x.end] == "'s" || x.first == o.end {
			return true
		}
	}
	return false
}

// reportingClause reports whether clause c holds a verb of saying or
// another cue of a quoted source.
func (ss *sentState) reportingClause(c int) bool {
	cl := ss.clauses[c]
	for t := cl[0]; t < cl[1]; t++ {
		if ss.cueAt(cueReported, t) > 0 {
			return true
		}
	}
	return false
}

// triggerIn reports whether clause c holds a trigger other than m.
func (ss *sentState) triggerIn(c int, m match) bool {
	for _, o := range ss.matches {
		if o.head != m.head && ss.clauseOf[o.head] == c {
			return true
		}
	}
	return false
}

// earlierAside reports whether a comma and a preposition of what came
// before stand in [from, to): the time expression after them dates what
// the aside names ("the third meeting between the two men, after
// Singapore in June last year"), not the trigger before it.
func (ss *sentState) earlierAside(from, to int) bool {
	for t := from; t+1 < to; t++ {
		if ss.words[t] == "," && (ss.cueAt(cuePrepAfter, t+1) > 0 || ss.cueAt(cuePrepSince, t+1) > 0) {
			return true
		}
	}
	return false
}
