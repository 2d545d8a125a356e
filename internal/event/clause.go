package event

import (
	"github.com/chronik-dev/chronik"
)

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
	if ss.nps[ss.npAt[i-1]].head().Type == "PER" {
		// "Merkel, Gastgeber Macron, Kremlchef Putin und …": a person's
		// title between the comma and the next person
		if k := ss.titleWords(j); k > 0 && j+k < len(ss.words) && ss.npAt[j+k] >= 0 && ss.nps[ss.npAt[j+k]].head().Type == "PER" {
			j += k
		}
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

// clauseAt returns the clause of token i, or the nearest clause before it.
func (ss *sentState) clauseAt(i int) int {
	for ; i >= 0; i-- {
		if c := ss.clauseOf[i]; c >= 0 {
			return c
		}
	}
	return 0
}

// titleWords returns how many words from token t on, at most three, are
// a title no entity covers: capitalized words that are no article,
// preposition or time expression ("Gastgeber", "Kremlchef", "Foreign
// Minister"), or 0.
func (ss *sentState) titleWords(t int) int {
	n := 0
	for ; n < 3 && t+n < len(ss.words); n++ {
		u := t + n
		if ss.npAt[u] >= 0 || ss.toks[u].Kind != chronik.TokenWord || ss.inTimex[u] ||
			ss.cueAt(cueArticle, u) == 1 || ss.cueAt(cuePreposition, u) == 1 {
			break
		}
		if !isUpperStart(ss.toks[u].Form) && !ss.attributive(u) {
			break
		}
	}
	return n
}
