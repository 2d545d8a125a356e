package temporal

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed rules
var rulesFS embed.FS

// class is a word class of the lexicon or a token shape used by patterns.
type class uint8

// Word classes: assigned to words by the rule files.
const (
	cMONTH class = iota
	cWEEKDAY
	cSEASON
	cPOD
	cUNIT
	cUNITS
	cNUMW
	cORDW
	cREL
	cDEIC
	cMOD
	cAPPROX
	cQMOD
	cHOLIDAY
	cREF
	cSETW
	cEVERY
	cAGO
	cAFTERW
	cBEFOREW
	cDURW
	cDURADJ
	cDURSUFFIX
	cTIMES
	cHALF
	cDECW
	cBC
	cAD
	cAMPM
	cPAST
	cFUTURE
	cPERFAUX
	cYEARPREV
	cBE
	cREPORT
	cTZ
	cONWARD
	cABBR
	cPRESENT
	cENDPOINT
	cBACKSHIFT
	cDEFER
	cINTENT
	cYEARNEXT
	cNOUNCUE
	cCLAUSE
	cSUPERL
	cWEAK
	cLIT
	nWordClasses
)

// Shape classes: recognised from the form of one or more tokens.
const (
	cNUM class = nWordClasses + iota
	cYEAR
	cYEARX
	cDAY
	cDAYORD
	cORD
	cCLOCK
	cCLOCKDOT
	cHOUR
	cMINUTE
	cISODATE
	cNUMDATE
	cDECADE
	cYEAR2
	nClasses
)

var classNames = map[string]class{
	"MONTH": cMONTH, "WEEKDAY": cWEEKDAY, "SEASON": cSEASON, "POD": cPOD, "UNIT": cUNIT,
	"UNITS": cUNITS, "NUMW": cNUMW, "ORDW": cORDW, "REL": cREL, "DEIC": cDEIC, "MOD": cMOD,
	"APPROX": cAPPROX, "QMOD": cQMOD, "HOLIDAY": cHOLIDAY, "REF": cREF, "SETW": cSETW,
	"EVERY": cEVERY, "AGO": cAGO, "AFTERW": cAFTERW, "BEFOREW": cBEFOREW, "DURW": cDURW,
	"DURADJ": cDURADJ, "DURSUFFIX": cDURSUFFIX, "TIMES": cTIMES, "HALF": cHALF, "DECW": cDECW,
	"BC": cBC, "AD": cAD, "AMPM": cAMPM, "PAST": cPAST, "FUTURE": cFUTURE, "PERFAUX": cPERFAUX,
	"YEARPREV": cYEARPREV, "BE": cBE, "REPORT": cREPORT, "TZ": cTZ, "ONWARD": cONWARD, "ABBR": cABBR, "PRESENT": cPRESENT, "ENDPOINT": cENDPOINT, "BACKSHIFT": cBACKSHIFT, "DEFER": cDEFER, "INTENT": cINTENT, "YEARNEXT": cYEARNEXT, "NOUNCUE": cNOUNCUE, "CLAUSE": cCLAUSE, "SUPERL": cSUPERL, "WEAK": cWEAK,
	"NUM": cNUM, "YEAR": cYEAR, "YEARX": cYEARX, "DAY": cDAY, "DAYORD": cDAYORD, "ORD": cORD,
	"CLOCK": cCLOCK, "CLOCKDOT": cCLOCKDOT, "HOUR": cHOUR, "MINUTE": cMINUTE,
	"ISODATE": cISODATE, "NUMDATE": cNUMDATE, "DECADE": cDECADE,
	"YEAR2": cYEAR2,
}

// wordVal is the value a word has in one class.
type wordVal struct {
	c class
	s string  // the value as written in the rule file
	n float64 // the value as a number, when it is one
}

