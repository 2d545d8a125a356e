package output

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// Writer writes documents in one format.
type Writer interface {
	Write(doc *chronik.Document) error
	// Close finishes the output (closing tags, flushing).
	Close() error
}

// Formats lists the document formats [New] accepts.
var Formats = []string{"json", "text", "timeml"}

// New returns a writer for the named format.
func New(format string, w io.Writer, opts JSONOptions) (Writer, error) {
	switch format {
	case "json", "jsonl":
		return NewJSONWriter(w, opts), nil
	case "text":
		return &TextWriter{w: w}, nil
	case "timeml":
		return &TimeMLWriter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// TextWriter writes a readable summary of each document for people.
type TextWriter struct {
	w io.Writer
	n int
}

// Write writes one document.
func (t *TextWriter) Write(doc *chronik.Document) error {
	var b strings.Builder
	if t.n > 0 {
		b.WriteByte('\n')
	}
	t.n++
	dct := doc.DCT.String()
	if dct == "" {
		dct = "no date"
	}
	fmt.Fprintf(&b, "== %s  [%s, %s]\n", doc.ID, orDash(doc.Lang), dct)
	if doc.Title != "" {
		fmt.Fprintf(&b, "   %s\n", doc.Title)
	}
	fmt.Fprintf(&b, "   source: %s\n", doc.Source)
	fmt.Fprintf(&b, "   %d bytes, %d sentences, %d tokens\n", len(doc.Text), len(doc.Sentences), len(doc.Tokens))
	for _, x := range doc.Timexes {
		v := x.Value
		if x.Mod != "" {
			v += " mod=" + x.Mod
		}
		if x.Quant != "" {
			v += " quant=" + x.Quant
		}
		if x.Freq != "" {
			v += " freq=" + x.Freq
		}
		fmt.Fprintf(&b, "   time   %-9s %-26q %s\n", x.Type, x.Text, v)
	}
	for _, e := range doc.Entities {
		fmt.Fprintf(&b, "   entity %-9s %-26q %s %s %s %s\n", e.Type, e.Text, orDash(e.Ref), orDash(e.Name), orDash(e.Country), e.Sector)
	}
	for _, v := range doc.Events {
		mode := v.Type
		if v.Mode != "" {
			mode += "/" + v.Mode
		}
		fmt.Fprintf(&b, "   event  %-18s %s → %s  date %s (%s)  %s", mode, actors(v.Actor), actors(v.Recipient), orDash(v.Date.Value), v.Date.From, v.Modality)
		if v.Reported {
			b.WriteString(" reported")
		}
		if v.Place != nil {
			fmt.Fprintf(&b, "  in %s", v.Place.Name)
		}
		fmt.Fprintf(&b, "  %q\n", v.Trigger.Text)
	}
	for _, e := range doc.Errors {
		fmt.Fprintf(&b, "   error  %s\n", e)
	}
	_, err := io.WriteString(t.w, b.String())
	return err
}

// Close does nothing.
func (t *TextWriter) Close() error { return nil }

func actors(as []chronik.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	var names []string
	for _, a := range as {
		n := a.Name
		if n == "" {
			n = a.Ref
		}
		if a.Country != "" {
			n += " (" + strings.TrimSpace(a.Country+" "+a.Sector) + ")"
		}
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
