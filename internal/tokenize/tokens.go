package tokenize

import (
	"sync"

	"github.com/chronik-dev/chronik"
)

// Text returns the tokens of text in the language lang, with spans into
// text, appended to dst.
func Text(dst []chronik.Token, text, lang string) []chronik.Token {
	var s Scanner
	s.Init(text, lang)
	s.collect, s.out, s.base = true, dst, len(dst)
	for s.state != nil {
		s.state = s.state(&s)
	}
	return s.out
}

// scratch holds token buffers that Exact scans into.
var scratch = sync.Pool{New: func() any { return new([]chronik.Token) }}

// Exact returns the tokens of text in the language lang, with spans into
// text, in a new slice of exactly their number.
func Exact(text, lang string) []chronik.Token {
	buf := scratch.Get().(*[]chronik.Token)
	toks := Text((*buf)[:0], text, lang)
	out := make([]chronik.Token, len(toks))
	copy(out, toks)
	clear(toks) // keep no text alive
	*buf = toks[:0]
	scratch.Put(buf)
	return out
}

// Tokens returns the tokens of doc: it scans doc.NormText() in the
// language doc.Lang and maps every span back into doc.Text. Forms stay
// normalized.
func Tokens(doc *chronik.Document) []chronik.Token {
	toks := Exact(doc.NormText(), doc.Lang)
	if doc.NormOffsets != nil {
		for i := range toks {
			toks[i].Span = doc.BodySpan(toks[i].Span)
		}
	}
	return toks
}