// entry is everything the lexicon knows about one word or phrase.
type entry struct {
	mask uint64
	vals []wordVal
	pats []int  // the patterns that can start at the word, in rule order
	lit  string // the value of class LIT: the pattern literal the word is
	// phrases are the multiword entries that start with the word: what
	// phraseAt finds for a token whose lookup gave this entry. shared
	// marks an entry several words lead to, whose phrases phraseAt looks
	// up by the token's text instead.
	phrases []phrase
	shared  bool
	// Pattern bit sets (bit k for rules.pats[k], when rules.patBits) for a
	// token that is this ASCII word, as mayMatch would judge them: always,
	// the patterns mayMatch admits whatever follows; needNext, those it
	// admits when the next token can begin elements 1 on; next, the
	// patterns whose elements 1 on can begin at this word.
	always, needNext, next patSet
}

// patSet is a bit set of patterns, bit k for rules.pats[k].
type patSet [patWords]uint64

// patWords is the number of words of a patSet: up to 256 patterns per
// language are pruned by bit sets (English has about 120).
const patWords = 4

func (e *entry) has(c class) bool { return e != nil && e.mask&(1<<c) != 0 }

func (e *entry) get(c class) (wordVal, bool) {
	if e == nil || e.mask&(1<<c) == 0 {
		return wordVal{}, false
	}
	for _, v := range e.vals {
		if v.c == c {
			return v, true
		}
	}
	return wordVal{}, false
}

func (e *entry) add(v wordVal) {
	if e.mask&(1<<v.c) != 0 {
		return // the first value given for a class wins
	}
	e.mask |= 1 << v.c
	e.vals = append(e.vals, v)
}

// phrase is a multiword lexicon entry: the lowercase forms of its tokens.
type phrase struct {
	toks []string
	e    *entry
}

// alt is one alternative of a pattern element: a class, or a literal
// (c == cLIT) compared case-insensitively with the token.
type alt struct {
	c   class
	lit string
	seq []string // a negated literal of several tokens ("!-old")
	// word: lit is an ASCII word, so an ASCII token equals it (ignoring
	// case) exactly when its lexicon entry has it as its LIT value.
	word bool
}

// elem is one element of a pattern.
type elem struct {
	alts []alt
	opt  bool // may be left out
	ctx  bool // must match but lies outside the expression's span
	neg  bool // must not match here; takes no token ("!-old")
	part int  // 0, or 1 for the second expression of a range
}

// pattern is one line of a patterns.txt file.
type pattern struct {
	action string
	elems  []elem
	src    string // file:line, for errors and tests
	// first holds the alternatives that can match the first token.
	firstMask  uint64 // word classes
	firstShape bool   // a shape class (numbers)
	firstLits  []string
	// oneTok: every alternative of the first element takes one token (a
	// word class or a literal), so mayMatch can look at the token after
	// it. head is what the first element accepts, rest[k] what the
	// elements from k on can start with.
	oneTok bool
	head   startSet
	rest   []startSet
}

// startSet is what a pattern element, or a run of elements, can start
// with: a token of a word class in mask, a number shape, or a literal.
// nullable marks a run of optional and negated elements only, which can
// match no token at all.
type startSet struct {
	mask     uint64
	shape    bool
	lits     []*alt
	nullable bool
}

// add adds the alternatives of e to s.
func (s *startSet) add(e *elem) {
	for k := range e.alts {
		a := &e.alts[k]
		switch {
		case a.c < cLIT:
			s.mask |= 1 << a.c
		case a.c == cLIT:
			s.lits = append(s.lits, a)
		default:
			s.shape = true
		}
	}
}

// startSets fills p.oneTok, p.head and p.rest.
func (p *pattern) startSets() {
	p.oneTok = true
	for _, a := range p.elems[0].alts {
		if a.c > cLIT {
			p.oneTok = false
		}
	}
	p.head = startSet{}
	p.head.add(&p.elems[0])
	p.rest = make([]startSet, len(p.elems)+1)
	p.rest[len(p.elems)].nullable = true
	for k := len(p.elems) - 1; k >= 0; k-- {
		e := &p.elems[k]
		switch {
		case e.neg:
			p.rest[k] = p.rest[k+1] // takes no token; it can only fail
		case e.opt:
			s := p.rest[k+1]
			s.lits = slices.Clone(s.lits)
			s.add(e)
			p.rest[k] = s
		default:
			p.rest[k] = startSet{}
			p.rest[k].add(e)
		}
	}
}

