package event

import (
	"strings"
)

// cueSet holds the cue patterns of one category (negation, future, …) as
// read from the codebook; lookups go through the book's word index
// (wordCue), built from the same patterns.
type cueSet struct {
	single map[string]bool // one-word cues, exact
	prefix []string        // one-word cues given as prefixes
	multi  [][]elem        // multi-word cues
}

// wordCue is what the cue index knows about one word.
type wordCue struct {
	single uint64 // bit i: a one-word cue of category i
	multi  []catMulti
	exact  []*pattern // the trigger patterns the word starts (book.byExact)
}

type catMulti struct {
	cat   int
	elems []elem
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
	cuePossessive
	cuePlural
	cuePrepSince
	cuePrepAfter
	cuePrepBefore
	cueObjectPronoun
	cuePlanNoun
	cueFutureComplement
	cueTimeZone
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
	"possessive", "plural", "prep-since", "prep-after", "prep-before",
	"object-pronoun", "plan-noun", "future-complement", "time-zone",
}

func (b *book) cue(cat string) *cueSet { return b.cues[cat] }

// indexCue adds a cue of category cat to the word index.
func (b *book) indexCue(cat int, elems []elem) {
	if len(elems) == 1 {
		b.prefixCues[cat] = append(b.prefixCues[cat], elems[0].prefixes...)
	} else if len(elems[0].prefixes) > 0 {
		b.multiAny[cat] = append(b.multiAny[cat], elems)
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
		for _, p := range b.prefixCues[cat] {
			if strings.HasPrefix(words[i], p) {
				n = 1
				break
			}
		}
	}
	for _, elems := range b.multiAny[cat] {
		if len(elems) > n && matchAt(elems, words, i) {
			n = len(elems)
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

func (c *cueSet) add(elems []elem) {
	if len(elems) == 1 {
		for _, w := range elems[0].exact {
			c.single[w] = true
		}
		c.prefix = append(c.prefix, elems[0].prefixes...)
		return
	}
	c.multi = append(c.multi, elems)
}
