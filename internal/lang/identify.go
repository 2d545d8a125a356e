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
		other                 = map[string]int{}
		buf                   []byte
		padded                strings.Builder
	)
	padded.Grow(len(text) + 2)
	padded.WriteByte('_')
	flush := func() {
		if len(buf) == 0 {
			return
		}
		words++
		w := string(buf)
		switch {
		case p.lang["de"].words[w]:
			hitDe++
		case p.lang["en"].words[w]:
			hitEn++
		default:
			if l, ok := p.other[w]; ok {
				other[l]++
			}
		}
		padded.Write(buf)
		padded.WriteByte('_')
		buf = buf[:0]
	}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' || unicode.IsMark(r) {
			continue
		}
		flush()
	}
	flush()
	if letters > 0 && float64(latin) < minLatin*float64(letters) {
		return "", 0, fmt.Errorf("%w: not in the Latin script", ErrUnsupported)
	}
	if words < minWords || letters < 10 {
		return "", 0, fmt.Errorf("%w: too little text", ErrUnsupported)
	}
	maxOther := 0
	for _, n := range other {
		maxOther = max(maxOther, n)
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
		s := padded.String()
		de, en := ngramScore(s, p.lang["de"]), ngramScore(s, p.lang["en"])
		switch {
		case de >= minRatio*en && hitDe > 0:
			best, second, code = hitDe, hitEn, "de"
		case en >= minRatio*de && hitEn > 0:
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
