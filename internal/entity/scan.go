package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// word is one word of the text: a maximal run of letters and digits, with an
// apostrophe kept inside when letters follow (O'Brien) but not before a
// final s (Trump's).
type word struct {
	start, end int32
	// gap is the gazetteer gap class of the text up to the next word.
	gap byte
	// upper: the first rune is uppercase; sent: the word starts a sentence;
	// digit: the word starts with a digit.
	upper, sent, digit bool
}

// scanWords splits text into words, appending to ws.
func scanWords(text string, ws []word) []word {
	sent := true
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		var r rune
		size := 1
		isWord := false
		if c < utf8.RuneSelf {
			r = rune(c)
			isWord = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			isWord = gazetteer.IsWordRune(r)
		}
		if !isWord {
			switch r {
			case '.', '!', '?', ':':
				if r != '.' || len(ws) == 0 || !abbrevLike(text, ws[len(ws)-1]) {
					sent = true
				}
			case '\n':
				if i+1 < n && text[i+1] == '\n' {
					sent = true
				}
			}
			i += size
			continue
		}
		start := i
		upper := 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		digit := r >= '0' && r <= '9'
		i += size
		for i < n {
			c = text[i]
			if c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
					i++
					continue
				}
				if c == '\'' && i+1 < n && isLetterAt(text, i+1) && !(text[i+1] == 's' && (i+2 == n || !isLetterAt(text, i+2))) {
					i++
					continue
				}
				break
			}
			r, size = utf8.DecodeRuneInString(text[i:])
			if gazetteer.IsWordRune(r) {
				i += size
				continue
			}
			if r == '’' && i+size < n && isLetterAt(text, i+size) && !(text[i+size] == 's' && (i+size+1 == n || !isLetterAt(text, i+size+1))) {
				i += size
				continue
			}
			break
		}
		ws = append(ws, word{start: int32(start), end: int32(i), upper: upper, sent: sent, digit: digit})
		sent = false
	}
	for k := range ws {
		end := n
		if k+1 < len(ws) {
			end = int(ws[k+1].start)
		}
		if g := text[ws[k].end:end]; len(g) == 1 && g[0] == ' ' {
			ws[k].gap = gazetteer.GapSpace // one space before the next word, the common case
		} else {
			ws[k].gap = gazetteer.ClassifyGap(g)
		}
	}
	return ws
}

// abbrevLike reports whether a period after w more likely ends an
// abbreviation or initial (U.S., Dr., 3.) than a sentence.
func abbrevLike(text string, w word) bool {
	if w.digit {
		return true
	}
	l := w.end - w.start
	if l == 1 {
		return true
	}
	s := text[w.start:w.end]
	switch s {
	case "Dr", "Prof", "St", "Mr", "Mrs", "Ms", "Nr", "bzw", "ca", "vgl", "Jr", "Sen", "Gen", "Rep", "Gov", "Abs", "Co":
		return true
	}
	return false
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}
