package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// state is what the scanner does next. The states are constants, not
// functions, so that step calls them directly and a Scanner that Text
// declares stays on the stack.
type state uint8

const (
	stEnd    state = iota // the text is consumed
	stSpace               // lexSpace
	stWord                // lexWord
	stNumber              // lexNumber
	stStop                // lexStop
	stClitic              // lexClitic
)

// step runs the current state and returns the next one.
func (s *Scanner) step() state {
	switch s.state {
	case stSpace:
		return lexSpace(s)
	case stWord:
		return lexWord(s)
	case stNumber:
		return lexNumber(s)
	case stStop:
		return lexStop(s)
	case stClitic:
		return lexClitic(s)
	}
	return stEnd
}

// Scanner produces the tokens of a text one at a time. Token spans are
// byte offsets into the scanned text. The zero value is not usable; call
// Init first.
type Scanner struct {
	src   string
	lx    *lexicon
	pos   int // end of the input consumed so far
	state state

	tok  chronik.Token
	have bool
	// prevForm is the Form of the previous token, for ordinal decisions,
	// when Scan returns tokens one at a time.
	prevForm string
	// collect makes emit append to out instead of setting tok: one write
	// of the token instead of three.
	collect bool
	out     []chronik.Token
	base    int // len(out) before the first token of src
}

// Init prepares s to scan src in the language lang ("de" or "en"; other
// languages get the English rules).
func (s *Scanner) Init(src, lang string) {
	s.src = src
	s.lx = lexiconFor(lang)
	s.pos = 0
	s.state = stSpace
	s.have = false
	s.prevForm = ""
	s.collect = false
	s.out = nil
}

// Scan returns the next token and true, or false at the end of the text.
func (s *Scanner) Scan() (chronik.Token, bool) {
	for s.state != stEnd {
		s.state = s.step()
		if s.have {
			s.have = false
			s.prevForm = s.tok.Form
			return s.tok, true
		}
	}
	return chronik.Token{}, false
}

// emit makes src[start:end] the next token, with form as its Form ("" for
// the text itself), and moves past it.
func (s *Scanner) emit(start, end int, kind chronik.TokenKind, form string) {
	if form == "" {
		form = s.src[start:end]
	}
	s.pos = end
	if s.collect {
		// Field by field into the next element: copying or zeroing a
		// whole Token takes a bulk write barrier while the garbage
		// collector runs. Every field is written, so the element need
		// not be cleared first.
		n := len(s.out)
		if n < cap(s.out) {
			s.out = s.out[:n+1]
		} else {
			s.out = append(s.out, chronik.Token{})
		}
		t := &s.out[n]
		t.Start, t.End, t.Kind, t.Form = start, end, kind, form
		return
	}
	s.tok = chronik.Token{Span: chronik.Span{Start: start, End: end}, Kind: kind, Form: form}
	s.have = true
}

// prev returns the Form of the previous token, "" at the start.
func (s *Scanner) prev() string {
	if s.collect {
		if len(s.out) == s.base {
			return ""
		}
		return s.out[len(s.out)-1].Form
	}
	return s.prevForm
}

// peek returns the rune at i and its size; size 0 at the end.
func (s *Scanner) peek(i int) (rune, int) {
	if i >= len(s.src) {
		return 0, 0
	}
	if c := s.src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.src[i:])
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || (r > 0x7f && unicode.IsSpace(r))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isLetter reports whether r belongs inside a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// lexSpace skips white space and dispatches on the next character. It
// scans plain words and punctuation itself, one after another when it
// collects tokens, and hands everything else to the other states.
func lexSpace(s *Scanner) state {
	src := s.src
	for {
		i := s.pos
		for i < len(src) {
			c := src[i]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, n := utf8.DecodeRuneInString(src[i:])
			if !isSpace(r) {
				break
			}
			i += n
		}
		s.pos = i
		if i >= len(src) {
			return stEnd
		}
		c := src[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			// A plain word: ASCII letters and digits and letters from
			// U+00C0 to U+00FF up to white space or punctuation that
			// lexWord gives no meaning to, and no URL.
			if c|0x20 == 'h' || c|0x20 == 'w' || c|0x20 == 'f' {
				return stWord
			}
			j := i + 1
			for j < len(src) {
				if byteClasses[src[j]]&classAlnum != 0 {
					j++
				} else if latin1Letter(src, j) {
					j += 2
				} else {
					break
				}
			}
			if j < len(src) && byteClasses[src[j]]&classWordEnd == 0 {
				return stWord
			}
			if n := len(s.out); s.collect && n < cap(s.out) {
				// emit, written out for the most common token.
				s.pos = j
				s.out = s.out[:n+1]
				t := &s.out[n]
				t.Start, t.End, t.Kind, t.Form = i, j, chronik.TokenWord, src[i:j]
				continue
			}
			s.emit(i, j, chronik.TokenWord, "")
		case isDigit(c):
			return stNumber
		case c == '.' || c == '!' || c == '?':
			return stStop
		case c == '`' || c == '\'':
			if i+1 < len(src) && src[i+1] == c {
				s.emit(i, i+2, chronik.TokenPunct, "")
			} else {
				s.emit(i, i+1, chronik.TokenPunct, "")
			}
		case c == '-':
			j := i + 1
			for j < len(src) && src[j] == '-' {
				j++
			}
			s.emit(i, j, chronik.TokenPunct, "")
		case c < utf8.RuneSelf:
			kind := chronik.TokenSymbol
			if strings.IndexByte(`"',;:()[]{}/\`, c) >= 0 || c == '#' || c == '*' || c == '&' || c == '@' {
				kind = chronik.TokenPunct
			}
			s.emit(i, i+1, kind, "")
		default:
			r, n := utf8.DecodeRuneInString(src[i:])
			switch {
			case isLetter(r):
				return stWord
			case unicode.IsDigit(r):
				return stWord
			case unicode.IsPunct(r):
				s.emit(i, i+n, chronik.TokenPunct, "")
			default:
				s.emit(i, i+n, chronik.TokenSymbol, "")
			}
		}
		if !s.collect {
			return stSpace // Scan returns each token
		}
	}
}

// lexStop scans a run of sentence punctuation: ".", "...", "?!".
func lexStop(s *Scanner) state {
	i := s.pos + 1
	for i < len(s.src) && (s.src[i] == '.' || s.src[i] == '!' || s.src[i] == '?') {
		i++
	}
	s.emit(s.pos, i, chronik.TokenPunct, "")
	return stSpace
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }
