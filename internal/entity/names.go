package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// name handles an atom that names entries of the knowledge base; rc is the
// role word before it, if any.
func (st *state) name(k int, rc roleCtx) int {
	a := &st.atoms[k]
	code := st.countryOf(a)
	if code == "" {
		code = st.capitalOf(a)
	}
	if st.hyphenAfter(a) {
		// compound head: "US-Präsident", "US-Regierung"; else a part
		// ("EU-Budget") that names nothing by itself
		if code != "" && st.adjacent(k, true) {
			nx := &st.atoms[k+1]
			if al, ok := nx.first(gazetteer.AliasRole); ok && !al.Role.Title && !st.hasName(nx) {
				return st.roleFrom(k, k+1, roleCtx{rw: al.Role, country: code, set: true, former: st.formerBefore(a.i)})
			}
			if al, ok := nx.first(gazetteer.AliasSector); ok && !st.hasName(nx) {
				st.nominalOrg(a, nx, code, al.Sector)
				return k + 2
			}
		}
		// "Berlin-Mitte", "Köln-Porz": a district of a known city
		if end := st.district(k); end > k {
			return end
		}
		return k + 1
	}
	if st.hyphenBefore(a) {
		return k + 1
	}
	if a.has(gazetteer.AliasNoun) && !st.placePrepBefore(a.i) && !rc.set {
		// "mit dem Zug", "zum Essen": a common noun that is also a place
		return k + 1
	}
	if end := st.familyFirst(k, rc); end > k {
		return end
	}
	e := st.link(a, rc)
	if e < 0 {
		if a.node != nil && (a.has(gazetteer.AliasFirstName) || a.has(gazetteer.AliasTitle)) {
			return st.unknown(k)
		}
		if !a.gen && st.personish(a) && st.nameLike(a, true) && st.saidNear(a) {
			// "Sanders says …" before any context: a person, whom
			// cataphora may link to a full name that follows
			st.addGuess(a.i, a.j, "PER")
		}
		return k + 1
	}
	ent := st.kb.Entry(e)
	if ent.Kind == gazetteer.KindMetonym && st.namedAfter(a) {
		// "Élysée Treaty": the seat names a treaty, not the government
		return k + 1
	}
	start, end := int(st.words[a.i].start), int(st.words[a.j-1].end)
	if a.j-a.i > 1 && st.words[a.j-1].end-st.words[a.j-1].start == 1 && end < len(st.text) && st.text[end] == '.' {
		end++ // U.S.
	}
	sector := ""
	if (ent.Kind == gazetteer.KindCountry || ent.Kind == gazetteer.KindCity && ent.Capital) && st.actsAsState(a) {
		sector = "GOV"
	}
	st.addEntry(start, end, e, false, sector)
	if ent.Type == "ORG" && a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapSpace && legalForms[st.wordText(a.j)] {
		// "Audi AG", "Google Inc.": the legal form belongs to the name
		m := &st.ments[len(st.ments)-1]
		m.end = int(st.words[a.j].end)
		if w := st.wordText(a.j); (w == "Inc" || w == "Ltd" || w == "Corp") && m.end < len(st.text) && st.text[m.end] == '.' {
			m.end++
		}
		if k+1 < len(st.atoms) && st.atoms[k+1].i == a.j {
			return k + 2
		}
		return k + 1
	}
	// "Nordkoreas Machthaber", "Russia's foreign minister"
	if code != "" {
		next := k + 1
		ok := a.gen && st.adjacent(k, false)
		if !ok && st.possessive(a) && next < len(st.atoms) && st.atoms[next].i == a.j+1 {
			ok = true
		}
		if ok && next < len(st.atoms) {
			nx := &st.atoms[next]
			if al, has := nx.first(gazetteer.AliasRole); has && !al.Role.Title && !st.hasName(nx) {
				return st.roleFrom(next, next, roleCtx{rw: al.Role, country: code, set: true})
			}
			if al, has := nx.first(gazetteer.AliasSector); has && !st.hasName(nx) {
				st.ments = append(st.ments, mention{start: int(st.words[nx.i].start), end: int(st.words[nx.j-1].end), typ: "ORG",
					ref: "chronik:actor/" + code + "/" + al.Sector, name: sectorName(code, al.Sector), country: code, sector: al.Sector, nominal: true, entry: -1})
				return next + 1
			}
		}
	}
	return k + 1
}

