package lang

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// ErrUnsupported is returned for text that is not German or English, or
// that is too short or too unusual to tell.
var ErrUnsupported = errors.New("unsupported language")

// maxScan is how many bytes of a text Identify reads.
const maxScan = 16 << 10

// Thresholds of the decision.
const (
	minWords    = 3    // words in the text
	minHits     = 2    // function words of the winning language
	minCoverage = 0.10 // share of words that are its function words
	minRatio    = 1.5  // winner over runner-up and over refused languages
	minLatin    = 0.7  // share of letters in the Latin script
)

// Identify returns "de" or "en" and a confidence in (0, 1], or
// ErrUnsupported. It reads at most the first 16 KiB of text.
func Identify(text string) (string, float64, error) {
	p, err := loadProfiles()
	if err != nil {
		return "", 0, err
	}
	text = clip(text)
	var c counts
	c.feed(p, text)
	return c.decide(p, text)
}

// identifyTitled is Identify(title + "\n" + text) without building that
// string when it fits the 16 KiB that Identify reads.
func identifyTitled(title, text string) (string, float64, error) {
	if len(title)+1+len(text) > maxScan {
		if len(text) > maxScan {
			text = text[:maxScan]
		}
		return Identify(title + "\n" + text)
	}
	p, err := loadProfiles()
	if err != nil {
		return "", 0, err
	}
	var c counts
	if !c.feed(p, title) && !c.feed(p, "\n") {
		c.feed(p, text)
	}
	c.flush(p)
	if c.mixed() {
		// Rare: the n-gram fallback reads the text as a whole.
		return c.decide(p, title+"\n"+text)
	}
	return c.decide(p, "")
}