// rules is the parsed rule set of one language.
type rules struct {
	lang  string
	words map[string]*entry // single tokens, lowercase and capitalised
	// asciiWords has a bit set for the ASCII-lowercase form of every ASCII
	// key of words (see wordBit), so that most words that are not in the
	// lexicon cost no map lookup.
	asciiWords []uint64
	phrases    map[string][]phrase // multiword entries by their first token (lowercase)
	pats       []*pattern
	files      []string

	// Which patterns can start at a token: by word class of the first
	// element, for numbers and punctuation, and by literal.
	byClass [nWordClasses][]int
	byShape []int
	byLit   map[string][]int

	// patBits: there are at most 64*patWords patterns, so the bit sets of entry
	// hold them all. nullable1 has the bits of the patterns whose
	// elements 1 on may match no token. noASCIIFold: no literal that
	// is not an ASCII word equals an ASCII word ignoring case, so an
	// ASCII word outside the lexicon begins no element.
	patBits     bool
	nullable1   patSet
	noASCIIFold bool
	// numPhrases: a phrase starts with a number.
	numPhrases bool
}

// index fills the start tables of the patterns.
func (r *rules) index() {
	r.byLit = map[string][]int{}
	for i, p := range r.pats {
		p.startSets()
		for c := class(0); c < nWordClasses; c++ {
			if p.firstMask&(1<<c) != 0 {
				r.byClass[c] = append(r.byClass[c], i)
			}
		}
		if p.firstShape {
			r.byShape = append(r.byShape, i)
		}
		for _, l := range p.firstLits {
			r.byLit[l] = append(r.byLit[l], i)
		}
	}
	for k := range r.phrases {
		if k != "" && k[0] >= '0' && k[0] <= '9' {
			r.numPhrases = true
		}
	}
	r.asciiWords = make([]uint64, wordBits/64)
	owner := map[*entry]string{}
	for w, e := range r.words {
		e.pats = r.startPatterns(e)
		if v, ok := e.get(cLIT); ok {
			e.lit = v.s
		}
		if isASCII(w) {
			b := wordBit(w)
			r.asciiWords[b/64] |= 1 << (b % 64)
		}
		// What phraseAt would find for the word w.
		ps, ok := r.phrases[w]
		if !ok && !isASCIILower(w) {
			ps = r.phrases[strings.ToLower(w)]
		}
		if o, seen := owner[e]; seen && o != w {
			e.shared = true
		}
		owner[e] = w
		e.phrases = ps
	}
	for _, ps := range r.phrases {
		for _, p := range ps {
			p.e.pats = r.startPatterns(p.e)
		}
	}
	r.patternBits()
}

// patternBits fills the pattern bit sets of the rules and of every ASCII
// word of the lexicon.
func (r *rules) patternBits() {
	r.patBits = len(r.pats) <= 64*patWords
	if !r.patBits {
		return
	}
	r.noASCIIFold = true
	for k, p := range r.pats {
		if len(p.rest) > 1 && p.rest[1].nullable {
			r.nullable1[k/64] |= 1 << (k % 64)
		}
		for _, e := range p.elems {
			for _, a := range e.alts {
				if a.c == cLIT && !a.word && foldsToASCII(a.lit) {
					r.noASCIIFold = false
				}
			}
		}
	}
	for w, e := range r.words {
		if !isASCII(w) {
			continue
		}
		m := &matcher{r: r, text: w, toks: []token{{end: len(w), kind: kWord, ascii: true, e: e}}, maxEnd: 1}
		for k, p := range r.pats {
			bit := uint64(1) << (k % 64)
			next := len(p.rest) > 1 && m.tokenIn(&p.rest[1], 0)
			if next {
				e.next[k/64] |= bit
			}
			switch {
			case !p.oneTok || p.elems[0].opt && (p.rest[1].nullable || next):
				e.always[k/64] |= bit
			case m.tokenIn(&p.head, 0):
				e.needNext[k/64] |= bit
			}
		}
	}
}