// district reads a city of the knowledge base joined by a hyphen to a
// capitalised word that is no noun ("Berlin-Mitte", "Hamburg-Altona").
func (st *state) district(k int) int {
	a := &st.atoms[k]
	if st.lang != "de" || !st.adjacent(k, true) || st.cityEntry(a) < 0 {
		return k
	}
	nx := &st.atoms[k+1]
	if nx.j != nx.i+1 || !st.words[nx.i].upper || nx.node != nil && (nx.has(gazetteer.AliasNoun) || nx.has(gazetteer.AliasRole) || nx.has(gazetteer.AliasSector)) {
		return k
	}
	if nx.j < len(st.words) && st.words[nx.i].gap == gazetteer.GapHyphen || st.germanNoun(st.wordText(nx.i)) || nounShaped(st.wordText(nx.i)) {
		return k
	}
	e := st.cityEntry(a)
	st.addEntry(int(st.words[a.i].start), int(st.words[nx.i].end), e, false, "")
	m := &st.ments[len(st.ments)-1]
	m.name = st.text[m.start:m.end]
	return k + 2
}

// cityEntry returns the city of the knowledge base an atom names, or -1.
func (st *state) cityEntry(a *atom) int32 {
	var e int32 = -1
	a.each(func(al gazetteer.Alias) {
		if e < 0 && al.Kind == gazetteer.AliasName && al.Entry >= 0 && st.kb.Entry(al.Entry).Kind == gazetteer.KindCity {
			e = al.Entry
		}
	})
	return e
}

// placePrepBefore reports whether word i follows a preposition of place
// ("in Essen", "nach Zug").
func (st *state) placePrepBefore(i int) bool {
	if i == 0 || st.words[i-1].gap != gazetteer.GapSpace {
		return false
	}
	switch st.wordText(i - 1) {
	case "in", "nach", "aus", "bei", "von", "vor", "über", "ab", "bis", "im", "zwischen", "to", "from", "at", "near":
		return true
	}
	return false
}

// capitalOf returns the country of a capital city the atom names.
func (st *state) capitalOf(a *atom) string {
	c := ""
	a.each(func(al gazetteer.Alias) {
		if c == "" && al.Kind == gazetteer.AliasName && al.Entry >= 0 {
			if e := st.kb.Entry(al.Entry); e.Kind == gazetteer.KindCity && e.Capital {
				c = e.Country
			}
		}
	})
	return c
}

