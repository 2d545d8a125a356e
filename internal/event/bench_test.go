package event

import (
	"context"
	"testing"
	"time"

	"github.com/chronik-dev/chronik/internal/cputime"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// benchDocs returns n generated articles (German and English) with all
// layers up to entities annotated.
func benchDocs(b *testing.B, n int) ([]*chronik.Document, int) {
	b.Helper()
	kb, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := layers(kb)
	g := corpusgen.New(1)
	var docs []*chronik.Document
	size := 0
	for range n {
		d := g.Next()
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	return docs, size
}

func layers(kb *gazetteer.KB) *pipeline.Pipeline {
	return &pipeline.Pipeline{Stages: []pipeline.Named{
		{Name: "normalize", Stage: textnorm.Stage{}},
		{Name: "sentences", Stage: sentence.Stage{}},
		{Name: "timex", Stage: temporal.NewTagger()},
		{Name: "entities", Stage: entity.NewRecognizer(kb)},
	}}
}

// BenchmarkCoder measures the event coder alone over generated articles
// whose tokens, sentences, time expressions and entities are ready.
func BenchmarkCoder(b *testing.B) {
	docs, size := benchDocs(b, 256)
	c := NewCoder()
	ctx := context.Background()
	events := 0
	b.SetBytes(int64(size))
	b.ResetTimer()
	start, n := cputime.Used(), 0
	for b.Loop() {
		n++
		events = 0
		for _, d := range docs {
			if err := c.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
			events += len(d.Events)
		}
	}
	reportCPU(b, start, size, n)
	b.ReportMetric(float64(events)/float64(len(docs)), "events/doc")
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPipelineToEvents measures the whole extraction from the body
// text to events: normalization, tokens and sentences, time expressions,
// entities and events.
func BenchmarkPipelineToEvents(b *testing.B) {
	kb, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	g := corpusgen.New(2)
	var texts []*chronik.Document
	size := 0
	for range 256 {
		d := g.Next()
		texts = append(texts, d)
		size += len(d.Text)
	}
	p := layers(kb)
	p.Stages = append(p.Stages, pipeline.Named{Name: "events", Stage: NewCoder()})
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ResetTimer()
	start, n := cputime.Used(), 0
	for b.Loop() {
		n++
		for _, t := range texts {
			d := &chronik.Document{Text: t.Text, Lang: t.Lang, DCT: t.DCT}
			if err := p.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, start, size, n)
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// reportCPU reports MB per second of process CPU time, which stays
// meaningful on a shared machine where wall-clock MB/s does not. With
// -cpu 1 and no other goroutines this is MB/s per core.
func reportCPU(b *testing.B, start time.Duration, size, n int) {
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(n)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkLoadCodebooks measures parsing every embedded codebook file,
// which NewCoder's first use does once per process.
func BenchmarkLoadCodebooks(b *testing.B) {
	for b.Loop() {
		for _, lang := range Languages {
			if _, err := parseBook(codebookFS, lang); err != nil {
				b.Fatal(err)
			}
		}
	}
}
