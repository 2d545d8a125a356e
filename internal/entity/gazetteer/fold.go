package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/fold"
)

// Fold appends the lowercase form of s to dst and returns it. Words are
// folded before they are looked up in the trie so that "NORDKOREA",
// "Nordkorea" and "nordkorea" reach the same node; case constraints are
// checked afterwards on the original text.
func Fold(dst []byte, s string) []byte { return fold.AppendLower(dst, s) }

// IsFolded reports whether s is already in folded form, so that callers can
// skip the copy.
func IsFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsWordRune reports whether r belongs to a word: letters, digits and marks.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Gap classes between two words of a name.
const (
	GapSpace  byte = ' ' // whitespace
	GapHyphen byte = '-' // a hyphen or dash: Kim Jong-un, US-Präsident
	GapDot    byte = '.' // a period, with or without whitespace: U.S., U. S.
	GapOther  byte = 0   // anything else ends a name
)

// Words splits a name into words and the gaps that follow each word. An
// apostrophe between letters stays inside the word (O'Brien, d'Ivoire).
func Words(s string) (words []string, gaps []byte) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += n
				continue
			}
			if (r == '\'' || r == '’') && i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if IsWordRune(r2) && !(r2 == 's' && (i+n+1 == len(s) || !IsWordRune(rune(s[i+n+1])))) {
					i += n
					continue
				}
			}
			break
		}
		words = append(words, s[start:i])
		gaps = append(gaps, ClassifyGap(s[i:]))
	}
	return words, gaps
}

// ClassifyGap returns the gap class of the text that follows a word, up to
// the next word.
func ClassifyGap(rest string) byte {
	g := GapOther
	for i := 0; i < len(rest); {
		r, n := utf8.DecodeRuneInString(rest[i:])
		switch {
		case IsWordRune(r):
			return g
		case r == ' ' || r == '\t' || r == '\u00a0':
			if g == GapOther && i == 0 {
				g = GapSpace
			}
		case r == '\n' || r == '\r':
			if g == GapOther && i == 0 || g == GapSpace {
				// a single line break inside a name is fine
				g = GapSpace
			}
		case r == '-' || r == '‐' || r == '‑':
			if i == 0 {
				g = GapHyphen
			} else {
				return GapOther
			}
		case r == '.':
			if i == 0 {
				g = GapDot
			} else {
				return GapOther
			}
		default:
			return GapOther
		}
		i += n
	}
	return g
}

// GapsMatch reports whether a gap found in a text may stand for the gap of a
// name in the knowledge base: spaces and hyphens are interchangeable
// (Kim Jong Un, Kim Jong-un), periods must match.
func GapsMatch(kb, text byte) bool {
	if kb == text {
		return true
	}
	return (kb == GapSpace || kb == GapHyphen) && (text == GapSpace || text == GapHyphen)
}

func foldString(s string) string {
	if IsFolded(s) {
		return s
	}
	return string(Fold(nil, s))
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