// possessive reports whether an English 's follows the atom.
func (st *state) possessive(a *atom) bool {
	end := int(st.words[a.j-1].end)
	rest := st.text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// actsAsState reports whether a country or capital is the subject of a verb
// of saying or acting ("Pjöngjang verkündete", "verkündete Pjöngjang"), or
// a German genitive before a noun ("Pekings Reaktion").
func (st *state) actsAsState(a *atom) bool {
	if a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapSpace && st.isVerb(a.j) {
		return true
	}
	if a.i > 0 && st.words[a.i-1].gap == gazetteer.GapSpace && st.isVerb(a.i-1) && !st.words[a.i-1].upper {
		return true
	}
	if st.possessive(a) {
		return true
	}
	return a.gen && st.capitalOf(a) != "" && a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapSpace && st.words[a.j].upper
}

func (st *state) isVerb(i int) bool {
	n := st.next(st.kb.Root(), st.wordText(i))
	for _, al := range n.Aliases() {
		if al.Kind == gazetteer.AliasVerb && (al.Lang == "" || al.Lang == st.lang) {
			return true
		}
	}
	return false
}

// addEntry adds a mention of knowledge-base entry e.
func (st *state) addEntry(start, end int, e int32, nominal bool, sector string) {
	ent := st.kb.Entry(e)
	m := mention{start: start, end: end, typ: ent.Type, ref: ent.Ref, name: ent.Name, country: ent.Country,
		sector: ent.Sector, nominal: nominal, entry: e}
	if sector != "" {
		m.sector = sector
		if m.typ == "LOC" {
			m.typ = "GPE"
		}
	}
	if ent.Kind == gazetteer.KindPerson && (m.sector == "GOV" || m.sector == "MIL") {
		m.sector = st.officeSector(ent, m.sector)
	}
	st.seen[e] = len(st.ments) + 1
	st.ments = append(st.ments, m)
}

// unknown handles a capitalised word the knowledge base does not know, a
// first name or a title.
func (st *state) unknown(k int) int {
	a := &st.atoms[k]
	if a.node != nil && a.has(gazetteer.AliasTitle) && !a.has(gazetteer.AliasFirstName) {
		if st.adjacent(k, false) || k+1 < len(st.atoms) && st.atoms[k+1].i == a.j && st.words[a.j-1].gap == gazetteer.GapDot {
			if end := st.unknownPerson(k+1, roleCtx{}); end > k+1 {
				return end
			}
		}
		return k + 1
	}
	if end := st.unknownPerson(k, roleCtx{}); end > k {
		return end
	}
	// "Bundestrainer Löw", "Vereinssprecher Kuhn": a compound whose last
	// part is a title introduces a name like the title alone
	if a.node == nil && st.titleCompound(a) && st.adjacent(k, false) {
		if end := st.unknownPerson(k+1, roleCtx{set: true}); end > k+1 {
			return end
		}
	}
	if a.node == nil {
		// a surname met before: "Meier" after "Hans Meier"
		w := st.wordText(a.i)
		st.fold = gazetteer.Fold(st.fold[:0], w)
		if mi, ok := st.last[string(st.fold)]; ok && a.j == a.i+1 {
			m := st.ments[mi]
			m.start, m.end = int(st.words[a.i].start), int(st.words[a.i].end)
			st.ments = append(st.ments, m)
			return k + 1
		}
		if end := st.guess(k); end > k {
			return end
		}
	}
	return k + 1
}

// unknownPerson reads a person's name the knowledge base lacks, starting at
// atom k: a first name followed by surnames ("Hans-Peter Meier", "Ludwig van
// Beethoven"), or after a role or title any capitalised non-noun words
// ("Außenministerin Baerbock"). It returns the atom after the name, or k
// when there is none.
func (st *state) unknownPerson(k int, rc roleCtx) int {
	as := st.atoms
	if k >= len(as) {
		return k
	}
	first := &as[k]
	isFirst := first.node != nil && first.has(gazetteer.AliasFirstName)
	// a title counts only right before the name: "Dr. Meier", "Trainer Finke",
	// not "Trainer beim Traditionsverein"
	titled := rc.set || k > 0 && as[k-1].has(gazetteer.AliasTitle) &&
		(st.adjacent(k-1, false) || st.dotBetween(&as[k-1], first))
	if !isFirst && (!titled || !st.nameLike(first, true)) {
		return k
	}
	end := k + 1
	for end < len(as) {
		prev := &as[end-1]
		nx := &as[end]
		g := st.words[prev.j-1].gap
		if g != gazetteer.GapSpace && g != gazetteer.GapHyphen {
			break
		}
		gapWords := nx.i - prev.j
		if gapWords > 2 {
			break
		}
		okParticles := true
		for w := prev.j; w < nx.i; w++ {
			if !isParticle(st.wordText(w)) || st.words[w].gap != gazetteer.GapSpace {
				okParticles = false
			}
		}
		if !okParticles {
			break
		}
		afterFirst := prev.node != nil && prev.has(gazetteer.AliasFirstName)
		// "Anna Berghofs Modelsuche": a noun after the surname ends the name
		if !afterFirst && st.lang == "de" && nx.j == nx.i+1 && st.germanNoun(st.wordText(nx.i)) {
			break
		}
		if !(nx.node != nil && nx.has(gazetteer.AliasFirstName)) && !st.nameLike(nx, true) && !(afterFirst && st.surnameLike(nx)) && !(st.hasName(nx) && st.personish(nx)) {
			break
		}
		end++
	}
	start, stop := int(st.words[first.i].start), int(st.words[as[end-1].j-1].end)
	// "Claudia B.": a first name and the initial of a withheld surname
	initial := false
	if isFirst && end == k+1 {
		stop, initial = st.surnameInitial(as[end-1].j, stop)
		if !initial && !st.loneFirstName(first) {
			return k
		}
	}
	name := st.text[start:stop]
	m := mention{start: start, end: stop, typ: "PER", ref: "chronik:per/" + slug(name), name: name, entry: -1}
	if rc.set && rc.rw != nil {
		m.country = rc.country
		if m.country == "" {
			m.country = rc.rw.Country
		}
		m.sector = rc.rw.Sector
	}
	st.ments = append(st.ments, m)
	last := st.wordText(as[end-1].j - 1)
	st.last[st.foldedKey(last)] = len(st.ments) - 1
	return end
}

// loneFirstName reports whether a first name without a surname names a
// person ("sagte Jan", "mit Judith"): inside a sentence, not a noun, not
// the first part of a hyphenated compound, and not before a capitalised word.
func (st *state) loneFirstName(a *atom) bool {
	if st.lang != "de" || a.j != a.i+1 || st.words[a.i].sent || a.has(gazetteer.AliasNoun) || a.has(gazetteer.AliasTitle) || st.hasName(a) {
		return false
	}
	if a.j < len(st.words) && (st.words[a.i].gap == gazetteer.GapHyphen || st.words[a.i].gap == gazetteer.GapSpace && st.words[a.j].upper) {
		return false
	}
	return a.i == 0 || st.words[a.i-1].gap != gazetteer.GapHyphen
}

// nameLike reports whether an atom can be (part of) an unknown name: a
// capitalised word that is not a known noun, not sentence-initial unless
// context (a title or role before it) says it is a name, and not shaped like
// a German common noun.
func (st *state) nameLike(a *atom, context bool) bool {
	if a.j != a.i+1 {
		return false
	}
	w := st.words[a.i]
	if !w.upper || w.digit {
		return false
	}
	if a.node != nil {
		if a.has(gazetteer.AliasNoun) || a.has(gazetteer.AliasRole) || a.has(gazetteer.AliasSector) || a.has(gazetteer.AliasAdjective) || a.has(gazetteer.AliasTitle) {
			return false
		}
		if st.hasName(a) && !st.personish(a) {
			return false
		}
	}
	if w.sent && !context {
		return false
	}
	s := st.wordText(a.i)
	if st.lang == "de" && nounShaped(s) {
		return false
	}
	return utf8.RuneCountInString(s) > 1
}

// surnameLike reports whether an atom right after a first name can be a
// surname: a capitalised word that is no known noun or role and does not
// end like an abstract noun. Surnames often end like concrete nouns
// ("Ellerbrecht", "Kaltenmarkt"), so the weaker noun endings are allowed.
func (st *state) surnameLike(a *atom) bool {
	if a.j != a.i+1 {
		return false
	}
	w := st.words[a.i]
	if !w.upper || w.digit {
		return false
	}
	// a noun may be a surname ("Thomas Richter", "Anna Vogel")
	if a.node != nil && (a.has(gazetteer.AliasRole) || a.has(gazetteer.AliasSector) || a.has(gazetteer.AliasAdjective) || a.has(gazetteer.AliasTitle)) {
		return false
	}
	s := st.wordText(a.i)
	if st.lang == "de" && abstractNoun(s) {
		return false
	}
	return utf8.RuneCountInString(s) > 1
}

var abstractSuffixes = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
	"ismus", "ität", "täten", "nisse", "ierung", "politik", "minister", "ministerin", "präsident", "sprecher", "partei",
	"verband", "gruppe", "krieg", "wahl", "wahlen", "jahr", "jahre", "jahren"}

