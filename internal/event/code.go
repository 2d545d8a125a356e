package event

import (
	"cmp"
	"slices"

	"github.com/chronik-dev/chronik"
)

// code turns a trigger into an event and appends it to the document.
func (ss *sentState) code(m match) {
	doc := ss.doc
	c := ss.clauseOf[m.head]
	cl := ss.clauses[c]
	r := ss.findRoles(m)
	ev := chronik.Event{
		Type:      m.p.Type,
		Mode:      cmp.Or(m.mode, m.p.Mode),
		Actor:     r.actor,
		Recipient: r.recipient,
		Sentence:  ss.s.Span,
	}
	if ev.Type == "MOBILIZE" && ev.Mode == "weapons" && (len(r.recipient) > 0 && targetPreps[r.recipientPrep] || ss.firedAt(m)) {
		// "feuerte Raketen auf Israel ab": weapons fired at someone are an attack
		ev.Type, ev.Mode = "ASSAULT", "heavy-weapons"
	}
	if len(r.actor) > 0 {
		sec := r.actor[0].Sector
		switch {
		case m.p.diplomatic && sec == "GOV":
			ev.Type, ev.Mode = "ACCUSE", "disapprove"
		case m.p.byForce && (sec == "GOV" || sec == "MIL" || sec == "COP"):
			ev.Type, ev.Mode = "COERCE", "restrict"
		case m.p.military && (sec == "MIL" || sec == "REB" || sec == "UAF" || sec == "PRM"):
			ev.Type, ev.Mode = "ASSAULT", ""
			if m.p.Mode == "arrest" {
				ev.Mode = "abduct"
			}
		}
	}
	if ev.Type == "MOBILIZE" && ev.Mode == "troops" && len(distinctCountries(r.actor)) > 1 {
		// joint exercises of several states are COOPERATE, as PLOVER asks
		ev.Type, ev.Mode = "COOPERATE", ""
	}
	ss.demanded = false
	ss.demand(m, c, &ev)
	if ev.Type == "MOBILIZE" && len(ev.Actor) > 0 {
		// "entsandte Soldaten nach Mali": one's own forces are what is
		// mobilized, not the recipient
		ev.Recipient = slices.DeleteFunc(ev.Recipient, func(a chronik.Actor) bool {
			return a.Country == ev.Actor[0].Country && (a.Sector == "MIL" || a.Sector == "COP")
		})
		if len(ev.Recipient) == 0 {
			if g, ok := ss.destination(m); ok {
				ev.Recipient = ss.removeShared(ss.actorsOf(g), ev.Actor)
			}
		}
	}
	sp := chronik.Span{Start: ss.toks[m.first].Start, End: ss.toks[m.end-1].End}
	ev.Trigger = chronik.Trigger{Text: doc.Slice(sp), Span: sp}
	ev.Date = ss.date(m, c)
	var placeNP *np
	ev.Place, placeNP = ss.place(m, cl, ev.Type)
	if ev.Type == "CONSULT" && ev.Place != nil && len(ev.Recipient) == 0 && ev.Mode == "visit" && ev.Place.Country != "" {
		if len(ev.Actor) == 0 || ev.Actor[0].Country != ev.Place.Country {
			ev.Recipient = []chronik.Actor{ss.countryActor(ev.Place.Country)}
		}
	}
	if ev.Type != "CONSULT" && ev.Place != nil && len(ev.Recipient) == 0 && ev.Place.Country != "" && !ss.followsDropped(placeNP) &&
		(len(ev.Actor) == 0 && ev.Type == "ASSAULT" || len(ev.Actor) > 0 && ev.Actor[0].Country != "" && ev.Actor[0].Country != ev.Place.Country) {
		// "marschierte in Südkorea ein", "lifted a curfew in Montenegro": an
		// act in another country is directed at it
		ev.Recipient = []chronik.Actor{ss.countryActor(ev.Place.Country)}
	}
	ev.Modality, ev.Reported = ss.modality(m, c, ev.Date)
	if m.p.needsPlace && ev.Place == nil && len(ev.Recipient) == 0 ||
		m.p.needsParticipant && len(ev.Actor) == 0 && len(ev.Recipient) == 0 {
		return
	}
	if ss.mergeDemand(&ev) {
		return
	}
	if ev.Actor == nil {
		ev.Actor = []chronik.Actor{}
	}
	if ev.Recipient == nil {
		ev.Recipient = []chronik.Actor{}
	}
	doc.Events = append(doc.Events, ev)
}

