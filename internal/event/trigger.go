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
		ss.cands = ss.b.candidates(ss.cands[:0], w)
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
	var kept []match
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

// dropContent removes noun triggers that only name what a verb trigger of
// the same clause is about: "vereinbarten eine Zusammenarbeit", "bot
// Gespräche an", "welcomed the meeting", "refused direct talks", "the
// meeting was called off". A noun inside a prepositional phrase of place
// or time ("während eines Besuchs") stays an event of its own.
func (ss *sentState) dropContent(ms []match) []match {
	sameClause := func(a, b match) bool { return ss.clauseOf[a.head] == ss.clauseOf[b.head] }
	isVerb := func(m match) bool {
		if ss.b.lang == "de" {
			return !isUpperStart(ss.toks[m.head].Form)
		}
		return !ss.afterDeterminer(m.first)
	}
	content := func(m match) bool {
		// a meeting that is refused or requested is the content of the refusal
		if m.p.Type == "CONSULT" {
			for _, o := range ms {
				if o.head != m.head && sameClause(o, m) && (o.p.Type == "REJECT" || o.p.Type == "REQUEST") && (o.p.Mode == "" || o.p.Mode == demandMode[m.p.Type]) {
					return true
				}
			}
		}
		if ss.b.lang == "en" {
			for _, o := range ms {
				if o.head >= m.head || !sameClause(o, m) {
					continue
				}
				if m.first > 0 && ss.cueAt(cueInfinitive, m.first-1) > 0 && m.head-o.head <= 4 {
					return true // "refused to sign", "threatened to impose"
				}
				if !isVerb(o) {
					continue
				}
				if p := ss.inPP(m.first); p >= 0 {
					if ss.cueAt(cuePrepContent, p) == 1 {
						return true
					}
					continue
				}
				if ss.afterDeterminer(m.first) || m.first == o.end ||
					m.first == o.end+1 && ss.npAt[o.end] < 0 && ss.toks[o.end].Kind == chronik.TokenWord {
					return true
				}
			}
			return false
		}
		if isVerb(m) {
			return false
		}
		if p := ss.inPP(m.first); p >= 0 && ss.cueAt(cuePrepContent, p) != 1 {
			return false
		}
		for _, o := range ms {
			if o.head != m.head && isVerb(o) && sameClause(o, m) {
				return true
			}
		}
		return false
	}
	drop := make([]bool, len(ms))
	for i, m := range ms {
		drop[i] = content(m)
	}
	for i, m := range ms {
		// "endete ohne Einigung": what did not come about is no event
		if p := ss.inPP(m.first); p >= 0 && ss.cueAt(cuePrepAbsent, p) == 1 {
			drop[i] = true
		}
	}
	out := make([]match, 0, len(ms))
	for i, m := range ms {
		if !drop[i] {
			continue
		}
		ss.dropped = append(ss.dropped, m.head)
		// the content names the mode of a request or refusal: "lehnte
		// Verhandlungen ab" is REJECT meet
		for k := range ms {
			o := &ms[k]
			if !drop[k] && (o.p.Type == "REJECT" || o.p.Type == "REQUEST") && o.p.Mode == "" && o.mode == "" && sameClause(*o, m) {
				o.mode = demandMode[m.p.Type]
			}
		}
	}
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// afterDeterminer reports whether an article or determiner stands right
// before token i (perhaps with one adjective between).
func (ss *sentState) afterDeterminer(i int) bool {
	for t := i - 1; t >= 0 && t >= i-2; t-- {
		if ss.cueAt(cueArticle, t) == 1 {
			return true
		}
		if ss.npAt[t] >= 0 || ss.toks[t].Kind != chronik.TokenWord {
			return false
		}
	}
	return false
}

// inPP returns the preposition that governs the noun at token i: it
// stands before it with only articles and lowercase modifiers between. It
// returns -1 when there is none.
func (ss *sentState) inPP(i int) int {
	for t := i - 1; t >= 0 && t >= i-4; t-- {
		if ss.cueAt(cuePreposition, t) == 1 {
			return t
		}
		if ss.toks[t].Kind != chronik.TokenWord || ss.b.lang == "de" && isUpperStart(ss.toks[t].Form) {
			return -1
		}
	}
	return -1
}

// inName reports whether token i lies inside a multiword organisation
// name before its last word, where trigger words are part of the name
// ("Amnesty International"); a head noun such as "Truppen" in "russische
// Truppen" still counts.
func (ss *sentState) inName(i int) bool {
	tok := ss.toks[i].Span
	for _, e := range ss.nps[ss.npAt[i]].ents {
		if e.Type == "ORG" && e.Span.Contains(tok) && tok.End < e.End {
			return true
		}
	}
	return false
}

// attributive reports whether a lowercase German word is a participle used
// as an adjective: after an article, a number or a preposition and before
// a noun ("die geplante Reise", "drei inhaftierten US-Bürgern").
func (ss *sentState) attributive(i int) bool {
	if ss.b.lang != "de" || i == 0 || i+1 >= len(ss.toks) || isUpperStart(ss.toks[i].Form) {
		return false
	}
	w := ss.words[i]
	if !(strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")) {
		return false
	}
	next := ss.toks[i+1]
	if next.Kind != chronik.TokenWord || !isUpperStart(next.Form) || ss.inTimex[i+1] {
		return false
	}
	prev := ss.toks[i-1]
	return prev.Kind == chronik.TokenNumber && !ss.inTimex[i-1] || ss.cueAt(cueArticle, i-1) == 1 || ss.cueAt(cuePreposition, i-1) == 1
}
