package sentence

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/tokenize"
)

// terminal says how a token can end a sentence.
type terminal uint8

const (
	notFinal terminal = iota
	strong            // ".", "!", "?", "..."
	weak              // abbreviation, ordinal, date or initial with a period
)

// Split appends the sentences of text to dst. toks are the tokens of text
// (spans into text), as tokenize.Text returns them; every token belongs to
// exactly one sentence and sentences are in order.
func Split(dst []chronik.Sentence, text string, toks []chronik.Token, lang string) []chronik.Sentence {
	if len(toks) == 0 {
		return dst
	}
	lx := lexiconFor(lang)
	abbrev := tokenize.Abbreviations(lang)
	wrapped := hardWrapped(text)
	first := 0
	quoteOpen := false
	cut := func(end int) { // end is the index after the last token
		dst = append(dst, chronik.Sentence{
			Span:       chronik.Span{Start: toks[first].Start, End: toks[end-1].End},
			FirstToken: first,
			EndToken:   end,
		})
		first = end
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > first {
			switch newlines(text, toks[i-1].End, t.Start) {
			case 0:
			case 1:
				if !wrapped && headlineBreak(&toks[i-1], t, abbrev) {
					cut(i)
					quoteOpen = false
				}
			default:
				cut(i)
				quoteOpen = false
			}
		}
		switch t.Kind {
		case chronik.TokenWord, chronik.TokenNumber, chronik.TokenURL, chronik.TokenSymbol:
			continue // never a terminal (terminalKind) nor a quote
		case chronik.TokenPunct:
			if t.Form == `"` {
				quoteOpen = !quoteOpen
			}
		}
		kind := terminalKind(t, abbrev)
		if kind == notFinal {
			continue
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < len(toks) && closes(&toks[j], toks[j-1].End, quoteOpen) {
			if toks[j].Form == `"` {
				quoteOpen = false
			}
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		if newlines(text, toks[j-1].End, toks[j].Start) >= 2 {
			i = j - 1
			continue // the blank line cuts on the next round
		}
		if startsSentence(&toks[j], kind, lx, toks, j) {
			cut(j)
			quoteOpen = false
		}
		i = j - 1
	}
	if first < len(toks) {
		cut(len(toks))
	}
	return dst
}

// terminalKind classifies a token as a possible sentence end.
func terminalKind(t *chronik.Token, abbrev tokenize.AbbreviationList) terminal {
	f := t.Form
	switch t.Kind {
	case chronik.TokenPunct:
		c := f[0]
		if c == '.' || c == '!' || c == '?' {
			return strong
		}
	case chronik.TokenAbbrev:
		known, inner := abbrev.Lookup(f)
		if !known {
			if r, n := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
				known, inner = abbrev.Lookup(string(unicode.ToLower(r)) + f[n:])
			}
		}
		if inner {
			return notFinal
		}
		return weak
	case chronik.TokenOrdinal, chronik.TokenDate:
		if strings.HasSuffix(f, ".") {
			return weak
		}
	}
	return notFinal
}

// closes reports whether t, following a sentence end that finished at
// prevEnd, closes a quotation or bracket.
func closes(t *chronik.Token, prevEnd int, quoteOpen bool) bool {
	if t.Kind != chronik.TokenPunct {
		return false
	}
	switch t.Form {
	case ")", "]", "}", "''":
		return true
	case `"`, "'":
		return t.Start == prevEnd || quoteOpen && t.Form == `"`
	}
	return false
}

// startsSentence reports whether toks[j] begins a new sentence after a
// terminal of the given kind.
func startsSentence(t *chronik.Token, kind terminal, lx *lexicon, toks []chronik.Token, j int) bool {
	if kind == weak {
		return lx.starters[t.Form] || opening(t) && j+1 < len(toks) && upperStart(toks[j+1].Form)
	}
	switch t.Kind {
	case chronik.TokenWord, chronik.TokenAbbrev, chronik.TokenURL:
		return upperStart(t.Form)
	case chronik.TokenNumber, chronik.TokenDate, chronik.TokenOrdinal:
		return true
	case chronik.TokenPunct:
		if opening(t) {
			return j+1 < len(toks) && !lowerStart(toks[j+1].Form)
		}
		return t.Form == "-" || t.Form == "--"
	case chronik.TokenSymbol:
		return t.Form != "%"
	}
	return false
}

// opening reports whether t can open a quotation or bracket.
func opening(t *chronik.Token) bool {
	switch t.Form {
	case `"`, "'", "``", "(", "[":
		return true
	}
	return false
}

func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// newlines counts the line breaks in text[a:b].
func newlines(text string, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if text[k] == '\n' {
			n++
		}
	}
	return n
}

