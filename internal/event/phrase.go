package event

import (
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
			ss.addEntity(p, e)
			for t := p.end; t < end; t++ {
				ss.npAt[t] = k
			}
			p.end = end
			continue
		}
		ss.nps = append(ss.nps, np{first: first, end: end})
		ss.addEntity(&ss.nps[len(ss.nps)-1], e)
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
		if ss.coordinated(prev.end, cur.first) || ss.coordinatedTitle(prev, cur) {
			cur.group = prev.group
			cur.prep = prev.prep
			cur.object = prev.object
		}
	}
}

// addEntity appends e to the last phrase p. The entities of the
// sentence's phrases share one buffer, in which p's are the last ones.
func (ss *sentState) addEntity(p *np, e *chronik.Entity) {
	buf := append(ss.scratch.ents, e)
	ss.scratch.ents = buf
	n := len(buf)
	p.ents = buf[n-len(p.ents)-1 : n : n]
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

// coordinatedTitle reports whether person phrase cur joins person phrase
// prev across a coordination word and the title of cur that no entity
// covers: "Kim and Chinese President Xi Jinping", "President Donald Trump
// and President Vladimir Putin", "Trump und Außenminister Pompeo". Only
// persons on both sides, one coordination word and up to three
// capitalized words.
func (ss *sentState) coordinatedTitle(prev, cur *np) bool {
	from, to := prev.end, cur.first
	if to-from < 2 || to-from > 4 || prev.head().Type != "PER" || cur.head().Type != "PER" {
		return false
	}
	if ss.cueAt(cueCoordination, from) != 1 && !(ss.words[from] == "," && ss.listComma(from)) {
		return false
	}
	t := from + 1
	if ss.cueAt(cueCoordination, from) == 1 {
		// "und der ukrainische Präsident Selenskyj"
		for t < to && ss.cueAt(cueArticle, t) == 1 {
			t++
		}
	}
	return t < to && ss.titleWords(t) == to-t
}

// adjectiveOfNoun reports whether German phrase p is a country's adjective
// in a genitive before a noun that names no actor ("vor dem Jahrestag des
// russischen Einmarschs"): an attribute of an attribute, neither subject
// nor object. Elsewhere the adjective tells whose the noun is ("eine
// chinesische Managerin", "auf israelische Städte").
func (ss *sentState) adjectiveOfNoun(p *np) bool {
	if ss.b.lang != "de" || !p.head().Adjective || p.first == 0 || p.end >= len(ss.toks) || ss.npAt[p.end] >= 0 ||
		ss.toks[p.end].Kind != chronik.TokenWord || !isUpperStart(ss.toks[p.end].Form) {
		return false
	}
	switch ss.words[p.first-1] {
	case "des", "eines":
		return true
	}
	return false
}

// timeZone reports whether phrase p names a time zone: a place or a
// country's adjective before a time-zone noun ("am Abend deutscher Zeit",
// "10 a.m. Moscow time"). It is no participant.
func (ss *sentState) timeZone(p *np) bool {
	return p.end < len(ss.words) && ss.npAt[p.end] < 0 && ss.cueAt(cueTimeZone, p.end) == 1
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
		if ss.titleOf(u) {
			// "Secretary of State Mike Pompeo": "of" inside a title
			u--
			continue
		}
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

// titleOf reports whether token u is an English "of" between two
// capitalized words that are no names ("Secretary of State", "Minister of
// Defence"): part of a title, not a preposition before the name.
func (ss *sentState) titleOf(u int) bool {
	if ss.b.lang != "en" || ss.words[u] != "of" || u == 0 || u+1 >= len(ss.words) {
		return false
	}
	for _, t := range [2]int{u - 1, u + 1} {
		if ss.npAt[t] >= 0 || ss.toks[t].Kind != chronik.TokenWord || !isUpperStart(ss.toks[t].Form) {
			return false
		}
	}
	return true
}
