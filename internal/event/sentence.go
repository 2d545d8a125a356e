package event

import (
	"sort"

	"github.com/chronik-dev/chronik"
)

type tspan struct {
	first, end int
	t          *chronik.Timex
}

// sentState is the analysis of one sentence.
type sentState struct {
	*coderState
	s        *chronik.Sentence
	toks     []chronik.Token
	words    []string
	nps      []np
	npAt     []int // token → np index, or -1
	clauses  [][2]int
	clauseOf []int // token → clause index, or -1 for boundary tokens
	timexes  []tspan
	inTimex  []bool  // token → part of a time expression
	cueMemo  []uint8 // token*numCues+category → cue length + 1, 0 unknown
	wcues    []*wordCue
	// subjects caches each clause's subject group (-1: none, -2: not yet
	// known, subjPronoun: a pronoun)
	subjects []int
	// matches are the sentence's triggers.
	matches []match
	// demanded is set while coding an action that someone must take.
	demanded bool
	// dropped lists the heads of noun triggers that only name a verb's
	// content; phrases attached to them are not the verb's recipients.
	dropped []int
}

func (st *coderState) sentence(s *chronik.Sentence) {
	doc := st.doc
	if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken >= s.EndToken {
		return
	}
	toks := doc.Tokens[s.FirstToken:s.EndToken]
	words := st.lowered[s.FirstToken:s.EndToken:s.EndToken]
	ss := &sentState{coderState: st, s: s, toks: toks, words: words,
		nps: st.scratch.nps[:0], clauses: st.scratch.clauses[:0],
		timexes: st.scratch.timexes[:0], dropped: st.scratch.dropped[:0]}
	st.scratch.ents = st.scratch.ents[:0]
	defer ss.keepBuffers()
	ss.wcues = st.wcues[:0]
	for _, w := range words {
		ss.wcues = append(ss.wcues, st.b.wordCues[w])
	}
	st.wcues = ss.wcues
	if n := len(toks) * numCues; cap(st.memo) >= n {
		ss.cueMemo = st.memo[:n]
		clear(ss.cueMemo)
	} else {
		st.memo = make([]uint8, n)
		ss.cueMemo = st.memo
	}
	ss.findTimexes()
	ss.findPhrases()
	ss.findClauses()
	matches := ss.findTriggers()
	if len(matches) == 0 {
		ss.updateSubject()
		ss.keepPersons()
		return
	}
	ss.matches = matches
	for _, m := range matches {
		ss.code(m)
	}
	ss.updateSubject()
	ss.keepPersons()
}

// keepBuffers hands the sentence's slices back to the coderState for the
// next sentence.
func (ss *sentState) keepBuffers() {
	sc := &ss.coderState.scratch
	sc.nps, sc.clauses, sc.timexes, sc.dropped = ss.nps[:0], ss.clauses[:0], ss.timexes[:0], ss.dropped[:0]
}

// grow returns (*buf)[:n], zeroed, reallocating *buf when it is too small.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n, n+n/2)
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

// tokenRange maps a byte span of the body to the sentence's tokens it
// covers; ok is false when it covers none.
func (ss *sentState) tokenRange(sp chronik.Span) (first, end int, ok bool) {
	toks := ss.toks
	first = sort.Search(len(toks), func(i int) bool { return toks[i].End > sp.Start })
	end = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
	return first, end, first < end
}

func (ss *sentState) findTimexes() {
	sp := ss.s.Span
	ss.inTimex = grow(&ss.scratch.inTimex, len(ss.toks))
	for i := range ss.doc.Timexes {
		x := &ss.doc.Timexes[i]
		if !sp.Contains(x.Span) {
			continue
		}
		if first, end, ok := ss.tokenRange(x.Span); ok {
			for t := first; t < end; t++ {
				ss.inTimex[t] = true // "March", "May" are no trigger or cue
			}
		}
		if x.Type != "DATE" && x.Type != "TIME" {
			continue
		}
		if x.Value == "" || !(x.Value[0] >= '0' && x.Value[0] <= '9' || x.Value[0] == 'X') {
			continue
		}
		first, end, ok := ss.tokenRange(x.Span)
		if !ok {
			continue
		}
		ss.timexes = append(ss.timexes, tspan{first, end, x})
	}
}

// cueAt returns the length in words of the longest cue of category cat
// that starts at token t, or 0. Results are kept for the sentence.
func (ss *sentState) cueAt(cat, t int) int {
	if t < 0 || t >= len(ss.words) {
		return 0
	}
	k := t*numCues + cat
	if v := ss.cueMemo[k]; v != 0 {
		return int(v) - 1
	}
	n := ss.b.cueLen(cat, ss.wcues[t], ss.words, t)
	ss.cueMemo[k] = uint8(n + 1)
	return n
}

// cueIn reports whether any cue of the category occurs in the token
// range [from, to), skipping the tokens of skip.
func (ss *sentState) cueIn(cat int, from, to int, skip [2]int) (int, bool) {
	for t := max(from, 0); t < to && t < len(ss.words); t++ {
		if t >= skip[0] && t < skip[1] || ss.inTimex != nil && ss.inTimex[t] {
			continue
		}
		if ss.cueAt(cat, t) > 0 {
			return t, true
		}
	}
	return -1, false
}
