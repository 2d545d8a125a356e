package event

import (
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// match is one trigger found in a sentence.
type match struct {
	p *pattern
	// head is the token that carries the trigger (the verb of a separable
	// verb, the second word of a co-occurrence); first and end bound the
	// trigger text; toks lists every token the pattern used.
	head, first, end int
	toks             tokSet
	// mode overrides the pattern's mode ("lehnte Verhandlungen ab": meet).
	mode string
}

// tokSet lists the tokens a pattern used; patterns have at most a few words.
type tokSet struct {
	n int
	t [6]int
}

func (s *tokSet) add(i int) {
	if s.n < len(s.t) {
		s.t[s.n] = i
		s.n++
	}
}

func (s *tokSet) list() []int { return s.t[:s.n] }

func (s *tokSet) has(i int) bool { return slices.Contains(s.t[:s.n], i) }

// wordForms returns the forms of word i a pattern may match: the word and,
// for hyphenated compounds ("US-Sanktionen"), the part after the last hyphen.
func (ss *sentState) wordForms(i int) (string, string) {
	w := ss.words[i]
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 {
		return w, w[k+1:]
	}
	return w, ""
}

func (ss *sentState) elemMatch(e *elem, i int) bool {
	w, tail := ss.wordForms(i)
	return e.match(w) || tail != "" && e.match(tail)
}

// clauseFinal reports whether token j ends its clause or a coordinated
// part of it, as a separated particle does ("lud Kim ein.").
func (ss *sentState) clauseFinal(j int) bool {
	if j+1 >= len(ss.toks) || ss.clauseOf[j+1] != ss.clauseOf[j] {
		return true
	}
	if ss.toks[j+1].Kind == chronik.TokenPunct {
		return true
	}
	return ss.cueAt(cueCoordination, j+1) > 0
}

func (ss *sentState) findTriggers() []match {
	found := ss.scratch.found[:0]
	defer func() { ss.scratch.found = found[:0] }()
	for i := range ss.words {
		c := ss.clauseOf[i]
		if c < 0 || ss.inTimex[i] || ss.toks[i].Kind != chronik.TokenWord && ss.toks[i].Kind != chronik.TokenAbbrev {
			continue
		}
		if k := ss.npAt[i]; k >= 0 && ss.inName(i) {
			continue // "Amnesty International", "Organisation für Zusammenarbeit"
		}
		if ss.attributive(i) {
			continue // "von drei inhaftierten US-Bürgern"
		}
		w, tail := ss.wordForms(i)
		ss.cands = ss.b.candidatesOf(ss.cands[:0], w, ss.wcues[i]) // w is ss.words[i]
		if tail != "" {
			ss.cands = ss.b.candidates(ss.cands, tail)
		}
		cl := ss.clauses[c]
		for _, p := range ss.cands {
			if m, ok := ss.tryPattern(p, i, cl); ok {
				found = append(found, m)
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	// Longer patterns win over the shorter ones they overlap, then earlier
	// codebook lines, then earlier positions.
	slices.SortStableFunc(found, func(a, b match) int {
		if d := b.toks.n - a.toks.n; d != 0 {
			return d
		}
		if d := kindRank[a.p.kind] - kindRank[b.p.kind]; d != 0 {
			return d
		}
		if an, bn := a.p.Type == typeNone, b.p.Type == typeNone; an != bn {
			if an {
				return -1
			}
			return 1
		}
		if d := a.p.prio - b.p.prio; d != 0 {
			return d
		}
		return a.head - b.head
	})
	used := grow(&ss.scratch.used, len(ss.words))
	kept := ss.scratch.kept[:0]
	defer func() { ss.scratch.kept = kept[:0] }()
	for _, m := range found {
		clash := false
		for _, t := range m.toks.list() {
			if used[t] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		for _, t := range m.toks.list() {
			used[t] = true
		}
		kept = append(kept, m)
	}
	kept = slices.DeleteFunc(kept, func(m match) bool { return m.p.Type == typeNone })
	kept = ss.dropContent(kept)
	slices.SortFunc(kept, func(a, b match) int { return a.head - b.head })
	// One event per type and clause: "trafen sich zu Gesprächen" is one
	// meeting. The first trigger stays and takes a mode it lacks.
	out := kept[:0]
	for _, m := range kept {
		dup := false
		for k := range out {
			o := &out[k]
			if o.p.Type == m.p.Type && ss.clauseOf[o.head] == ss.clauseOf[m.head] {
				if o.p.Mode == "" && m.p.Mode != "" {
					o.p = m.p
				}
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

// tryPattern checks pattern p with one of its indexed words at token i
// inside clause cl.
func (ss *sentState) tryPattern(p *pattern, i int, cl [2]int) (match, bool) {
	switch p.kind {
	case kindSeq:
		if !ss.elemMatch(&p.elems[0], i) || i+len(p.elems) > cl[1] {
			return match{}, false
		}
		for k := 1; k < len(p.elems); k++ {
			if !ss.elemMatch(&p.elems[k], i+k) {
				return match{}, false
			}
		}
		m := match{p: p, head: i, first: i, end: i + len(p.elems)}
		for k := range p.elems {
			m.toks.add(i + k)
		}
		return m, true
	case kindSep:
		if !ss.elemMatch(&p.elems[0], i) {
			return match{}, false
		}
		for j := i + 1; j < cl[1]; j++ {
			if ss.elemMatch(&p.elems[1], j) && ss.clauseFinal(j) {
				m := match{p: p, head: i, first: i, end: i + 1}
				m.toks.add(i)
				m.toks.add(j)
				return m, true
			}
		}
	case kindCoOcc:
		// Indexed by the second word, the trigger; the first may stand
		// anywhere in the clause.
		if !ss.elemMatch(&p.elems[1], i) {
			return match{}, false
		}
		best := -1
		for j := cl[0]; j < cl[1]; j++ {
			if j != i && (best < 0 || abs(j-i) < abs(best-i)) && ss.elemMatch(&p.elems[0], j) {
				best = j
			}
		}
		if best >= 0 {
			m := match{p: p, head: i, first: i, end: i + 1}
			m.toks.add(best)
			m.toks.add(i)
			return m, true
		}
	}
	return match{}, false
}

// kindRank orders patterns of equal length: words that co-occur name the
// event more precisely than a separable verb alone ("Beziehungen … brach"
// over "brach … ab").
var kindRank = map[patternKind]int{kindCoOcc: 0, kindSep: 1, kindSeq: 2}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
