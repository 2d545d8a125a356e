package event

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/fold"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// Coder codes the events of a document in PLOVER: it finds trigger words
// from the embedded codebook, reads actor and recipient from the clause,
// dates each event by the time expression that governs it and marks its
// modality. It is a pipeline stage and safe for concurrent use.
type Coder struct {
	// KB, when set, gives places their coordinates and tells capitals
	// (which speak for their government) from other cities.
	KB *gazetteer.KB
	// DefaultLang is the codebook used for documents without a language;
	// empty means such documents get no events.
	DefaultLang string
}

// NewCoder returns a coder that uses the default knowledge base of package
// gazetteer for coordinates, when it loads.
func NewCoder() *Coder {
	c := &Coder{}
	if kb, err := gazetteer.Default(); err == nil {
		c.KB = kb
	}
	return c
}

// Annotate fills doc.Events from the document's sentences, tokens, time
// expressions and entities, with ids v1, v2, … in text order. A document
// without sentences is tokenized by the caller's pipeline first; Annotate
// codes nothing for languages the codebook lacks. The only error is a
// broken embedded codebook or a cancelled context.
func (c *Coder) Annotate(ctx context.Context, doc *chronik.Document) error {
	books, err := loadCodebooks()
	if err != nil {
		return err
	}
	lang := doc.Lang
	if lang == "" {
		lang = c.DefaultLang
	}
	b := books[lang]
	doc.Events = doc.Events[:0]
	if b == nil {
		return nil
	}
	st, _ := statePool.Get().(*coderState)
	if st == nil {
		st = new(coderState)
	}
	defer statePool.Put(st)
	st.reset(c, b, doc)
	// Events are coded into a pooled buffer and copied out at the end.
	events := doc.Events
	doc.Events = st.events[:0]
	defer func() {
		st.events = doc.Events
		doc.Events = append(slices.Grow(events, len(st.events)), st.events...)
		clear(st.events)
		st.events = st.events[:0]
	}()
	for si := range doc.Sentences {
		if si%256 == 255 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		st.sentence(&doc.Sentences[si])
	}
	resolveAnaphora(doc.Events, st.own, st.dct)
	for i := range doc.Events {
		doc.Events[i].ID = eventID(i + 1)
	}
	return nil
}

// eventIDs are the ids of the first events of a document.
var eventIDs = func() []string {
	ids := make([]string, 64)
	for i := range ids {
		ids[i] = "v" + strconv.Itoa(i)
	}
	return ids
}()

// eventID returns "v" followed by n.
func eventID(n int) string {
	if n < len(eventIDs) {
		return eventIDs[n]
	}
	return "v" + strconv.Itoa(n)
}

// coderState carries what one document's sentences share.
type coderState struct {
	c   *Coder
	b   *book
	doc *chronik.Document
	// lastSubject is the actor of the last clause with a named subject,
	// for pronouns ("er", "she") in later clauses and sentences.
	lastSubject []chronik.Actor
	// persons holds the last persons the document named, oldest first,
	// for "the two leaders" and "their meeting".
	persons []chronik.Actor
	dct     string // the document date as a TIMEX3 value
	// own marks, per coded event, a trigger after "own"/"eigenen" ("his
	// own meeting with Kim"): another happening than the one just told,
	// never the one a report without participants names again.
	own []bool
	// events collects the document's events while it is coded.
	events []chronik.Event
	// lowered holds the lowercase form of every token of the document.
	lowered []string
	low     []byte
	ends    []int
	// scratch buffers reused across sentences
	cands []*pattern
	memo  []uint8
	wcues []*wordCue
	// scratch holds per-sentence buffers reused across sentences.
	scratch struct {
		npAt, clauseOf, subjects []int
		inTimex, used, drop      []bool
		found, kept              []match
		nps                      []np
		ents                     []*chronik.Entity
		clauses                  [][2]int
		timexes                  []tspan
		dropped                  []int
	}
}

// statePool keeps coderStates and their buffers between documents.
var statePool sync.Pool

// reset prepares st for doc, keeping its buffers.
func (st *coderState) reset(c *Coder, b *book, doc *chronik.Document) {
	st.c, st.b, st.doc = c, b, doc
	st.lastSubject = nil
	st.persons = st.persons[:0]
	st.own = st.own[:0]
	st.dct = doc.DCT.String()
	st.lowerTokens()
}

// lowerTokens fills st.lowered with the lowercase form of every token,
// all sharing one string.
func (st *coderState) lowerTokens() {
	toks := st.doc.Tokens
	low := st.low[:0]
	ends := st.ends[:0]
	for _, t := range toks {
		low = appendLower(low, t.Form)
		ends = append(ends, len(low))
	}
	st.low, st.ends = low, ends
	all := string(low)
	st.lowered = st.lowered[:0]
	start := 0
	for _, end := range ends {
		st.lowered = append(st.lowered, all[start:end])
		start = end
	}
}

// hasUpper reports whether s may change under strings.ToLower: it has an
// ASCII capital or a non-ASCII byte.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(s) to b.
func appendLower(b []byte, s string) []byte {
	if !hasUpper(s) {
		return append(b, s...)
	}
	return fold.AppendLower(b, s)
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
