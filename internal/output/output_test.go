package output

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sampleDoc() *chronik.Document {
	text := "Kim Jong Un wird noch im April nach Russland reisen. Vergangenen Mai war Lawrow in Pjöngjang & sprach <offen>.\n"
	at := func(s string) chronik.Span {
		i := strings.Index(text, s)
		return chronik.Span{Start: i, End: i + len(s)}
	}
	return &chronik.Document{
		ID: "kim-russland", Source: "testdata/kim.txt", Lang: "de", Title: "Kim reist nach Russland",
		DCT:       chronik.MustParseDCT("2019-04-18"),
		Text:      text,
		Sentences: []chronik.Sentence{{Span: chronik.Span{Start: 0, End: 52}}, {Span: chronik.Span{Start: 53, End: len(text) - 1}}},
		Timexes: []chronik.Timex{
			{ID: "t1", Text: "noch im April", Span: at("noch im April"), Type: "DATE", Value: "2019-04"},
			{ID: "t2", Text: "Vergangenen Mai", Span: at("Vergangenen Mai"), Type: "DATE", Value: "2018-05"},
		},
		Entities: []chronik.Entity{
			{ID: "e1", Text: "Kim Jong Un", Span: at("Kim Jong Un"), Type: "PER", Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV"},
		},
		Events: []chronik.Event{{
			ID: "v1", Type: "CONSULT", Mode: "visit",
			Actor:     []chronik.Actor{{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV"}},
			Date:      chronik.EventDate{Value: "2019-04", Timex: "t1", From: "text"},
			Modality:  chronik.ModalityFuture,
			Trigger:   chronik.Trigger{Text: "reisen", Span: at("reisen")},
			Sentence:  chronik.Span{Start: 0, End: 52},
			Recipient: nil,
		}},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n%s", name, got)
	}
}

func TestWriters(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := New(format, &buf, JSONOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(sampleDoc()); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			golden(t, "sample."+format, buf.Bytes())
		})
	}
	if _, err := New("yaml", nil, JSONOptions{}); err == nil {
		t.Error(`New("yaml") = nil error`)
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONWriter(&buf, JSONOptions{})
	doc := &chronik.Document{ID: "empty", Text: ""}
	if err := w.Write(doc); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "source", "lang", "dct", "title", "timexes", "entities", "events", "errors"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON output lacks %q: %s", k, buf.String())
		}
	}
	for _, k := range []string{"timexes", "entities", "events", "errors"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%q = %v, want an array", k, m[k])
		}
	}
}

func TestTimeMLKeepsText(t *testing.T) {
	doc := sampleDoc()
	// Overlapping and out-of-range timexes must not break the text.
	doc.Timexes = append(doc.Timexes,
		chronik.Timex{ID: "t3", Span: chronik.Span{Start: 20, End: 30}, Type: "DATE", Value: "X"},
		chronik.Timex{ID: "t4", Span: chronik.Span{Start: 5, End: 9999}, Type: "DATE", Value: "X"},
	)
	s := TimeML(doc)
	i, j := strings.Index(s, "<TEXT>"), strings.Index(s, "</TEXT>")
	inner := s[i+len("<TEXT>") : j]
	var plain strings.Builder
	inTag := false
	for _, r := range inner {
		switch {
		case r == '<':
			inTag = true
		case r == '>' && inTag:
			inTag = false
		case !inTag:
			plain.WriteRune(r)
		}
	}
	got := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(plain.String())
	if got != doc.Text {
		t.Errorf("TimeML text = %q, want %q", got, doc.Text)
	}
}
