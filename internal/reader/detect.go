package reader

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// Detect returns the format of a file from its extension (lowercase,
// with the dot, after removing .gz: ".txt") and, when the extension does
// not settle it, from its content. It returns one of [Formats].
func Detect(ext string, data []byte) string {
	return detect(strings.ToLower(ext), data)
}

func detect(ext string, data []byte) string {
	switch ext {
	case ".txt", ".text":
		if _, ok := findHeader(data); ok {
			return "dated"
		}
		return "text"
	case ".jsonl", ".ndjson", ".json":
		return "jsonl"
	case ".csv", ".tsv":
		return "csv"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".tml":
		return "timeml"
	case ".xml", ".rss", ".atom":
		if strings.EqualFold(rootElement(data), "TimeML") {
			return "timeml"
		}
		return "feed"
	case ".warc":
		return "warc"
	}
	return sniff(data)
}

// sniff guesses the format from the first bytes of data.
func sniff(data []byte) string {
	b := skipSpace(data)
	if _, ok := findHeader(data); ok {
		return "dated"
	}
	switch {
	case len(b) == 0:
		return "text"
	case b[0] == '{':
		return "jsonl"
	case bytes.HasPrefix(b, []byte("WARC/1.")):
		return "warc"
	case hasPrefixFold(b, "<!DOCTYPE html"), hasPrefixFold(b, "<html"):
		return "html"
	case b[0] == '<':
		switch strings.ToLower(rootElement(b)) {
		case "timeml":
			return "timeml"
		case "rss", "feed", "rdf":
			return "feed"
		case "html":
			return "html"
		}
		if hasPrefixFold(b, "<?xml") {
			return "feed"
		}
		if hasPrefixFold(b, "<head") || hasPrefixFold(b, "<body") || hasPrefixFold(b, "<!--") {
			return "html"
		}
	}
	return "text"
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// rootElement returns the local name of the first element of an XML
// document, or "" when none is found in its first kilobytes.
func rootElement(data []byte) string {
	if len(data) > 16<<10 {
		data = data[:16<<10]
	}
	d := xml.NewDecoder(bytes.NewReader(skipSpace(data)))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for range 64 {
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}
