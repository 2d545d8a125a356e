package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// digits returns the end of the run of ASCII digits at i.
func digits(src string, i int) int {
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	return i
}

// atoi reads a short run of digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// lexNumber scans a token starting with a digit: numbers with decimal
// commas or points and thousands separators, numeric dates and times,
// ordinals ("3.", "1st") and words such as "3-jährige" or "90er".
func lexNumber(s *Scanner) state {
	src := s.src
	start := s.pos
	i := digits(src, start)
	n1 := i - start
	if i >= len(src) {
		s.emit(start, i, chronik.TokenNumber, "")
		return stSpace
	}
	switch c := src[i]; {
	case c == '.' && i+1 < len(src) && isDigit(src[i+1]):
		j := digits(src, i+1)
		n2 := j - i - 1
		// Day and month: "3.5.", "9.11.1989", "9.11.89".
		if s.lx.ordinals && n1 <= 2 && n2 <= 2 && j < len(src) && src[j] == '.' {
			d, m := atoi(src[start:i]), atoi(src[i+1:j])
			if d >= 1 && d <= 31 && m >= 1 && m <= 12 {
				k := digits(src, j+1)
				if n3 := k - j - 1; n3 == 4 || n3 == 2 {
					s.emit(start, k, chronik.TokenDate, "")
				} else {
					s.emit(start, j+1, chronik.TokenDate, "")
				}
				return stSpace
			}
		}
		// Thousands: "1.000.000" (German).
		if n1 <= 3 && n2 == 3 && s.lx.ordinals {
			k := j
			for k+3 < len(src) && src[k] == '.' && isDigit(src[k+1]) && digits(src, k+1) == k+4 {
				k += 4
			}
			if k+1 < len(src) && src[k] == '.' && isDigit(src[k+1]) {
				break // not a clean grouping; fall through as decimal below
			}
			if k < len(src) && src[k] == ',' && k+1 < len(src) && isDigit(src[k+1]) {
				k = digits(src, k+1)
			}
			s.emit(start, k, chronik.TokenNumber, "")
			return stSpace
		}
		// Time of day: "20.30 Uhr".
		if s.lx.ordinals && n1 <= 2 && n2 == 2 && atoi(src[start:i]) <= 24 && atoi(src[i+1:j]) < 60 && followedByUhr(src, j) {
			s.emit(start, j, chronik.TokenDate, "")
			return stSpace
		}
		// Decimal point; English thousands keep going: "1,234.5".
		s.emit(start, j, chronik.TokenNumber, "")
		return stSpace
	case c == ',' && i+1 < len(src) && isDigit(src[i+1]):
		j := digits(src, i+1)
		if !s.lx.ordinals && j-i-1 == 3 {
			// English thousands: "1,000,000.5"
			for j+3 < len(src) && src[j] == ',' && digits(src, j+1) == j+4 {
				j += 4
			}
			if j+1 < len(src) && src[j] == '.' && isDigit(src[j+1]) {
				j = digits(src, j+1)
			}
		}
		s.emit(start, j, chronik.TokenNumber, "")
		return stSpace
	case c == ':' && n1 <= 2 && i+2 < len(src) && isDigit(src[i+1]) && isDigit(src[i+2]) && digits(src, i+1) == i+3:
		j := i + 3
		if j+2 < len(src) && src[j] == ':' && digits(src, j+1) == j+3 {
			j += 3
		}
		s.emit(start, j, chronik.TokenDate, "")
		return stSpace
	case c == '-' && n1 == 4 && isoDate(src, start):
		s.emit(start, start+10, chronik.TokenDate, "")
		return stSpace
	case c == '.':
		if s.isOrdinal(start, i) {
			s.emit(start, i+1, chronik.TokenOrdinal, "")
			return stSpace
		}
	case c == '-' && i+1 < len(src) && !isDigit(src[i+1]) && isWordByte(src[i+1]):
		// "3-jährige", "5-Sterne-Hotel"
		s.emit(start, s.wordEnd(i), chronik.TokenWord, "")
		return stSpace
	case isASCIILetter(c) || c >= utf8.RuneSelf:
		r, _ := s.peek(i)
		if !isLetter(r) {
			break
		}
		j := s.wordEnd(i)
		switch strings.ToLower(src[i:j]) {
		case "st", "nd", "rd", "th":
			s.emit(start, j, chronik.TokenOrdinal, "")
		default:
			s.emit(start, j, chronik.TokenWord, "") // "90er", "5G"
		}
		return stSpace
	}
	s.emit(start, i, chronik.TokenNumber, "")
	return stSpace
}

