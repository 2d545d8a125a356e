package tokenize

import (
	"github.com/chronik-dev/chronik"
)

// Text returns the tokens of text in the language lang, with spans into
// text, appended to dst.
func Text(dst []chronik.Token, text, lang string) []chronik.Token {
	var s Scanner
	s.Init(text, lang)
	s.collect, s.out, s.base = true, dst, len(dst)
	for s.state != stEnd {
		s.state = s.step()
	}
	return s.out
}

// Exact returns the tokens of text in the language lang, with spans into
// text, in a new slice. The slice is sized from an estimate made before
// scanning, so that the tokens are written once instead of being scanned
// into a buffer and copied. Its capacity is what the allocation size
// class holds (append rounds it up), a few percent above the estimate,
// which is itself about 5% above the count on news text.
func Exact(text, lang string) []chronik.Token {
	n := estimate(text)
	return Text(append([]chronik.Token(nil), make([]chronik.Token, n+n>>6+1)...)[:0], text, lang)
}

// Tokens returns the tokens of doc: it scans doc.NormText() in the
// language doc.Lang and maps every span back into doc.Text. Forms stay
// normalized.
func Tokens(doc *chronik.Document) []chronik.Token {
	toks := Exact(doc.NormText(), doc.Lang)
	if doc.NormOffsets != nil {
		m := doc.Mapper()
		for i := range toks {
			toks[i].Span = m.Span(toks[i].Span)
		}
	}
	return toks
}
