package event

import (
	"sort"

	"github.com/chronik-dev/chronik"
)

// Prepositional roles of a noun phrase.
const (
	prepNone        = ""
	prepRecipient   = "recipient"   // gegen X, mit X, against X
	prepAgent       = "agent"       // von X, durch X, by X
	prepPlace       = "place"       // in X, at X
	prepDestination = "destination" // nach X
	prepBetween     = "between"     // zwischen X und Y
	prepOther       = "other"       // laut X, seit, nach Angaben X: never a participant
	prepSource      = "source"      // aus X, from X: the recipient of a withdrawal
)

// prepOrder is the order in which preposition categories are tried.
var prepOrder = []struct {
	cue  int
	role string
}{
	{cuePrepOther, prepOther},
	{cuePrepAgent, prepAgent},
	{cuePrepPlace, prepPlace},
	{cuePrepDestination, prepDestination},
	{cuePrepRecipient, prepRecipient},
	{cuePrepSource, prepSource},
}

// np is a noun phrase made of one or more adjacent entity mentions
// ("Russlands Außenminister Sergej Lawrow").
type np struct {
	first, end int // token range in the sentence
	ents       []*chronik.Entity
	prep       string
	object     bool // marked as an object by its article (den, dem)
	group      int  // coordination group: the index of its first np
}

// head returns the entity that names the phrase: the last one.
func (p *np) head() *chronik.Entity { return p.ents[len(p.ents)-1] }

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
	words := st.words[:0]
	for _, t := range toks {
		words = append(words, lower(t.Form))
	}
	st.words = words
	ss := &sentState{coderState: st, s: s, toks: toks, words: words}
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
		return
	}
	ss.matches = matches
	for _, m := range matches {
		ss.code(m)
	}
	ss.updateSubject()
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

func (ss *sentState) findPhrases() {
	n := len(ss.toks)
	ss.npAt = grow(&ss.scratch.npAt, n)
	for i := range ss.npAt {
		ss.npAt[i] = -1
	}
	sp := ss.s.Span
	for i := range ss.doc.Entities {
		e := &ss.doc.Entities[i]
		if !sp.Contains(e.Span) || e.Start >= e.End {
			continue
		}
		first, end, ok := ss.tokenRange(e.Span)
		if !ok || ss.npAt[first] >= 0 || ss.npAt[end-1] >= 0 {
			continue // overlaps an earlier mention
		}
		if k := len(ss.nps) - 1; k >= 0 && ss.nps[k].first > first {
			continue // out of order
		}
		if k := len(ss.nps) - 1; k >= 0 && ss.canMerge(&ss.nps[k], first, e) {
			p := &ss.nps[k]
			p.ents = append(p.ents, e)
			for t := p.end; t < end; t++ {
				ss.npAt[t] = k
			}
			p.end = end
			continue
		}
		ss.nps = append(ss.nps, np{first: first, end: end, ents: []*chronik.Entity{e}})
		for t := first; t < end; t++ {
			ss.npAt[t] = len(ss.nps) - 1
		}
	}
	for k := range ss.nps {
		ss.classify(k)
	}
	// coordination: "Trump und Kim", "Frankreich, Deutschland und Italien"
	for k := range ss.nps {
		ss.nps[k].group = k
		if k == 0 {
			continue
		}
		prev, cur := &ss.nps[k-1], &ss.nps[k]
		if cur.prep != prepNone || cur.object && !prev.object {
			continue
		}
		if ss.coordinated(prev.end, cur.first) {
			cur.group = prev.group
			cur.prep = prev.prep
			cur.object = prev.object
		}
	}
}

// canMerge reports whether a mention starting at token first joins the
// phrase p: a country, a place or an adjective modifying what follows
// ("Russlands Außenminister", "nordkoreanische Staatsmedien").
func (ss *sentState) canMerge(p *np, first int, e *chronik.Entity) bool {
	gap := first - p.end
	if gap > 3 || gap < 0 {
		return false
	}
	h := p.head()
	if h.Adjective && e.Type == "PER" && e.Country == "" && gap <= 3 {
		// "Nigerian junior foreign minister Dubem Oniya": a title between a
		// nationality and a name the knowledge base does not know
		for t := p.end; t < first; t++ {
			if ss.toks[t].Kind != chronik.TokenWord || ss.cueAt(cuePreposition, t) == 1 || ss.cueAt(cueCoordination, t) > 0 {
				return false
			}
		}
		return true
	}
	for t := p.end; t < first; t++ {
		// "Russlands Außenminister Sergej Lawrow", "Russian Foreign Minister Sergei Lavrov"
		w := ss.toks[t].Form
		if w != "'s" && w != "-" && !(isUpperStart(w) && (h.Adjective || h.Type == "GPE") && e.Type == "PER") {
			return false
		}
	}
	if h.Adjective {
		return true
	}
	return (h.Type == "GPE" || h.Type == "LOC") && e.Type != "GPE" && e.Type != "LOC" && !e.Adjective
}

// coordinated reports whether the tokens [from, to) join two phrases:
// only coordination words, commas and articles, with at least one
// coordination word or comma.
func (ss *sentState) coordinated(from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	seen := false
	for t := from; t < to; t++ {
		w := ss.words[t]
		switch {
		case ss.cueAt(cueCoordination, t) == 1 || w == "," && ss.listComma(t):
			seen = true
		case ss.cueAt(cueArticle, t) == 1:
		default:
			return false
		}
	}
	return seen
}