// abstractNoun reports whether a capitalised German word ends like an
// abstract or institutional noun (Regierung, Freiheit, Parteichef).
func abstractNoun(s string) bool {
	return endsWithOneOf(s, abstractSuffixes)
}

var nounSuffixes = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
	"sion", "ismus", "ität", "täten", "nis", "nisse", "tum", "ment", "chen", "lein", "ierung", "ik", "iker",
	"ei", "eien", "haus", "land", "amt", "werk", "zeit", "platz", "recht", "gesetz", "markt", "preis", "politik",
	"minister", "ministerin", "präsident", "sprecher", "chef", "leiter", "partei", "verband", "gruppe", "krieg",
	"stadt", "dorf", "straße", "kraft", "kräfte", "wahl", "wahlen", "jahr", "jahre", "jahren", "tag", "tage", "tagen"}

// nounShaped reports whether a capitalised German word ends like a common
// noun (Regierung, Freiheit, Bürgerschaft).
func nounShaped(s string) bool {
	return endsWithOneOf(s, nounSuffixes)
}

// endsWithOneOf reports whether the lowercased word ends with one of the
// suffixes and has at least three letters before it.
func endsWithOneOf(s string, suffixes []string) bool {
	l := strings.ToLower(s)
	for _, suf := range suffixes {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "zu", "da", "di", "du", "del", "della", "dos", "das", "al", "el", "bin", "ben", "ibn", "le", "la", "ter", "ten", "vom", "y":
		return true
	}
	return false
}

