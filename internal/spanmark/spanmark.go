// Package spanmark reads inline span markers in test texts, such as
// "Am «3. März» traf er ein", so that tests state expected spans where a
// reader sees them instead of as byte offsets.
package spanmark

import (
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik"
)

// Strip removes the open and close markers from s and returns the text
// and the byte spans they marked, in order. Nested, unopened or unclosed
// markers are an error.
func Strip(s string, open, close rune) (string, []chronik.Span, error) {
	var b strings.Builder
	var spans []chronik.Span
	start := -1
	for _, r := range s {
		switch r {
		case open:
			if start >= 0 {
				return "", nil, fmt.Errorf("nested %c in %q", open, s)
			}
			start = b.Len()
		case close:
			if start < 0 {
				return "", nil, fmt.Errorf("%c without %c in %q", close, open, s)
			}
			spans = append(spans, chronik.Span{Start: start, End: b.Len()})
			start = -1
		default:
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		return "", nil, fmt.Errorf("unclosed %c in %q", open, s)
	}
	return b.String(), spans, nil
}

// MustStrip is [Strip] for literal test tables; it panics on bad markers.
func MustStrip(s string, open, close rune) (string, []chronik.Span) {
	text, spans, err := Strip(s, open, close)
	if err != nil {
		panic(err)
	}
	return text, spans
}
