package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// Generator produces articles. The zero value is not usable; call [New].
type Generator struct {
	rng *rand.Rand
	n   int
	// Start and Days bound the document dates: Start plus up to Days days.
	Start time.Time
	Days  int
	// German is the share of German articles, 0 to 1.
	German float64
	// Sentences is the number of body sentences per article.
	Sentences int
}

// New returns a generator for the seed with dates from 2017 to 2019, half
// the articles in German and 12 sentences per article (about 1.5 KB).
func New(seed uint64) *Generator {
	return &Generator{
		rng:       rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		Start:     time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC),
		Days:      3 * 365,
		German:    0.5,
		Sentences: 12,
	}
}

// Next returns the next article with an id, a day-precision DCT, a title
// and a body; Lang is set.
func (g *Generator) Next() *chronik.Document {
	g.n++
	day := g.Start.AddDate(0, 0, g.rng.IntN(g.Days))
	lang := "en"
	tpl, titles := enSentences, enTitles
	if g.rng.Float64() < g.German {
		lang = "de"
		tpl, titles = deSentences, deTitles
	}
	var b strings.Builder
	for i := range g.Sentences {
		if i > 0 {
			if i%4 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.fill(tpl[g.rng.IntN(len(tpl))], lang))
	}
	return &chronik.Document{
		ID:     fmt.Sprintf("gen-%07d", g.n),
		Source: "corpusgen",
		Lang:   lang,
		DCT:    chronik.DCT{Time: day, Precision: chronik.PrecisionDay},
		Title:  g.fill(titles[g.rng.IntN(len(titles))], lang),
		Text:   b.String(),
	}
}

// Text returns at least n bytes of generated article bodies in the given
// language ("de", "en", or "" for both), separated by blank lines.
func (g *Generator) Text(lang string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		d := g.Next()
		if lang != "" && d.Lang != lang {
			continue
		}
		b.WriteString(d.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// fill replaces the {slot} placeholders of a template.
func (g *Generator) fill(t, lang string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(g.slot(t[i+1:i+j], lang))
		t = t[i+j+1:]
	}
}

func (g *Generator) slot(name, lang string) string {
	pick := func(xs []string) string { return xs[g.rng.IntN(len(xs))] }
	switch name {
	case "n":
		return fmt.Sprint(2 + g.rng.IntN(40))
	case "day":
		return fmt.Sprint(1 + g.rng.IntN(28))
	case "year":
		return fmt.Sprint(1990 + g.rng.IntN(30))
	case "dec":
		return fmt.Sprintf("%d,%d", 1+g.rng.IntN(9), g.rng.IntN(10))
	case "time":
		return fmt.Sprintf("%d.%02d", 6+g.rng.IntN(16), 5*g.rng.IntN(12))
	case "numdate":
		return fmt.Sprintf("%d.%d.%d", 1+g.rng.IntN(28), 1+g.rng.IntN(12), 2000+g.rng.IntN(20))
	case "person":
		return pick(people)
	}
	words, ok := slots[lang][name]
	if !ok {
		return name
	}
	return pick(words)
}
