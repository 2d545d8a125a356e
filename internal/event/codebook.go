package event

import (
	"embed"
	"errors"
	"fmt"
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
	// topic: the object of the verb is what is talked about, not the
	// partner ("discuss Syria and Ukraine"; the partner comes with "with").
	topic bool
	// prio is the line's position in the codebook; earlier lines win ties.
	prio int
	src  string
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
	prefixCues [numCues][]string // by category
	multiAny   [numCues][][]elem // by category
	cues       map[string]*cueSet
	cueList    [numCues]*cueSet
}

// candidates returns the patterns whose first element may match w.
func (b *book) candidates(dst []*pattern, w string) []*pattern {
	return b.candidatesOf(dst, w, b.wordCues[w])
}

// candidatesOf is candidates for a word whose index entry is known.
func (b *book) candidatesOf(dst []*pattern, w string, wc *wordCue) []*pattern {
	if wc != nil {
		dst = append(dst, wc.exact...)
	}
	if len(w) >= 3 {
		dst = append(dst, b.byPrefix3[w[:3]]...)
	}
	return dst
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
