package tokenize

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/datafile"
)

//go:embed data
var dataFS embed.FS

// Languages lists the languages with tokenizer data.
var Languages = []string{"de", "en"}

// lexicon is the language knowledge of the scanner.
type lexicon struct {
	// abbrev maps a compact abbreviation ("z.B.") to whether it never
	// ends a sentence.
	abbrev map[string]bool
	// prefix holds every proper prefix of a multi-part abbreviation that
	// ends in a period ("z." for "z.B.").
	prefix map[string]bool
	// ordAfter and ordBefore decide whether "3." is an ordinal.
	ordAfter  map[string]bool
	ordBefore map[string]bool
	// ordinals says whether the language writes ordinals with a period.
	ordinals bool
	// keyFirst and keyLast say which bytes start the keys of abbrev and
	// prefix of each length and which come before their final period,
	// so that mayBeKey rules out most words without a map lookup.
	keyFirst, keyLast [maxKeyLen + 1][256]bool
	// anyKey turns mayBeKey off, when some key is too short or too long
	// for the tables.
	anyKey bool
}

// maxKeyLen bounds the length of the keys that keyFirst and keyLast
// describe; a longer key makes every length possible.
const maxKeyLen = 32

// index fills keyFirst and keyLast.
func (lx *lexicon) index() {
	add := func(k string) {
		if len(k) < 2 || len(k) > maxKeyLen {
			lx.anyKey = true
			return
		}
		lx.keyFirst[len(k)][k[0]] = true
		lx.keyLast[len(k)][k[len(k)-2]] = true
	}
	for k := range lx.abbrev {
		add(k)
	}
	for k := range lx.prefix {
		add(k)
	}
}

// mayBeKey reports whether w, a word and its period, or w with its first
// letter in lowercase may be a key of abbrev or prefix. It is false for
// most words that end a sentence.
func (lx *lexicon) mayBeKey(w string) bool {
	n := len(w)
	if n < 3 || lx.anyKey {
		return true // for n < 3, lowering the first letter changes the one before the period
	}
	if n > maxKeyLen {
		return false
	}
	c := w[0]
	return (lx.keyFirst[n][c] || 'A' <= c && c <= 'Z' && lx.keyFirst[n][c|0x20]) && lx.keyLast[n][w[n-2]]
}

var lexicons = datafile.PerLanguage(Languages, func(l string) (*lexicon, error) {
	return loadLexicon(dataFS, l)
})

// lexiconFor returns the lexicon for a language, falling back to English
// rules for other languages. It panics if the embedded data is broken,
// which the package tests rule out.
func lexiconFor(lang string) *lexicon {
	return datafile.MustPick(lexicons, lang, "en")
}

// loadLexicon reads data/<lang>/*.txt from fsys.
func loadLexicon(fsys fs.FS, lang string) (*lexicon, error) {
	lx := &lexicon{
		abbrev:    map[string]bool{},
		prefix:    map[string]bool{},
		ordAfter:  map[string]bool{},
		ordBefore: map[string]bool{},
		ordinals:  lang == "de",
	}
	err := datafile.Lines(fsys, "data/"+lang+"/abbreviations.txt", func(fields []string) error {
		a := fields[0]
		if !strings.HasSuffix(a, ".") {
			return fmt.Errorf("abbreviation %q does not end in a period", a)
		}
		inner := false
		if len(fields) > 1 {
			if fields[1] != "inner" {
				return fmt.Errorf("abbreviation %q: unknown flag %q", a, fields[1])
			}
			inner = true
		}
		lx.abbrev[a] = inner
		for i := 0; i < len(a)-1; i++ {
			if a[i] == '.' {
				lx.prefix[a[:i+1]] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = datafile.Lines(fsys, "data/"+lang+"/ordinal_after.txt", func(fields []string) error {
		lx.ordAfter[fields[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = datafile.Lines(fsys, "data/"+lang+"/ordinal_before.txt", func(fields []string) error {
		w := fields[0]
		lx.ordBefore[w] = true
		lx.ordBefore[capitalize(w)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.index()
	return lx, nil
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// Abbreviation reports whether form (a token's Form, e.g. "z.B.") is a
// known abbreviation of the language and whether it is an inner one, one
// that never ends a sentence (titles such as "Dr.", "z.B.").
func Abbreviation(lang, form string) (known, inner bool) {
	lx := lexiconFor(lang)
	inner, known = lx.abbrev[form]
	return known, inner
}

// Abbreviations returns the abbreviation list of one language (English
// rules for other languages), for callers that look up many tokens.
func Abbreviations(lang string) AbbreviationList {
	return AbbreviationList{lexiconFor(lang)}
}

// AbbreviationList answers [Abbreviation] for the language it was made
// for, without finding the language's data on every call.
type AbbreviationList struct{ lx *lexicon }

// Lookup reports whether form is a known abbreviation and whether it is
// an inner one, as Abbreviation does.
func (a AbbreviationList) Lookup(form string) (known, inner bool) {
	inner, known = a.lx.abbrev[form]
	return known, inner
}