// foldsToASCII reports whether s equals some ASCII string ignoring case.
func foldsToASCII(s string) bool {
	for _, c := range s {
		if c < utf8.RuneSelf {
			continue
		}
		ok := false
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// startPatterns returns the sorted indices of the patterns that can start
// at a word with entry e: by its classes and its literal.
func (r *rules) startPatterns(e *entry) []int {
	var idx []int
	for c := class(0); c < nWordClasses; c++ {
		if e.mask&(1<<c) != 0 {
			idx = append(idx, r.byClass[c]...)
		}
	}
	if v, ok := e.get(cLIT); ok {
		idx = append(idx, r.byLit[v.s]...)
	}
	slices.Sort(idx)
	return slices.Compact(idx)
}

var actions = map[string]bool{
	"date": true, "rel": true, "deic": true, "ago": true, "later": true, "after": true,
	"before": true, "dur": true, "set": true, "ref": true, "time": true, "decade": true,
	"century": true, "none": true,
}

// loadRules parses every rule file of every language once.
var loadRules = sync.OnceValues(func() (map[string]*rules, error) {
	out := map[string]*rules{}
	for _, lang := range []string{"de", "en"} {
		r, err := parseRules(rulesFS, lang)
		if err != nil {
			return nil, err
		}
		out[lang] = r
	}
	return out, nil
})

// Languages returns the languages the tagger has rules for.
func Languages() []string { return []string{"de", "en"} }

func parseRules(fsys fs.FS, lang string) (*rules, error) {
	r := &rules{lang: lang, words: map[string]*entry{}, phrases: map[string][]phrase{}}
	dir := path.Join("rules", lang)
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read rules %s: %w", lang, err)
	}
	var patFiles []string
	gen := &generator{}
	for _, de := range ents {
		if de.IsDir() || !strings.HasSuffix(de.Name(), ".txt") {
			continue
		}
		name := path.Join(dir, de.Name())
		r.files = append(r.files, name)
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read rules %s: %w", name, err)
		}
		if !strings.HasPrefix(string(b), "# source:") || !strings.Contains(strings.SplitN(string(b), "\n", 2)[0], "licence") {
			return nil, fmt.Errorf("rules %s: first line must name the source and licence", name)
		}
		if de.Name() == "patterns.txt" {
			patFiles = append(patFiles, name)
			continue
		}
		if err := r.parseLexicon(name, string(b), gen); err != nil {
			return nil, err
		}
	}
	if err := r.generate(gen); err != nil {
		return nil, fmt.Errorf("rules %s: %w", lang, err)
	}
	for _, name := range patFiles {
		b, _ := fs.ReadFile(fsys, name)
		if err := r.parsePatterns(name, string(b)); err != nil {
			return nil, err
		}
	}
	if len(r.pats) == 0 {
		return nil, fmt.Errorf("rules %s: no patterns", lang)
	}
	r.index()
	return r, nil
}

// generator collects the lines that build words from other words.
type generator struct {
	units, tens   []wordVal // UNITWORD, TENWORD entries: s = word
	compose       []string
	times         []string
	podSuffix     []wordVal
	durSuffix     []wordVal
	numbers       []wordVal // single-word NUMW with an integer value
	weekdays      []wordVal
	composedWords []wordVal
}

