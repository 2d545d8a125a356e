package output

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/chronik-dev/chronik"
)

// JSONOptions choose the optional layers of the JSON output.
type JSONOptions struct {
	// Tokens adds the token layer, which is large.
	Tokens bool
	// Text adds the document body as "text".
	Text bool
}

// jsonDoc is the output contract of PRODUCT.md. Its field names are fixed.
type jsonDoc struct {
	ID        string             `json:"id"`
	Source    string             `json:"source"`
	URL       string             `json:"url,omitempty"`
	Lang      string             `json:"lang"`
	DCT       string             `json:"dct"`
	Title     string             `json:"title"`
	Meta      map[string]string  `json:"meta,omitempty"`
	Text      *string            `json:"text,omitempty"`
	Sentences []chronik.Sentence `json:"sentences"`
	Tokens    []chronik.Token    `json:"tokens,omitempty"`
	Timexes   []chronik.Timex    `json:"timexes"`
	Entities  []chronik.Entity   `json:"entities"`
	Events    []chronik.Event    `json:"events"`
	Errors    []string           `json:"errors"`
}

// JSONWriter writes one JSON object per document per line.
type JSONWriter struct {
	Options JSONOptions
	enc     *json.Encoder
}

// NewJSONWriter returns a writer to w.
func NewJSONWriter(w io.Writer, opts JSONOptions) *JSONWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSONWriter{Options: opts, enc: enc}
}

// Write writes doc as one line.
func (w *JSONWriter) Write(doc *chronik.Document) error {
	if err := w.enc.Encode(contract(doc, w.Options)); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// Close does nothing; it makes JSONWriter a [Writer].
func (w *JSONWriter) Close() error { return nil }

func contract(doc *chronik.Document, opts JSONOptions) jsonDoc {
	j := jsonDoc{
		ID: doc.ID, Source: doc.Source, URL: doc.URL, Lang: doc.Lang, DCT: doc.DCT.String(),
		Title: doc.Title, Meta: doc.Meta,
		Sentences: nonNil(doc.Sentences), Timexes: nonNil(doc.Timexes),
		Entities: nonNil(doc.Entities), Events: nonNil(doc.Events), Errors: nonNil(doc.Errors),
	}
	if opts.Tokens {
		j.Tokens = nonNil(doc.Tokens)
	}
	if opts.Text {
		j.Text = &doc.Text
	}
	for i := range j.Events {
		j.Events[i].Actor = nonNil(j.Events[i].Actor)
		j.Events[i].Recipient = nonNil(j.Events[i].Recipient)
	}
	return j
}

func nonNil[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}
