package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:embed kb
var files embed.FS

// Default returns the knowledge base built from the embedded files, parsed
// once on first use and shared. Callers must not extend it; use [Load] for
// a private copy.
var Default = sync.OnceValues(Load)

// Load builds a new knowledge base from the embedded files.
func Load() (*KB, error) {
	kb := newKB()
	steps := []struct {
		file string
		load func(*KB, *table) error
		cols []string
	}{
		{"kb/countries.tsv", loadCountries, []string{"a3", "de", "en"}},
		{"kb/orgs.tsv", loadOrgs, []string{"code", "type", "de"}},
		{"kb/metonyms.tsv", loadMetonyms, []string{"code", "sector", "type", "name"}},
		{"kb/regions.tsv", loadRegions, []string{"de"}},
		{"kb/cities.tsv", loadCities, []string{"cc", "de", "lat", "lon"}},
		{"kb/people.tsv", loadPeople, []string{"ref", "cc", "name"}},
		{"kb/roles.tsv", loadRoles, []string{"ref", "role", "from"}},
		{"kb/de/roles.tsv", loadRoleWords("de"), []string{"word", "role"}},
		{"kb/en/roles.tsv", loadRoleWords("en"), []string{"word", "role"}},
		{"kb/de/sectors.tsv", loadSectorWords("de"), []string{"word", "sector"}},
		{"kb/en/sectors.tsv", loadSectorWords("en"), []string{"word", "sector"}},
	}
	for _, s := range steps {
		data, err := files.ReadFile(s.file)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", s.file, err)
		}
		t, err := readTable(s.file, bytes.NewReader(data), "\t", s.cols...)
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		if err := s.load(kb, t); err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		kb.Files = append(kb.Files, s.file)
	}
	lists := []struct {
		file string
		kind AliasKind
		lang string
	}{
		{"kb/firstnames.txt", AliasFirstName, ""},
		{"kb/de/titles.txt", AliasTitle, "de"},
		{"kb/en/titles.txt", AliasTitle, "en"},
		{"kb/de/nouns.txt", AliasNoun, "de"},
		{"kb/en/nouns.txt", AliasNoun, "en"},
		{"kb/de/verbs.txt", AliasVerb, "de"},
		{"kb/en/verbs.txt", AliasVerb, "en"},
		{"kb/de/capital.txt", AliasCapital, "de"},
		{"kb/en/capital.txt", AliasCapital, "en"},
	}
	for _, l := range lists {
		data, err := files.ReadFile(l.file)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", l.file, err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				kb.addName(w, l.kind, l.lang, -1)
			}
		}
		kb.Files = append(kb.Files, l.file)
	}
	kb.linkCapitals()
	return kb, nil
}

