package event

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// CodebookFiles lists the embedded codebook files, for tests and tools.
func CodebookFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(codebookFS, "codebook", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	return files, err
}

func parseBook(fsys fs.FS, lang string) (*book, error) {
	b := &book{
		lang:      lang,
		byExact:   map[string][]*pattern{},
		byPrefix3: map[string][]*pattern{},
		wordCues:  map[string]*wordCue{},
		cues:      map[string]*cueSet{},
	}
	for i, c := range cueCategories {
		b.cues[c] = &cueSet{single: map[string]bool{}}
		b.cueList[i] = b.cues[c]
	}
	dir := path.Join("codebook", lang)
	names, err := fs.Glob(fsys, dir+"/*.txt")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("codebook %s: no files", lang)
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := b.parseFile(name, data); err != nil {
			return nil, err
		}
	}
	// One lookup per token finds both its cues and its patterns.
	for w, ps := range b.byExact {
		wc := b.wordCues[w]
		if wc == nil {
			wc = &wordCue{}
			b.wordCues[w] = wc
		}
		wc.exact = ps
	}
	return b, nil
}

// parseFile reads one codebook file. A file opens with '#' header lines
// naming its source and licence. Trigger lines read
//
//	TYPE[ mode]<TAB>pattern[<TAB>flags]
//
// and cue lines (in cues.txt and roles.txt)
//
//	category<TAB>pattern
//
// A pattern is space-separated lowercase words; "a|b" are alternatives,
// a final '*' makes a prefix, " … " joins a verb to a separated particle
// that ends its clause, " ~ " joins words that co-occur in one clause.
func (b *book) parseFile(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	header := false
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.HasPrefix(line, "#") {
			if n <= 3 && strings.Contains(line, "written for chronik") {
				header = true
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		bad := func(msg string) error { return &CodebookError{File: name, Line: n, Msg: msg} }
		if !header {
			return bad(`file must open with a header naming its source ("written for chronik")`)
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			return bad("want 2 or 3 tab-separated columns")
		}
		head, pat := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
		if c, ok := b.cues[head]; ok {
			cat := slices.Index(cueCategories, head)
			for _, alt := range strings.Split(pat, "|") {
				elems, err := parseElems(strings.Fields(alt))
				if err != nil {
					return bad(err.Error())
				}
				c.add(elems)
				b.indexCue(cat, elems)
			}
			continue
		}
		typ, mode, _ := strings.Cut(head, " ")
		if typ != typeNone && !slices.Contains(eventTypes, typ) {
			return bad(fmt.Sprintf("unknown type or cue category %q", typ))
		}
		if mode != "" && !validMode(typ, mode) {
			return bad(fmt.Sprintf("mode %q is not a mode of %s", mode, typ))
		}
		proto := pattern{Type: typ, Mode: mode, prio: len(b.patterns), src: pat}
		if len(cols) == 3 {
			for _, f := range strings.Fields(cols[2]) {
				switch f {
				case "swap":
					proto.swap = true
				case "diplomatic":
					proto.diplomatic = true
				case "byforce":
					proto.byForce = true
				case "military":
					proto.military = true
				case "needsplace":
					proto.needsPlace = true
				case "needsparticipant":
					proto.needsParticipant = true
				case "topic":
					proto.topic = true
				default:
					return bad(fmt.Sprintf("unknown flag %q", f))
				}
			}
		}
		// A plain pattern lists whole phrases as alternatives; the sides
		// of a … or ~ pattern list single words.
		var variants [][]string
		switch {
		case strings.Contains(pat, "…"):
			proto.kind = kindSep
			variants = [][]string{splitTrim(pat, "…")}
		case strings.Contains(pat, "~"):
			proto.kind = kindCoOcc
			variants = [][]string{splitTrim(pat, "~")}
		default:
			for _, alt := range strings.Split(pat, "|") {
				variants = append(variants, strings.Fields(alt))
			}
		}
		for _, parts := range variants {
			if proto.kind != kindSeq && len(parts) != 2 {
				return bad("a … or ~ pattern joins exactly two words")
			}
			elems, err := parseElems(parts)
			if err != nil {
				return bad(err.Error())
			}
			p := proto
			p.elems = elems
			b.patterns = append(b.patterns, &p)
			if p.kind == kindCoOcc {
				b.index(&p, 1) // the second word is the trigger, and rarer
			} else {
				b.index(&p, 0)
			}
		}
	}
	return sc.Err()
}

func (b *book) index(p *pattern, i int) {
	for _, w := range p.elems[i].exact {
		b.byExact[w] = append(b.byExact[w], p)
	}
	for _, w := range p.elems[i].prefixes {
		b.byPrefix3[w[:3]] = append(b.byPrefix3[w[:3]], p)
	}
}

func splitTrim(s, sep string) []string {
	parts := strings.Split(s, sep)
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func parseElems(words []string) ([]elem, error) {
	if len(words) == 0 {
		return nil, errors.New("empty pattern")
	}
	elems := make([]elem, len(words))
	for i, w := range words {
		if strings.ContainsAny(w, " \t") || w == "" || w == "|" {
			return nil, fmt.Errorf("bad word %q", w)
		}
		for _, alt := range strings.Split(w, "|") {
			if alt == "" {
				return nil, fmt.Errorf("empty alternative in %q", w)
			}
			if alt != strings.ToLower(alt) {
				return nil, fmt.Errorf("%q: codebook words are lowercase", alt)
			}
			if p, ok := strings.CutSuffix(alt, "*"); ok {
				if len(p) < 3 {
					return nil, fmt.Errorf("prefix %q is too short", alt)
				}
				elems[i].prefixes = append(elems[i].prefixes, p)
			} else {
				elems[i].exact = append(elems[i].exact, alt)
			}
		}
		if len(elems[i].exact) > 6 {
			elems[i].set = make(map[string]bool, len(elems[i].exact))
			for _, w := range elems[i].exact {
				elems[i].set[w] = true
			}
		}
	}
	return elems, nil
}
