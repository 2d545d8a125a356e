package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// lexWord scans a word starting with a letter: compounds joined by
// hyphens, inner apostrophes ("O'Brien"), abbreviations and initials with
// their periods, URLs, domains and e-mail addresses.
func lexWord(s *Scanner) state {
	start := s.pos
	if end := urlEnd(s.src, start); end > start {
		s.emit(start, end, chronik.TokenURL, "")
		return stSpace
	}
	i := s.wordEnd(start)
	if i < len(s.src) {
		switch c := s.src[i]; c {
		case '\'':
			if cl := cliticAt(s.src, start, i); cl >= 0 {
				if cl > start {
					s.emit(start, cl, chronik.TokenWord, "")
					return stClitic
				}
			} else if i+1 < len(s.src) && isWordByte(s.src[i+1]) {
				// O'Brien, D'Alema: the apostrophe stays inside.
				i = s.wordEnd(i + 1)
			}
		case '@', '_', '+':
			if end := emailEnd(s.src, start); end > start {
				s.emit(start, end, chronik.TokenURL, "")
				return stSpace
			}
		case '.':
			// An e-mail address or a domain goes on after the period; a
			// sentence end is followed by a space or nothing.
			var next byte
			if i+1 < len(s.src) {
				next = s.src[i+1]
			}
			if byteClasses[next]&classEmail != 0 || next == '@' {
				if end := emailEnd(s.src, start); end > start {
					s.emit(start, end, chronik.TokenURL, "")
					return stSpace
				}
			}
			if 'a' <= next && next <= 'z' || isDigit(next) || next == '-' {
				if end := domainEnd(s.src, start, i); end > start {
					s.emit(start, end, chronik.TokenURL, "")
					return stSpace
				}
			}
			if end, form := s.abbrevEnd(start, i); end > start {
				s.emit(start, end, chronik.TokenAbbrev, form)
				return stSpace
			}
			if s.isInitial(start, i) {
				s.emit(start, i+1, chronik.TokenAbbrev, "")
				return stSpace
			}
		case '-':
			// Truncated compound: "Vor- und Nachteile", "Ein-, Aus-".
			if truncatedHyphen(s.src, i) {
				i++
			}
		}
	}
	s.emit(start, i, chronik.TokenWord, "")
	return stSpace
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// Byte classes for the scanning loops, one table lookup per byte.
const (
	classAlnum   = 1 << iota // ASCII letter or digit
	classEmail               // may appear in the local part of an e-mail address
	classWordEnd             // ASCII that ends a plain word: not a letter, digit or one of -'@_+.
)

var byteClasses = func() (t [256]uint8) {
	for c := range 256 {
		if isASCIIAlnum(byte(c)) {
			t[c] |= classAlnum | classEmail
		} else if c < utf8.RuneSelf && strings.IndexByte("-'@_+.", byte(c)) < 0 {
			t[c] |= classWordEnd
		}
	}
	for _, c := range []byte("._%+-") {
		t[c] |= classEmail
	}
	return t
}()

// wordEnd returns the end of the word at i: letters, digits and marks,
// with single hyphens between them.
func (s *Scanner) wordEnd(i int) int {
	src := s.src
	for i < len(src) {
		c := src[i]
		if byteClasses[c]&classAlnum != 0 {
			i++
			continue
		}
		if c == '-' {
			if i+1 < len(src) && isWordByte(src[i+1]) {
				r, _ := s.peek(i + 1)
				if isWordRune(r) {
					i++
					continue
				}
			}
			return i
		}
		if c < utf8.RuneSelf {
			return i
		}
		if latin1Letter(src, i) {
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// latin1Letter reports whether src[i:] starts with a letter from U+00C0
// to U+00FF (ä, ö, ü, ß, é, …; lead byte C3), that is any of them but ×
// (C3 97) and ÷ (C3 B7).
func latin1Letter(src string, i int) bool {
	if src[i] != 0xC3 || i+1 >= len(src) {
		return false
	}
	c := src[i+1]
	return c&0xC0 == 0x80 && c != 0x97 && c != 0xB7
}

// truncatedHyphen reports whether the hyphen at i ends a truncated
// compound: it is followed by a comma or by a space and a conjunction.
func truncatedHyphen(src string, i int) bool {
	rest := src[i+1:]
	if strings.HasPrefix(rest, ",") {
		return true
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	for _, w := range [...]string{"und ", "oder ", "bzw.", "sowie ", "bis ", "als auch ", "and ", "or ", "to "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// lexClitic scans a clitic after a word: "'s", "'re", "'ve", "'ll", "'d",
// "'m", "n't".
func lexClitic(s *Scanner) state {
	i := s.pos
	if s.src[i] == 'n' || s.src[i] == 'N' {
		i++
	}
	i++ // apostrophe
	for i < len(s.src) && isASCIILetter(s.src[i]) {
		i++
	}
	s.emit(s.pos, i, chronik.TokenWord, "")
	return stSpace
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// cliticAt looks at the apostrophe at i after the word src[start:i] and
// returns where the word ends if a clitic follows ("Trump|'s",
// "do|n't"), or -1.
func cliticAt(src string, start, i int) int {
	j := i + 1
	for j < len(src) && isASCIILetter(src[j]) {
		j++
	}
	if j < len(src) && isWordByte(src[j]) {
		if r, _ := utf8.DecodeRuneInString(src[j:]); isWordRune(r) {
			return -1
		}
	}
	switch strings.ToLower(src[i+1 : j]) {
	case "s", "re", "ve", "ll", "d", "m":
		return i
	case "t":
		if i-1 > start && (src[i-1] == 'n' || src[i-1] == 'N') {
			return i - 1
		}
	}
	return -1
}

// urlEnd returns the end of a URL starting at i, or i.
func urlEnd(src string, i int) int {
	c := src[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' {
		return i
	}
	rest := src[i:]
	// The second letter rules out most words before the prefixes are
	// compared: "ht", "ww", "ft".
	if len(rest) < 5 || rest[1]|0x20 != 't' && rest[1]|0x20 != 'w' {
		return i
	}
	ok := false
	for _, p := range [...]string{"http://", "https://", "www.", "ftp://"} {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			ok = len(rest) > len(p)
			break
		}
	}
	if !ok {
		return i
	}
	j := i
	for j < len(src) {
		c := src[j]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\'' && j+1 < len(src) && src[j+1] <= ' ' {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(src[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
			continue
		}
		j++
	}
	// Trailing punctuation belongs to the sentence.
	for j > i && strings.IndexByte(".,;:!?)]'", src[j-1]) >= 0 {
		if src[j-1] == ')' && strings.IndexByte(src[i:j], '(') >= 0 {
			break
		}
		j--
	}
	return j
}

// emailEnd returns the end of an e-mail address starting at i, or i.
func emailEnd(src string, i int) int {
	j := i
	for j < len(src) && byteClasses[src[j]]&classEmail != 0 {
		j++
	}
	if j == i || j >= len(src) || src[j] != '@' {
		return i
	}
	j++
	k := j
	for k < len(src) && (isASCIIAlnum(src[k]) || src[k] == '-' || src[k] == '.') {
		k++
	}
	for k > j && src[k-1] == '.' {
		k--
	}
	dot := strings.LastIndexByte(src[j:k], '.')
	if dot <= 0 || dot >= k-j-2 {
		return i
	}
	return k
}

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || isDigit(c) }

// topLevel lists the top-level domains recognised in bare domain names
// such as "spiegel.de".
var topLevel = map[string]bool{
	"de": true, "com": true, "org": true, "net": true, "uk": true, "eu": true,
	"at": true, "ch": true, "info": true, "gov": true, "edu": true, "fr": true,
	"ru": true, "io": true,
}

// domainEnd returns the end of a bare domain name ("spiegel.de",
// "bild.de/politik") whose first label is src[start:dot], or start.
func domainEnd(src string, start, dot int) int {
	for k := start; k < dot; k++ {
		c := src[k]
		if !('a' <= c && c <= 'z' || isDigit(c) || c == '-') {
			return start
		}
	}
	j := dot
	last := dot
	for j < len(src) && src[j] == '.' {
		k := j + 1
		for k < len(src) && ('a' <= src[k] && src[k] <= 'z' || isDigit(src[k]) || src[k] == '-') {
			k++
		}
		if k == j+1 {
			break
		}
		last, j = j, k
	}
	if j == dot || j < len(src) && isWordByte(src[j]) {
		return start
	}
	if !topLevel[src[last+1:j]] {
		return start
	}
	if j < len(src) && src[j] == '/' {
		for j < len(src) && src[j] > ' ' && src[j] != '"' {
			j++
		}
		for j > start && strings.IndexByte(".,;:!?)]'", src[j-1]) >= 0 {
			j--
		}
	}
	return j
}

// abbrevEnd matches a known abbreviation whose first part is
// src[start:dot+1], allowing single spaces between its parts ("z. B.").
// It returns the end and the compact form, or start.
func (s *Scanner) abbrevEnd(start, dot int) (int, string) {
	lx := s.lx
	// buf holds the key being looked up; on the stack unless it grows.
	var arr [48]byte
	buf := arr[:0]
	first := s.src[start : dot+1]
	// Runs of single letters with periods ("U.S.", "e.g.", "a.m.") are
	// abbreviations even when unlisted.
	letters := dot-start == 1 || dot-start == 2 && s.src[start] >= utf8.RuneSelf
	if !letters && !lx.mayBeKey(first) {
		return start, ""
	}
	inSet := func(k string) (abbr, prefix bool) {
		_, abbr = lx.abbrev[k]
		return abbr, lx.prefix[k]
	}
	abbr, pre := inSet(first)
	lowered := false
	if !abbr && !pre && 'A' <= first[0] && first[0] <= 'Z' {
		// Sentence-initial capital: "Bzw.", "Z. B."
		buf = append(buf[:0], first...)
		buf[0] |= 0x20
		_, abbr = lx.abbrev[string(buf)]
		pre = lx.prefix[string(buf)]
		lowered = abbr || pre
	}
	if !abbr && !pre && !letters {
		return start, ""
	}
	buf = append(buf[:0], first...)
	if lowered {
		buf[0] |= 0x20
	}
	bestEnd, bestForm, spaced := -1, "", false
	if abbr {
		bestEnd = dot + 1
	}
	end := dot + 1
	parts := 1
	plainLetters := letters
	for pre || plainLetters {
		j := end
		sp := false
		if j < len(s.src) && s.src[j] == ' ' {
			j++
			sp = true
		}
		k := j
		for k < len(s.src) && isWordByte(s.src[k]) {
			r, n := utf8.DecodeRuneInString(s.src[k:])
			if !isLetter(r) {
				break
			}
			k += n
		}
		if k == j || k >= len(s.src) || s.src[k] != '.' {
			break
		}
		if sp && !pre {
			break // only listed abbreviations may have spaces
		}
		buf = append(buf, s.src[j:k+1]...)
		parts++
		plainLetters = plainLetters && k-j == 1 && !sp
		// string(buf) in the lookups does not allocate; the form is
		// copied only when kept.
		_, a := lx.abbrev[string(buf)]
		p := lx.prefix[string(buf)]
		if a || plainLetters {
			bestEnd = k + 1
			spaced = spaced || sp
			if sp || lowered {
				bestForm = string(buf)
			}
		}
		end = k + 1
		pre = p
	}
	if bestEnd < 0 {
		return start, ""
	}
	if lowered && bestForm == "" {
		bestForm = s.src[start:bestEnd]
	}
	if bestForm != "" && lowered {
		// Keep the original capital in the form.
		b := []byte(bestForm)
		b[0] = s.src[start]
		bestForm = string(b)
	}
	_ = spaced
	_ = parts
	return bestEnd, bestForm
}

// isInitial reports whether src[start:dot] is a single capital letter
// followed by a period and a capitalized word: "J. F. Kennedy".
func (s *Scanner) isInitial(start, dot int) bool {
	r, n := utf8.DecodeRuneInString(s.src[start:])
	if start+n != dot || !unicode.IsUpper(r) {
		return false
	}
	j := dot + 1
	if j >= len(s.src) || s.src[j] != ' ' {
		return false
	}
	r2, _ := s.peek(j + 1)
	return unicode.IsUpper(r2)
}
