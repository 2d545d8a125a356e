package temporal

import (
	"slices"
	"strings"
)

// capture is one pattern element matched against tokens [t0, t1).
type capture struct {
	c      class
	part   int8
	ctx    bool
	t0, t1 int
	v      wordVal // word classes
	a, b   int     // shape values: year, month, day / hour, minute / number
	d      int
	f      float64 // NUM
	short  bool    // NUMDATE with a two-digit year
	lit    string
}

// matcher finds the longest pattern match at each position of a token list.
type matcher struct {
	r    *rules
	text string
	toks []token
	en   bool

	caps    []capture
	best    []capture
	bestEnd int
	bestPat *pattern
	maxEnd  int  // matches may not run past this token (a blank line)
	noPrune bool // tests: try every pattern the start token opens
	cands   []cand
	pool    []capture
	idx     []int
}

// cand is one pattern matched at a position.
type cand struct {
	p    *pattern
	end  int
	caps []capture
}

// matchAt returns every pattern that matches at token i, longest first
// (earlier rule lines first among equals). The slices are reused by the
// next call.
func (m *matcher) matchAt(i int) []cand {
	t := &m.toks[i]
	m.cands = m.cands[:0]
	if t.e == nil && t.kind != kNum && !(t.kind == kPunct && m.text[t.start] == '\'') {
		return nil
	}
	m.pool = m.pool[:0]
	var idx []int
	switch {
	case t.e == nil:
		idx = m.r.byShape // a number or an apostrophe
	case t.kind == kWord:
		idx = t.e.pats
	default:
		m.idx = append(m.idx[:0], t.e.pats...)
		m.idx = append(m.idx, m.r.byShape...)
		slices.Sort(m.idx)
		idx = slices.Compact(m.idx)
	}
	if len(idx) == 0 {
		return nil
	}
	m.setMaxEnd(i)
	// An ASCII word judges patterns by the bit sets of its entry, and of
	// the next word's when that is an ASCII word too.
	bits := m.r.patBits && t.kind == kWord && t.ascii && !m.noPrune
	var next patSet
	nextKnown := false
	if bits {
		next, nextKnown = m.nextBits(i + 1)
	}
	for _, pi := range idx {
		p := m.r.pats[pi]
		if bits {
			w, b := pi/64, uint64(1)<<(pi%64)
			if t.e.always[w]&b == 0 {
				if t.e.needNext[w]&b == 0 || nextKnown && next[w]&b == 0 || !nextKnown && !m.startsAt(&p.rest[1], i+1) {
					continue
				}
			}
		} else if !m.noPrune && !m.mayMatch(p, i) {
			continue
		}
		m.bestEnd, m.bestPat = 0, nil
		m.best = m.best[:0]
		m.caps = m.caps[:0]
		m.try(p, 0, i)
		if m.bestPat != nil {
			k := len(m.pool)
			m.pool = append(m.pool, m.best...)
			m.cands = append(m.cands, cand{p: p, end: m.bestEnd, caps: m.pool[k:len(m.pool):len(m.pool)]})
		}
	}
	slices.SortStableFunc(m.cands, func(a, b cand) int { return b.end - a.end })
	return m.cands
}

// setMaxEnd sets m.maxEnd for matches at token i: a blank line within
// the next 15 tokens ends them.
func (m *matcher) setMaxEnd(i int) {
	m.maxEnd = len(m.toks)
	for j := i + 1; j < len(m.toks) && j < i+16; j++ {
		if m.toks[j].nl {
			m.maxEnd = j
			break
		}
	}
}

// mayMatch reports whether pattern p may match at token i, judged by
// tokens i and i+1 when the first element takes one token; false means
// try would find no match.
func (m *matcher) mayMatch(p *pattern, i int) bool {
	if !p.oneTok {
		return true
	}
	if p.elems[0].opt && m.startsAt(&p.rest[1], i) {
		return true
	}
	return m.tokenIn(&p.head, i) && m.startsAt(&p.rest[1], i+1)
}

