package lang

import (
	"context"
	"errors"
	"fmt"
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
	if len(text) > maxScan {
		text = text[:maxScan]
		for len(text) > 0 && !utf8.ValidString(text[len(text)-1:]) && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	var (
		words, letters, latin int
		hitDe, hitEn          int
		other                 [maxOtherLangs]int // by index into p.otherLangs
		buf                   [64]byte
		n                     int // bytes of the current word in buf
	)
	flush := func() {
		if n == 0 {
			return
		}
		words++
		if n <= len(buf) && (n > maxWordLen || p.first[n][buf[0]] && p.last[n][buf[n-1]]) {
			if l, ok := p.words[string(buf[:n])]; ok {
				switch l {
				case wordDe:
					hitDe++
				case wordEn:
					hitEn++
				default:
					other[l]++
				}
			}
		}
		n = 0
	}
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
				latin++
				if n < len(buf) {
					buf[n] = byte(r) | 0x20
					n++
				} else {
					n = len(buf) + 1
				}
				continue
			}
			if r == '\'' {
				continue
			}
			flush()
			if words >= 40 && words%20 == 0 && decisive(hitDe, hitEn, other[:]) {
				break
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
			if n+utf8.UTFMax <= len(buf) {
				n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
			} else {
				n = len(buf) + 1 // too long to be a function word
			}
			continue
		}
		if r == '\'' || r == '’' || unicode.IsMark(r) {
			continue
		}
		flush()
		// Stop early once the evidence is overwhelming.
		if words >= 40 && words%20 == 0 && decisive(hitDe, hitEn, other[:]) {
			break
		}
	}
	flush()
	if letters > 0 && float64(latin) < minLatin*float64(letters) {
		return "", 0, fmt.Errorf("%w: not in the Latin script", ErrUnsupported)
	}
	if words < minWords || letters < 10 {
		return "", 0, fmt.Errorf("%w: too little text", ErrUnsupported)
	}
	maxOther := 0
	for _, c := range other {
		maxOther = max(maxOther, c)
	}
	best, second, code := hitDe, hitEn, "de"
	if hitEn > hitDe {
		best, second, code = hitEn, hitDe, "en"
	}
	if best < minHits || float64(best) < minCoverage*float64(words) {
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
		case sde >= minRatio*sen && hitDe > 0:
			best, second, code = hitDe, hitEn, "de"
		case sen >= minRatio*sde && hitEn > 0:
			best, second, code = hitEn, hitDe, "en"
		default:
			return "", 0, fmt.Errorf("%w: German and English equally likely", ErrUnsupported)
		}
	}
	conf := float64(best) / float64(best+second+maxOther)
	conf *= min(1, float64(best)/(0.25*float64(words)))
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
	text := doc.NormText()
	if doc.Title != "" {
		if len(text) > maxScan {
			text = text[:maxScan]
		}
		text = doc.Title + "\n" + text
	}
	c, _, err := Identify(text)
	if err != nil {
		return fmt.Errorf("identify language: %w", err)
	}
	doc.Lang = c
	return nil
}
