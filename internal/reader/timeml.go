package reader

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/chronik-dev/chronik"
)

// TimeML is a TimeML document as the evaluation needs it.
type TimeML struct {
	// DocID is the content of <DOCID>.
	DocID string
	// DCT is the value of the TIMEX3 whose functionInDocument is
	// CREATION_TIME; unknown when there is none.
	DCT chronik.DCT
	// Text is the character content of <TEXT>: tags removed, entities
	// decoded, line ends normalized to "\n" as XML does.
	Text string
	// Timexes are the TIMEX3 inside <TEXT>, with spans into Text.
	Timexes []chronik.Timex
}

// ErrNoTextElement is a TimeML document without a <TEXT> element.
var ErrNoTextElement = errors.New("no TEXT element")

// ParseTimeML parses a TimeML document. A CREATION_TIME value that
// cannot be read leaves DCT unknown and is returned with the document
// as an error wrapping [ErrBadDate].
func ParseTimeML(data []byte) (*TimeML, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var (
		tm      TimeML
		text    strings.Builder
		inText  int  // depth inside <TEXT>
		inDocID bool // inside <DOCID>
		seen    bool // a <TEXT> was found
		dctVal  string
		open    []int // indexes into tm.Timexes of open TIMEX3 elements
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse TimeML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT" && inText == 0:
				inText, seen = 1, true
				continue
			case t.Name.Local == "DOCID":
				inDocID = true
			case t.Name.Local == "TIMEX3":
				a := func(k string) string {
					for _, at := range t.Attr {
						if at.Name.Local == k {
							return at.Value
						}
					}
					return ""
				}
				if a("functionInDocument") == "CREATION_TIME" && dctVal == "" {
					dctVal = a("value")
				}
				if inText > 0 {
					tm.Timexes = append(tm.Timexes, chronik.Timex{
						ID: a("tid"), Type: a("type"), Value: a("value"), Mod: a("mod"),
						Quant: a("quant"), Freq: a("freq"),
						Span: chronik.Span{Start: text.Len()},
					})
					open = append(open, len(tm.Timexes)-1)
				}
			}
			if inText > 0 {
				inText++
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "DOCID":
				inDocID = false
			case t.Name.Local == "TIMEX3" && inText > 0 && len(open) > 0:
				tx := &tm.Timexes[open[len(open)-1]]
				open = open[:len(open)-1]
				tx.End = text.Len()
				tx.Text = text.String()[tx.Start:tx.End]
			}
			if inText > 0 {
				inText--
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
			if inDocID {
				tm.DocID += strings.TrimSpace(string(t))
			}
		}
	}
	if !seen {
		return nil, ErrNoTextElement
	}
	tm.Text = text.String()
	dct, err := chronik.ParseDCT(dctVal)
	if err != nil {
		return &tm, fmt.Errorf("%w: CREATION_TIME %q, DCT unknown", ErrBadDate, dctVal)
	}
	tm.DCT = dct
	return &tm, nil
}

// readTimeML reads a TimeML file as one document, without its gold
// annotations.
func readTimeML(_ context.Context, f *file) bool {
	tm, err := ParseTimeML(f.data)
	if tm == nil {
		return f.fail(0, err)
	}
	if strings.TrimSpace(tm.Text) == "" {
		return f.fail(0, fmt.Errorf("%w: TEXT element is empty", ErrNoText))
	}
	doc := f.newDoc(f.name, f.path)
	doc.Text = tm.Text
	doc.DCT = tm.DCT
	doc.Title = tm.DocID
	if tm.DocID != "" {
		doc.Meta = map[string]string{"docid": tm.DocID}
	}
	return f.emit(doc, 0, err)
}
