package sqlite_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sqlite"
)

// Benchmark articles are assembled from these sentence patterns with
// random people, places and numbers, about 2 KB each.
var (
	benchPeople = []string{"Olaf Scholz", "Emmanuel Macron", "Wladimir Putin", "Joe Biden", "Xi Jinping",
		"Kim Jong Un", "Ursula von der Leyen", "Annalena Baerbock", "Antony Blinken", "Sergej Lawrow"}
	benchPlaces = []string{"Berlin", "Paris", "Moskau", "Washington", "Peking", "Pjöngjang", "Brüssel",
		"Kiew", "Wladiwostok", "Hanoi", "Genf", "Wien"}
	benchDE = []string{
		"%[1]s ist am Mittwoch in %[2]s eingetroffen, um über die Lage zu beraten.",
		"Nach Angaben der Regierung wurden %[3]d Soldaten an die Grenze verlegt.",
		"Die Außenminister wollen die Sanktionen gegen das Land noch im %[4]s verschärfen.",
		"In %[2]s demonstrierten am Wochenende rund %[3]d Menschen gegen den Krieg.",
		"%[1]s kündigte an, die Gespräche über Atomwaffen im kommenden Jahr fortzusetzen.",
		"Das Gipfeltreffen in %[2]s endete ohne gemeinsame Erklärung.",
		"Die Wirtschaftshilfe in Höhe von %[3]d Millionen Euro soll bis %[4]s ausgezahlt werden.",
		"Beobachter werteten den Besuch von %[1]s als Zeichen der Annäherung.",
	}
	benchEN = []string{
		"%[1]s arrived in %[2]s on Wednesday for talks on the crisis.",
		"The government said %[3]d troops had been moved to the border.",
		"Foreign ministers plan to tighten sanctions on the country in %[4]s.",
		"Some %[3]d people protested against the war in %[2]s at the weekend.",
		"%[1]s announced that negotiations on nuclear weapons would resume next year.",
		"The summit in %[2]s ended without a joint statement.",
		"Economic aid of %[3]d million dollars is to be paid out by %[4]s.",
		"Observers saw the visit by %[1]s as a sign of rapprochement.",
	}
	benchMonths = []string{"April", "Mai", "June", "September", "Dezember", "March"}
)

// benchDocument generates the i-th benchmark article with tokens,
// sentences, timexes, entities and an event.
func benchDocument(r *rand.Rand, i int) *chronik.Document {
	lang, patterns := "de", benchDE
	if i%3 == 2 {
		lang, patterns = "en", benchEN
	}
	person := benchPeople[r.IntN(len(benchPeople))]
	place := benchPlaces[r.IntN(len(benchPlaces))]
	var b strings.Builder
	var sents []chronik.Sentence
	for b.Len() < 2000 {
		start := b.Len()
		p := patterns[r.IntN(len(patterns))]
		fmt.Fprintf(&b, p, benchPeople[r.IntN(len(benchPeople))], benchPlaces[r.IntN(len(benchPlaces))],
			r.IntN(100000), benchMonths[r.IntN(len(benchMonths))])
		sents = append(sents, chronik.Sentence{Span: chronik.Span{Start: start, End: b.Len()}})
		b.WriteString(" ")
	}
	text := fmt.Sprintf("%s trifft in %s ein (Meldung%05d). ", person, place, i) + b.String()
	shift := len(text) - b.Len()
	var tokens []chronik.Token
	for i, s := range sents {
		s.Start += shift
		s.End += shift
		s.FirstToken = len(tokens)
		off := s.Start
		for _, w := range strings.Fields(text[s.Start:s.End]) {
			tokens = append(tokens, chronik.Token{Span: chronik.Span{Start: off, End: off + len(w)}, Form: w})
			off += len(w) + 1
		}
		s.EndToken = len(tokens)
		sents[i] = s
	}
	doc := &chronik.Document{
		ID:        fmt.Sprintf("bench-%d-%d", i, r.Uint32()),
		Source:    "bench",
		Title:     fmt.Sprintf("%s in %s", person, place),
		Lang:      lang,
		DCT:       chronik.MustParseDCT(fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, i%12+1, i%28+1)),
		Text:      text,
		Sentences: sents,
		Tokens:    tokens,
		Timexes:   []chronik.Timex{{ID: "t1", Text: "Mittwoch", Span: chronik.Span{Start: 0, End: 5}, Type: "DATE", Value: "2019-04-24"}},
		Entities: []chronik.Entity{
			{ID: "e1", Text: person, Span: chronik.Span{Start: 0, End: len(person)}, Type: "PER", Ref: "Q1", Name: person},
			{ID: "e2", Text: place, Span: chronik.Span{Start: len(person) + 11, End: len(person) + 11 + len(place)}, Type: "LOC", Ref: "Q2", Name: place},
		},
		Events: []chronik.Event{{
			ID: "v1", Type: "CONSULT", Mode: "visit",
			Actor:    []chronik.Actor{{Ref: "Q1", Name: person, Entity: "e1"}},
			Date:     chronik.EventDate{Value: "2019-04-24", Timex: "t1", From: "text"},
			Place:    &chronik.Place{Ref: "Q2", Name: place},
			Modality: chronik.ModalityAsserted,
			Trigger:  chronik.Trigger{Text: "trifft", Span: chronik.Span{Start: len(person) + 1, End: len(person) + 7}},
			Sentence: chronik.Span{Start: 0, End: shift - 1},
		}},
	}
	return doc
}