func (r *rules) parseLexicon(name, text string, g *generator) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, list, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("rules %s:%d: missing ':'", name, i+1)
		}
		f := strings.Fields(head)
		if len(f) == 0 || len(f) > 2 {
			return fmt.Errorf("rules %s:%d: want CLASS VALUE: words", name, i+1)
		}
		val := ""
		if len(f) == 2 {
			val = f[1]
		}
		var words []string
		for w := range strings.SplitSeq(list, ",") {
			w = strings.TrimSpace(w)
			if w == "" {
				return fmt.Errorf("rules %s:%d: empty entry", name, i+1)
			}
			if strings.ToLower(w) != w {
				return fmt.Errorf("rules %s:%d: entry %q is not lowercase", name, i+1, w)
			}
			words = append(words, w)
		}
		switch f[0] {
		case "COMPOSE":
			g.compose = append(g.compose, words...)
			continue
		case "UNITWORD", "TENWORD":
			n, err := strconv.Atoi(val)
			if err != nil {
				return fmt.Errorf("rules %s:%d: bad number %q", name, i+1, val)
			}
			for _, w := range words {
				wv := wordVal{s: w, n: float64(n)}
				if f[0] == "UNITWORD" {
					g.units = append(g.units, wv)
				} else {
					g.tens = append(g.tens, wv)
				}
			}
			continue
		case "PODSUFFIX", "DURSUFFIX":
			for _, w := range words {
				if f[0] == "PODSUFFIX" {
					g.podSuffix = append(g.podSuffix, wordVal{s: w, n: 0, c: cPOD})
					g.podSuffix[len(g.podSuffix)-1].s = w + "\x00" + val
				} else {
					g.durSuffix = append(g.durSuffix, wordVal{s: w + "\x00" + val})
					r.addWord(w, wordVal{c: cDURSUFFIX, s: val})
				}
			}
			continue
		case "PASTSTEM":
			// A strong past form, alone and with every separable prefix,
			// as it stands at the end of a subordinate clause ("der sich
			// am Dienstag in Moskau aufhielt").
			// The compounds are lowercase only: capitalised they are
			// nouns ("Vorstand", "Anstieg", "Ausfuhr").
			for _, w := range words {
				r.addWord(w, wordVal{c: cPAST, s: "P"})
				for _, p := range separablePrefixes {
					e := r.words[p+w]
					if e == nil {
						e = &entry{}
						r.words[p+w] = e
					}
					e.add(wordVal{c: cPAST, s: "P"})
				}
			}
			continue
		case "TIMES":
			if val == "" {
				g.times = append(g.times, words...)
				continue
			}
		}
		c, ok := classNames[f[0]]
		if !ok || c >= nWordClasses {
			return fmt.Errorf("rules %s:%d: unknown class %q", name, i+1, f[0])
		}
		if val == "" {
			return fmt.Errorf("rules %s:%d: class %s needs a value", name, i+1, f[0])
		}
		wv := wordVal{c: c, s: val}
		if n, err := strconv.ParseFloat(strings.TrimRight(val, "tp"), 64); err == nil {
			wv.n = n
		}
		if err := checkValue(c, val); err != nil {
			return fmt.Errorf("rules %s:%d: %w", name, i+1, err)
		}
		for _, w := range words {
			r.addWord(w, wv)
			if c == cNUMW && !strings.Contains(w, " ") && wv.n == float64(int(wv.n)) && wv.n > 0 && wv.n < 100 {
				g.numbers = append(g.numbers, wordVal{s: w, n: wv.n})
			}
			if c == cWEEKDAY {
				g.weekdays = append(g.weekdays, wordVal{s: w, n: wv.n})
			}
		}
	}
	return nil
}

