package temporal

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/cputime"

	"github.com/chronik-dev/chronik"
)

// germanNews generates about n bytes of German news-like text: mostly
// sentences without time expressions, some with dates, durations and
// relative expressions, as in agency copy.
func germanNews(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	subj := []string{"Die Bundesregierung", "Der Außenminister", "Die Opposition", "Das Unternehmen", "Die Polizei", "Der Präsident", "Die Gewerkschaft", "Das Parlament"}
	verb := []string{"kritisierte", "kündigte an,", "berichtete", "teilte mit,", "will", "hat beschlossen,", "soll", "warnte"}
	obj := []string{"die geplante Reform des Rentensystems", "einen Besuch in Moskau", "neue Sanktionen gegen das Land",
		"die Verhandlungen über ein Freihandelsabkommen", "weitere Gespräche mit den Koalitionspartnern",
		"die Ergebnisse der Untersuchung", "einen Stellenabbau in mehreren Werken"}
	when := []string{"am Mittwoch", "im vergangenen Jahr", "vor zwei Wochen", "Ende April", "am 3. Mai 2019",
		"seit drei Jahren", "nächste Woche", "im Dezember", "gestern Abend", "um 15 Uhr", "in den 1990er Jahren", "heuer"}
	fill := []string{"Nach Angaben von Beobachtern sei die Lage angespannt, hieß es aus Regierungskreisen.",
		"Kritiker werfen der Regierung vor, zu spät auf die Entwicklung reagiert zu haben.",
		"Die Zahl der Betroffenen lag nach Schätzungen bei mehr als 2000 Menschen.",
		"Ein Sprecher wollte sich zu den Einzelheiten zunächst nicht äußern."}
	var b strings.Builder
	for b.Len() < n {
		if r.IntN(3) == 0 {
			b.WriteString(subj[r.IntN(len(subj))] + " " + verb[r.IntN(len(verb))] + " " + when[r.IntN(len(when))] + " " + obj[r.IntN(len(obj))] + ". ")
		} else {
			b.WriteString(fill[r.IntN(len(fill))] + " ")
		}
		if r.IntN(8) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkTaggerGerman(b *testing.B) {
	text := germanNews(1 << 20)
	dct := chronik.MustParseDCT("2019-04-18")
	tg := NewTagger()
	tg.Tag("de", text, dct) // load the rules outside the timer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n := 0
	for b.Loop() {
		tg.Tag("de", text, dct)
		n++
	}
	// MB/s per second of CPU time: the per-core speed, independent of other
	// load on a shared machine.
	if d := (cputime.Used() - cpu0).Seconds(); d > 0 {
		b.ReportMetric(float64(n*len(text))/1e6/d, "MB/cpu-s")
	}
}