// followedByUhr reports whether " Uhr" or "h" follows position j.
func followedByUhr(src string, j int) bool {
	rest := src[j:]
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "Uhr") || strings.HasPrefix(rest, "h") && (len(rest) == 1 || !isWordByte(rest[1])) {
		return true
	}
	return false
}

// isoDate reports whether src[i:] starts with YYYY-MM-DD.
func isoDate(src string, i int) bool {
	if i+10 > len(src) {
		return false
	}
	d := src[i : i+10]
	for k := 0; k < 10; k++ {
		if k == 4 || k == 7 {
			if d[k] != '-' {
				return false
			}
		} else if !isDigit(d[k]) {
			return false
		}
	}
	if i+10 < len(src) && isDigit(src[i+10]) {
		return false
	}
	m, day := atoi(d[5:7]), atoi(d[8:10])
	return m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// isOrdinal decides whether the number src[start:dot] and the period at
// dot form an ordinal ("am 3. Oktober", "der 1. Weltkrieg") rather than a
// number ending a sentence.
func (s *Scanner) isOrdinal(start, dot int) bool {
	lx := s.lx
	if !lx.ordinals {
		return false
	}
	src := s.src
	after := dot + 1
	if after < len(src) && (isDigit(src[after]) || src[after] == '.') {
		return false
	}
	det := lx.ordBefore[s.prev()]
	if dot-start > 3 && !det {
		return false
	}
	// Next word on the same line.
	j := after
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j >= len(src) || src[j] == '\n' || src[j] == '\r' {
		return false
	}
	if j == after {
		// "3.-5.", "3./4." or "am 8.September"
		if src[j] == '-' || src[j] == '/' {
			return true
		}
		k := j
		for k < len(src) && isASCIILetter(src[k]) || k < len(src) && src[k] >= utf8.RuneSelf {
			k++
		}
		return lx.ordAfter[src[j:k]]
	}
	c := src[j]
	if isDigit(c) {
		return true
	}
	r, _ := s.peek(j)
	if !isLetter(r) {
		return c == '-' || c == '/' || c == ','
	}
	k := j
	for k < len(src) && isWordByte(src[k]) {
		r, n := utf8.DecodeRuneInString(src[k:])
		if !isLetter(r) {
			break
		}
		k += n
	}
	w := src[j:k]
	if k < len(src) && src[k] == '.' && lx.ordAfter[src[j:k+1]] {
		return true
	}
	if lx.ordAfter[w] {
		return true
	}
	if 'a' <= c && c <= 'z' || c >= utf8.RuneSelf && !isUpperRune(r) {
		return true
	}
	return det || inflected(s.prev())
}

// inflected reports whether w looks like a lowercase inflected adjective
// or article ("neuen", "späteren", "volles"), after which a number with a
// period is an ordinal.
func inflected(w string) bool {
	if len(w) < 3 || !('a' <= w[0] && w[0] <= 'z' || w[0] >= utf8.RuneSelf) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	switch {
	case strings.HasSuffix(w, "en"), strings.HasSuffix(w, "em"), strings.HasSuffix(w, "er"),
		strings.HasSuffix(w, "es"), strings.HasSuffix(w, "e"):
		return true
	}
	return false
}