// nextBits returns the patterns whose elements 1 on may begin at token
// j, when the token tells without looking at each pattern: the end of
// the matches or an ASCII word.
func (m *matcher) nextBits(j int) (patSet, bool) {
	if j >= m.maxEnd {
		return m.r.nullable1, true
	}
	tk := &m.toks[j]
	if tk.kind != kWord || !tk.ascii {
		return patSet{}, false
	}
	if tk.e == nil {
		return m.r.nullable1, m.r.noASCIIFold
	}
	var out patSet
	for w := range out {
		out[w] = tk.e.next[w] | m.r.nullable1[w]
	}
	return out, true
}

// startsAt reports whether elements with start set s may match from
// token i on.
func (m *matcher) startsAt(s *startSet, i int) bool {
	return s.nullable || i < m.maxEnd && m.tokenIn(s, i)
}

// tokenIn reports whether token i may begin a match of an element of s:
// the checks try makes before elemAt, and for a shape class a number,
// a punctuation mark or a number word.
func (m *matcher) tokenIn(s *startSet, i int) bool {
	tk := &m.toks[i]
	te := tk.e
	if te != nil && te.mask&s.mask != 0 {
		return true
	}
	if s.shape && (tk.kind == kNum || tk.kind == kPunct || te != nil && te.mask&(1<<cNUMW|1<<cORDW|1<<cDECW) != 0) {
		return true
	}
	for _, a := range s.lits {
		if a.word && tk.ascii {
			if te != nil && te.lit == a.lit {
				return true
			}
		} else if strings.EqualFold(m.text[tk.start:tk.end], a.lit) {
			return true
		}
	}
	return false
}

func (m *matcher) try(p *pattern, ei, ti int) {
	if ei == len(p.elems) {
		if ti > m.bestEnd && hasSpan(m.caps) {
			m.bestEnd = ti
			m.bestPat = p
			m.best = append(m.best[:0], m.caps...)
		}
		return
	}
	e := &p.elems[ei]
	if e.neg {
		if !m.negAt(e, ti) {
			m.try(p, ei+1, ti)
		}
		return
	}
	if e.opt {
		m.try(p, ei+1, ti)
	}
	if ti >= m.maxEnd {
		return
	}
	tk := &m.toks[ti]
	te := tk.e
	for k := range e.alts {
		a := &e.alts[k]
		// What elemAt would find first, without filling a capture:
		switch {
		case a.c < cLIT:
			if te == nil || te.mask&(1<<a.c) == 0 {
				continue
			}
		case a.c == cLIT:
			if a.word && tk.ascii {
				if te == nil || te.lit != a.lit {
					continue
				}
			} else if !strings.EqualFold(m.text[tk.start:tk.end], a.lit) {
				continue
			}
		}
		if n := len(m.caps); n < cap(m.caps) {
			m.caps = m.caps[:n+1] // elemAt sets the whole capture
		} else {
			m.caps = append(m.caps, capture{})
		}
		c := &m.caps[len(m.caps)-1]
		j, ok := m.elemAt(a, ti, c)
		if !ok || j > m.maxEnd {
			m.caps = m.caps[:len(m.caps)-1]
			continue
		}
		c.part, c.ctx = int8(e.part), e.ctx
		m.try(p, ei+1, j) // may grow m.caps: c is not used after
		m.caps = m.caps[:len(m.caps)-1]
	}
}

