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
	if r.reportDated {
		ev.Date = chronik.EventDate{Value: ss.dct, From: "dct"}
	}
	if x := r.earlier.later; x != nil && ev.Date.From == "dct" {
		// "arrived on Wednesday, a day before his summit with Putin": the
		// summit is a day after that Wednesday
		if first, _, ok := ss.tokenRange(x.Span); ok {
			if day := ss.dayBefore(first); day != "" {
				if v, ok := shiftForward(day, x.Value); ok {
					ev.Date = chronik.EventDate{Value: v, Timex: x.ID, From: "text"}
				}
			}
		}
	}
	var placeNP *np
	ev.Place, placeNP = ss.place(m, cl, ev.Type)
	if placeNP != nil && (r.earlier.since || r.earlier.by != nil) && (placeNP.prep != prepPlace || placeNP.first < m.end) {
		// "Eine Woche nach seinem Gipfel mit Trump ist Kim nach Peking
		// gereist": where the news happens is not where what came before
		// it did
		ev.Place, placeNP = nil, nil
	}
	if ev.Place == nil && r.placeNP >= 0 {
		placeNP = &ss.nps[r.placeNP]
		ev.Place = ss.placeOf(placeNP)
	}
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
	if ev.Modality == chronik.ModalityFuture && ev.Date.From == "text" && compareDates(ev.Date.Value, ss.dct) < 0 {
		// "Trump said on Saturday he would meet Kim": a date before the
		// document's is when the plan was told, not when it happens
		ev.Date = chronik.EventDate{Value: ss.dct, From: "dct"}
	}
	if ev.Date.From == "dct" && ev.Modality == chronik.ModalityFuture {
		if x := ss.durationAhead(cl); x != nil {
			// "Trump, der Kim in den kommenden Wochen treffen will": a
			// plan for some time after the document, not its day
			ev.Date = chronik.EventDate{Value: futureRef, Timex: x.ID, From: "dct"}
		}
	}
	if ev.Date.From == "dct" && ev.Modality == chronik.ModalityAsserted {
		// "since the failed Hanoi summit", "eight months after their first
		// summit": what an article names as past background happened
		// before its own news, not in the week of the document; a
		// duration before "after" tells how long before
		switch x := r.earlier.by; {
		case x != nil:
			if v, ok := shiftBack(ss.dct, x.Value); ok {
				ev.Date = chronik.EventDate{Value: v, Timex: x.ID, From: "text"}
			}
		case r.earlier.since:
			ev.Date.Value = pastRef
		}
	}
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
	ss.own = append(ss.own, m.first > 0 && ownWord(ss.words[m.first-1]))
}

// ownWord reports whether w is "own" or a form of German "eigen": "his
// own meeting", "ihr eigenes Treffen".
func ownWord(w string) bool {
	switch w {
	case "own", "eigene", "eigenen", "eigener", "eigenes", "eigenem":
		return true
	}
	return false
}

// targetPreps introduce the target of fire: "auf Israel", "at Israel".
var targetPreps = map[string]bool{"auf": true, "gegen": true, "on": true, "at": true, "against": true, "into": true}

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

// futureRef is the date of a plan the text places only vaguely after
// the document ("in the coming weeks").
const futureRef = "FUTURE_REF"

// durationAhead returns a duration of the clause cl that "in" or
// "within" opens ("in den kommenden Wochen", "within weeks") and whose
// length is not a number (PXW, PXM), or nil.
func (ss *sentState) durationAhead(cl [2]int) *chronik.Timex {
	for i := range ss.doc.Timexes {
		x := &ss.doc.Timexes[i]
		if x.Type != "DURATION" || !ss.s.Span.Contains(x.Span) || len(x.Value) < 2 || x.Value[1] != 'X' {
			continue
		}
		first, _, ok := ss.tokenRange(x.Span)
		if !ok || first < cl[0] || first >= cl[1] {
			continue
		}
		t := first - 1
		for t > cl[0] && ss.cueAt(cueArticle, t) == 1 {
			t--
		}
		if t >= cl[0] {
			switch ss.words[t] {
			case "in", "within", "innerhalb", "binnen":
				return x
			}
		}
	}
	return nil
}
