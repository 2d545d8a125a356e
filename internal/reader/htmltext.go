package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// breakAfter says how an element separates its text from what follows:
// 2 is a paragraph break (blank line), 1 a line break.
var breakAfter = map[atom.Atom]int{
	atom.P: 2, atom.Div: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2, atom.H5: 2, atom.H6: 2,
	atom.Blockquote: 2, atom.Pre: 2, atom.Table: 2, atom.Ul: 2, atom.Ol: 2, atom.Dl: 2,
	atom.Section: 2, atom.Article: 2, atom.Figure: 2, atom.Header: 2, atom.Footer: 2,
	atom.Aside: 2, atom.Main: 2, atom.Hr: 2, atom.Address: 2, atom.Form: 2, atom.Fieldset: 2,
	atom.Details: 2, atom.Nav: 2, atom.Body: 2,
	atom.Li: 1, atom.Tr: 1, atom.Dt: 1, atom.Dd: 1, atom.Figcaption: 1, atom.Caption: 1, atom.Br: 1,
}

// skipText are elements whose content is never text.
var skipText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Head: true, atom.Object: true, atom.Math: true,
	atom.Select: true, atom.Button: true,
}

// chrome are page parts around an article, skipped when extracting a
// whole page's text without go-trafilatura.
var chrome = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
}

// textWriter collects the text of an HTML tree: white space collapsed,
// paragraphs separated by blank lines.
type textWriter struct {
	b       strings.Builder
	brk     int  // pending break: 0, 1 (newline) or 2 (blank line)
	space   bool // pending space
	pre     int  // depth of <pre>
	noChrom bool // skip navigation, header, footer, aside and forms
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipText[n.DataAtom] || (w.noChrom && chrome[n.DataAtom]) {
			return
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			w.space = true
		}
		if n.DataAtom == atom.Pre {
			w.pre++
			defer func() { w.pre-- }()
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	brk := breakAfter[n.DataAtom]
	w.brk = max(w.brk, brk)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.brk = max(w.brk, brk)
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.flush()
		w.b.WriteString(s)
		return
	}
	for i, field := range strings.Fields(s) {
		if i > 0 || startsWithSpace(s) {
			w.space = true
		}
		w.flush()
		w.b.WriteString(field)
	}
	if s != "" && endsWithSpace(s) {
		w.space = true
	}
}

// flush writes the pending break or space before new text.
func (w *textWriter) flush() {
	switch {
	case w.b.Len() == 0:
	case w.brk == 2:
		w.b.WriteString("\n\n")
	case w.brk == 1:
		w.b.WriteString("\n")
	case w.space:
		w.b.WriteString(" ")
	}
	w.brk, w.space = 0, false
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// nodeText returns the text under n with paragraphs as blank lines.
func nodeText(n *html.Node, noChrome bool) string {
	w := textWriter{noChrom: noChrome}
	w.walk(n)
	return w.b.String()
}

// htmlToText turns an HTML fragment (a feed item's content) into text
// with paragraphs as blank lines. A string without tags is plain text
// and only trimmed.
func htmlToText(s string) string {
	if !strings.Contains(s, "<") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		if strings.Contains(s, "&") {
			s = html.UnescapeString(s)
		}
		return strings.TrimSpace(s)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return strings.TrimSpace(s)
	}
	w := textWriter{}
	for _, n := range nodes {
		w.walk(n)
	}
	return strings.TrimSpace(w.b.String())
}