// headlineBreak reports whether a single line break between prev and next
// ends a sentence: the line ends in a word, number or closing quote, not
// in a continuation, and the next line starts like a sentence.
func headlineBreak(prev, next *chronik.Token, abbrev tokenize.AbbreviationList) bool {
	switch prev.Kind {
	case chronik.TokenPunct:
		switch prev.Form {
		case `"`, "'", "''", ")", "]", ":":
		default:
			return false
		}
	case chronik.TokenAbbrev:
		if _, inner := abbrev.Lookup(prev.Form); inner {
			return false
		}
	}
	switch next.Kind {
	case chronik.TokenWord, chronik.TokenAbbrev, chronik.TokenURL:
		return upperStart(next.Form)
	case chronik.TokenPunct:
		return opening(next) || next.Form == "-" || next.Form == "*"
	case chronik.TokenSymbol:
		return true
	}
	return true
}

// hardWrapped reports whether text looks wrapped at a fixed width, so
// that single line breaks are not sentence ends: at least three lines
// followed by another line are 40 bytes or longer and end without final
// punctuation, and they are at least half of such lines.
func hardWrapped(text string) bool {
	if strings.IndexByte(text, '\n') < 0 {
		return false
	}
	lines, long := 0, 0
	rest := text
	for {
		k := strings.IndexByte(rest, '\n')
		if k < 0 {
			break
		}
		line := strings.TrimRight(rest[:k], " \t\r")
		rest = rest[k+1:]
		if line == "" || len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r' {
			continue
		}
		lines++
		if len(line) >= 40 && strings.IndexByte(".!?:\"", line[len(line)-1]) < 0 {
			long++
		}
	}
	return long >= 3 && 2*long >= lines
}

// scratch holds sentence buffers that Stage splits into.
var scratch = sync.Pool{New: func() any { return new([]chronik.Sentence) }}

// Stage tokenizes and splits a document: it fills Document.Tokens and
// Document.Sentences, with spans into Document.Text, from
// Document.NormText() (run textnorm.Stage first to split normalized text).
// It uses the rules of Document.Lang, English ones for other languages.
type Stage struct{}

// Annotate tokenizes doc and splits it into sentences.
func (Stage) Annotate(ctx context.Context, doc *chronik.Document) error {
	text := doc.NormText()
	toks := tokenize.Exact(text, doc.Lang)
	// Split into a reused buffer and keep a copy of exactly the
	// sentences found: no slice grown and left with spare room.
	buf := scratch.Get().(*[]chronik.Sentence)
	found := Split((*buf)[:0], text, toks, doc.Lang)
	sents := make([]chronik.Sentence, len(found))
	copy(sents, found)
	*buf = found[:0]
	scratch.Put(buf)
	if doc.NormOffsets != nil {
		m := doc.Mapper()
		for i := range toks {
			toks[i].Span = m.Span(toks[i].Span)
		}
		m = doc.Mapper()
		for i := range sents {
			sents[i].Span = m.Span(sents[i].Span)
		}
	}
	doc.Tokens, doc.Sentences = toks, sents
	return nil
}