// clip cuts text to the first maxScan bytes and drops continuation bytes
// at the cut.
func clip(text string) string {
	if len(text) > maxScan {
		text = text[:maxScan]
		for len(text) > 0 && !utf8.ValidString(text[len(text)-1:]) && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	return text
}

// counts is what Identify has seen of a text so far: words, letters and
// function-word hits, and the word being read.
type counts struct {
	words, letters, latin int
	hitDe, hitEn          int
	other                 [maxOtherLangs]int // by index into p.otherLangs
	buf                   [64]byte
	n                     int  // bytes of the current word in buf
	stop                  bool // the evidence is overwhelming
}

// flush ends the current word and looks it up.
func (c *counts) flush(p *profiles) {
	n := c.n
	if n == 0 {
		return
	}
	c.words++
	if n <= len(c.buf) && (n > maxWordLen || p.first[n][c.buf[0]] && p.last[n][c.buf[n-1]]) {
		w := c.buf[:n]
		if l, ok := p.table.lookup(wordHash(w), w); ok {
			switch l {
			case wordDe:
				c.hitDe++
			case wordEn:
				c.hitEn++
			default:
				c.other[l]++
			}
		}
	}
	c.n = 0
}

// asciiLetters looks at eight bytes (the first in the low byte of x) and
// returns them with bit 0x20 set, which lowercases ASCII letters, and how
// many of them, from the first, are ASCII letters. Bit arithmetic on all
// eight bytes at once; no byte carries into the next.
func asciiLetters(x uint64) (lower uint64, run int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	lower = x | 0x20*ones
	y := lower &^ highs // each byte below 0x80, so the sums below stay in it
	// A byte is a letter when y is in 0x61-0x7A and x has no high bit.
	letter := (y + (0x80-0x61)*ones) &^ (y + (0x80-0x7B)*ones) &^ x & highs
	return lower, bits.TrailingZeros64(^letter&highs) >> 3
}

// isASCIILetter is true for the bytes a-z and A-Z.
var isASCIILetter = func() (t [256]bool) {
	for b := 'a'; b <= 'z'; b++ {
		t[b], t[b-'a'+'A'] = true, true
	}
	return t
}()

// feed reads text, a piece of the whole after the pieces fed before, and
// reports whether the evidence is overwhelming, so that reading can stop.
// The word being read at the end of text continues into the next piece.
func (c *counts) feed(p *profiles, text string) bool {
	if c.stop {
		return true
	}
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if isASCIILetter[b] {
				// A run of ASCII letters, lowercased into buf, eight
				// bytes at a time while they last.
				j, n := i, c.n
				for j+8 <= len(text) {
					x := uint64(text[j]) | uint64(text[j+1])<<8 | uint64(text[j+2])<<16 | uint64(text[j+3])<<24 |
						uint64(text[j+4])<<32 | uint64(text[j+5])<<40 | uint64(text[j+6])<<48 | uint64(text[j+7])<<56
					lower, run := asciiLetters(x)
					if n+8 <= len(c.buf) {
						binary.LittleEndian.PutUint64(c.buf[n:], lower) // bytes after the run are overwritten later or not read
					} else {
						for k := 0; k < run && n+k < len(c.buf); k++ {
							c.buf[n+k] = byte(lower >> (8 * k))
						}
					}
					n += run
					j += run
					if run < 8 {
						break
					}
				}
				if j+8 > len(text) {
					for ; j < len(text) && isASCIILetter[text[j]]; j++ {
						if n < len(c.buf) {
							c.buf[n] = text[j] | 0x20
						}
						n++
					}
				}
				c.letters += j - i
				c.latin += j - i
				c.n = min(n, len(c.buf)+1) // len(buf)+1: too long to be a function word
				i = j
				continue
			}
			i++
			if b == '\'' || c.n == 0 {
				// No word ends here: the counts, and so the decisive
				// check after the last word, are unchanged.
				continue
			}
			c.flush(p)
			if c.words >= 40 && c.words%20 == 0 && decisive(c.hitDe, c.hitEn, c.other[:]) {
				c.stop = true
				return true
			}
			continue
		}
		if b == 0xC3 && i+1 < len(text) {
			// A letter from U+00C0 to U+00FF (ä, ö, ü, ß, é; not × C3 97
			// and ÷ C3 B7): lowercase by hand.
			if x := text[i+1]; x&0xC0 == 0x80 && x != 0x97 && x != 0xB7 {
				i += 2
				c.letters++
				c.latin++
				if c.n+utf8.UTFMax <= len(c.buf) {
					if x < 0x9F { // U+00C0-U+00DE, uppercase
						x += 0x20
					}
					c.buf[c.n], c.buf[c.n+1] = 0xC3, x
					c.n += 2
				} else {
					c.n = len(c.buf) + 1 // too long to be a function word
				}
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) {
			c.letters++
			if r < 0x250 {
				c.latin++
			}
			if c.n+utf8.UTFMax <= len(c.buf) {
				c.n += utf8.EncodeRune(c.buf[c.n:], unicode.ToLower(r))
			} else {
				c.n = len(c.buf) + 1 // too long to be a function word
			}
			continue
		}
		if r == '’' || unicode.IsMark(r) || c.n == 0 {
			continue
		}
		c.flush(p)
		// Stop early once the evidence is overwhelming.
		if c.words >= 40 && c.words%20 == 0 && decisive(c.hitDe, c.hitEn, c.other[:]) {
			c.stop = true
			return true
		}
	}
	return false
}

// best returns the larger and the smaller of the German and English
// hits and the language of the larger.
func (c *counts) best() (best, second int, code string) {
	if c.hitEn > c.hitDe {
		return c.hitEn, c.hitDe, "en"
	}
	return c.hitDe, c.hitEn, "de"
}

// mixed reports whether decide may need the n-gram scores of the text:
// the checks before them pass and German and English are close.
func (c *counts) mixed() bool {
	best, second, _ := c.best()
	return best >= minHits && float64(best) >= minRatio*float64(c.maxOther()) && float64(best) < minRatio*float64(second)
}

func (c *counts) maxOther() int {
	m := 0
	for _, o := range c.other {
		m = max(m, o)
	}
	return m
}

