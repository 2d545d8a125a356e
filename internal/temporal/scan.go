package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/fold"
)

type tokKind uint8

const (
	kWord tokKind = iota
	kNum
	kPunct
)

// token is one word, digit run or punctuation character of the text.
type token struct {
	start, end int
	nd         int // number of digits (kNum)
	num        int // value of the digits, capped (kNum)
	e          *entry
	sent       int32
	kind       tokKind
	glued      bool // no space between this token and the one before
	upper      bool // starts with an upper-case letter
	nl         bool // a blank line precedes the token
	ascii      bool // a word or punctuation of ASCII bytes only, or a number
}

// scanner splits text into tokens; it keeps no state beyond its position.
type scanner struct {
	src   string
	pos   int
	tok   token
	space bool
	nls   int
}

func (s *scanner) init(src string) {
	s.src = src
	s.pos = 0
	s.space = true
}

// next scans the next token into s.tok and reports whether there was one.
func (s *scanner) next() bool {
	src := s.src
	s.nls = 0
	for s.pos < len(src) {
		c := src[s.pos]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\r' {
				s.pos++
				s.space = true
				continue
			}
			if c == '\n' {
				s.pos++
				s.space = true
				s.nls++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(src[s.pos:])
		if unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' {
			s.pos += n
			s.space = true
			continue
		}
		break
	}
	if s.pos >= len(src) {
		return false
	}
	start := s.pos
	s.tok = token{start: start, glued: !s.space, nl: s.nls >= 2}
	t := &s.tok
	s.space = false
	c := src[s.pos]
	switch {
	case c >= '0' && c <= '9':
		t.kind = kNum
		t.ascii = true
		for s.pos < len(src) && src[s.pos] >= '0' && src[s.pos] <= '9' {
			if t.num < 100000000 {
				t.num = t.num*10 + int(src[s.pos]-'0')
			}
			t.nd++
			s.pos++
		}
	case isLetterAt(src, s.pos):
		t.kind = kWord
		r, _ := utf8.DecodeRuneInString(src[s.pos:])
		t.upper = unicode.IsUpper(r)
		t.ascii = true
		for s.pos < len(src) {
			if c := src[s.pos]; c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
					s.pos++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(src[s.pos:])
			if !unicode.IsLetter(r) {
				break
			}
			s.pos += n
			t.ascii = false
		}
	default:
		t.kind = kPunct
		if c < utf8.RuneSelf {
			t.ascii = true
			s.pos++
		} else {
			_, n := utf8.DecodeRuneInString(src[s.pos:])
			s.pos += n
		}
	}
	t.end = s.pos
	return true
}

func isLetterAt(src string, i int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return unicode.IsLetter(r)
}

// tokenize scans text, looks every word up in the lexicon and merges
// multiword phrases into one token. Sentence indices are filled by the caller.
func (r *rules) tokenize(text string, toks []token) []token {
	var s scanner
	s.init(text)
	toks = toks[:0]
	var low []byte // lowercase scratch for map lookups
	for s.next() {
		toks = append(toks, s.tok)
		if t := &toks[len(toks)-1]; t.kind == kWord && (!t.ascii || r.mayHaveWord(text[t.start:t.end])) {
			t.e = r.lookup(text[t.start:t.end], &low)
		}
	}
	// Merge phrases, moving the tokens after a merged phrase forward: w
	// is where the next token goes, never after i.
	w := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.e != nil && (t.e.shared || len(t.e.phrases) > 0) || t.kind == kNum && r.numPhrases {
			if n, e := r.phraseAt(text, toks, i, &low); n > 1 {
				m := *t
				m.end = toks[i+n-1].end
				m.e = e
				m.kind = kWord
				m.ascii = false // several tokens: compare literals in full
				toks[w] = m
				w++
				i += n - 1
				continue
			}
		}
		if w != i {
			toks[w] = *t
		}
		w++
	}
	return toks[:w]
}

