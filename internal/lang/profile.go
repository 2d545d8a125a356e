package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"sync"

	"github.com/chronik-dev/chronik/internal/datafile"
)

//go:embed data
var dataFS embed.FS

// maxOtherLangs is how many refused languages data/other may list.
const maxOtherLangs = 8

// Languages lists the languages Identify can return.
var Languages = []string{"de", "en"}

// profile is what the identifier knows about one language.
type profile struct {
	words  map[string]bool
	ngrams map[string]float64
}

// profiles holds the supported languages and the function words of the
// refused ones (word → language).
type profiles struct {
	lang       map[string]*profile
	other      map[string]int // word → index into otherLangs
	otherLangs []string
	// words maps every function word to its language: wordDe, wordEn or
	// an index into otherLangs, so that Identify looks a word up once.
	words map[string]uint8
	// table holds words for Identify, which hashes a word while reading it.
	table wordTable
	// first and last say which bytes start and end a word of words of
	// each length, so Identify skips most lookups of other words.
	first, last [maxWordLen + 1][256]bool
}

// maxWordLen bounds the byte length of the words that profiles.first and
// profiles.last describe; a longer function word disables the shortcut.
const maxWordLen = 24

// Languages of profiles.words besides the indices into otherLangs.
const (
	wordDe = maxOtherLangs + iota
	wordEn
)

var loadProfiles = sync.OnceValues(func() (*profiles, error) { return readProfiles(dataFS) })

func readProfiles(fsys fs.FS) (*profiles, error) {
	p := &profiles{lang: map[string]*profile{}, other: map[string]int{}}
	for _, l := range Languages {
		pr := &profile{words: map[string]bool{}, ngrams: map[string]float64{}}
		err := datafile.Lines(fsys, "data/"+l+"/words.txt", func(f []string) error {
			if len(f) != 1 {
				return fmt.Errorf("want one word, got %d fields", len(f))
			}
			pr.words[f[0]] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
		err = datafile.Lines(fsys, "data/"+l+"/ngrams.txt", func(f []string) error {
			if len(f) != 2 {
				return fmt.Errorf("want n-gram and weight, got %d fields", len(f))
			}
			w, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return fmt.Errorf("weight of %q: %w", f[0], err)
			}
			pr.ngrams[f[0]] = w
			return nil
		})
		if err != nil {
			return nil, err
		}
		p.lang[l] = pr
	}
	for w := range p.lang["de"].words {
		if p.lang["en"].words[w] {
			return nil, fmt.Errorf("load profiles: %q is listed for both de and en", w)
		}
	}
	err := datafile.Lines(fsys, "data/other/words.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want language and word, got %d fields", len(f))
		}
		w := f[1]
		// A word listed for a supported language counts only for it.
		if p.lang["de"].words[w] || p.lang["en"].words[w] {
			return nil
		}
		i := slices.Index(p.otherLangs, f[0])
		if i < 0 {
			if len(p.otherLangs) == maxOtherLangs {
				return fmt.Errorf("more than %d other languages", maxOtherLangs)
			}
			i = len(p.otherLangs)
			p.otherLangs = append(p.otherLangs, f[0])
		}
		p.other[w] = i
		return nil
	})
	if err != nil {
		return nil, err
	}
	p.words = make(map[string]uint8, len(p.other)+len(p.lang["de"].words)+len(p.lang["en"].words))
	for w, i := range p.other {
		p.words[w] = uint8(i)
	}
	for w := range p.lang["de"].words {
		p.words[w] = wordDe
	}
	for w := range p.lang["en"].words {
		p.words[w] = wordEn
	}
	p.table = newWordTable(p.words)
	for w := range p.words {
		if len(w) == 0 || len(w) > maxWordLen {
			// Every length and byte may start a function word.
			for n := range p.first {
				for c := range 256 {
					p.first[n][c], p.last[n][c] = true, true
				}
			}
			break
		}
		p.first[len(w)][w[0]] = true
		p.last[len(w)][w[len(w)-1]] = true
	}
	return p, nil
}

// wordHash returns a hash of w from its length and its first, middle and
// last bytes, in constant time: enough to spread a few hundred function
// words, whose lookups compare the whole word anyway.
func wordHash[S string | []byte](w S) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := (uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(n)<<24) * 0x9E3779B1
	return h ^ h>>15
}

// wordTable is an open-addressing hash table from words to their
// language, for a lookup of a []byte key without a Go map's string hash.
type wordTable struct {
	slots   []uint16 // index+1 into entries, 0 for free; linear probing
	entries []wordEntry
}

type wordEntry struct {
	hash uint32
	lang uint8
	word string
}

// newWordTable builds a table of words, with at most a quarter of the
// slots used.
func newWordTable(words map[string]uint8) wordTable {
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	t := wordTable{slots: make([]uint16, size)}
	for w, l := range words {
		h := wordHash(w)
		i := h & uint32(size-1)
		for t.slots[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.entries = append(t.entries, wordEntry{hash: h, lang: l, word: w})
		t.slots[i] = uint16(len(t.entries))
	}
	return t
}

// lookup returns the language of w, whose wordHash is h.
func (t *wordTable) lookup(h uint32, w []byte) (uint8, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := t.slots[i]
		if k == 0 {
			return 0, false
		}
		if e := &t.entries[k-1]; e.hash == h && e.word == string(w) {
			return e.lang, true
		}
	}
}