// targetPreps introduce the target of fire: "auf Israel", "at Israel".
var targetPreps = map[string]bool{"auf": true, "gegen": true, "on": true, "at": true, "against": true, "into": true}

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
// the nearest one in its clause, else the nearest one in its sentence,
// else the document date.
func (ss *sentState) date(m match, c int) chronik.EventDate {
	best, bestDist := -1, 1<<30
	for k, x := range ss.timexes {
		if ss.attachedElsewhere(x, m) {
			continue
		}
		d := abs(x.first - m.head)
		if x.first > m.head {
			d = x.first - m.end
		} else {
			d = m.head - x.end
		}
		if ss.clauseAt(x.first) != c {
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
		d := abs(p.first - m.head)
		switch {
		case p.prep == prepPlace:
		case p.prep == prepDestination && typ == "CONSULT":
			d += 500
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
	h := ss.nps[best].head()
	pl := &chronik.Place{Ref: h.Ref, Name: h.Name, Country: h.Country}
	if pl.Name == "" {
		pl.Name = h.Text
	}
	if kb := ss.c.KB; kb != nil && h.Ref != "" {
		if e, ok := kb.ByRef(h.Ref); ok {
			pl.Lat, pl.Lon = e.Lat, e.Lon
		}
	}
	return pl, &ss.nps[best]
}

// demandMode maps the type of a demanded action to REQUEST's mode.
var demandMode = map[string]string{
	"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "SUPPORT": "assist", "COOPERATE": "assist",
	"RETREAT": "yield", "CONCEDE": "yield",
}

// demand recodes an action that someone must take as a REQUEST of it:
// "Russia said Sudan must return the helicopter", "die USA müssten
// vermitteln". The speaker of the clause before is the actor, the one
// who must act the recipient.
func (ss *sentState) demand(m match, c int, ev *chronik.Event) {
	cl := ss.clauses[c]
	t, ok := ss.cueIn(cueDemand, max(cl[0], m.first-4), m.first, [2]int{})
	if !ok && ss.words[m.head] == "must" {
		ok, t = true, m.head
	}
	if !ok || ev.Type == "REQUEST" && t != m.head {
		return
	}
	ss.demanded = true
	if ev.Type != "REQUEST" {
		ev.Mode = demandMode[ev.Type]
		if ev.Mode == "" {
			ev.Mode = "change"
		}
		ev.Type = "REQUEST"
	}
	if c > 0 {
		if g := ss.subjectOf(c-1, ss.clauses[c-1][1]); g >= 0 {
			speaker := ss.actorsOf(g)
			subj := ev.Actor
			ev.Actor = speaker
			ev.Recipient = ss.removeShared(subj, speaker)
			return
		}
		if ss.cueAt(cueComplementizer, cl[0]) > 0 || ss.clauses[c-1][1] < cl[0] {
			// a speaker we cannot name: the one who must act is the recipient
			ev.Recipient, ev.Actor = ev.Actor, nil
			return
		}
	}
	// "The Red Cross said US forces must …": speaker before the reporting verb
	cl = ss.clauses[c]
	if rt, ok := ss.cueIn(cueReported, cl[0], t, [2]int{}); ok {
		speaker, addressee := -1, -1
		for k := range ss.nps {
			p := &ss.nps[k]
			if p.prep != prepNone || p.first < cl[0] {
				continue
			}
			if p.end <= rt {
				speaker = p.group
			} else if p.first > rt && p.end <= t && addressee < 0 {
				addressee = p.group
			}
		}
		if speaker >= 0 {
			ev.Actor = ss.actorsOf(speaker)
			ev.Recipient = nil
			if addressee >= 0 {
				ev.Recipient = ss.removeShared(ss.actorsOf(addressee), ev.Actor)
			}
		}
	}
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

func distinctCountries(as []chronik.Actor) []string {
	var out []string
	for _, a := range as {
		if a.Country != "" && !slices.Contains(out, a.Country) {
			out = append(out, a.Country)
		}
	}
	return out
}

// firedAt reports whether a target preposition before a name follows the
// trigger in its clause: "fired rockets at Israel".
func (ss *sentState) firedAt(m match) bool {
	cl := ss.clauses[ss.clauseOf[m.head]]
	for k := range ss.nps {
		p := &ss.nps[k]
		if p.first <= m.head || p.end > cl[1] {
			continue
		}
		t := p.first - 1
		for t > m.head && ss.cueAt(cueArticle, t) == 1 {
			t--
		}
		if t > m.head && targetPreps[ss.words[t]] {
			return true
		}
	}
	return false
}

// mergeDemand folds a demanded action into the request of the clause
// before when both come from the same actor: "Peking forderte, Washington
// und Seoul sollten ihre Manöver aussetzen" is one REQUEST, to Washington
// and Seoul. It reports whether ev was merged.
func (ss *sentState) mergeDemand(ev *chronik.Event) bool {
	if !ss.demanded || len(ss.doc.Events) == 0 {
		return false
	}
	prev := &ss.doc.Events[len(ss.doc.Events)-1]
	if prev.Type != "REQUEST" || prev.Sentence != ev.Sentence || prev.Trigger.End > ev.Trigger.Start ||
		!slices.Equal(distinctCountries(prev.Actor), distinctCountries(ev.Actor)) {
		return false
	}
	if len(prev.Recipient) == 0 {
		prev.Recipient = ev.Recipient
		if prev.Recipient == nil {
			prev.Recipient = []chronik.Actor{}
		}
	}
	if prev.Mode == "" {
		prev.Mode = ev.Mode
	}
	return true
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
