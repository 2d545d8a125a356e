package entity

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// section is one "-- name --" part of a txtar file.
type section struct {
	name, data string
}

// parseTxtar reads the txtar format: a comment, then "-- name --" headed
// sections (names may repeat).
func parseTxtar(s string) (comment string, secs []section) {
	lines := strings.SplitAfter(s, "\n")
	cur := -1
	var b strings.Builder
	flush := func() {
		if cur < 0 {
			comment = b.String()
		} else {
			secs[cur].data = b.String()
		}
		b.Reset()
	}
	for _, l := range lines {
		t := strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			secs = append(secs, section{name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(secs) - 1
			continue
		}
		b.WriteString(l)
	}
	flush()
	return comment, secs
}

// header is the JSON comment of a test file.
type header struct {
	Lang string `json:"lang"`
	DCT  string `json:"dct"`
	Skip string `json:"skip"`
}

var testKB = func() *gazetteer.KB {
	kb, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	return kb
}

// TestCases runs testdata/*.txtar: each file has a JSON header
// {"lang","dct"} and pairs of "input" (one sentence or paragraph per case,
// entity spans in «») and "entities" sections (one line per marked span:
// "type ref country sector", "-" for a field not checked). Adjective
// mentions are not marked and not compared.
func TestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	r := NewRecognizer(testKB())
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		comment, secs := parseTxtar(string(data))
		var h header
		if err := json.Unmarshal([]byte(strings.TrimSpace(comment)), &h); err != nil {
			t.Fatalf("%s: header: %v", f, err)
		}
		dct := chronik.MustParseDCT(h.DCT)
		for i := 0; i+1 < len(secs); i += 2 {
			if secs[i].name != "input" || secs[i+1].name != "entities" {
				t.Fatalf("%s: want input/entities pairs, got %s/%s", f, secs[i].name, secs[i+1].name)
			}
			in := strings.TrimSpace(secs[i].data)
			total++
			name := filepath.Base(f) + "/" + in
			if len(name) > 60 {
				name = name[:60]
			}
			t.Run(name, func(t *testing.T) {
				if h.Skip != "" {
					t.Skip(h.Skip)
				}
				text, spans := spanmark.MustStrip(in, '«', '»')
				var want [][]string
				for _, l := range strings.Split(strings.TrimSpace(secs[i+1].data), "\n") {
					if l = strings.TrimSpace(l); l != "" {
						want = append(want, strings.Fields(l))
					}
				}
				if len(want) != len(spans) {
					t.Fatalf("%d marked spans but %d entity lines", len(spans), len(want))
				}
				got, err := r.Recognize(text, h.Lang, dct)
				if err != nil {
					t.Fatal(err)
				}
				var names []chronik.Entity
				for _, e := range got {
					if !e.Adjective {
						names = append(names, e)
					}
				}
				if len(names) != len(spans) {
					t.Errorf("Recognize(%q) found %d entities, want %d:\n%s", text, len(names), len(spans), dump(names))
					return
				}
				for k, e := range names {
					w := want[k]
					if e.Span != spans[k] {
						t.Errorf("entity %d = %q, want %q", k, e.Text, text[spans[k].Start:spans[k].End])
					}
					fields := []string{e.Type, e.Ref, e.Country, e.Sector}
					for j := 0; j < len(w) && j < 4; j++ {
						if w[j] != "-" && w[j] != fields[j] {
							t.Errorf("entity %q = %v, want %v", e.Text, fields, w)
							break
						}
					}
				}
			})
		}
	}
	t.Logf("%d cases", total)
}

func dump(es []chronik.Entity) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("\t" + e.Text + " " + e.Type + " " + e.Ref + " " + e.Country + " " + e.Sector + "\n")
	}
	return b.String()
}

func TestAnnotateMapsSpans(t *testing.T) {
	// Norm differs from Text: a soft hyphen in the body is removed in Norm.
	text := "Der Kreml\u00ad-Sprecher und Wladimir Putin."
	norm := "Der Kreml-Sprecher und Wladimir Putin."
	offs := make([]int32, 0, len(norm)+1)
	for i := 0; i <= len(norm); i++ {
		j := i
		if i >= len("Der Kreml") {
			j = i + len("\u00ad")
		}
		offs = append(offs, int32(j))
	}
	doc := &chronik.Document{Text: text, Norm: norm, NormOffsets: offs, Lang: "de", DCT: chronik.MustParseDCT("2019-04-25")}
	if err := NewRecognizer(testKB()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Entities {
		if e.Text != text[e.Start:e.End] {
			t.Errorf("entity %s text %q != body slice %q", e.ID, e.Text, text[e.Start:e.End])
		}
		if e.Ref == "Q7747" && e.Text == "Wladimir Putin" {
			found = true
		}
	}
	if !found {
		t.Errorf("Putin not found: %+v", doc.Entities)
	}
}

func FuzzRecognize(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, fn := range files {
		data, _ := os.ReadFile(fn)
		_, secs := parseTxtar(string(data))
		for _, s := range secs {
			if s.name == "input" {
				text, _ := spanmark.MustStrip(s.data, '«', '»')
				f.Add(text, "de")
			}
		}
	}
	f.Add("U.S. President Barack Obama's\u00a0Kim-Jong Un -- «»", "en")
	r := NewRecognizer(testKB())
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return
		}
		ents, err := r.Recognize(text, lang, chronik.MustParseDCT("2019-04-25"))
		if err != nil {
			t.Fatal(err)
		}
		again, _ := r.Recognize(text, lang, chronik.MustParseDCT("2019-04-25"))
		if len(again) != len(ents) {
			t.Fatalf("unstable output: %d then %d entities", len(ents), len(again))
		}
		last := -1
		for _, e := range ents {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("span %v outside text of %d bytes", e.Span, len(text))
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("text %q != slice %q", e.Text, text[e.Start:e.End])
			}
			if e.Start < last {
				t.Fatalf("entities out of order")
			}
			last = e.Start
		}
	})
}