// checkValue rejects values a class cannot have, so a typo fails the rules test.
func checkValue(c class, v string) error {
	bad := func() error { return fmt.Errorf("bad value %q", v) }
	num := func() error {
		if _, err := strconv.ParseFloat(strings.TrimRight(v, "tp"), 64); err != nil {
			return bad()
		}
		return nil
	}
	switch c {
	case cMONTH, cWEEKDAY, cORDW, cDECW, cTIMES, cREL:
		return num()
	case cNUMW, cHALF:
		if v == "X" {
			return nil
		}
		return num()
	case cSEASON:
		s, _, _ := strings.Cut(v, "/")
		if !slices.Contains([]string{"SP", "SU", "FA", "WI"}, s) {
			return bad()
		}
	case cPOD:
		if !slices.Contains([]string{"MO", "MI", "AF", "EV", "NI"}, v) {
			return bad()
		}
	case cUNIT, cUNITS:
		u, _, _ := strings.Cut(v, "/")
		u = strings.TrimLeft(u, "0123456789")
		if _, ok := unitCodes[u]; !ok {
			return bad()
		}
	case cDEIC:
		if _, err := parseDeic(v); err != nil {
			return err
		}
	case cMOD, cQMOD, cONWARD:
		if !validMods[v] {
			return bad()
		}
	case cHOLIDAY:
		if _, err := holidayDate(v, 2000); err != nil {
			return err
		}
	case cREF:
		if v != "PRESENT_REF" && v != "PAST_REF" && v != "FUTURE_REF" {
			return bad()
		}
	case cSETW, cDURW:
		if !ValidValue(v) {
			return bad()
		}
	}
	return nil
}

// addWord adds a word or phrase to the lexicon.
func (r *rules) addWord(w string, v wordVal) {
	toks := lexTokens(w)
	if len(toks) == 1 {
		r.addSingle(toks[0], v)
		return
	}
	ps := r.phrases[toks[0]]
	for i := range ps {
		if slices.Equal(ps[i].toks, toks) {
			ps[i].e.add(v)
			return
		}
	}
	e := &entry{}
	e.add(v)
	r.phrases[toks[0]] = append(ps, phrase{toks: toks, e: e})
	// A phrase's first token must be looked up even if it is not a word itself.
	if r.words[toks[0]] == nil {
		r.addSingle(toks[0], wordVal{c: cLIT, s: toks[0]})
	}
}

func (r *rules) addSingle(w string, v wordVal) {
	for _, form := range []string{w, capitalize(w)} {
		e := r.words[form]
		if e == nil {
			e = &entry{}
			r.words[form] = e
		}
		e.add(v)
	}
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// lexTokens splits a rule entry into token forms the way the scanner
// splits text.
func lexTokens(w string) []string {
	var s scanner
	s.init(w)
	var out []string
	for s.next() {
		out = append(out, strings.ToLower(w[s.tok.start:s.tok.end]))
	}
	return out
}

// generate adds the words built by COMPOSE, TIMES and the suffix lines.
func (r *rules) generate(g *generator) error {
	nums := slices.Clone(g.numbers)
	for _, tmpl := range g.compose {
		for _, t := range g.tens {
			r.addWord(t.s, wordVal{c: cNUMW, s: strconv.Itoa(int(t.n)), n: t.n})
			nums = append(nums, t)
			for _, u := range g.units {
				w := strings.NewReplacer("{u}", u.s, "{t}", t.s).Replace(tmpl)
				n := t.n + u.n
				r.addWord(w, wordVal{c: cNUMW, s: strconv.Itoa(int(n)), n: n})
			}
		}
	}
	for _, tmpl := range g.times {
		for _, n := range nums {
			w := strings.ReplaceAll(tmpl, "{n}", n.s)
			r.addWord(w, wordVal{c: cTIMES, s: strconv.Itoa(int(n.n)), n: n.n})
		}
	}
	for _, suf := range g.durSuffix {
		s, unit, _ := strings.Cut(suf.s, "\x00")
		for _, n := range nums {
			v := strconv.Itoa(int(n.n)) + unit
			r.addWord(n.s+s, wordVal{c: cDURADJ, s: v, n: n.n})
		}
	}
	for _, suf := range g.podSuffix {
		s, pod, _ := strings.Cut(suf.s, "\x00")
		for _, wd := range g.weekdays {
			v := strconv.Itoa(int(wd.n)) + "/" + pod
			r.addWord(wd.s+s, wordVal{c: cWEEKDAY, s: v, n: wd.n})
			r.addWord(wd.s+s+"s", wordVal{c: cWEEKDAY, s: v, n: wd.n})
		}
	}
	// Longest phrases first, so the scanner tries them first.
	for k, ps := range r.phrases {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		r.phrases[k] = ps
	}
	return nil
}

func (r *rules) parsePatterns(name, text string) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		src := fmt.Sprintf("%s:%d", name, i+1)
		p, err := r.parsePattern(line)
		if err != nil {
			return fmt.Errorf("rules %s: %w", src, err)
		}
		p.src = src
		r.pats = append(r.pats, p)
	}
	return nil
}