// slug makes a stable id fragment from a name.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		case r > 127 && (r >= 'À' && r <= 'ž'):
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.Trim(b.String(), "-")
}

// officeSector returns the sector of the offices a person holds at the DCT:
// MIL for a defence minister who holds no other office, GOV for any other
// office, else def. A minister of defence who becomes Commission president
// is GOV from then on.
func (st *state) officeSector(e *gazetteer.Entry, def string) string {
	if st.dct.IsZero() {
		return def
	}
	mil := false
	for _, r := range e.Roles {
		if !r.Active(st.dct) {
			continue
		}
		if !strings.HasPrefix(r.Key, "defence_minister:") {
			return "GOV"
		}
		mil = true
	}
	if mil {
		return "MIL"
	}
	return def
}

// dotBetween reports whether only an abbreviation's dot separates atom a
// from atom b ("Dr. Meier", tokenised "Dr . Meier").
func (st *state) dotBetween(a, b *atom) bool {
	if a.j != b.i {
		return b.i == a.j+1 && st.wordText(a.j) == "."
	}
	between := st.text[st.words[a.j-1].end:st.words[b.i].start]
	return st.words[a.j-1].gap == gazetteer.GapDot || strings.TrimSpace(between) == "."
}

// surnameInitial reports whether word w, right after a first name that ends
// at byte stop, is the initial of a surname with its dot ("Claudia B.",
// tokenised "B ." too), and returns the end of the dot.
func (st *state) surnameInitial(w, stop int) (int, bool) {
	if st.lang != "de" || w >= len(st.words) || st.words[w-1].gap != gazetteer.GapSpace {
		return stop, false
	}
	l := st.wordText(w)
	if utf8.RuneCountInString(l) != 1 || !st.words[w].upper {
		return stop, false
	}
	rest := st.text[st.words[w].end:]
	dot := strings.IndexByte(rest, '.')
	if dot < 0 || strings.TrimSpace(rest[:dot]) != "" {
		return stop, false
	}
	return int(st.words[w].end) + dot + 1, true
}

// familyFirst reads the full name of a person the knowledge base lacks
// that starts with a family name it knows only as a short form, in the
// order family name, given names: "Kim Hyok Chol", "Cho Myoung-gyon". The
// short form ("~Kim") names someone else, and so does a given name that is
// the surname short form of another entry ("Chol" of "No Kwang Chol").
// It returns the atom after the name, or k when there is none.
func (st *state) familyFirst(k int, rc roleCtx) int {
	as := st.atoms
	a := &as[k]
	// cheap tests first: most names have no capitalised syllable after them
	if a.gen || a.j != a.i+1 || !st.adjacent(k, false) || !st.words[a.j].upper || !st.syllable(a.j) ||
		a.has(gazetteer.AliasName) || !st.familyShort(a) {
		return k
	}
	end, stop, hyphened, family := k, 0, false, false
	for end+1 < len(as) && end-k < 2 && st.adjacent(end, false) {
		nx := &as[end+1]
		ok, fam := st.givenPart(nx)
		if !ok {
			break
		}
		end++
		stop, family = int(st.words[nx.i].end), fam
		// "Hyok-chol": a lowercase syllable after a hyphen
		if w := nx.j; w < len(st.words) && st.words[w-1].gap == gazetteer.GapHyphen && !st.words[w].upper && !st.words[w].digit && st.syllable(w) {
			stop, hyphened = int(st.words[w].end), true
			break
		}
	}
	if family && !hyphened {
		// "hatte Kim Xi besucht": a family name last is another person
		end--
		stop = int(st.words[as[end].i].end)
	}
	if end == k {
		return k
	}
	if !rc.set && !hyphened && st.link(a, rc) < 0 {
		// "the border station of Dong Dang": the family name alone
		// would name no one here, nor does anything else make the words
		// a person's name.
		return k
	}
	start := int(st.words[a.i].start)
	name := st.text[start:stop]
	m := mention{start: start, end: stop, typ: "PER", ref: "chronik:per/" + slug(name), name: name, entry: -1}
	if rc.set && rc.rw != nil && !rc.former {
		m.country = rc.country
		if m.country == "" {
			m.country = rc.rw.Country
		}
		m.sector = rc.rw.Sector
	}
	st.ments = append(st.ments, m)
	return end + 1
}

