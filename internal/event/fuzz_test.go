package event

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// stripMarkers removes the entity and timex markers of a txtar input,
// leaving the plain sentence.
func stripMarkers(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return b.String() + s[i:]
			}
			text, _, _ := strings.Cut(s[i+1:i+j], "|")
			b.WriteString(text)
			i += j + 1
		case strings.HasPrefix(s[i:], "«"):
			j := strings.Index(s[i:], "»")
			if j < 0 {
				return b.String() + s[i:]
			}
			text, _, _ := strings.Cut(s[i+len("«"):i+j], "|")
			b.WriteString(text)
			i += j + len("»")
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// seedInputs returns the plain inputs of every txtar case.
func seedInputs(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, sec := range txtar.Parse(data).Files {
			if strings.HasPrefix(sec.Name, "input") {
				out = append(out, stripMarkers(strings.TrimSpace(string(sec.Data))))
			}
		}
	}
	return out
}

var fuzzWords = []string{"Russland", "traf", "Kim", "und", "nicht", "lud", "ein", "Sanktionen", "gegen", ",", "wurden",
	"verhängt", "der", "den", "in", "Pjöngjang", "met", "by", "the", "was", "attacked", "will", "said", "that", "must", "zu",
	"besuchen", "Test", "Lenkwaffe", "«", "»", "(", ")", ".", "?", "'s", "-", "US-Sanktionen", "er", "zog", "ab", "…"}

// FuzzCoder codes random token sequences and real sentences stripped of
// their entities and time expressions, with random entity and timex
// layers laid over them. The coder must not panic, and every event must
// lie inside its sentence.
func FuzzCoder(f *testing.F) {
	for _, s := range seedInputs(f) {
		f.Add(s, uint64(0))
		f.Add(s, uint64(len(s)))
	}
	for i := range 16 {
		r := rand.New(rand.NewPCG(uint64(i), 1))
		var b strings.Builder
		for range 5 + r.IntN(30) {
			b.WriteString(fuzzWords[r.IntN(len(fuzzWords))])
			b.WriteByte(' ')
		}
		f.Add(b.String(), uint64(i))
	}
	c := NewCoder()
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		lang := "de"
		if seed%2 == 1 {
			lang = "en"
		}
		doc := &chronik.Document{Text: text, Lang: lang, DCT: chronik.MustParseDCT("2019-04-25")}
		ctx := context.Background()
		_ = textnorm.Stage{}.Annotate(ctx, doc)
		_ = sentence.Stage{}.Annotate(ctx, doc)
		if seed > 1 {
			layRandom(doc, seed)
		}
		if err := c.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		checkEvents(t, doc)
	})
}

// layRandom adds entities and time expressions over random token runs.
func layRandom(doc *chronik.Document, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 7))
	types := []string{"PER", "GPE", "LOC", "ORG"}
	codes := []string{"RUS", "PRK", "USA", "", "UNO"}
	for i := 0; i < len(doc.Tokens); i++ {
		switch r.IntN(5) {
		case 0:
			end := min(len(doc.Tokens), i+1+r.IntN(3))
			doc.Entities = append(doc.Entities, chronik.Entity{
				ID: "e" + string(rune('a'+len(doc.Entities)%26)), Span: chronik.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[end-1].End},
				Type: types[r.IntN(len(types))], Country: codes[r.IntN(len(codes))], Adjective: r.IntN(4) == 0,
			})
			i = end - 1
		case 1:
			doc.Timexes = append(doc.Timexes, chronik.Timex{ID: "t", Span: doc.Tokens[i].Span, Type: "DATE", Value: "2019-0" + string(rune('1'+r.IntN(9)))})
		}
	}
}

// checkEvents asserts the invariants of coded events.
func checkEvents(t *testing.T, doc *chronik.Document) {
	t.Helper()
	sents := map[chronik.Span]bool{}
	for _, s := range doc.Sentences {
		sents[s.Span] = true
	}
	for i, ev := range doc.Events {
		tr := ev.Trigger.Span
		if tr.Start > tr.End || tr.Start < 0 || tr.End > len(doc.Text) {
			t.Fatalf("event %d trigger %v outside the text (%d bytes)", i, tr, len(doc.Text))
		}
		if !sents[ev.Sentence] || !ev.Sentence.Contains(tr) {
			t.Fatalf("event %d trigger %v outside its sentence %v", i, tr, ev.Sentence)
		}
		if doc.Text[tr.Start:tr.End] != ev.Trigger.Text {
			t.Fatalf("event %d trigger text %q, body has %q", i, ev.Trigger.Text, doc.Text[tr.Start:tr.End])
		}
		if ev.ID == "" || ev.Type == "" || ev.Modality == "" || ev.Date.From == "" {
			t.Fatalf("event %d incomplete: %+v", i, ev)
		}
	}
}

func TestSeedInvariants(t *testing.T) {
	c := NewCoder()
	for _, s := range seedInputs(t) {
		for _, lang := range []string{"de", "en"} {
			doc := &chronik.Document{Text: s, Lang: lang, DCT: chronik.MustParseDCT("2019-04")}
			_ = sentence.Stage{}.Annotate(t.Context(), doc)
			layRandom(doc, uint64(len(s)))
			if err := c.Annotate(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			checkEvents(t, doc)
		}
	}
}