// EmbeddedFiles lists the embedded knowledge-base files.
func EmbeddedFiles() ([]string, error) {
	var out []string
	err := fs.WalkDir(files, "kb", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// ReadEmbedded returns the content of an embedded knowledge-base file.
func ReadEmbedded(name string) ([]byte, error) { return files.ReadFile(name) }

func loadCountries(kb *KB, t *table) error {
	for i := range t.rows {
		from, to, err := t.period(i)
		if err != nil {
			return err
		}
		a3 := t.get(i, "a3")
		if len(a3) != 3 {
			return t.errorf(i, "alpha-3 code %q", a3)
		}
		ref := t.get(i, "ref")
		if ref == "" {
			ref = "iso:" + a3
		}
		e := Entry{Ref: ref, Name: t.get(i, "de"), NameEN: t.get(i, "en"), Kind: KindCountry, Type: "GPE",
			Country: a3, From: from, To: to, Source: t.file}
		if a2 := t.get(i, "a2"); a2 != "" {
			kb.a2[a2] = a3
		}
		capName := t.get(i, "capital")
		idx := kb.add(e)
		if capName != "" {
			kb.capitals = append(kb.capitals, capitalRef{a3, capName})
		}
		kb.addBilingual(idx, e.Name, e.NameEN, t.get(i, "aliases"))
		for _, stem := range splitList(t.get(i, "adj_de")) {
			for _, f := range germanAdjectiveForms(stem) {
				kb.addName(f, AliasAdjective, "de", idx)
			}
		}
		for _, adj := range splitList(t.get(i, "adj_en")) {
			kb.addName(adj, AliasAdjective, "en", idx)
			for _, d := range englishDemonyms(adj) {
				kb.addName(d, AliasDemonym, "en", idx)
			}
		}
		for _, d := range splitList(t.get(i, "dem_de")) {
			for _, f := range germanNounForms(d) {
				kb.addName(f, AliasDemonym, "de", idx)
			}
		}
	}
	return nil
}

// addBilingual indexes a German and an English name, each for its own
// language when they differ, and aliases for any language ("name@de"
// restricts one).
func (kb *KB) addBilingual(idx int32, de, en, aliases string) {
	if de == en || en == "" {
		kb.addName(de, AliasName, "", idx)
	} else {
		kb.addName(de, AliasName, "de", idx)
		kb.addName(en, AliasName, "en", idx)
	}
	kb.addAliases(idx, aliases)
}

// addAliases indexes a |-separated list of names; "name@de" restricts a
// name to one language.
func (kb *KB) addAliases(idx int32, aliases string) {
	for _, a := range splitList(aliases) {
		lang := ""
		if k := strings.LastIndexByte(a, '@'); k > 0 && len(a)-k == 3 {
			a, lang = a[:k], a[k+1:]
		}
		kb.addName(a, AliasName, lang, idx)
	}
}

func loadOrgs(kb *KB, t *table) error {
	for i := range t.rows {
		from, to, err := t.period(i)
		if err != nil {
			return err
		}
		typ := t.get(i, "type")
		if !validType(typ) {
			return t.errorf(i, "type %q (want PER, LOC, ORG or GPE)", typ)
		}
		e := Entry{Ref: t.get(i, "ref"), Name: t.get(i, "de"), NameEN: t.get(i, "en"), Kind: KindOrg, Type: typ,
			Country: t.get(i, "code"), Sector: t.get(i, "sector"), From: from, To: to, Source: t.file}
		if e.NameEN == "" {
			e.NameEN = e.Name
		}
		if e.Ref == "" {
			e.Ref = "chronik:org/" + slug(e.Country+"/"+e.NameEN)
		}
		kb.addPlace(e, t.get(i, "aliases"))
	}
	return nil
}

// addPlace adds an organisation, region or city under its German and
// English names, its aliases and the German case forms of those names
// ("der Deutschen Presse-Agentur", "des Europäischen Parlaments").
func (kb *KB) addPlace(e Entry, aliases string) {
	idx := kb.add(e)
	kb.addName(e.Name, AliasName, "", idx)
	kb.addName(e.NameEN, AliasName, "", idx)
	kb.addAliases(idx, aliases)
	for _, n := range append([]string{e.Name}, splitList(aliases)...) {
		if strings.Contains(n, "@") {
			continue
		}
		for _, f := range germanNameForms(n) {
			kb.addName(f, AliasName, "de", idx)
		}
	}
}

func loadMetonyms(kb *KB, t *table) error {
	for i := range t.rows {
		typ := t.get(i, "type")
		if !validType(typ) {
			return t.errorf(i, "type %q", typ)
		}
		e := Entry{Ref: t.get(i, "ref"), Name: t.get(i, "name"), Kind: KindMetonym, Type: typ,
			Country: t.get(i, "code"), Sector: t.get(i, "sector"), Source: t.file}
		e.NameEN = e.Name
		if e.Ref == "" {
			e.Ref = "chronik:seat/" + slug(e.Name)
		}
		idx := kb.add(e)
		kb.addName(e.Name, AliasName, "", idx)
		kb.addAliases(idx, t.get(i, "aliases"))
	}
	return nil
}

func loadRegions(kb *KB, t *table) error {
	for i := range t.rows {
		lat, lon, err := coords(t, i)
		if err != nil {
			return err
		}
		e := Entry{Ref: t.get(i, "ref"), Name: t.get(i, "de"), NameEN: t.get(i, "en"), Kind: KindRegion, Type: "LOC",
			Country: t.get(i, "cc"), Lat: lat, Lon: lon, Source: t.file}
		if e.NameEN == "" {
			e.NameEN = e.Name
		}
		if e.Ref == "" {
			e.Ref = "chronik:region/" + slug(e.NameEN)
		}
		kb.addPlace(e, t.get(i, "aliases"))
	}
	return nil
}

func coords(t *table, i int) (lat, lon float64, err error) {
	if s := t.get(i, "lat"); s != "" {
		if lat, err = strconv.ParseFloat(s, 64); err != nil || lat < -90 || lat > 90 {
			return 0, 0, t.errorf(i, "latitude %q", s)
		}
	}
	if s := t.get(i, "lon"); s != "" {
		if lon, err = strconv.ParseFloat(s, 64); err != nil || lon < -180 || lon > 180 {
			return 0, 0, t.errorf(i, "longitude %q", s)
		}
	}
	return lat, lon, nil
}

func loadCities(kb *KB, t *table) error {
	for i := range t.rows {
		lat, lon, err := coords(t, i)
		if err != nil {
			return err
		}
		pop := 0
		if s := t.get(i, "pop_k"); s != "" {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return t.errorf(i, "population %q", s)
			}
			pop = int(f * 1000)
		}
		e := Entry{Ref: t.get(i, "ref"), Name: t.get(i, "de"), NameEN: t.get(i, "en"), Kind: KindCity, Type: "LOC",
			Country: t.get(i, "cc"), Lat: lat, Lon: lon, Population: pop, Source: t.file}
		if e.NameEN == "" {
			e.NameEN = e.Name
		}
		if len(e.Country) != 3 {
			return t.errorf(i, "country %q", e.Country)
		}
		if e.Ref == "" {
			e.Ref = "chronik:city/" + e.Country + "/" + slug(e.NameEN)
		}
		kb.addPlace(e, t.get(i, "aliases"))
	}
	return nil
}

func loadPeople(kb *KB, t *table) error {
	for i := range t.rows {
		e := Entry{Ref: t.get(i, "ref"), Name: t.get(i, "name"), Kind: KindPerson, Type: "PER",
			Country: t.get(i, "cc"), Sector: t.get(i, "sector"), Source: t.file}
		if _, dup := kb.byRef[e.Ref]; dup {
			return t.errorf(i, "duplicate ref %s", e.Ref)
		}
		if e.Sector == "" {
			e.Sector = "GOV"
		}
		idx := kb.add(e)
		kb.addName(e.Name, AliasName, "", idx)
		for _, a := range splitList(t.get(i, "aliases")) {
			kind := AliasName
			if strings.HasPrefix(a, "~") {
				kind, a = AliasShort, a[1:]
			}
			kb.addName(a, kind, "", idx)
			// the English name is the first ASCII full form: a surname
			// alone (Merkel) is no name for Angela Merkel
			if kind == AliasName && kb.Entries[idx].NameEN == "" && isASCII(a) && wordCount(a) >= min(2, wordCount(e.Name)) {
				kb.Entries[idx].NameEN = a
			}
		}
		if kb.Entries[idx].NameEN == "" {
			kb.Entries[idx].NameEN = e.Name
		}
		// the last word of the canonical name is a short form (Merkel,
		// Lawrow) unless the file says otherwise with explicit ~forms.
		if !strings.Contains(t.get(i, "aliases"), "~") {
			if ws, _ := Words(e.Name); len(ws) > 1 {
				kb.addName(ws[len(ws)-1], AliasShort, "", idx)
			}
		}
	}
	return nil
}

func loadRoles(kb *KB, t *table) error {
	for i := range t.rows {
		ref := t.get(i, "ref")
		idx, ok := kb.byRef[ref]
		if !ok {
			return t.errorf(i, "unknown person %s", ref)
		}
		from, to, err := t.period(i)
		if err != nil {
			return err
		}
		key := t.get(i, "role")
		if !strings.Contains(key, ":") {
			return t.errorf(i, "role %q lacks its country (role:CODE)", key)
		}
		if !to.IsZero() && to.Before(from) {
			return t.errorf(i, "role ends before it starts")
		}
		kb.Entries[idx].Roles = append(kb.Entries[idx].Roles, Role{Key: key, From: from, To: to})
		kb.holders[key] = append(kb.holders[key], idx)
	}
	return nil
}

func loadRoleWords(lang string) func(*KB, *table) error {
	return func(kb *KB, t *table) error {
		for i := range t.rows {
			rw := &RoleWord{Role: t.get(i, "role"), Country: t.get(i, "country"), Sector: t.get(i, "sector"), Title: t.get(i, "role") == "title"}
			if rw.Sector == "" {
				rw.Sector = "GOV"
			}
			word := t.get(i, "word")
			forms := []string{word}
			if t.get(i, "inflect") != "no" {
				if lang == "de" {
					forms = germanNounForms(word)
				} else {
					forms = englishNounForms(word)
				}
			}
			for n, f := range forms {
				words, gaps := Words(f)
				a := Alias{Kind: AliasRole, Lang: lang, Entry: -1, Role: rw}
				if lang == "en" && n > 0 {
					// englishNounForms gives the singular, then the plural
					pl := *rw
					pl.Plural = true
					a.Role = &pl
				}
				kb.root.insert(words, gaps, a)
			}
		}
		return nil
	}
}

func loadSectorWords(lang string) func(*KB, *table) error {
	return func(kb *KB, t *table) error {
		for i := range t.rows {
			for _, f := range splitList(t.get(i, "word")) {
				words, gaps := Words(f)
				kb.root.insert(words, gaps, Alias{Kind: AliasSector, Lang: lang, Entry: -1, Sector: t.get(i, "sector")})
			}
		}
		return nil
	}
}

type capitalRef struct{ country, name string }

// linkCapitals marks the capital cities named in countries.tsv.
func (kb *KB) linkCapitals() {
	for _, c := range kb.capitals {
		n := kb.walk(c.name)
		for _, a := range n.Aliases() {
			if a.Entry >= 0 && a.Kind == AliasName {
				e := &kb.Entries[a.Entry]
				if e.Kind == KindCity && e.Country == c.country {
					e.Capital = true
					if _, ok := kb.capital[c.country]; !ok {
						kb.capital[c.country] = a.Entry
					}
				}
			}
		}
	}
	kb.capitals = nil
}

// walk follows the words of name through the trie.
func (kb *KB) walk(name string) *Node {
	words, _ := Words(name)
	n := &kb.root
	for _, w := range words {
		n = n.Next(foldString(w))
		if n == nil {
			return nil
		}
	}
	return n
}

func validType(t string) bool { return t == "PER" || t == "LOC" || t == "ORG" || t == "GPE" }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// slug makes a stable id fragment: lowercase ASCII letters, digits and
// dashes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '/':
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
		case latinBase[r] != "":
			// Société Générale → societe-generale, Kraków → krakow
			b.WriteString(latinBase[r])
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

// latinBase spells lowercase Latin letters with diacritics (other than the
// German umlauts, which slug spells ae, oe, ue) by their base letters.
var latinBase = func() map[rune]string {
	m := map[rune]string{'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}
	for base, letters := range map[string]string{
		"a": "àáâãåāăą", "c": "çćĉċč", "e": "èéêëēĕėęě", "g": "ĝğġģ", "i": "ìíîïĩīĭį", "n": "ñńņňŉ",
		"o": "òóôõōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťț", "u": "ùúûũūŭůűų", "y": "ýÿŷ", "z": "źżž",
		"h": "ĥħ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "w": "ŵ", "d": "ď",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

func wordCount(s string) int {
	ws, _ := Words(s)
	return len(ws)
}