// classify finds the preposition or article before phrase k.
func (ss *sentState) classify(k int) {
	p := &ss.nps[k]
	t := p.first - 1
	for ; t >= 0 && p.first-t <= 3; t-- {
		if ss.cueAt(cueArticle, t) != 1 {
			break
		}
		if ss.cueAt(cueObjectArticle, t) == 1 {
			p.object = true
		}
	}
	if ss.b.lang == "en" && t > 0 && ss.npAt[t] < 0 && ss.toks[t].Kind == chronik.TokenWord && !isUpperStart(ss.toks[t].Form) && ss.cueAt(cueArticle, t-1) == 1 {
		// "of the divided Mediterranean island": an adjective between the
		// article and the name
		for t--; t >= 0 && ss.cueAt(cueArticle, t) == 1; t-- {
		}
	}
	if p.end < len(ss.words) && ss.cueAt(cuePrepPostposed, p.end) > 0 {
		p.prep = prepOther
		return
	}
	if t < 0 {
		return
	}
	// Titles and nouns before a name ("mit US-Außenminister Rex Tillerson",
	// "with German Chancellor Angela Merkel", "am Flughafen Frankfurt"): the
	// preposition before them governs the name. A person keeps the
	// preposition's role; a place after a noun is only where things happen.
	if t > 0 && ss.words[t] == "of" && ss.cueAt(cueQuantity, t-1) == 1 {
		return // "thousands of protesters": the protesters act
	}
	if ss.prepRole(t) != "" {
		p.prep = ss.prepRole(t)
		return
	}
	if u := ss.skipTitles(t); u != t && u >= 0 && ss.cueAt(cuePreposition, u) == 1 {
		h := p.head()
		if h.Type == "GPE" || h.Type == "LOC" {
			p.prep = prepOther
			if ss.cueAt(cuePrepPlace, u) == 1 {
				p.prep = prepPlace
			}
			return
		}
		t = u
	}
	p.prep = ss.prepRole(t)
}

// prepRole returns the role a preposition (or the last word of a
// two-word one, "nach Angaben") at token t gives the phrase after it.
func (ss *sentState) prepRole(t int) string {
	for _, c := range prepOrder {
		if ss.cueAt(c.cue, t) == 1 || t > 0 && ss.cueAt(c.cue, t-1) == 2 {
			return c.role
		}
	}
	if ss.cueAt(cuePrepBetween, t) == 1 {
		return prepBetween
	}
	return prepNone
}

// skipTitles skips back over up to three capitalized words that are no
// name, time or article ("German Chancellor", "Flughafen"), and the
// articles before them, returning the index of the word before; it returns
// t itself when t is no such word.
func (ss *sentState) skipTitles(t int) int {
	u := t
	for n := 0; u >= 0 && n < 3; n++ {
		tk := &ss.toks[u]
		if ss.npAt[u] >= 0 || ss.inTimex[u] || tk.Kind != chronik.TokenWord || !isUpperStart(tk.Form) ||
			ss.cueAt(cueArticle, u) == 1 || ss.cueAt(cuePreposition, u) == 1 {
			break
		}
		u--
	}
	if u == t {
		return t
	}
	for u >= 0 && ss.cueAt(cueArticle, u) == 1 {
		u--
	}
	return u
}

// isBoundary reports whether token i separates clauses.
func (ss *sentState) isBoundary(i int) bool {
	t := &ss.toks[i]
	if t.Kind == chronik.TokenPunct {
		switch t.Form {
		case ",":
			return !ss.listComma(i)
		case ";", ":", "(", ")", "\"", ".", "!", "?", "[", "]":
			return true
		}
		return false
	}
	return false
}

// listComma reports whether the comma at token i separates names of a
// list that a coordination word closes: "Frankreich, Deutschland und
// Italien".
func (ss *sentState) listComma(i int) bool {
	if i == 0 || ss.npAt[i-1] < 0 {
		return false
	}
	j := i + 1
	for j < len(ss.words) && ss.cueAt(cueArticle, j) == 1 {
		j++
	}
	if j >= len(ss.words) || ss.npAt[j] < 0 || ss.nps[ss.npAt[j]].first != j {
		return false
	}
	j = ss.nps[ss.npAt[j]].end
	return j < len(ss.words) && (ss.words[j] == "," && ss.listComma(j) || ss.cueAt(cueCoordination, j) > 0)
}

func (ss *sentState) findClauses() {
	n := len(ss.toks)
	ss.clauseOf = grow(&ss.scratch.clauseOf, n)
	start := 0
	flush := func(end int) {
		if end > start {
			ss.clauses = append(ss.clauses, [2]int{start, end})
			for t := start; t < end; t++ {
				ss.clauseOf[t] = len(ss.clauses) - 1
			}
		}
	}
	for i := 0; i < n; i++ {
		switch {
		case ss.isBoundary(i):
			flush(i)
			ss.clauseOf[i] = -1
			start = i + 1
		case i > start && ss.npAt[i] < 0 && ss.cueAt(cueBoundary, i) == 1:
			flush(i)
			start = i
		}
	}
	flush(n)
	ss.subjects = grow(&ss.scratch.subjects, len(ss.clauses))
	for i := range ss.subjects {
		ss.subjects[i] = -2
	}
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

// clauseAt returns the clause of token i, or the nearest clause before it.
func (ss *sentState) clauseAt(i int) int {
	for ; i >= 0; i-- {
		if c := ss.clauseOf[i]; c >= 0 {
			return c
		}
	}
	return 0
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
