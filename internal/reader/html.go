package reader

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/chronik-dev/chronik"
)

// page is what an HTML page says about itself.
type page struct {
	text, title, url, lang string
	dates                  []string // date candidates, best first
}

// readHTML reads one HTML page as one document.
func readHTML(_ context.Context, f *file) bool {
	p, err := parsePage(f.data, "")
	if err != nil {
		return f.fail(0, err)
	}
	doc := f.newDoc(f.name, f.path)
	warn := p.fill(doc)
	if strings.TrimSpace(doc.Text) == "" {
		return f.fail(0, fmt.Errorf("%w: no main text found in the page", ErrNoText))
	}
	return f.emit(doc, 0, warn)
}

// fill sets the document fields the page gives and returns a warning
// when it names a date that cannot be read.
func (p *page) fill(doc *chronik.Document) error {
	doc.Text = p.text
	doc.Title = p.title
	doc.URL = p.url
	doc.Lang = p.lang
	var bad error
	for _, d := range p.dates {
		dct, err := parseDate(d)
		if err == nil && !dct.IsZero() {
			doc.DCT = dct
			return nil
		}
		if bad == nil {
			bad = err
		}
	}
	if bad != nil {
		return fmt.Errorf("%w, DCT unknown", bad)
	}
	return nil
}

// parsePage decodes data to UTF-8 (by BOM, contentType, <meta> charset
// or sniffing), parses it and extracts the main text and metadata.
func parsePage(data []byte, contentType string) (p page, err error) {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name != "utf-8" {
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return page{}, fmt.Errorf("parse HTML: %w", err)
	}
	var m pageMeta
	m.walk(root)
	p = page{title: m.title(), url: m.url(), lang: m.lang, dates: m.dateCandidates()}
	p.text = mainText(root)
	return p, nil
}

// mainText returns the article text of a page via go-trafilatura, or the
// page's text without navigation when trafilatura finds nothing.
func mainText(root *html.Node) (text string) {
	defer func() {
		// A bug in the extractor must not cost more than this page.
		if recover() != nil {
			text = strings.TrimSpace(nodeText(root, true))
		}
	}()
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err == nil && res != nil && res.ContentNode != nil {
		text = strings.TrimSpace(nodeText(res.ContentNode, false))
	}
	if text == "" {
		text = strings.TrimSpace(nodeText(root, true))
	}
	return text
}

// pageMeta collects metadata while walking a page.
type pageMeta struct {
	titleTag, ogTitle   string
	canonical, ogURL    string
	lang                string
	published, ldDate   string
	timeDate, otherDate string
}

func (m *pageMeta) title() string {
	if m.ogTitle != "" {
		return m.ogTitle
	}
	return m.titleTag
}

func (m *pageMeta) url() string {
	if m.canonical != "" {
		return m.canonical
	}
	return m.ogURL
}

// dateCandidates lists the page's dates in order of trust:
// article:published_time, JSON-LD datePublished, <time datetime>, then
// other date metadata.
func (m *pageMeta) dateCandidates() []string {
	var ds []string
	for _, d := range []string{m.published, m.ldDate, m.timeDate, m.otherDate} {
		if d = strings.TrimSpace(d); d != "" {
			ds = append(ds, d)
		}
	}
	return ds
}

// otherDateMeta are <meta> names and itemprops that carry a publication
// date on news sites.
var otherDateMeta = map[string]bool{
	"datepublished": true, "date": true, "pubdate": true, "publishdate": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.created": true,
	"og:article:published_time": true, "parsely-pub-date": true, "sailthru.date": true,
}

func (m *pageMeta) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			if m.lang == "" {
				m.lang = htmlLang(attr(n, "lang"))
			}
		case atom.Title:
			if m.titleTag == "" {
				m.titleTag = collapse(nodeText(n, false))
			}
		case atom.Meta:
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
			}
			content := strings.TrimSpace(attr(n, "content"))
			switch {
			case content == "":
			case key == "og:title" && m.ogTitle == "":
				m.ogTitle = collapse(content)
			case key == "og:url" && m.ogURL == "":
				m.ogURL = content
			case key == "article:published_time" && m.published == "":
				m.published = content
			case otherDateMeta[key] && m.otherDate == "":
				m.otherDate = content
			}
		case atom.Link:
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if m.ldDate == "" && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					m.ldDate = findJSONKey(v, "datePublished", 0)
				}
			}
			return
		case atom.Time:
			if m.timeDate == "" {
				m.timeDate = strings.TrimSpace(attr(n, "datetime"))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c)
	}
}

// findJSONKey returns the first string value of key in a JSON value,
// searching objects before their children, to a limited depth.
func findJSONKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok && strings.TrimSpace(s) != "" {
			return s
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if s := findJSONKey(v[k], key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range v {
			if s := findJSONKey(e, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// htmlLang returns the language code of an HTML lang attribute, or ""
// when it is not one.
func htmlLang(s string) string {
	c := langCode(s)
	if len(c) < 2 || len(c) > 3 {
		return ""
	}
	for _, r := range c {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return c
}

// collapse trims s and reduces white space runs to single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
