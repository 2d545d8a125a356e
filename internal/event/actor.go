package event

import (
	"slices"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

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

// groupPlace returns the phrase of a group that is a single place name
// (a city, a state, a region), or -1.
func (ss *sentState) groupPlace(group int) int {
	found := -1
	for k := range ss.nps {
		if ss.nps[k].group != group {
			continue
		}
		if found >= 0 {
			return -1 // "the US-North Korea summit": the sides, not a place
		}
		found = k
	}
	if found < 0 {
		return -1
	}
	if h := ss.nps[found].head(); h.Adjective || h.Type != "GPE" && h.Type != "LOC" {
		return -1
	}
	return found
}

// attachedToOther reports whether phrase p follows a preposition right
// after another trigger of the sentence than m: in "arrived in
// Vladivostok for his summit with Putin", Putin is the summit's, not the
// arrival's.
func (ss *sentState) attachedToOther(p *np, m match) bool {
	if p.prep == prepNone || p.first < 2 {
		return false
	}
	t := p.first - 1
	for t > 0 && ss.cueAt(cueArticle, t) == 1 {
		t--
	}
	t-- // the preposition
	if t <= m.head {
		return false
	}
	for _, o := range ss.matches {
		if o.head != m.head && o.end-1 == t {
			return true
		}
	}
	return m.p.Mode == "visit" && ss.isDropped(t)
}

// namesOther reports whether phrase p stands right before another
// trigger than m, after m: in "arrives for the second Trump summit",
// Trump is the summit's, not the arrival's. As in attachedToOther, a
// dropped content noun counts only for a visit, which does not take the
// partner of the purpose it is for; in "called for talks with India",
// India is the demand's recipient too.
func (ss *sentState) namesOther(p *np, m match) bool {
	if p.first <= m.head || p.end >= len(ss.words) {
		return false
	}
	for _, o := range ss.matches {
		if o.head != m.head && o.first == p.end {
			return true
		}
	}
	return m.p.Mode == "visit" && ss.isDropped(p.end)
}

// isDropped reports whether a dropped content noun heads at token t.
func (ss *sentState) isDropped(t int) bool {
	for _, h := range ss.dropped {
		if h == t {
			return true
		}
	}
	return false
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
		if p := &ss.nps[k]; p.group == group {
			if t := ss.prepToken(p); p.prep != prepNone && t >= 0 {
				return ss.words[t]
			}
			return ""
		}
	}
	return ""
}

// prepToken returns the token of the preposition before phrase p,
// skipping articles, or -1.
func (ss *sentState) prepToken(p *np) int {
	t := p.first - 1
	for t >= 0 && ss.cueAt(cueArticle, t) == 1 {
		t--
	}
	return t
}
