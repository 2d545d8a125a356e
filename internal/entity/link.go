package entity

import (
	"strings"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// link chooses the entry an atom names, or -1. The score prefers full names
// over short forms, entries already mentioned in the document (most
// recently first), people whose role fits the role word before them and who
// held office at the document date, and states and big cities over smaller
// homonyms. A short form alone ("Kim", "May") needs such context.
func (st *state) link(a *atom, rc roleCtx) int32 {
	var best int32 = -1
	bestScore := -1e9
	bestShort := false
	var bestCtx, bestOffice bool
	// "in Bayern": after a preposition of place a place beats a club or
	// firm of the same name
	placeBonus := 0.0
	if st.placePrepBefore(a.i) {
		placeBonus = 1
	}
	a.each(func(al gazetteer.Alias) {
		if al.Entry < 0 || al.Kind != gazetteer.AliasName && al.Kind != gazetteer.AliasShort {
			return
		}
		e := st.kb.Entry(al.Entry)
		s := 2.0
		short := al.Kind == gazetteer.AliasShort
		if short {
			s = 1
		}
		ctx := false
		// office is context that comes only from holding an office at
		// the document date, which a bare surname shares with every
		// other holder of that name.
		office := false
		if !e.Exists(st.dct) {
			s -= 3
		}
		if pos, ok := st.seen[al.Entry]; ok {
			s += 3 + float64(pos)*1e-6
			ctx = true
		}
		switch e.Kind {
		case gazetteer.KindPerson:
			if rc.set && rc.rw != nil && !rc.rw.Title {
				if st.holds(e, rc.rw.Role, rc.country, true) {
					s += 4
					ctx = true
				} else if st.holds(e, rc.rw.Role, rc.country, false) {
					s += 2
					ctx = true
				}
			} else if rc.set {
				s += 0.5
				ctx = true
			}
			if _, ok := e.ActiveRole("", st.dct); ok {
				s += 1
				if !a.has(gazetteer.AliasNoun) && !ctx {
					ctx, office = true, true
				}
			}
		case gazetteer.KindCountry:
			s += 0.6 + placeBonus
		case gazetteer.KindOrg, gazetteer.KindMetonym:
			s += 0.5
		case gazetteer.KindCity:
			s += 0.3 + placeBonus
			if e.Capital {
				s += 0.2
			}
			if e.Population > 0 {
				s += float64(e.Population) / 1e8
			}
		case gazetteer.KindRegion:
			s += 0.2 + placeBonus
		}
		if s > bestScore {
			best, bestScore, bestShort, bestCtx, bestOffice = al.Entry, s, short, ctx, office
		}
	})
	if best >= 0 && bestShort && (!bestCtx || bestOffice && st.foreignInitial(a, best)) {
		return -1
	}
	return best
}

// holds reports whether person e held a role (any country, or country when
// given) at the DCT (active) or ever.
func (st *state) holds(e *gazetteer.Entry, role, country string, active bool) bool {
	for _, r := range e.Roles {
		key := r.Key
		i := strings.IndexByte(key, ':')
		if i < 0 {
			continue
		}
		if !roleMatches(role, key[:i]) || country != "" && key[i+1:] != country {
			continue
		}
		if !active || r.Active(st.dct) {
			return true
		}
	}
	return false
}

// roleMatches reports whether a role word's role fits a role key's role.
func roleMatches(word, key string) bool {
	if word == key {
		return true
	}
	switch word {
	case "president":
		return key == "head_of_state" // a monarch is no president
	case "leader":
		return key == "head_of_state" || key == "monarch" || key == "head_of_government"
	case "head_of_state":
		return key == "leader" || key == "president" || key == "monarch"
	}
	return false
}

// resolveRole returns the person who held role in country at the DCT.
func (st *state) resolveRole(role, country string) int32 {
	if st.dct.IsZero() {
		return -1
	}
	for _, r := range gazetteer.RoleKeys(role) {
		if hs := st.kb.Holders(r+":"+country, st.dct); len(hs) > 0 {
			return hs[0]
		}
	}
	return -1
}

// earlierHolder returns a person mentioned before who held role at the DCT.
func (st *state) earlierHolder(role string) int32 {
	for i := len(st.ments) - 1; i >= 0; i-- {
		m := st.ments[i]
		if m.entry < 0 {
			continue
		}
		e := st.kb.Entry(m.entry)
		if e.Kind == gazetteer.KindPerson && st.holds(e, role, "", true) {
			return m.entry
		}
	}
	return -1
}

// foreignInitial reports whether a bare surname at the start of a
// sentence, where any capitalised word may stand ("Kurz darauf"), names an
// office holder of a state that a document naming several states never
// mentions. Such a surname needs more context than the office.
func (st *state) foreignInitial(a *atom, e int32) bool {
	return st.words[a.i].sent && len(st.countries) >= 3 && !st.countries[st.kb.Entry(e).Country]
}
