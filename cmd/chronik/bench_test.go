package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/cputime"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/reader"
)

// writeCorpus writes n generated articles as JSON Lines and returns the
// directory and the number of body bytes.
func writeCorpus(b *testing.B, n int) (string, int) {
	b.Helper()
	dir := b.TempDir()
	f, err := os.Create(filepath.Join(dir, "corpus.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	g := corpusgen.New(3)
	size := 0
	for range n {
		d := g.Next()
		size += len(d.Text)
		if err := enc.Encode(map[string]string{"id": d.ID, "date": d.DCT.String(), "text": d.Text, "title": d.Title}); err != nil {
			b.Fatal(err)
		}
	}
	return dir, size
}

// benchPipeline reads generated JSON Lines and runs p over every document
// on one goroutine. MB/s counts body bytes.
func benchPipeline(b *testing.B, p *pipeline.Pipeline) {
	dir, size := writeCorpus(b, 4000)
	b.SetBytes(int64(size))
	start, n := cputime.Used(), 0
	defer func() {
		if cpu := (cputime.Used() - start).Seconds(); cpu > 0 {
			b.ReportMetric(float64(size*n)/1e6/cpu, "MB/cpu-s")
		}
	}()
	for b.Loop() {
		n++
		for it := range reader.Read(b.Context(), []string{dir}, reader.Options{}) {
			if it.Doc == nil {
				b.Fatal(it.Err)
			}
			_ = p.Annotate(b.Context(), it.Doc)
		}
	}
}

// BenchmarkReadAndLanguageLayers measures the foundation: reading,
// normalization, language identification, tokens and sentences.
func BenchmarkReadAndLanguageLayers(b *testing.B) {
	benchPipeline(b, &pipeline.Pipeline{Stages: languageStages()})
}

// BenchmarkFullPipeline measures reading and every annotation stage.
func BenchmarkFullPipeline(b *testing.B) {
	a := &App{Getenv: func(string) string { return "" }, kbDir: b.TempDir()}
	p, err := a.newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}

// BenchmarkRead measures reading alone.
func BenchmarkRead(b *testing.B) {
	benchPipeline(b, &pipeline.Pipeline{})
}
