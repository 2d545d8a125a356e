package entity

import (
	"strings"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// roleCtx is a role word found next to a name or standing alone.
type roleCtx struct {
	rw      *gazetteer.RoleWord
	country string // from an adjective, a compound head or a genitive
	former  bool   // Ex-, ehemalige, former: not the holder at the DCT
	set     bool
}

// rules turns atoms into mentions, left to right, so that coreference can
// look back at what came before.
func (st *state) rules() {
	as := st.atoms
	for k := 0; k < len(as); k++ {
		a := &as[k]
		if end := st.institution(k); end > k {
			k = end - 1
			continue
		}
		if c := st.text[st.words[a.i].start]; (c == 'N' || c == 'S') && st.koreaSide(a) {
			continue
		}
		switch {
		case a.node == nil:
			k = st.unknown(k) - 1
		case st.hasName(a):
			k = st.name(k, roleCtx{}) - 1
		case a.has(gazetteer.AliasAdjective) || a.has(gazetteer.AliasDemonym):
			k = st.adjective(k) - 1
		case a.has(gazetteer.AliasRole):
			k = st.role(k, roleCtx{}) - 1
		case a.has(gazetteer.AliasFirstName) || a.has(gazetteer.AliasTitle):
			k = st.unknown(k) - 1
		}
	}
}

// hasName reports whether the atom names an entry of the knowledge base.
func (st *state) hasName(a *atom) bool {
	return a.has(gazetteer.AliasName) || a.has(gazetteer.AliasShort)
}

// adjacent reports whether atom k+1 follows atom k with only a space (or,
// with hyphen set, only a hyphen) between them.
func (st *state) adjacent(k int, hyphen bool) bool {
	as := st.atoms
	if k+1 >= len(as) || as[k].j != as[k+1].i {
		return false
	}
	g := st.words[as[k].j-1].gap
	if hyphen {
		return g == gazetteer.GapHyphen
	}
	return g == gazetteer.GapSpace
}

// hyphenAfter and hyphenBefore tell compound parts: "US-Präsident",
// "Anti-Amerika".
func (st *state) hyphenAfter(a *atom) bool {
	return a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapHyphen
}

func (st *state) hyphenBefore(a *atom) bool {
	return a.i > 0 && st.words[a.i-1].gap == gazetteer.GapHyphen
}

// countryOf returns the country or organisation code an atom names when it
// names a state (or the EU, UN, NATO) — the atoms that can qualify a role.
func (st *state) countryOf(a *atom) string {
	code := ""
	a.each(func(al gazetteer.Alias) {
		if code != "" || al.Entry < 0 {
			return
		}
		e := st.kb.Entry(al.Entry)
		switch {
		case al.Kind == gazetteer.AliasAdjective || al.Kind == gazetteer.AliasDemonym:
			code = e.Country
		case al.Kind == gazetteer.AliasName && e.Kind == gazetteer.KindCountry:
			code = e.Country
		case al.Kind == gazetteer.AliasName && e.Kind == gazetteer.KindOrg && e.Sector == "" && (e.Country == "UNO" || e.Country == "EUR" || e.Country == "IGO"):
			code = e.Country
			if e.Country == "IGO" && strings.EqualFold(e.NameEN, "NATO") {
				code = "NATO"
			}
		}
	})
	return code
}

// adjective handles "russische(n)", "Russen": a role or sector noun may
// follow.
func (st *state) adjective(k int) int {
	a := &st.atoms[k]
	code := st.countryOf(a)
	isAdj := a.has(gazetteer.AliasAdjective)
	if isAdj && st.adjacent(k, false) {
		nx := &st.atoms[k+1]
		if al, ok := nx.first(gazetteer.AliasRole); ok && !al.Role.Title && !st.hasName(nx) {
			rc := roleCtx{rw: al.Role, country: code, set: true, former: st.formerBefore(a.i)}
			return st.roleFrom(k, k+1, rc)
		}
		if al, ok := nx.first(gazetteer.AliasSector); ok && !st.hasName(nx) {
			st.nominalOrg(a, nx, code, al.Sector)
			return k + 2
		}
		if _, ok := nx.first(gazetteer.AliasCapital); ok && !st.hasName(nx) && nx.j == nx.i+1 &&
			!(st.adjacent(k+1, false) && st.hasName(&st.atoms[k+2])) {
			// "die belarussische Hauptstadt", "the Russian capital"; in
			// "der vietnamesischen Hauptstadt Hanoi" the name tells it
			if e, ok := st.kb.CapitalOf(code); ok {
				st.addEntry(int(st.words[a.i].start), int(st.words[nx.j-1].end), e, true, "")
				return k + 2
			}
		}
	}
	if !st.hyphenAfter(a) {
		st.addAdjective(a, code)
	}
	return k + 1
}

func (st *state) addAdjective(a *atom, code string) {
	var entry int32 = -1
	a.each(func(al gazetteer.Alias) {
		if entry < 0 && (al.Kind == gazetteer.AliasAdjective || al.Kind == gazetteer.AliasDemonym) {
			entry = al.Entry
		}
	})
	if entry < 0 {
		return
	}
	e := st.kb.Entry(entry)
	st.ments = append(st.ments, mention{start: int(st.words[a.i].start), end: int(st.words[a.j-1].end), typ: "GPE",
		ref: e.Ref, name: e.Name, country: code, adjective: true, entry: entry})
}

// nominalOrg adds "nordkoreanische Staatsmedien", "US-Militär".
func (st *state) nominalOrg(a, nx *atom, code, sector string) {
	name := sectorName(code, sector)
	st.ments = append(st.ments, mention{start: int(st.words[a.i].start), end: int(st.words[nx.j-1].end), typ: "ORG",
		ref: "chronik:actor/" + code + "/" + sector, name: name, country: code, sector: sector, nominal: true, entry: -1})
}

func sectorName(code, sector string) string { return code + " " + sector }

// formerBefore reports whether the words before word i mark a former
// holder: Ex-Präsident, ehemalige, former.
func (st *state) formerBefore(i int) bool {
	if i == 0 {
		return false
	}
	w := strings.ToLower(st.wordText(i - 1))
	switch w {
	case "ex", "ehemalige", "ehemaligen", "ehemaliger", "frühere", "früheren", "früherer", "einstige", "einstigen",
		"einstiger", "former", "late", "designierte", "designierten", "designierter", "künftige", "künftigen",
		"künftiger", "vize", "stellvertretende", "stellvertretenden", "deputy", "vice", "then", "damalige", "damaligen", "damaliger":
		return true
	}
	if i >= 2 && st.words[i-1].gap == gazetteer.GapHyphen {
		return false
	}
	return false
}

// role handles a role word at atom k without a qualifier before it.
func (st *state) role(k int, rc roleCtx) int {
	a := &st.atoms[k]
	al, _ := a.first(gazetteer.AliasRole)
	rc.rw, rc.set = al.Role, true
	rc.former = rc.former || st.formerBefore(a.i) || st.hyphenBefore(a)
	if rc.country == "" && st.lang == "en" && k > 0 && st.adjacent(k-1, false) {
		// "the US president": a state's name as a noun adjunct
		// qualifies the role word (the name stays a mention of its own)
		if p := &st.atoms[k-1]; st.hasName(p) {
			rc.country = st.countryOf(p)
		}
	}
	return st.roleFrom(k, k, rc)
}

// roleFrom completes a role expression whose role word is atom k (and whose
// qualifier, if any, starts at atom from): a name may follow (the role then
// only helps to link it), or a country in the genitive ("Präsident
// Russlands", "Außenminister der USA").
func (st *state) roleFrom(from, k int, rc roleCtx) int {
	// a name follows: "Außenminister Sergej Lawrow", "Präsident Obama"
	if st.adjacent(k, false) {
		nx := &st.atoms[k+1]
		if st.hasName(nx) && st.personish(nx) {
			return st.name(k+1, rc)
		}
		if nx.node == nil || nx.has(gazetteer.AliasFirstName) {
			if end := st.unknownPerson(k+1, rc); end > k+1 {
				return end
			}
		}
	}
	if rc.rw.Title {
		return k + 1
	}
	// a country follows in the genitive: "Präsident Russlands", "der Präsident der USA"
	if rc.country == "" {
		if c := st.genitiveCountry(k); c != "" {
			rc.country = c
			st.addRole(from, k, rc)
			return k + 1
		}
	}
	st.addRole(from, k, rc)
	return k + 1
}

// genitiveCountry looks for a country right after atom k, optionally after
// "der"/"des"/"of"/"of the".
func (st *state) genitiveCountry(k int) string {
	as := st.atoms
	if k+1 >= len(as) {
		return ""
	}
	nx := &as[k+1]
	gapOK := st.words[as[k].j-1].gap == gazetteer.GapSpace
	if !gapOK {
		return ""
	}
	between := nx.i - as[k].j
	if between > 2 {
		return ""
	}
	for w := as[k].j; w < nx.i; w++ {
		switch strings.ToLower(st.wordText(w)) {
		case "der", "des", "of", "the":
		default:
			return ""
		}
	}
	if between == 0 && !nx.gen {
		return ""
	}
	c := ""
	nx.each(func(al gazetteer.Alias) {
		if c == "" && al.Kind == gazetteer.AliasName && al.Entry >= 0 && st.kb.Entry(al.Entry).Kind == gazetteer.KindCountry {
			c = st.kb.Entry(al.Entry).Country
		}
	})
	return c
}

// addRole adds a nominal role mention resolved at the DCT.
func (st *state) addRole(from, k int, rc roleCtx) {
	if rc.former || rc.rw == nil || rc.rw.Title || rc.rw.Plural {
		// a plural ("the leaders", "Russian officials") names no
		// one holder
		return
	}
	country := rc.country
	if country == "" {
		country = rc.rw.Country
	}
	start := int(st.words[st.atoms[from].i].start)
	end := int(st.words[st.atoms[k].j-1].end)
	if country == "" {
		if i := st.atoms[from].i; i > 0 && st.words[i-1].gap == gazetteer.GapSpace {
			switch st.wordText(i - 1) {
			case "als", "As", "as", "Als":
				// "seine erste Reise als Machthaber": the capacity
				// of someone named elsewhere, no mention of a holder
				return
			}
		}
		// "der Außenminister": the holder mentioned before, if any;
		// "a foreign leader" is none of them
		if st.indefinite(from) {
			return
		}
		if e := st.earlierHolder(rc.rw.Role); e >= 0 {
			st.addEntry(start, end, e, true, "")
		}
		return
	}
	if e := st.resolveRole(rc.rw.Role, country); e >= 0 {
		st.addEntry(start, end, e, true, "")
	}
}

// personish reports whether a name atom may be a person (so that a role
// before it qualifies it).
func (st *state) personish(a *atom) bool {
	ok := false
	a.each(func(al gazetteer.Alias) {
		if al.Entry >= 0 && st.kb.Entry(al.Entry).Kind == gazetteer.KindPerson {
			ok = true
		}
	})
	return ok
}

// indefinite reports whether the role expression starting at atom from
// follows an indefinite article (or "no", "kein"), at most one lowercase
// adjective between them: "a foreign leader", "einen ausländischen
// Staatschef" name none of the holders mentioned before. (With a state,
// "ein amtierender US-Präsident" in a report of a meeting is its holder.)
func (st *state) indefinite(from int) bool {
	i := st.atoms[from].i
	for back := 1; back <= 2 && i-back >= 0; back++ {
		w := i - back
		if st.words[w].gap != gazetteer.GapSpace {
			return false
		}
		switch st.wordText(w) {
		case "a", "A", "an", "An", "another", "Another", "no", "No", "ein", "Ein", "eine", "Eine", "einen", "einem", "einer", "eines",
			"kein", "Kein", "keine", "Keine", "keinen", "keinem", "keiner", "keines":
			return true
		}
		if st.words[w].upper {
			return false
		}
	}
	return false
}

// koreaSide adds "the North" and "the South" (German "den Norden", "des
// Südens") for North and South Korea when the document named either Korea
// before: "the North fired two missiles", "Gäste aus dem Norden". The word
// must stand alone after its article, so "the North Korean leader" and
// "the South China Sea" stay what they are.
func (st *state) koreaSide(a *atom) bool {
	if a.j-a.i != 1 || a.i == 0 || st.words[a.i-1].gap != gazetteer.GapSpace {
		return false
	}
	code := ""
	switch w := st.wordText(a.i); {
	case st.lang == "en" && (w == "North" || w == "South"):
		if !strings.EqualFold(st.wordText(a.i-1), "the") {
			return false
		}
		code = "PRK"
		if w == "South" {
			code = "KOR"
		}
	case st.lang == "de" && (w == "Norden" || w == "Süden"):
		switch st.wordText(a.i - 1) {
		case "der", "den", "dem":
		default:
			return false
		}
		code = "PRK"
		if w == "Süden" {
			code = "KOR"
		}
	case st.lang == "de" && (w == "Nordens" || w == "Südens"):
		if st.wordText(a.i-1) != "des" {
			return false
		}
		code = "PRK"
		if w == "Südens" {
			code = "KOR"
		}
	default:
		return false
	}
	if st.hasName(a) {
		return false
	}
	if a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapSpace && st.words[a.j].upper {
		return false
	}
	if !st.koreaBefore() {
		return false
	}
	e, ok := st.kb.CountryIndex(code)
	if !ok {
		return false
	}
	sector := ""
	if st.actsAsState(a) {
		sector = "GOV"
	}
	start, end := int(st.words[a.i].start), int(st.words[a.i].end)
	st.addEntry(start, end, e, true, sector)
	return true
}

// koreaBefore reports whether a mention before names North or South Korea
// (by name, adjective or a place, person or body of either).
func (st *state) koreaBefore() bool {
	for i := range st.ments {
		if c := st.ments[i].country; c == "PRK" || c == "KOR" {
			return true
		}
	}
	return false
}