// familyShort reports whether an atom is the short form of a person whose
// name begins with it ("~Kim" of "Kim Jong Un"): a family name written
// first.
func (st *state) familyShort(a *atom) bool {
	w := st.wordText(a.i)
	ok := false
	a.each(func(al gazetteer.Alias) {
		if ok || al.Kind != gazetteer.AliasShort || al.Entry < 0 {
			return
		}
		e := st.kb.Entry(al.Entry)
		if e.Kind != gazetteer.KindPerson {
			return
		}
		n := e.Name
		ok = len(n) > len(w) && strings.HasPrefix(n, w) && (n[len(w)] == ' ' || n[len(w)] == '-')
	})
	return ok
}

// givenPart reports whether an atom can be a given name after a family
// name: one short capitalised word of letters that the knowledge base
// does not know, or knows only as a short form ("Chol" of "No Kwang
// Chol"), or as a noun ("Song"), and that is no role. family tells that
// the word is itself a family name ("Chang", "Xi") or a noun, which counts
// only as a given name's first syllable ("Kim Chang Son", "Kim Song Nam",
// not "Kim Xi").
func (st *state) givenPart(a *atom) (ok, family bool) {
	if a.j != a.i+1 || !st.words[a.i].upper || !st.syllable(a.i) {
		return false, false
	}
	if a.node == nil {
		return st.nameLike(a, true) && !(st.lang == "de" && st.germanNoun(st.wordText(a.i))), false
	}
	only := true
	a.each(func(al gazetteer.Alias) {
		if al.Kind != gazetteer.AliasShort && al.Kind != gazetteer.AliasNoun {
			only = false
		}
	})
	if !only || a.has(gazetteer.AliasRole) {
		return false, false
	}
	// a syllable that is also a noun ("Kim Song Nam") is a given name
	// only where another follows, as a family name is
	return true, st.familyShort(a) || a.has(gazetteer.AliasNoun)
}

// syllable reports whether word i is a romanised Korean syllable or
// similar: two to six ASCII letters.
func (st *state) syllable(i int) bool {
	w := st.wordText(i)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// agreementHeads are capitalised nouns that, right after a place, make it part
// of the name of an agreement: "Élysée Treaty", "Kreml-Abkommen".
var agreementHeads = map[string]bool{"Treaty": true, "Treaties": true, "Accord": true, "Accords": true, "Agreement": true,
	"Declaration": true, "Pact": true, "Protocol": true, "Vertrag": true, "Vertrags": true, "Vertrages": true,
	"Verträge": true, "Abkommen": true, "Abkommens": true, "Erklärung": true, "Pakt": true, "Pakts": true,
	"Paktes": true, "Protokoll": true, "Protokolls": true}

// namedAfter reports whether a name head follows the atom after a space or
// a hyphen: the atom is then part of another name.
func (st *state) namedAfter(a *atom) bool {
	if a.j >= len(st.words) {
		return false
	}
	g := st.words[a.j-1].gap
	return (g == gazetteer.GapSpace || g == gazetteer.GapHyphen) && agreementHeads[st.wordText(a.j)]
}