func openBenchDB(b *testing.B) *sqlite.DB {
	b.Helper()
	return MustOpenPath(b, filepath.Join(b.TempDir(), "bench.db"))
}

// fillBenchDB stores n generated articles in batches of 100.
func fillBenchDB(b *testing.B, db *sqlite.DB, r *rand.Rand, n int) []*chronik.Document {
	b.Helper()
	var all []*chronik.Document
	for len(all) < n {
		batch := make([]*chronik.Document, 100)
		for i := range batch {
			batch[i] = benchDocument(r, len(all)+i)
		}
		if _, err := db.CreateDocuments(b.Context(), batch); err != nil {
			b.Fatalf("CreateDocuments: %v", err)
		}
		all = append(all, batch...)
	}
	return all
}

func BenchmarkCreateDocuments(b *testing.B) {
	db := openBenchDB(b)
	r := rand.New(rand.NewPCG(1, 2))
	const batchSize = 100
	var bytes int64
	batches := make([][]*chronik.Document, 0, 64)
	for i := 0; i < 64; i++ {
		batch := make([]*chronik.Document, batchSize)
		for j := range batch {
			batch[j] = benchDocument(r, i*batchSize+j)
			bytes += int64(len(batch[j].Text))
		}
		batches = append(batches, batch)
	}
	b.SetBytes(bytes / int64(len(batches)))
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		batch := batches[i%len(batches)]
		if i >= len(batches) { // new ids and texts so nothing is a duplicate
			for _, d := range batch {
				d.Text += "."
			}
		}
		res, err := db.CreateDocuments(b.Context(), batch)
		if err != nil {
			b.Fatalf("CreateDocuments: %v", err)
		}
		n += res.Created
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkKnownHashes(b *testing.B) {
	db := openBenchDB(b)
	r := rand.New(rand.NewPCG(1, 2))
	docs := fillBenchDB(b, db, r, 10000)
	hashes := make([]string, 0, 1000)
	for i := range 500 {
		hashes = append(hashes, docs[i*20].ContentHash())
		hashes = append(hashes, benchDocument(r, 20000+i).ContentHash())
	}
	b.ResetTimer()
	for b.Loop() {
		known, err := db.KnownHashes(b.Context(), hashes)
		if err != nil {
			b.Fatalf("KnownHashes: %v", err)
		}
		if len(known) != 500 {
			b.Fatalf("KnownHashes = %d known, want 500", len(known))
		}
	}
	b.ReportMetric(float64(len(hashes)*b.N)/b.Elapsed().Seconds(), "hashes/s")
}

func BenchmarkSearch(b *testing.B) {
	db := openBenchDB(b)
	r := rand.New(rand.NewPCG(1, 2))
	docs := fillBenchDB(b, db, r, 10000)
	var textBytes, fileBytes int64
	for _, d := range docs {
		textBytes += int64(len(d.Text))
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(db.Path + suffix); err == nil {
			fileBytes += fi.Size()
		}
	}
	b.Logf("%d documents, %.1f MB text, %.1f MB on disk (file and WAL)", len(docs), float64(textBytes)/1e6, float64(fileBytes)/1e6)
	queries := []struct {
		name string
		q    chronik.SearchQuery
	}{
		{"Word", chronik.SearchQuery{Text: "Atomwaffe"}},
		{"OneHit", chronik.SearchQuery{Text: "Meldung04242"}},
		{"TwoWords", chronik.SearchQuery{Text: "Wladiwostok Gipfeltreffens"}},
		{"Phrase", chronik.SearchQuery{Text: `"Kim Jong Un" Hanoi`}},
		{"OrExclude", chronik.SearchQuery{Text: "sanctions OR Sanktionen -Moskau"}},
		{"DateLang", chronik.SearchQuery{Text: "Putin", Lang: "en", From: date(2015, 1, 1), To: date(2017, 1, 1)}},
	}
	for _, tt := range queries {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				hits, err := db.Search(b.Context(), tt.q)
				if err != nil {
					b.Fatalf("Search: %v", err)
				}
				if len(hits) == 0 {
					b.Fatalf("Search(%q) found nothing", tt.q.Text)
				}
			}
		})
	}
}