// decide ends the last word and returns the language. text is the whole
// text read, for the n-gram scores when function words are mixed; it is
// only read when mixed reports true.
func (c *counts) decide(p *profiles, text string) (string, float64, error) {
	c.flush(p)
	if c.letters > 0 && float64(c.latin) < minLatin*float64(c.letters) {
		return "", 0, fmt.Errorf("%w: not in the Latin script", ErrUnsupported)
	}
	if c.words < minWords || c.letters < 10 {
		return "", 0, fmt.Errorf("%w: too little text", ErrUnsupported)
	}
	maxOther := c.maxOther()
	best, second, code := c.best()
	if best < minHits || float64(best) < minCoverage*float64(c.words) {
		return "", 0, fmt.Errorf("%w: too few German or English words", ErrUnsupported)
	}
	if float64(best) < minRatio*float64(maxOther) {
		return "", 0, fmt.Errorf("%w: more like another language", ErrUnsupported)
	}
	if float64(best) < minRatio*float64(second) {
		// Function words are mixed; let the character n-grams decide.
		s := padded(text)
		sde, sen := ngramScore(s, p.lang["de"]), ngramScore(s, p.lang["en"])
		switch {
		case sde >= minRatio*sen && c.hitDe > 0:
			best, second, code = c.hitDe, c.hitEn, "de"
		case sen >= minRatio*sde && c.hitEn > 0:
			best, second, code = c.hitEn, c.hitDe, "en"
		default:
			return "", 0, fmt.Errorf("%w: German and English equally likely", ErrUnsupported)
		}
	}
	conf := float64(best) / float64(best+second+maxOther)
	conf *= min(1, float64(best)/(0.25*float64(c.words)))
	if conf <= 0 {
		conf = 0.01
	}
	return code, conf, nil
}

// decisive reports whether one language leads so clearly that reading on
// cannot change the outcome.
func decisive(de, en int, other []int) bool {
	best, rest := max(de, en), min(de, en)
	for _, c := range other {
		rest += c
	}
	return best >= 15 && best >= 4*rest
}

// padded returns the words of text in lowercase, each followed by "_",
// after a leading "_", for n-gram matching.
func padded(text string) string {
	var b strings.Builder
	b.Grow(len(text) + 2)
	b.WriteByte('_')
	in := false
	for _, r := range text {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
			in = true
			continue
		}
		if r == '\'' || r == '’' || unicode.IsMark(r) {
			continue
		}
		if in {
			b.WriteByte('_')
			in = false
		}
	}
	if in {
		b.WriteByte('_')
	}
	return b.String()
}

// ngramScore sums the weights of the profile's n-grams in s.
func ngramScore(s string, p *profile) float64 {
	var sum float64
	for g, w := range p.ngrams {
		sum += w * float64(strings.Count(s, g))
	}
	return sum
}

// Canonical maps a language code or name as readers and users write it
// ("de", "DE", "de-AT", "deu", "ger", "German", "en-US", "eng") to "de"
// or "en"; ok is false for anything else.
func Canonical(code string) (string, bool) {
	c := strings.ToLower(strings.TrimSpace(code))
	if i := strings.IndexAny(c, "-_"); i > 0 {
		c = c[:i]
	}
	switch c {
	case "de", "deu", "ger", "german", "deutsch":
		return "de", true
	case "en", "eng", "english", "englisch":
		return "en", true
	}
	return "", false
}

// Stage sets Document.Lang.
//
//   - With Force set, Lang becomes Force in its canonical form; a Force
//     that is not German or English is an error wrapping ErrUnsupported
//     and leaves Lang as it was.
//   - A Lang already set to German or English (in any form Canonical
//     reads) is kept, in canonical form.
//   - A Lang set to another language is kept and reported as an error
//     wrapping ErrUnsupported, so language-specific stages skip the
//     document.
//   - An empty Lang is identified from Title and NormText(); when that
//     fails Lang stays empty and the error is returned.
type Stage struct {
	// Force is a language every document is taken to be in; empty to
	// identify.
	Force string
}

// Annotate sets doc.Lang.
func (s Stage) Annotate(ctx context.Context, doc *chronik.Document) error {
	if s.Force != "" {
		c, ok := Canonical(s.Force)
		if !ok {
			return fmt.Errorf("force language %q: %w", s.Force, ErrUnsupported)
		}
		doc.Lang = c
		return nil
	}
	if doc.Lang != "" {
		c, ok := Canonical(doc.Lang)
		if !ok {
			return fmt.Errorf("language %q: %w", doc.Lang, ErrUnsupported)
		}
		doc.Lang = c
		return nil
	}
	var (
		c   string
		err error
	)
	if doc.Title != "" {
		c, _, err = identifyTitled(doc.Title, doc.NormText())
	} else {
		c, _, err = Identify(doc.NormText())
	}
	if err != nil {
		return fmt.Errorf("identify language: %w", err)
	}
	doc.Lang = c
	return nil
}
