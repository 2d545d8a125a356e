package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/cputime"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/reader"
	"github.com/chronik-dev/chronik/internal/sqlite"
	"github.com/spf13/cobra"
)

func (a *App) benchCommand() *cobra.Command {
	var docs, perFile int
	var skipIngest bool
	var cpuProfile string
	var merge bool
	var keep string
	var perDay float64
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure chronik's speed and memory on a generated corpus",
		Long: `bench generates dated German and English articles and measures, on this
machine:

  layers    normalization, sentences and tokens, one core (MB/s)
  pipeline  every annotation stage, one core (MB/s, documents/s), and
            with a worker per core
  ingest    reading, annotating and storing --docs articles written as
            JSON Lines files into a fresh store, then ingesting them
            again (all duplicates), with the peak resident memory;
            merging events into timelines is deferred unless --merge;
            with --merge, the merge cost per article for each tenth of
            the run (wall and CPU time of the process while merging);
            with --per-day, the articles come in date order, so many a
            day over as many days as that takes, as news arrives

Figures depend on the machine; docs/PERFORMANCE.md records ours.`,
		Example: `  chronik bench
  chronik bench --docs 10000
  chronik bench --skip-ingest
  chronik bench --docs 10000 --merge --keep /tmp/bench
  chronik bench --docs 10000 --merge --per-day 9`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			out := a.Stdout
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			fmt.Fprintf(out, "machine: %d cores (GOMAXPROCS %d), %s/%s, %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, cpuModel())

			sample := make([]*chronik.Document, 0, 4000)
			g := corpusgen.New(42)
			size := 0
			for size < 8<<20 {
				d := g.Next()
				size += len(d.Text)
				sample = append(sample, d)
			}
			layers := &pipeline.Pipeline{Stages: languageStages()}
			mbs, dps := measure(ctx, layers, sample, 1)
			fmt.Fprintf(out, "layers:   %7.1f MB/s  %8.0f docs/s  (1 core, %d docs, %.1f MB)\n", mbs, dps, len(sample), float64(size)/1e6)
			full, err := a.newPipeline()
			if err != nil {
				return err
			}
			mbs, dps = measure(ctx, full, sample, 1)
			fmt.Fprintf(out, "pipeline: %7.1f MB/s  %8.0f docs/s  (1 core)\n", mbs, dps)
			w := runtime.GOMAXPROCS(0)
			mbs, dps = measure(ctx, full, sample, w)
			fmt.Fprintf(out, "pipeline: %7.1f MB/s  %8.0f docs/s  (%d workers)\n", mbs, dps, w)
			sample = nil
			if skipIngest {
				return nil
			}
			a.deferMerge = !merge
			return a.benchIngest(ctx, docs, perFile, keep, perDay)
		},
	}
	cmd.Flags().IntVar(&docs, "docs", 100000, "articles to generate for the ingest benchmark")
	cmd.Flags().IntVar(&perFile, "per-file", 2000, "articles per generated JSON Lines file")
	cmd.Flags().BoolVar(&skipIngest, "skip-ingest", false, "measure only the annotation layers")
	cmd.Flags().BoolVar(&merge, "merge", false, "merge events into timelines during the ingest benchmark (off: merging is deferred, as with ingest --defer-merge)")
	cmd.Flags().Float64Var(&perDay, "per-day", 0, "generate the ingest benchmark's articles in date order, this many a day (0: dates drawn from three years, in no order, so the news of a day grows with --docs)")
	cmd.Flags().StringVar(&keep, "keep", "", "write the generated articles and the ingest benchmark's store into this directory and keep them")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file (for go tool pprof)")
	return cmd
}

// measure annotates copies of the documents and returns MB/s and docs/s.
func measure(ctx context.Context, p *pipeline.Pipeline, sample []*chronik.Document, workers int) (float64, float64) {
	var bytes int
	seq := func(yield func(*chronik.Document) bool) {
		for _, d := range sample {
			c := *d
			if !yield(&c) {
				return
			}
		}
	}
	start := time.Now()
	_ = pipeline.Run(ctx, workers, seq, func(ctx context.Context, d *chronik.Document) int {
		_ = p.Annotate(ctx, d)
		return len(d.Text)
	}, func(n int) error { bytes += n; return nil })
	el := time.Since(start).Seconds()
	return float64(bytes) / 1e6 / el, float64(len(sample)) / el
}

