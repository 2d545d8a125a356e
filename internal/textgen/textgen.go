package textgen

import (
	"math/rand/v2"
	"strings"
)

// words are the building blocks of one language's sentences.
type words struct {
	subjects, verbs, objects, places, times, tails, openers []string
}

var german = words{
	subjects: []string{"Der russische Außenminister", "Kim Jong Un", "Die Bundesregierung", "Der US-Präsident",
		"Ein Sprecher des Kremls", "Die Vereinten Nationen", "Dr. Müller", "Die Nordkorea-Beauftragte", "Prof. Schmidt"},
	verbs: []string{"traf", "kritisierte", "besuchte", "lud", "warnte", "unterstützte", "verurteilte", "empfing"},
	objects: []string{"den chinesischen Staatschef", "die Delegation aus Pjöngjang", "den Verteidigungsminister",
		"die Opposition", "z. B. die Abgeordneten", "die EU-Kommission", "Vertreter u. a. der Nato"},
	places: []string{"in Wladiwostok", "in Hanoi", "in Berlin", "in Peking", "im Weißen Haus", "in St. Petersburg"},
	times: []string{"am 3. Oktober", "am Mittwoch", "vergangenen Mai", "noch im April", "am 9.11.1989",
		"um 20.30 Uhr", "im Februar 2019", "am 1. Mai", "seit dem 3.5."},
	tails: []string{"wie die Agentur meldete", "sagte ein Sprecher", "bzw. dessen Stellvertreter",
		"für 3,5 Millionen Euro", "mit 1.000.000 Soldaten", "um 2,5 % mehr als 2018", "ca. 200 km entfernt"},
	openers: []string{"„Wir sind bereit“, sagte er.", "Das Treffen – das erste seit Jahren – dauerte zwei Stunden.",
		"Weitere Informationen unter https://example.org/nachrichten.", "Was nun?"},
}

var english = words{
	subjects: []string{"Russia's foreign minister", "Kim Jong Un", "The U.S. government", "President Trump",
		"A Kremlin spokesman", "The United Nations", "Mr. Lavrov", "Dr. Smith", "The Pentagon"},
	verbs: []string{"met", "criticized", "visited", "invited", "warned", "supported", "condemned", "received"},
	objects: []string{"the Chinese leader", "a delegation from Pyongyang", "the defense minister",
		"the opposition", "e.g. lawmakers", "the European Commission", "NATO's envoys"},
	places: []string{"in Vladivostok", "in Hanoi", "in Washington, D.C.", "in Beijing", "at the White House", "in St. Petersburg"},
	times: []string{"on Oct. 3", "on Wednesday", "last May", "later in April", "on 2019-02-28",
		"at 8:30 p.m.", "in February 2019", "on the 1st of May", "since Jan. 5"},
	tails: []string{"the agency reported", "a spokesman said", "i.e. his deputy",
		"for $3.5 million", "with 1,000,000 troops", "up 2.5% from 2018", "about 200 km away"},
	openers: []string{"“We are ready,” he said.", "The meeting — the first in years — lasted two hours.",
		"More at https://example.org/news.", "What now?", "It's Kim's first visit; they don't know more."},
}

// Corpus returns about size bytes of text in lang ("de" or "en"; "mixed"
// alternates paragraphs), deterministic for seed.
func Corpus(lang string, size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var b strings.Builder
	b.Grow(size + 256)
	para := 0
	for b.Len() < size {
		w := &german
		if lang == "en" || lang == "mixed" && para%2 == 1 {
			w = &english
		}
		n := 3 + r.IntN(5)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			sentence(&b, w, r)
		}
		b.WriteString("\n\n")
		para++
	}
	return b.String()
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

func sentence(b *strings.Builder, w *words, r *rand.Rand) {
	if r.IntN(6) == 0 {
		b.WriteString(pick(r, w.openers))
		return
	}
	b.WriteString(pick(r, w.subjects))
	b.WriteByte(' ')
	b.WriteString(pick(r, w.verbs))
	b.WriteByte(' ')
	b.WriteString(pick(r, w.objects))
	b.WriteByte(' ')
	b.WriteString(pick(r, w.places))
	b.WriteByte(' ')
	b.WriteString(pick(r, w.times))
	if r.IntN(2) == 0 {
		b.WriteString(", ")
		b.WriteString(pick(r, w.tails))
	}
	b.WriteByte('.')
}
