package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronik-dev/chronik"
)

// ReadTimeML reads a TimeML document: the text content of its TEXT element
// (the whole document's text when it has none) and the TIMEX3 tags in it,
// with byte spans into that text. The TIMEX3 marked
// functionInDocument="CREATION_TIME" gives the DCT and is not returned
// as an expression.
func ReadTimeML(r io.Reader) (GoldDoc, error) {
	return readInline(r, "TIMEX3")
}

// ReadTimex2 reads an ACE/TERN inline key file such as WikiWarsDE's
// keyinline/*.key.xml: the text of its TEXT element and its TIMEX2 tags,
// whose val becomes Value (Type stays empty: TIMEX2 has none). The TIMEX2
// inside DATETIME is the document date and is left out; it is a download
// date, so the returned DCT is unknown.
func ReadTimex2(r io.Reader) (GoldDoc, error) {
	return readInline(r, "TIMEX2")
}

func readInline(r io.Reader, tag string) (GoldDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var (
		doc      GoldDoc
		all      strings.Builder // every text of the document
		text     strings.Builder // the TEXT element's text
		inText   int
		inDCT    int
		hasText  bool
		open     []int // indices into doc.Timexes of open tags, -1 for skipped
		allTimex []chronik.Timex
		allOpen  []int
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, fmt.Errorf("parse: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToUpper(t.Name.Local)
			switch name {
			case "TEXT":
				inText++
				hasText = true
			case "DCT", "DATETIME":
				inDCT++
			case tag:
				x := timexFromAttrs(t.Attr)
				creation := attr(t.Attr, "functionInDocument") == "CREATION_TIME"
				if creation || inDCT > 0 {
					if d, err := chronik.ParseDCT(x.Value); err == nil && tag == "TIMEX3" {
						doc.DCT = d
					}
				}
				x.Start = all.Len()
				allTimex = append(allTimex, x)
				if creation || inDCT > 0 {
					allOpen = append(allOpen, -1)
				} else {
					allOpen = append(allOpen, len(allTimex)-1)
				}
				if inText > 0 && !creation && inDCT == 0 {
					x.Start = text.Len()
					doc.Timexes = append(doc.Timexes, x)
					open = append(open, len(doc.Timexes)-1)
				} else {
					open = append(open, -1)
				}
			}
		case xml.EndElement:
			switch strings.ToUpper(t.Name.Local) {
			case "TEXT":
				inText--
			case "DCT", "DATETIME":
				inDCT--
			case tag:
				if n := len(open); n > 0 {
					if i := open[n-1]; i >= 0 {
						doc.Timexes[i].End = text.Len()
					}
					open = open[:n-1]
				}
				if n := len(allOpen); n > 0 {
					if i := allOpen[n-1]; i >= 0 {
						allTimex[i].End = all.Len()
					}
					allOpen = allOpen[:n-1]
				}
			}
		case xml.CharData:
			all.Write(t)
			if inText > 0 {
				text.Write(t)
			}
		}
	}
	if hasText {
		doc.Text = text.String()
	} else {
		doc.Text = all.String()
		doc.Timexes = doc.Timexes[:0]
		for i, x := range allTimex {
			if allOpen[i] >= 0 {
				doc.Timexes = append(doc.Timexes, x)
			}
		}
	}
	// Drop empty and nested tags: pairing is one to one by span.
	out := doc.Timexes[:0]
	for _, x := range doc.Timexes {
		if x.End <= x.Start {
			continue
		}
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			continue
		}
		x.Text = doc.Text[x.Start:x.End]
		out = append(out, x)
	}
	doc.Timexes = out
	return doc, nil
}

func attr(as []xml.Attr, name string) string {
	for _, a := range as {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

func timexFromAttrs(as []xml.Attr) chronik.Timex {
	x := chronik.Timex{
		ID:    attr(as, "tid"),
		Type:  attr(as, "type"),
		Value: attr(as, "value"),
		Mod:   attr(as, "mod"),
		Quant: attr(as, "quant"),
		Freq:  attr(as, "freq"),
	}
	if x.Value == "" {
		x.Value = attr(as, "val")
	}
	return x
}