// negAt reports whether the negated element e matches at token i.
func (m *matcher) negAt(e *elem, i int) bool {
	for k := range e.alts {
		a := &e.alts[k]
		if a.seq != nil {
			if i+len(a.seq) > len(m.toks) {
				continue
			}
			ok := true
			for k, w := range a.seq {
				t := &m.toks[i+k]
				if t.nl || !strings.EqualFold(m.text[t.start:t.end], w) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
			continue
		}
		if i >= len(m.toks) {
			continue
		}
		var c capture
		if _, ok := m.elemAt(a, i, &c); ok {
			return true
		}
	}
	return false
}

func hasSpan(caps []capture) bool {
	for _, c := range caps {
		if !c.ctx {
			return true
		}
	}
	return false
}

func (m *matcher) word(i int) string {
	t := &m.toks[i]
	return m.text[t.start:t.end]
}

// punctAt reports whether token i is the glued punctuation p.
func (m *matcher) punctAt(i int, p string, glued bool) bool {
	if i >= len(m.toks) {
		return false
	}
	t := &m.toks[i]
	return t.kind == kPunct && (!glued || t.glued) && m.text[t.start:t.end] == p
}

func (m *matcher) numAt(i int, glued bool) bool {
	return i < len(m.toks) && m.toks[i].kind == kNum && (!glued || m.toks[i].glued)
}

// continuesNumber reports whether the number at i is part of a longer
// number such as 1.000 or 3,5.
func (m *matcher) continuesNumber(i int) bool {
	if (m.punctAt(i+1, ".", true) || m.punctAt(i+1, ",", true) || m.punctAt(i+1, ":", true)) && m.numAt(i+2, true) {
		return true
	}
	if i >= 2 && m.toks[i].glued && (m.punctAt(i-1, ".", true) || m.punctAt(i-1, ",", true)) && m.toks[i-2].kind == kNum {
		return true
	}
	return false
}

func (m *matcher) elemAt(a *alt, i int, c *capture) (int, bool) {
	t := &m.toks[i]
	*c = capture{c: a.c, t0: i, t1: i + 1}
	if a.c == cLIT {
		if strings.EqualFold(m.text[t.start:t.end], a.lit) {
			c.lit = a.lit
			return i + 1, true
		}
		return 0, false
	}
	if a.c < nWordClasses {
		v, ok := t.e.get(a.c)
		if !ok {
			return 0, false
		}
		if m.en && (a.c == cMONTH || a.c == cWEEKDAY) && !t.upper {
			return 0, false // "may", "march": verbs unless capitalised
		}
		if (a.c == cMONTH || a.c == cWEEKDAY) && t.e.has(cABBR) && !m.punctAt(i+1, ".", true) && !m.numAt(i+1, false) &&
			!(i > 0 && m.toks[i-1].kind == kPunct && m.text[m.toks[i-1].start] == '.') {
			return 0, false // "Jan Kavan": an abbreviation needs its period or a number
		}
		c.v = v
		return i + 1, true
	}
	switch a.c {
	case cNUM:
		if t.kind == kWord {
			v, ok := t.e.get(cNUMW)
			if !ok {
				return 0, false
			}
			c.v = v
			c.f = v.n
			if v.s == "X" {
				c.f = -1
			} else if v.n >= 1 && v.n < 100 && i+1 < len(m.toks) && m.toks[i+1].kind == kWord {
				// "two thousand", "five hundred"
				if w, ok := m.toks[i+1].e.get(cNUMW); ok && (w.n == 100 || w.n == 1000) && strings.IndexByte(m.word(i+1), ' ') < 0 {
					c.f *= w.n
					c.t1 = i + 2
				}
			}
			return c.t1, true
		}
		if t.kind != kNum {
			return 0, false
		}
		c.f = float64(t.num)
		sep := ","
		if m.en {
			sep = "."
		}
		if m.punctAt(i+1, sep, true) && m.numAt(i+2, true) && m.toks[i+2].nd <= 2 {
			n := m.toks[i+2]
			d := float64(n.num)
			for k := 0; k < n.nd; k++ {
				d /= 10
			}
			c.f += d
			c.t1 = i + 3
		} else if m.continuesNumber(i) {
			return 0, false
		}
		// A written fraction after the number: "2 1/2".
		if j := c.t1; m.numAt(j, false) && !m.toks[j].glued && m.punctAt(j+1, "/", true) && m.numAt(j+2, true) &&
			m.toks[j].num < m.toks[j+2].num && m.toks[j+2].num <= 10 && !m.punctAt(j+3, "/", true) {
			c.f += float64(m.toks[j].num) / float64(m.toks[j+2].num)
			c.t1 = j + 3
		}
		return c.t1, true
	case cYEAR, cYEARX:
		if t.kind == kWord && m.en {
			if y, n := m.spelledYear(i); n > 0 {
				c.a, c.t1 = y, i+n
				return c.t1, true
			}
			return 0, false
		}
		if t.kind != kNum || t.nd > 4 || m.continuesNumber(i) {
			return 0, false
		}
		bcNext := i+1 < len(m.toks) && m.toks[i+1].e.has(cBC)
		if t.nd == 4 && t.num >= 1000 && t.num <= 2999 || bcNext && t.num > 0 {
			c.a = t.num
			if a.c == cYEARX && !(t.nd == 4 && m.standaloneYear(i)) {
				return 0, false
			}
			return i + 1, true
		}
		return 0, false
	case cYEAR2:
		// The last two digits of a year that ends a span: "1912/13", "1914–18".
		if t.kind != kNum || t.nd != 2 || !t.glued || m.continuesNumber(i) || m.numAt(i+1, true) ||
			i+1 < len(m.toks) && m.toks[i+1].glued && m.toks[i+1].kind == kPunct && m.punctAt(i+1, ".", true) && m.numAt(i+2, true) {
			return 0, false
		}
		c.a = t.num
		return i + 1, true
	case cDAY:
		if t.kind == kWord && m.text[t.start] >= '1' && m.text[t.start] <= '9' {
			// "1st" to "4th" are ordinal words of the lexicon; "5th" is a number and a suffix.
			v, ok := t.e.get(cORDW)
			if !ok || v.n < 1 || v.n > 31 {
				return 0, false
			}
			c.a = int(v.n)
			return i + 1, true
		}
		if t.kind != kNum || t.nd > 2 || t.num < 1 || t.num > 31 || m.continuesNumber(i) {
			return 0, false
		}
		c.a = t.num
		if i+1 < len(m.toks) && m.toks[i+1].glued && m.toks[i+1].kind == kWord {
			switch strings.ToLower(m.word(i + 1)) {
			case "st", "nd", "rd", "th":
				c.t1 = i + 2
			default:
				return 0, false
			}
		}
		return c.t1, true
	case cDAYORD, cORD:
		max := 31
		if a.c == cORD {
			max = 99
		}
		if t.kind == kWord {
			v, ok := t.e.get(cORDW)
			if !ok || v.n < 1 && a.c == cDAYORD || int(v.n) > max {
				return 0, false
			}
			c.a = int(v.n)
			return i + 1, true
		}
		if t.kind != kNum || t.nd > 2 || t.num < 1 || t.num > max {
			return 0, false
		}
		c.a = t.num
		if !m.en && m.punctAt(i+1, ".", true) && !m.numAt(i+2, true) {
			// German "8." is an ordinal; English "May 8." ends a sentence.
			c.t1 = i + 2
			return c.t1, true
		}
		if m.en && i+1 < len(m.toks) && m.toks[i+1].glued && m.toks[i+1].kind == kWord {
			switch strings.ToLower(m.word(i + 1)) {
			case "st", "nd", "rd", "th":
				c.t1 = i + 2
				return c.t1, true
			}
		}
		return 0, false
	case cCLOCK, cCLOCKDOT:
		sep := ":"
		if a.c == cCLOCKDOT {
			sep = "."
		}
		if t.kind != kNum || t.nd > 2 || t.num > 24 || !m.punctAt(i+1, sep, true) || !m.numAt(i+2, true) {
			return 0, false
		}
		mn := m.toks[i+2]
		if mn.nd != 2 || mn.num > 59 || t.num == 24 && mn.num > 0 {
			return 0, false
		}
		c.a, c.b = t.num, mn.num
		c.t1 = i + 3
		if m.punctAt(i+3, ":", true) && m.numAt(i+4, true) && m.toks[i+4].nd == 2 {
			c.t1 = i + 5
		}
		return c.t1, true
	case cHOUR:
		if t.kind == kWord {
			v, ok := t.e.get(cNUMW)
			if !ok || v.n < 1 || v.n > 12 || v.n != float64(int(v.n)) {
				return 0, false
			}
			c.a = int(v.n)
			return i + 1, true
		}
		if t.kind != kNum || t.nd > 2 || t.num > 24 || m.continuesNumber(i) {
			return 0, false
		}
		c.a = t.num
		return i + 1, true
	case cMINUTE:
		if t.kind != kNum || t.nd > 2 || t.num > 59 {
			return 0, false
		}
		c.b = t.num
		return i + 1, true
	case cISODATE:
		if t.kind != kNum || t.nd != 4 || !m.punctAt(i+1, "-", true) || !m.numAt(i+2, true) ||
			!m.punctAt(i+3, "-", true) || !m.numAt(i+4, true) {
			return 0, false
		}
		c.a, c.b, c.d = t.num, m.toks[i+2].num, m.toks[i+4].num
		if m.toks[i+2].nd > 2 || m.toks[i+4].nd > 2 || !validDate(c.a, c.b, c.d) {
			return 0, false
		}
		c.t1 = i + 5
		return c.t1, true
	case cNUMDATE:
		sep := "."
		if m.en {
			sep = "/"
		}
		if t.kind != kNum || t.nd > 2 || !m.punctAt(i+1, sep, true) || !m.numAt(i+2, true) ||
			!m.punctAt(i+3, sep, true) || !m.numAt(i+4, true) || m.toks[i+2].nd > 2 {
			return 0, false
		}
		y := m.toks[i+4]
		if y.nd != 2 && y.nd != 4 {
			return 0, false
		}
		d, mo := t.num, m.toks[i+2].num
		if m.en {
			d, mo = mo, d
		}
		c.a, c.b, c.d = y.num, mo, d
		if y.nd == 2 {
			c.short = true
			c.a = 1900 + y.num
		}
		if !validDate(c.a, c.b, c.d) {
			return 0, false
		}
		c.t1 = i + 5
		return c.t1, true
	case cDECADE:
		j := i
		if t.kind == kPunct && m.text[t.start] == '\'' {
			j++
			if !m.numAt(j, true) || m.toks[j].nd != 2 {
				return 0, false
			}
		}
		if !m.numAt(j, false) {
			return 0, false
		}
		n := m.toks[j]
		if n.num%10 != 0 || (n.nd != 4 && n.nd != 2) {
			return 0, false
		}
		k := j + 1
		if m.en && m.punctAt(k, "'", true) {
			k++
		}
		if k >= len(m.toks) || !m.toks[k].glued || m.toks[k].kind != kWord {
			return 0, false
		}
		switch strings.ToLower(m.word(k)) {
		case "er", "ern", "s":
		default:
			return 0, false
		}
		if n.nd == 4 {
			c.a = n.num / 10
		} else {
			c.a = 190 + n.num/10
		}
		c.t1 = k + 1
		return c.t1, true
	}
	return 0, false
}

// nounAfter reports whether the token after i is a word that is no time
// word: a capitalised noun in German, any lowercase word in English but a
// YEARNEXT word ("by 1992 it"), which is in the lexicon.
func (m *matcher) nounAfter(i int) bool {
	if i+1 >= len(m.toks) || m.toks[i+1].kind != kWord || m.toks[i+1].e != nil {
		return false
	}
	if m.en {
		return !m.toks[i+1].upper
	}
	return m.toks[i+1].upper
}

// definiteBefore reports whether the English word w is a definite
// determiner or possessive that, with one adjective between, makes a bare
// number before a noun a year ("his unsuccessful 1996 campaign"); after
// "a" or "an" it is a count ("an estimated 2000 people").
func definiteBefore(w string) bool {
	switch strings.ToLower(w) {
	case "the", "his", "her", "its", "their", "our", "whose", "s":
		return true
	}
	return false
}

// standaloneYear decides whether a bare four-digit number is a year.
func (m *matcher) standaloneYear(i int) bool {
	t := &m.toks[i]
	if t.num < 1100 || t.num > 2199 {
		return false
	}
	prevOK := i == 0 || t.nl
	if i > 0 {
		p := &m.toks[i-1]
		switch {
		case p.e.has(cMONTH), p.e.has(cSEASON), p.e.has(cMOD):
			prevOK = true
		case p.e.has(cYEARPREV):
			v, _ := p.e.get(cYEARPREV)
			prevOK = v.s == "S" || v.s == "R" && t.num >= 1900 && t.num <= 2099 || !m.nounAfter(i)
		case m.en && t.num >= 1900 && t.num <= 2099 && p.kind == kWord && !p.upper && p.e == nil && m.nounAfter(i) && i >= 2 && definiteBefore(m.word(i-2)):
			prevOK = true // "his unsuccessful 1996 campaign", "the landmark 1973 ruling"
		case p.kind == kPunct:
			switch m.text[p.start:p.end] {
			case "$", "€", "£", "#", "+", "*":
				return false
			case "(", ",", "/", "-", "–", "—", ":", ";", "\"", "„", "“", "»", "«":
				prevOK = true
			}
		}
	}
	if prevOK {
		if i+1 < len(m.toks) && m.toks[i+1].kind == kPunct {
			switch m.text[m.toks[i+1].start:m.toks[i+1].end] {
			case "%", "€", "$":
				return false
			}
		}
		return true
	}
	if i+1 >= len(m.toks) || m.toks[i+1].nl {
		return true // the end of a heading: "Kriegsjahr 1915"
	}
	n := &m.toks[i+1]
	switch n.kind {
	case kPunct:
		switch m.text[n.start:n.end] {
		case "%", "€", "$", "°":
			return false
		}
		return true
	case kWord:
		if n.e != nil && (n.e.has(cBC) || n.e.has(cAD) || n.e.has(cPAST) || n.e.has(cFUTURE) || n.e.has(cPERFAUX)) {
			return true
		}
		return !m.en && !n.upper
	}
	return false
}

// spelledYear reads an English year written in words at token i: "nineteen
// ninety-six" (a hundreds word from ten to twenty-one and a number from ten
// to ninety-nine) or "two thousand" with an optional "and" and a number below
// one hundred ("two thousand and one"). It returns the year and the number of
// tokens, or 0.
func (m *matcher) spelledYear(i int) (int, int) {
	num := func(j int) (int, bool) {
		if j >= len(m.toks) || m.toks[j].kind != kWord {
			return 0, false
		}
		v, ok := m.toks[j].e.get(cNUMW)
		if !ok || v.s == "X" || v.n != float64(int(v.n)) || v.n < 1 {
			return 0, false
		}
		return int(v.n), true
	}
	a, ok := num(i)
	if !ok {
		return 0, 0
	}
	b, ok := num(i + 1)
	if !ok {
		return 0, 0
	}
	if j := i + 2; j < len(m.toks) && (m.toks[j].e.has(cUNIT) || m.toks[j].e.has(cUNITS)) {
		return 0, 0 // "two thousand years"
	}
	switch {
	case a >= 10 && a <= 21 && b >= 10 && b <= 99:
		return a*100 + b, 2
	case a == 2 && b == 1000:
		j := i + 2
		if j < len(m.toks) && strings.EqualFold(m.word(j), "and") {
			j++
		}
		if c, ok := num(j); ok && c < 100 {
			return 2000 + c, j + 1 - i
		}
		return 2000, 2
	}
	return 0, 0
}
