package tokenize

import (
	"github.com/chronik-dev/chronik"
)

// Text returns the tokens of text in the language lang, with spans into
// text, appended to dst.
func Text(dst []chronik.Token, text, lang string) []chronik.Token {
	var s Scanner
	s.Init(text, lang)
	// The loop of Scan, without copying each token twice.
	for s.state != nil {
		s.state = s.state(&s)
		if s.have {
			s.have = false
			s.prevForm = s.tok.Form
			dst = append(dst, s.tok)
		}
	}
	return dst
}

// Tokens returns the tokens of doc: it scans doc.NormText() in the
// language doc.Lang and maps every span back into doc.Text. Forms stay
// normalized.
func Tokens(doc *chronik.Document) []chronik.Token {
	text := doc.NormText()
	toks := Text(make([]chronik.Token, 0, len(text)/5+16), text, doc.Lang)
	if doc.NormOffsets != nil {
		for i := range toks {
			toks[i].Span = doc.BodySpan(toks[i].Span)
		}
	}
	return toks
}
