package sqlite

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/german"
	"github.com/ncruces/go-sqlite3/ext/fts5"
)

// tokenizerName is the name of the FTS5 tokenizer registered on every
// connection. A change to how terms are stemmed or folded needs a new
// name and a migration that rebuilds the index.
const tokenizerName = "chronik_stem"

// maxStemLen is the longest term, in bytes, that is stemmed; longer
// terms (ids, URLs run together) are indexed folded but unstemmed.
const maxStemLen = 64

// stemTokenizer is an FTS5 tokenizer that splits text into runs of letters
// and digits, lowercases them, stems them with the Snowball stemmer of the
// document's language and folds diacritics (ä→a, ß→ss) so that spellings
// with and without umlauts meet.
//
// Documents are tokenized with their language as FTS5 locale ("de",
// "en"). Text without a known language, and every query, is stemmed with
// both stemmers; a second stem is emitted as a colocated token, which
// FTS5 treats as a synonym, so a query term matches either form.
type stemTokenizer struct{}

// Tokenize implements fts5.Tokenizer.
func (stemTokenizer) Tokenize(flags fts5.TokenizeFlag, text, locale string, emit fts5.TokenCallback) error {
	mode := stemBoth
	if flags&fts5.TOKENIZE_QUERY == 0 {
		mode = langMode(locale)
	}
	if flags&fts5.TOKENIZE_PREFIX != 0 {
		mode = stemNone
	}
	// snippet() and highlight() tokenize only to map token positions to
	// byte offsets: the terms themselves are not compared, so they skip
	// the stemmer, which dominates the cost of a search.
	aux := flags&fts5.TOKENIZE_AUX != 0
	var buf []byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTermStart(r) {
			i += size
			continue
		}
		start := i
		buf = buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isTermRune(r) {
				break
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += size
		}
		if aux {
			if err := emit(0, "", start, i); err != nil {
				return err
			}
			continue
		}
		first, second := stems.get(buf, mode)
		if first == "" {
			continue
		}
		if err := emit(0, first, start, i); err != nil {
			return err
		}
		if second != "" {
			if err := emit(fts5.TOKEN_COLOCATED, second, start, i); err != nil {
				return err
			}
		}
	}
	return nil
}

// stemCacheSize bounds the number of terms per stem mode kept by
// [stemCache]; news vocabulary repeats enough that a few ten thousand
// terms cover most tokens.
const stemCacheSize = 1 << 16

// stems caches stemTerm for all connections.
var stems stemCache

// stemCache remembers stemmed terms: stemming is most of the cost of
// indexing. It is emptied when full, which is cheaper to keep than LRU
// order and good enough for a vocabulary with a long tail.
type stemCache struct {
	mu sync.Mutex
	m  [stemBoth + 1]map[string][2]string
}

func (c *stemCache) get(term []byte, mode stemMode) (first, second string) {
	c.mu.Lock()
	v, ok := c.m[mode][string(term)]
	c.mu.Unlock()
	if ok {
		return v[0], v[1]
	}
	t := string(term)
	first, second = stemTerm(t, mode)
	c.mu.Lock()
	if c.m[mode] == nil || len(c.m[mode]) >= stemCacheSize {
		c.m[mode] = make(map[string][2]string)
	}
	c.m[mode][t] = [2]string{first, second}
	c.mu.Unlock()
	return first, second
}

// isTermStart reports whether a search term can start with r.
func isTermStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isTermRune reports whether r belongs to a search term.
func isTermRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// stemMode says which stemmers a term goes through.
type stemMode int

const (
	stemNone stemMode = iota
	stemGerman
	stemEnglish
	stemBoth
)

// langMode returns the stem mode for a language tag: German for "de",
// "de-AT" or "DE", English for "en…", both for anything else.
func langMode(lang string) stemMode {
	base, _, _ := strings.Cut(lang, "-")
	base, _, _ = strings.Cut(base, "_")
	switch strings.ToLower(base) {
	case "de":
		return stemGerman
	case "en":
		return stemEnglish
	}
	return stemBoth
}

// stemTerm stems a lowercased term and folds the result. With stemBoth it
// returns the German stem and, if it differs, the English one.
func stemTerm(term string, mode stemMode) (first, second string) {
	if len(term) > maxStemLen || mode == stemNone || !hasLetter(term) {
		return fold(term), ""
	}
	switch mode {
	case stemGerman:
		return fold(stemWith(term, german.Stem)), ""
	case stemEnglish:
		return fold(stemWith(term, english.Stem)), ""
	}
	de := fold(stemWith(term, german.Stem))
	en := fold(stemWith(term, english.Stem))
	if en == de {
		en = ""
	}
	return de, en
}

func stemWith(term string, stem func(*snowballstem.Env) bool) string {
	env := snowballstem.NewEnv(term)
	stem(env)
	return env.Current()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Stem returns the index terms for a word as the search index sees it:
// lowercased, stemmed with the stemmer of lang ("de", "en"; any other
// value uses both) and folded. It is exported for tests and tools that
// want to explain a match.
func Stem(word, lang string) []string {
	first, second := stemTerm(strings.ToLower(word), langMode(lang))
	if second == "" {
		return []string{first}
	}
	return []string{first, second}
}

// fold replaces letters with diacritics by their base letters and ß by
// ss, so "Präsident", "Prasident" and the German stemmer's umlaut-free
// output index alike.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldTable maps lowercase Latin letters with diacritics to their base
// letters.
var foldTable = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}
	groups := map[string]string{
		"a": "àáâãäåāăą",
		"c": "çćĉċč",
		"d": "ď",
		"e": "èéêëēĕėęě",
		"g": "ĝğġģ",
		"h": "ĥħ",
		"i": "ìíîïĩīĭį",
		"j": "ĵ",
		"k": "ķ",
		"l": "ĺļľŀ",
		"n": "ñńņňŉ",
		"o": "òóôõöōŏő",
		"r": "ŕŗř",
		"s": "śŝşšș",
		"t": "ţťŧț",
		"u": "ùúûüũūŭůűų",
		"w": "ŵ",
		"y": "ýÿŷ",
		"z": "źżž",
	}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
