package sentence

import (
	"context"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/cputime"
	"github.com/chronik-dev/chronik/internal/lang"
	"github.com/chronik-dev/chronik/internal/textnorm"
	"github.com/chronik-dev/chronik/internal/tokenize"
)

func BenchmarkSentences(b *testing.B) {
	for _, l := range []string{"de", "en"} {
		text, _ := textnorm.Normalize(corpusgen.New(1).Text(l, 1<<20))
		toks := tokenize.Text(nil, text, l)
		b.Run(l, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var sents []chronik.Sentence
			for b.Loop() {
				sents = Split(sents[:0], text, toks, l)
			}
		})
	}
}

// BenchmarkLanguageLayer runs the whole language layer — textnorm.Stage,
// lang.Stage (identification), Stage (tokens and sentences) — over
// generated German and English articles of about 4 KB. Besides MB/s (wall
// clock) it reports MB/cpu-s, bytes per second of process CPU time.
func BenchmarkLanguageLayer(b *testing.B) {
	var texts []string
	size := 0
	for i := range 256 {
		l := "de"
		if i%2 == 1 {
			l = "en"
		}
		t := corpusgen.New(uint64(i)).Text(l, 4000)
		texts = append(texts, t)
		size += len(t)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	n := 0
	start := cputime.Used()
	for b.Loop() {
		n++
		for _, t := range texts {
			doc := chronik.Document{Text: t}
			if err := (textnorm.Stage{}).Annotate(ctx, &doc); err != nil {
				b.Fatal(err)
			}
			if err := (lang.Stage{}).Annotate(ctx, &doc); err != nil {
				b.Fatal(err)
			}
			if err := (Stage{}).Annotate(ctx, &doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	// Throughput per second of CPU time: what one core does when the
	// machine is shared with other work.
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(n)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}
