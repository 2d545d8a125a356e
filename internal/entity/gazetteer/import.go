package gazetteer

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GeoNames formats accepted by [KB.ImportGeoNames].
const (
	// FormatGeoNamesCities is the geoname table (cities500/1000/5000/15000,
	// allCountries): 19 tab-separated columns.
	FormatGeoNamesCities = "cities"
	// FormatGeoNamesAlternateNames is the alternateNamesV2 table: id,
	// geonameid, isolanguage, name, isPreferred, isShort, isColloquial,
	// isHistoric, from, to.
	FormatGeoNamesAlternateNames = "alternatenames"
)

// ImportGeoNames extends the knowledge base from a GeoNames dump the user
// downloaded. Cities become LOC entries with ref "geonames:ID"; alternate
// names (German and English ones, and those without a language) add names
// to places imported before; a German one becomes the place's canonical
// name. It returns how many places or names it added (a city imported
// before is not added again). name is the file name used in errors. A
// malformed line rejects the whole file with its line number: nothing is
// added.
func (kb *KB) ImportGeoNames(r io.Reader, name, format string) (int, error) {
	switch format {
	case FormatGeoNamesCities:
		return kb.importCities(r, name)
	case FormatGeoNamesAlternateNames:
		return kb.importAlternateNames(r, name)
	}
	return 0, fmt.Errorf("import %s: unknown GeoNames format %q (want %q or %q)", name, format, FormatGeoNamesCities, FormatGeoNamesAlternateNames)
}

