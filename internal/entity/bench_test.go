package entity

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/cputime"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

const benchText = `Nordkoreas Machthaber Kim Jong Un will noch im April nach Russland reisen. Der russische Außenminister Sergej Lawrow hatte ihn vergangenen Mai nach Moskau eingeladen. Der zweite Gipfel mit US-Präsident Donald Trump im Februar 2019 in Hanoi war ohne Ergebnis abgebrochen worden. Am Mittwoch berichteten nordkoreanische Staatsmedien über einen neuen Waffentest; Pjöngjang verkündete, man habe eine taktische Lenkwaffe erprobt. Südkoreas Präsident Moon Jae-in rief beide Seiten zu weiteren Gesprächen auf, die Vereinten Nationen und die Europäische Union begrüßten das. In Peking sagte ein Sprecher des Außenministeriums, China unterstütze den Dialog. Die Bundesregierung in Berlin äußerte sich zurückhaltend, Kanzlerin Angela Merkel wollte das Treffen nicht kommentieren. `

// BenchmarkRecognize measures recognition and linking throughput
// (b.SetBytes: MB/s per core).
func BenchmarkRecognize(b *testing.B) {
	kb, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	r := NewRecognizer(kb)
	text := strings.Repeat(benchText, 40) // about 32 KB, a long article
	doc := &chronik.Document{Text: text, Lang: "de", DCT: chronik.MustParseDCT("2019-04-25")}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start, n := cputime.Used(), 0
	for b.Loop() {
		if err := r.Annotate(ctx, doc); err != nil {
			b.Fatal(err)
		}
		n++
	}
	// MB per CPU-second: steadier than MB/s on a shared machine
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(n*len(text))/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkLoadKB measures building the knowledge base from the embedded
// files and the heap it holds.
func BenchmarkLoadKB(b *testing.B) {
	var before, after runtime.MemStats
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		kb, err := gazetteer.Load()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
		runtime.KeepAlive(kb)
	}
}
