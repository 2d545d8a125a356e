// Package fold lowercases words into a reusable buffer, the one case
// folding shared by the tagger's lexicon, the event codebook and the
// knowledge base's name index, so that all three see the same key.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends the lowercase form of s (as strings.ToLower) to dst
// and returns the extended buffer. ASCII takes a fast path.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}