func (r *rules) parsePattern(line string) (*pattern, error) {
	f := strings.Fields(line)
	if !actions[f[0]] {
		return nil, fmt.Errorf("unknown action %q", f[0])
	}
	p := &pattern{action: f[0]}
	part := 0
	for _, tok := range f[1:] {
		if tok == ";" {
			if part == 1 {
				return nil, fmt.Errorf("more than two parts")
			}
			part = 1
			continue
		}
		var e elem
		e.part = part
		if strings.HasSuffix(tok, "?") && len(tok) > 1 {
			e.opt = true
			tok = tok[:len(tok)-1]
		}
		if strings.HasPrefix(tok, "[") && strings.HasSuffix(tok, "]") {
			e.ctx = true
			tok = tok[1 : len(tok)-1]
		}
		if strings.HasPrefix(tok, "!") && len(tok) > 1 {
			if e.opt || e.ctx {
				return nil, fmt.Errorf("negated element %q cannot be optional or context", tok)
			}
			e.neg = true
			tok = tok[1:]
		}
		for a := range strings.SplitSeq(tok, "|") {
			if a == "" {
				return nil, fmt.Errorf("empty alternative in %q", tok)
			}
			if c, ok := classNames[a]; ok {
				e.alts = append(e.alts, alt{c: c})
				continue
			}
			if strings.ToLower(a) != a {
				return nil, fmt.Errorf("unknown class %q", a)
			}
			if lt := lexTokens(a); len(lt) != 1 {
				if !e.neg || len(lt) == 0 {
					return nil, fmt.Errorf("literal %q is not one token", a)
				}
				e.alts = append(e.alts, alt{c: cLIT, lit: a, seq: lt})
				continue
			}
			e.alts = append(e.alts, alt{c: cLIT, lit: a, word: isWordish(a) && isASCII(a)})
			if isWordish(a) {
				r.addSingle(a, wordVal{c: cLIT, s: a})
			}
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	allOpt := true
	for _, e := range p.elems {
		if !e.opt && !e.neg {
			allOpt = false
		}
	}
	if allOpt {
		return nil, fmt.Errorf("every element is optional")
	}
	if p.elems[0].neg {
		return nil, fmt.Errorf("a pattern cannot start with a negated element")
	}
	// Collect what can start a match.
	for _, e := range p.elems {
		if e.neg {
			continue
		}
		for _, a := range e.alts {
			switch {
			case a.c == cLIT:
				p.firstLits = append(p.firstLits, a.lit)
				if a.lit[0] >= '0' && a.lit[0] <= '9' {
					p.firstShape = true // a number literal ("24 hours a day") starts at a number
				}
			case a.c < nWordClasses:
				p.firstMask |= 1 << a.c
			default:
				p.firstShape = true
				if a.c == cDAYORD || a.c == cORD || a.c == cNUM || a.c == cHOUR || a.c == cDECADE || a.c == cYEAR || a.c == cYEARX {
					p.firstMask |= 1<<cNUMW | 1<<cORDW | 1<<cDECW
				}
			}
		}
		if !e.opt {
			break
		}
	}
	return p, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordish(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
