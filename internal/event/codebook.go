package event

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

//go:embed codebook
var codebookFS embed.FS

// Languages lists the languages the embedded codebook covers.
var Languages = []string{"de", "en"}

// ErrCodebook is wrapped by every error about a malformed codebook line.
var ErrCodebook = errors.New("malformed codebook line")

// A CodebookError reports a malformed line of a codebook file.
type CodebookError struct {
	File string
	Line int
	Msg  string
}

// Error implements the error interface.
func (e *CodebookError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Unwrap returns [ErrCodebook].
func (e *CodebookError) Unwrap() error { return ErrCodebook }

// typeNone marks codebook phrases that contain a trigger word but name no
// event ("Entscheidungen treffen"); they win over the word and are dropped.
const typeNone = "NONE"

// patternKind says how the elements of a trigger pattern sit in a clause.
type patternKind uint8

const (
	kindSeq   patternKind = iota // adjacent tokens: "Gespräche führen", "according to"
	kindSep                      // a verb and a particle that ends the clause: "lud … ein"
	kindCoOcc                    // words anywhere in the clause, any order: "Sanktionen ~ verhängt"
)

// elem is one token position of a pattern: alternatives, each either an
// exact lowercase word or a prefix (written with a final '*').
type elem struct {
	exact    []string
	prefixes []string
	// set holds exact when it is long, for constant-time lookups.
	set map[string]bool
}

func (e *elem) match(w string) bool {
	if e.set != nil {
		if e.set[w] {
			return true
		}
	} else if slices.Contains(e.exact, w) {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// pattern is one trigger line of the codebook.
type pattern struct {
	Type, Mode string
	kind       patternKind
	elems      []elem
	// swap: the grammatical subject is the recipient (empfangen, host).
	swap bool
	// diplomatic: a PROTEST whose actor is a government is ACCUSE
	// disapprove, as PLOVER codes diplomatic protests.
	diplomatic bool
	// byForce: a PROTEST obstruct whose actor is a state force is COERCE
	// restrict (a blockade imposed by an army, not by protesters).
	byForce bool
	// military: a COERCE arrest by armed forces or rebels is ASSAULT abduct
	// ("captured"), as PLOVER codes combatants captured in fighting.
	military bool
	// needsPlace: a travel verb is a visit only with a destination or
	// place ("flog nach Hanoi", not "the missile flew for 47 minutes").
	needsPlace bool
	// needsParticipant: an ambiguous verb is an event only with a named
	// actor or recipient ("treffen": to meet, but also to hit).
	needsParticipant bool
	// prio is the line's position in the codebook; earlier lines win ties.
	prio int
	src  string
}

// cueSet holds cue patterns of one category (negation, future, …).
type cueSet struct {
	single map[string]bool // one-word cues, exact
	prefix []string        // one-word cues given as prefixes
	multi  [][]elem        // multi-word cues
	// byFirst indexes multi-word cues by their exact first words; those
	// starting with a prefix are in multiAny.
	byFirst  map[string][][]elem
	multiAny [][]elem
}

func (c *cueSet) add(elems []elem) {
	if len(elems) == 1 {
		for _, w := range elems[0].exact {
			c.single[w] = true
		}
		c.prefix = append(c.prefix, elems[0].prefixes...)
		return
	}
	c.multi = append(c.multi, elems)
	if c.byFirst == nil {
		c.byFirst = map[string][][]elem{}
	}
	for _, w := range elems[0].exact {
		c.byFirst[w] = append(c.byFirst[w], elems)
	}
	if len(elems[0].prefixes) > 0 {
		c.multiAny = append(c.multiAny, elems)
	}
}

// at reports the length in words of a cue that starts at words[i], or 0.
func (c *cueSet) at(words []string, i int) int {
	if c == nil {
		return 0
	}
	w := words[i]
	best := 0
	if c.single[w] {
		best = 1
	} else {
		for _, p := range c.prefix {
			if strings.HasPrefix(w, p) {
				best = 1
				break
			}
		}
	}
	if len(c.multi) == 0 {
		return best
	}
	try := func(ms [][]elem) {
		for _, m := range ms {
			if len(m) <= best || i+len(m) > len(words) {
				continue
			}
			ok := true
			for k := range m {
				if !m[k].match(words[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				best = len(m)
			}
		}
	}
	try(c.byFirst[w])
	try(c.multiAny)
	return best
}

// wordCue is what the cue index knows about one word.
type wordCue struct {
	single uint64 // bit i: a one-word cue of category i
	multi  []catMulti
}

type catMulti struct {
	cat   int
	elems []elem
}

type catPrefix struct {
	cat    int
	prefix string
}

// book is the parsed codebook of one language.
type book struct {
	lang     string
	patterns []*pattern
	// byExact and byPrefix3 index patterns by the word that starts a
	// match: the first, or for co-occurrence patterns the second (the
	// trigger, which is rarer).
	byExact map[string][]*pattern
	// byPrefix3 is keyed by the first three bytes of the prefix.
	byPrefix3 map[string][]*pattern
	// wordCues gives, for each word, the cue categories it is a one-word
	// cue of and the multi-word cues it starts; prefixCues and multiAny
	// hold the cues that start with a prefix.
	wordCues   map[string]*wordCue
	prefixCues []catPrefix
	multiAny   []catMulti
	cues       map[string]*cueSet
	cueList    [numCues]*cueSet
}

// Cue category ids, in the order of cueCategories.
const (
	cueNegation = iota
	cueNegationException
	cueHypothetical
	cueFuture
	cueReported
	cuePassive
	cueBe
	cueSubjunctive
	cueConditional
	cueInfinitive
	cueRelative
	cueBoundary
	cuePronoun
	cueCoordination
	cueObjectArticle
	cuePrepRecipient
	cuePrepAgent
	cuePrepPlace
	cuePrepDestination
	cuePrepOther
	cuePrepBetween
	cuePrepPostposed
	cueArticle
	cuePerfect
	cuePreposition
	cuePrepContent
	cueFutureAttr
	cueDemand
	cueComplementizer
	cuePrepSource
	cueQuantity
	cueSubjunctive2
	cuePrepBackground
	cuePast
	cuePrepAbsent
	numCues
)

// Cue categories of cues.txt.
var cueCategories = []string{
	"negation", "negation-exception", "hypothetical", "future", "reported",
	"passive", "be", "subjunctive", "conditional", "infinitive",
	"relative", "boundary", "pronoun", "coordination", "object-article",
	"prep-recipient", "prep-agent", "prep-place", "prep-destination", "prep-other",
	"prep-between", "prep-postposed", "article", "perfect", "preposition",
	"prep-content", "future-attr", "demand", "complementizer", "prep-source", "quantity", "subjunctive2", "prep-background", "past", "prep-absent",
}

func (b *book) cue(cat string) *cueSet { return b.cues[cat] }

// candidates returns the patterns whose first element may match w.
func (b *book) candidates(dst []*pattern, w string) []*pattern {
	dst = append(dst, b.byExact[w]...)
	if len(w) >= 3 {
		dst = append(dst, b.byPrefix3[w[:3]]...)
	}
	return dst
}

// indexCue adds a cue of category cat to the word index.
func (b *book) indexCue(cat int, elems []elem) {
	if len(elems) == 1 {
		for _, p := range elems[0].prefixes {
			b.prefixCues = append(b.prefixCues, catPrefix{cat, p})
		}
	} else if len(elems[0].prefixes) > 0 {
		b.multiAny = append(b.multiAny, catMulti{cat, elems})
	}
	for _, w := range elems[0].exact {
		wc := b.wordCues[w]
		if wc == nil {
			wc = &wordCue{}
			b.wordCues[w] = wc
		}
		if len(elems) == 1 {
			wc.single |= 1 << cat
		} else {
			wc.multi = append(wc.multi, catMulti{cat, elems})
		}
	}
}

// cueLen returns the length of the longest cue of category cat at
// words[i], given the index entry of words[i] (nil when it has none).
func (b *book) cueLen(cat int, wc *wordCue, words []string, i int) int {
	n := 0
	if wc != nil {
		if wc.single&(1<<cat) != 0 {
			n = 1
		}
		for _, m := range wc.multi {
			if m.cat == cat && len(m.elems) > n && matchAt(m.elems, words, i) {
				n = len(m.elems)
			}
		}
	}
	if n == 0 {
		for _, p := range b.prefixCues {
			if p.cat == cat && strings.HasPrefix(words[i], p.prefix) {
				n = 1
				break
			}
		}
	}
	for _, m := range b.multiAny {
		if m.cat == cat && len(m.elems) > n && matchAt(m.elems, words, i) {
			n = len(m.elems)
		}
	}
	return n
}

func matchAt(elems []elem, words []string, i int) bool {
	if i+len(elems) > len(words) {
		return false
	}
	for k := range elems {
		if !elems[k].match(words[i+k]) {
			return false
		}
	}
	return true
}

var loadCodebooks = sync.OnceValues(func() (map[string]*book, error) {
	books := make(map[string]*book, len(Languages))
	for _, lang := range Languages {
		b, err := parseBook(codebookFS, lang)
		if err != nil {
			return nil, err
		}
		books[lang] = b
	}
	return books, nil
})

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