func (a *App) benchIngest(ctx context.Context, docs, perFile int, keep string, perDay float64) error {
	out := a.Stdout
	var dir, dbDir string
	if keep != "" {
		dir, dbDir = filepath.Join(keep, "corpus"), keep
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if _, err := os.Stat(filepath.Join(dbDir, "bench.db")); err == nil {
			return fmt.Errorf("%s already holds bench.db", keep)
		}
	} else {
		var err error
		if dir, err = os.MkdirTemp("", "chronik-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if dbDir, err = os.MkdirTemp("", "chronik-bench-db-"); err != nil {
			return err
		}
		defer os.RemoveAll(dbDir)
	}
	var err error
	g := corpusgen.New(7)
	var ordered []*chronik.Document
	if perDay > 0 {
		g.Days = max(1, int(float64(docs)/perDay))
		ordered = make([]*chronik.Document, docs)
		for i := range ordered {
			ordered[i] = g.Next()
		}
		slices.SortStableFunc(ordered, func(x, y *chronik.Document) int { return x.DCT.Time.Compare(y.DCT.Time) })
	}
	var f *os.File
	var bw *bufio.Writer
	enc := json.NewEncoder(nil)
	total := 0
	for i := range docs {
		if i%perFile == 0 {
			if f != nil {
				if err := bw.Flush(); err != nil {
					return err
				}
				f.Close()
			}
			if f, err = os.Create(filepath.Join(dir, fmt.Sprintf("corpus-%05d.jsonl", i/perFile))); err != nil {
				return err
			}
			bw = bufio.NewWriter(f)
			enc = json.NewEncoder(bw)
		}
		var d *chronik.Document
		if ordered != nil {
			d, ordered[i] = ordered[i], nil
		} else {
			d = g.Next()
		}
		total += len(d.Text)
		if err := enc.Encode(map[string]string{"id": d.ID, "date": d.DCT.String(), "title": d.Title, "text": d.Text, "lang": d.Lang}); err != nil {
			return err
		}
	}
	if f != nil {
		if err := bw.Flush(); err != nil {
			return err
		}
		f.Close()
	}
	db, err := a.openStoreAt(filepath.Join(dbDir, "bench.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	tm := &timedMerge{DB: db, docs: docs}
	first, err := a.ingest(ctx, tm, reader.Read(ctx, []string{dir}, reader.Options{}), 0, true)
	if err != nil {
		return err
	}
	rssFirst := peakRSS()
	tm.stop = true
	second, err := a.ingest(ctx, tm, reader.Read(ctx, []string{dir}, reader.Options{}), 0, true)
	if err != nil {
		return err
	}
	if a.deferMerge {
		fmt.Fprintln(out, "ingest:   timeline merging deferred (--merge includes it)")
	}
	fmt.Fprintf(out, "ingest:   %d docs (%.1f MB) in %s: %.0f docs/s, %d new, %d failed; peak RSS %s\n",
		first.Read, float64(total)/1e6, first.Elapsed.Round(time.Millisecond), float64(first.Read)/first.Elapsed.Seconds(), first.New, first.Failed, rssFirst)
	fmt.Fprintf(out, "again:    %d docs in %s: %.0f docs/s, %d duplicate, %.1fx faster; peak RSS %s\n",
		second.Read, second.Elapsed.Round(time.Millisecond), float64(second.Read)/second.Elapsed.Seconds(), second.Duplicate,
		first.Elapsed.Seconds()/second.Elapsed.Seconds(), peakRSS())
	if !a.deferMerge {
		tm.print(out)
	}
	return nil
}

// timedMerge is the benchmark's store: it times MergeEvents, the merging
// that ingest does after storing each batch, for each tenth of the
// articles.
type timedMerge struct {
	*sqlite.DB
	docs       int // articles in the run
	n          int // articles merged so far
	wall, cpu  [10]time.Duration
	perTenth   [10]int
	total, tot time.Duration
	stop       bool // the first ingest is over: record no more
}

// MergeEvents merges and records the wall and CPU time it took.
func (t *timedMerge) MergeEvents(ctx context.Context, ids []string) (chronik.MergeResult, error) {
	if t.stop {
		return t.DB.MergeEvents(ctx, ids)
	}
	start, cpu := time.Now(), cputime.Used()
	res, err := t.DB.MergeEvents(ctx, ids)
	w, c := time.Since(start), cputime.Used()-cpu
	i := min(t.n*10/max(t.docs, 1), 9)
	t.wall[i] += w
	t.cpu[i] += c
	t.perTenth[i] += len(ids)
	t.n += len(ids)
	t.total += w
	t.tot += c
	return res, err
}

func (t *timedMerge) print(out io.Writer) {
	fmt.Fprintf(out, "merge:    %d docs in %s wall, %s CPU (%.2f ms/doc wall)\n", t.n, t.total.Round(time.Millisecond), t.tot.Round(time.Millisecond),
		float64(t.total.Microseconds())/1000/float64(max(t.n, 1)))
	fmt.Fprint(out, "merge:    ms/doc for each tenth, wall (CPU):")
	for i := range t.wall {
		if t.perTenth[i] == 0 {
			continue
		}
		n := float64(t.perTenth[i])
		fmt.Fprintf(out, " %.1f (%.1f)", float64(t.wall[i].Microseconds())/1000/n, float64(t.cpu[i].Microseconds())/1000/n)
	}
	fmt.Fprintln(out)
}

// peakRSS reads the process's peak resident set size from /proc.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(v)
			if kb, err := strconv.Atoi(f[0]); err == nil {
				return fmt.Sprintf("%.0f MB", float64(kb)/1024)
			}
		}
	}
	return "unknown"
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "cpu unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
		}
	}
	return "cpu unknown"
}