func scanLines(r io.Reader, f func(line int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := f(n, strings.Split(l, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (kb *KB) importCities(r io.Reader, file string) (int, error) {
	var staged []Entry
	var names [][]string
	err := scanLines(r, func(line int, f []string) error {
		if len(f) != 19 {
			return &ParseError{file, line, fmt.Errorf("%w: %d columns, want 19", ErrFormat, len(f))}
		}
		if _, err := strconv.Atoi(f[0]); err != nil {
			return &ParseError{file, line, fmt.Errorf("%w: geonameid %q", ErrFormat, f[0])}
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return &ParseError{file, line, fmt.Errorf("%w: coordinates %q %q", ErrFormat, f[4], f[5])}
		}
		pop, _ := strconv.Atoi(f[14])
		cc := f[8]
		a3, ok := kb.alpha3(cc)
		if !ok {
			return &ParseError{file, line, fmt.Errorf("%w: country code %q", ErrFormat, cc)}
		}
		if f[1] == "" {
			return &ParseError{file, line, fmt.Errorf("%w: empty name", ErrFormat)}
		}
		e := Entry{Ref: "geonames:" + f[0], Name: f[1], NameEN: f[1], Kind: KindCity, Type: "LOC", Country: a3,
			Lat: lat, Lon: lon, Population: pop, Capital: f[7] == "PPLC", Source: file}
		staged = append(staged, e)
		ns := []string{f[1]}
		if f[2] != "" && f[2] != f[1] {
			ns = append(ns, f[2])
		}
		names = append(names, ns)
		return nil
	})
	if err != nil {
		return 0, importError(file, err)
	}
	added := 0
	for i, e := range staged {
		if _, dup := kb.byRef[e.Ref]; dup {
			continue // imported before, or twice in the file
		}
		idx := kb.add(e)
		for _, n := range names[i] {
			kb.addName(n, AliasName, "", idx)
		}
		added++
	}
	kb.Files = append(kb.Files, file)
	return added, nil
}

// importError makes sure an import error names the file: a bad line's
// [ParseError] does; a read error gets the name added.
func importError(file string, err error) error {
	if _, ok := errors.AsType[*ParseError](err); ok {
		return fmt.Errorf("import: %w", err)
	}
	return fmt.Errorf("import %s: %w", file, err)
}

func (kb *KB) importAlternateNames(r io.Reader, file string) (int, error) {
	type alt struct {
		ref, name, lang string
		preferred       bool
	}
	var staged []alt
	err := scanLines(r, func(line int, f []string) error {
		if len(f) < 4 || len(f) > 10 {
			return &ParseError{file, line, fmt.Errorf("%w: %d columns, want 4 to 10", ErrFormat, len(f))}
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			return &ParseError{file, line, fmt.Errorf("%w: geonameid %q", ErrFormat, f[1])}
		}
		lang := f[2]
		if lang != "" && lang != "de" && lang != "en" {
			return nil // other languages, links, postal codes
		}
		if len(f) > 7 && f[7] == "1" {
			return nil // historic
		}
		if f[3] == "" {
			return &ParseError{file, line, fmt.Errorf("%w: empty name", ErrFormat)}
		}
		staged = append(staged, alt{"geonames:" + f[1], f[3], lang, len(f) > 4 && f[4] == "1"})
		return nil
	})
	if err != nil {
		return 0, importError(file, err)
	}
	n := 0
	// a German name becomes the canonical name of an imported place: the
	// preferred one, else the first
	const firstName, preferredName = 1, 2
	named := make(map[int32]int)
	for _, a := range staged {
		idx, ok := kb.byRef[a.ref]
		if !ok {
			continue
		}
		if a.lang == "de" && (named[idx] == 0 || a.preferred && named[idx] == firstName) {
			kb.Entries[idx].Name = a.name
			named[idx] = firstName
			if a.preferred {
				named[idx] = preferredName
			}
		}
		kb.addName(a.name, AliasName, "", idx)
		n++
	}
	kb.Files = append(kb.Files, file)
	return n, nil
}

// alpha3 maps an ISO alpha-2 code to alpha-3 through countries.tsv.
func (kb *KB) alpha3(a2 string) (string, bool) {
	if a3, ok := kb.a2[a2]; ok {
		return a3, true
	}
	return "", false
}

// AddActors loads a user's actor list, as analysts keep them: a CSV or TSV
// file (the header line decides: tabs or commas) with columns name (several
// names separated by "|"), ref, country, sector and optionally type (PER,
// ORG, GPE or LOC; default PER), from and to (YYYY[-MM[-DD]], the time the
// actor is valid). name is the file name used in errors. A malformed line
// rejects the whole file with its line number: nothing is added.
func (kb *KB) AddActors(r io.Reader, name string) (int, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, fmt.Errorf("add actors %s: %w", name, err)
	}
	sep := ","
	if first, _, _ := strings.Cut(string(head), "\n"); strings.Contains(first, "\t") {
		sep = "\t"
	}
	var t *table
	if sep == "\t" {
		t, err = readTable(name, br, "\t", "name", "ref", "country")
	} else {
		t, err = readCSV(name, br, "name", "ref", "country")
	}
	if err != nil {
		return 0, fmt.Errorf("add actors: %w", err)
	}
	var staged []Entry
	for i := range t.rows {
		typ := strings.ToUpper(t.get(i, "type"))
		if typ == "" {
			typ = "PER"
		}
		if !validType(typ) {
			return 0, fmt.Errorf("add actors: %w", t.errorf(i, "type %q (want PER, ORG, GPE or LOC)", typ))
		}
		from, err := t.date(i, "from")
		if err != nil {
			return 0, fmt.Errorf("add actors: %w", err)
		}
		to, err := t.date(i, "to")
		if err != nil {
			return 0, fmt.Errorf("add actors: %w", err)
		}
		if !to.IsZero() && to.Before(from) {
			return 0, fmt.Errorf("add actors: %w", t.errorf(i, "to before from"))
		}
		country := strings.ToUpper(t.get(i, "country"))
		if len(country) != 3 {
			return 0, fmt.Errorf("add actors: %w", t.errorf(i, "country %q (want an ISO alpha-3 or PLOVER code)", country))
		}
		names := splitList(t.get(i, "name"))
		if len(names) == 0 {
			return 0, fmt.Errorf("add actors: %w", t.errorf(i, "no name"))
		}
		kind := KindPerson
		if typ != "PER" {
			kind = KindOrg
		}
		e := Entry{Ref: t.get(i, "ref"), Name: names[0], NameEN: names[0], Kind: kind, Type: typ, Country: country,
			Sector: strings.ToUpper(t.get(i, "sector")), From: from, To: to, Names: nil, Source: name}
		staged = append(staged, e)
		staged[len(staged)-1].Names = names
	}
	for _, e := range staged {
		names := e.Names
		e.Names = nil
		idx := kb.add(e)
		for _, n := range names {
			kb.addName(n, AliasName, "", idx)
		}
	}
	kb.Files = append(kb.Files, name)
	return len(staged), nil
}

// readCSV reads a comma-separated file into a table.
func readCSV(file string, r io.Reader, required ...string) (*table, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	t := &table{file: file, col: make(map[string]int)}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &ParseError{file, pe.Line, fmt.Errorf("%w: %w", ErrFormat, pe.Err)}
			}
			return nil, &ParseError{file, 0, err}
		}
		line, _ := cr.FieldPos(0)
		if err := t.addRecord(file, line, rec, required); err != nil {
			return nil, err
		}
	}
	if t.header == nil {
		return nil, &ParseError{file, 1, fmt.Errorf("%w: no header line", ErrFormat)}
	}
	return t, nil
}
