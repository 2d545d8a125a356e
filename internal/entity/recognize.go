package entity

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// Recognizer finds and links entities. It is a pipeline stage
// (Annotate(ctx, doc) error) and safe for concurrent use once configured.
type Recognizer struct {
	// KB is the knowledge base names are matched against.
	KB *gazetteer.KB
	// Nominals adds mentions that name no one but resolve to someone or
	// something: role expressions ("der russische Außenminister" → Sergej
	// Lawrow) and sector phrases ("nordkoreanische Staatsmedien" → PRK JRN).
	// NewRecognizer turns it on; evaluation against name-only gold turns it
	// off.
	Nominals bool
	// Adjectives adds adjective and demonym mentions ("russischen",
	// "Russen") with Adjective set. NewRecognizer turns it on.
	Adjectives bool

	pool sync.Pool
}

// ErrNoKB is returned by Annotate when the recognizer has no knowledge base.
var ErrNoKB = errors.New("entity: no knowledge base")

// NewRecognizer returns a recognizer over kb with nominal and adjective
// mentions turned on.
func NewRecognizer(kb *gazetteer.KB) *Recognizer {
	return &Recognizer{KB: kb, Nominals: true, Adjectives: true}
}

// Annotate replaces doc.Entities with the entities found in the document
// body. It reads doc.NormText(), doc.Lang ("de" when empty) and doc.DCT (role
// expressions stay unresolved when the DCT is unknown).
func (r *Recognizer) Annotate(ctx context.Context, doc *chronik.Document) error {
	if r.KB == nil {
		return ErrNoKB
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	st, _ := r.pool.Get().(*state)
	if st == nil {
		st = &state{}
	}
	defer r.pool.Put(st)
	var dct time.Time
	if !doc.DCT.IsZero() {
		dct = doc.DCT.Time
	}
	lang := doc.Lang
	if lang == "" {
		lang = "de"
	}
	st.reset(r, doc.NormText(), lang, dct)
	st.run()
	doc.Entities = st.emit(doc, doc.Entities[:0])
	return nil
}

// Recognize is a convenience for callers outside a pipeline: it annotates a
// copy of text as a document in lang dated dct and returns its entities.
func (r *Recognizer) Recognize(text, lang string, dct chronik.DCT) ([]chronik.Entity, error) {
	doc := &chronik.Document{Text: text, Lang: lang, DCT: dct}
	if err := r.Annotate(context.Background(), doc); err != nil {
		return nil, err
	}
	return doc.Entities, nil
}

// mention is an entity found in the normalized text, before emission.
type mention struct {
	start, end int
	typ        string
	ref, name  string
	country    string
	sector     string
	adjective  bool
	nominal    bool
	entry      int32 // -1 for unknown names and nominals
}

func (st *state) emit(doc *chronik.Document, out []chronik.Entity) []chronik.Entity {
	sort.SliceStable(st.ments, func(a, b int) bool { return st.ments[a].start < st.ments[b].start })
	out = slices.Grow(out, len(st.ments)) // at most one entity per mention
	n := 0
	for _, m := range st.ments {
		if m.nominal && !st.r.Nominals || m.adjective && !st.r.Adjectives {
			continue
		}
		sp := doc.BodySpan(chronik.Span{Start: m.start, End: m.end})
		if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
			continue
		}
		n++
		out = append(out, chronik.Entity{
			ID: entityID(n), Text: doc.Text[sp.Start:sp.End], Span: sp,
			Type: m.typ, Ref: m.ref, Name: m.name, Country: m.country, Sector: m.sector, Adjective: m.adjective,
		})
	}
	return out
}

// entityIDs are the ids of the first entities of a document.
var entityIDs = func() []string {
	ids := make([]string, 128)
	for i := range ids {
		ids[i] = "e" + strconv.Itoa(i)
	}
	return ids
}()

// entityID returns "e" followed by n.
func entityID(n int) string {
	if n < len(entityIDs) {
		return entityIDs[n]
	}
	return "e" + strconv.Itoa(n)
}