// wordBits is the size of the rules.asciiWords bit set.
const wordBits = 1 << 16

// wordBit returns the bit of the ASCII word w in rules.asciiWords: a hash
// of its length and its first and last two bytes, with ASCII letters in
// lowercase (c|0x20 maps an upper-case letter to its lowercase form and
// every other byte always to the same byte).
func wordBit(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint64(n) | uint64(w[0]|0x20)<<8 | uint64(w[min(1, n-1)]|0x20)<<16 |
		uint64(w[max(n-2, 0)]|0x20)<<24 | uint64(w[n-1]|0x20)<<32
	return (x * 0x9e3779b97f4a7c15) >> (64 - 16)
}

// mayHaveWord reports whether lookup may find the ASCII word w; false
// means it does not. Both forms lookup tries, w and its lowercase form,
// have the bit of w.
func (r *rules) mayHaveWord(w string) bool {
	b := wordBit(w)
	return r.asciiWords[b/64]&(1<<(b%64)) != 0
}

func (r *rules) lookup(w string, low *[]byte) *entry {
	if e, ok := r.words[w]; ok {
		return e
	}
	if !upperAfterFirst(w) {
		return nil // the lowercase and capitalised forms are in the map
	}
	*low = fold.AppendLower((*low)[:0], w)
	return r.words[string(*low)]
}

// upperAfterFirst reports whether w may hold an upper-case letter after
// its first rune (non-ASCII letters count as possibly upper).
func upperAfterFirst(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for i := n; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			r, m := utf8.DecodeRuneInString(w[i:])
			if unicode.IsUpper(r) {
				return true
			}
			i += m - 1
		}
	}
	return false
}

func isASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// phraseAt returns the length in tokens and the entry of the longest
// phrase starting at toks[i], or 0.
func (r *rules) phraseAt(text string, toks []token, i int, low *[]byte) (int, *entry) {
	if len(r.phrases) == 0 {
		return 0, nil
	}
	first := text[toks[i].start:toks[i].end]
	var ps []phrase
	ok := false
	if e := toks[i].e; e != nil && !e.shared {
		// The token's text is the word of e or its uppercase form, which
		// leads to the same phrases.
		ps, ok = e.phrases, true
	} else {
		ps, ok = r.phrases[first]
	}
	if !ok {
		if toks[i].kind == kNum || isASCIILower(first) {
			return 0, nil
		}
		*low = fold.AppendLower((*low)[:0], first)
		ps, ok = r.phrases[string(*low)]
		if !ok {
			return 0, nil
		}
	}
next:
	for _, p := range ps {
		if i+len(p.toks) > len(toks) {
			continue
		}
		for k := 1; k < len(p.toks); k++ {
			t := toks[i+k]
			if t.nl || !strings.EqualFold(text[t.start:t.end], p.toks[k]) {
				continue next
			}
		}
		return len(p.toks), p.e
	}
	return 0, nil
}

// splitSentences gives each token a sentence index: a sentence ends at
// . ! ? followed by an upper-case word or at a blank line. The '.' after
// a one- or two-digit number is an ordinal, not an end.
func splitSentences(text string, toks []token, en bool) {
	var sent int32
	for i := range toks {
		if toks[i].nl && i > 0 {
			sent++
		}
		toks[i].sent = sent
		t := toks[i]
		if t.kind != kPunct || i+1 >= len(toks) {
			continue
		}
		c := text[t.start]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		nx := toks[i+1]
		if nx.kind == kNum || nx.glued || (nx.kind == kWord && !nx.upper) {
			continue
		}
		if c == '.' && i > 0 {
			p := toks[i-1]
			if p.kind == kNum && p.nd <= 2 && !en {
				continue // "am 22. Mai"; English writes no ordinal period ("Nov. 22. The")
			}
			if p.kind == kWord && p.end-p.start <= 2 {
				continue // abbreviation or initial
			}
		}
		sent++
	}
}
