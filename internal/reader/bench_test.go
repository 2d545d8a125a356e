package reader

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func benchRead(b *testing.B, format, ext string, data []byte) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	opts := &Options{Format: format, MaxBytes: DefaultMaxBytes}
	for b.Loop() {
		n := 0
		readStream(context.Background(), "bench"+ext, "bench", bytes.NewReader(data), opts, func(it Item) bool {
			if it.Doc == nil {
				b.Fatal(it.Err)
			}
			n++
			return true
		})
		if n == 0 {
			b.Fatal("no documents")
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/putin-kim.html")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "", ".html", data)
}

func BenchmarkReadJSONL(b *testing.B) {
	line := `{"id":"x","date":"2019-04-25","title":"Putin trifft Kim","text":"` + strings.Repeat("Der russische Präsident hat Kim in Wladiwostok empfangen. ", 40) + `","section":"Politik"}` + "\n"
	benchRead(b, "", ".jsonl", []byte(strings.Repeat(line, 200)))
}

func BenchmarkReadFeed(b *testing.B) {
	data, err := os.ReadFile("testdata/nachrichten.rss")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("rss", func(b *testing.B) {
		opts := &Options{MaxBytes: DefaultMaxBytes}
		for b.Loop() {
			readStream(context.Background(), "bench.rss", "bench", bytes.NewReader(data), opts, func(Item) bool { return true })
		}
	})
}
