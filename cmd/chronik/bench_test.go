package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronik-dev/chronik/internal/corpusgen"
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

// BenchmarkReadAndLanguageLayers measures the foundation on one core:
// reading JSON Lines, normalization, language identification, tokens and
// sentences. MB/s counts body bytes.
func BenchmarkReadAndLanguageLayers(b *testing.B) {
	dir, size := writeCorpus(b, 4000)
	p := &pipeline.Pipeline{Stages: languageStages()}
	b.SetBytes(int64(size))
	for b.Loop() {
		for it := range reader.Read(b.Context(), []string{dir}, reader.Options{}) {
			if it.Doc == nil {
				b.Fatal(it.Err)
			}
			_ = p.Annotate(b.Context(), it.Doc)
		}
	}
}

// BenchmarkFullPipeline is the same with every annotation stage.
func BenchmarkFullPipeline(b *testing.B) {
	dir, size := writeCorpus(b, 4000)
	p := newPipeline(nil)
	b.SetBytes(int64(size))
	for b.Loop() {
		for it := range reader.Read(b.Context(), []string{dir}, reader.Options{}) {
			if it.Doc == nil {
				b.Fatal(it.Err)
			}
			_ = p.Annotate(b.Context(), it.Doc)
		}
	}
}
