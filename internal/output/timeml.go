package output

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// TimeMLWriter writes each document as a TimeML document with TIMEX3 tags
// around the time expressions. The text between the tags is the body byte
// for byte (XML-escaped), so a TimeML reader gets back the same body and
// offsets. Several documents are written one after another; write one
// document per file for tools that expect a single root element.
type TimeMLWriter struct {
	w io.Writer
}

// Write writes one document.
func (t *TimeMLWriter) Write(doc *chronik.Document) error {
	_, err := io.WriteString(t.w, TimeML(doc))
	return err
}

// Close does nothing.
func (t *TimeMLWriter) Close() error { return nil }

// TimeML returns doc as a TimeML document. Overlapping time expressions
// cannot nest in TimeML; of two that overlap, the earlier (then longer)
// one is written.
func TimeML(doc *chronik.Document) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
	fmt.Fprintf(&b, "<DOCID>%s</DOCID>\n", escape(doc.ID))
	if !doc.DCT.IsZero() {
		typ := "DATE"
		if doc.DCT.Precision == chronik.PrecisionMinute {
			typ = "TIME"
		}
		v := doc.DCT.String()
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"%s\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", typ, v, v)
	}
	if doc.Title != "" {
		fmt.Fprintf(&b, "<TITLE>%s</TITLE>\n", escape(doc.Title))
	}
	b.WriteString("<TEXT>")
	xs := slices.Clone(doc.Timexes)
	slices.SortStableFunc(xs, func(a, b chronik.Timex) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	pos := 0
	for _, x := range xs {
		if x.Start < pos || x.End > len(doc.Text) || x.Start > x.End {
			continue
		}
		b.WriteString(escape(doc.Text[pos:x.Start]))
		fmt.Fprintf(&b, "<TIMEX3 tid=\"%s\" type=\"%s\" value=\"%s\"", escape(x.ID), escape(x.Type), escape(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(&b, " mod=\"%s\"", escape(x.Mod))
		}
		if x.Quant != "" {
			fmt.Fprintf(&b, " quant=\"%s\"", escape(x.Quant))
		}
		if x.Freq != "" {
			fmt.Fprintf(&b, " freq=\"%s\"", escape(x.Freq))
		}
		b.WriteString(">")
		b.WriteString(escape(doc.Text[x.Start:x.End]))
		b.WriteString("</TIMEX3>")
		pos = x.End
	}
	b.WriteString(escape(doc.Text[pos:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	return b.String()
}

func escape(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		return s
	}
	// EscapeText writes newlines as &#xA;, which round-trips but is hard
	// to read; TimeML files keep them literal.
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "&#xA;", "\n"), "&#x9;", "\t")
}
