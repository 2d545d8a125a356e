package sqlite_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/cputime"
	"github.com/chronik-dev/chronik/internal/sqlite"
)

// BenchmarkTimelineGrowth stores and merges generated articles (corpusgen
// bodies with events that report a generated world of happenings) in
// batches of 256, as ingest does, in order of date, and reports the merge cost per article
// at the start and at the end of the run, to show that it stays flat as
// the store grows; then it times the timeline of a typical actor (the
// median of the 1000 most active) and the first 100 events of the most
// active one. The process's peak RSS is the
// memory figure. Set CHRONIK_TIMELINE_ARTICLES (default 5000) to grow the
// store, CHRONIK_TIMELINE_MAX_EVENTS (default 5) to give articles more
// events, CHRONIK_TIMELINE_DAYS (default 3650) to spread them over fewer
// or more days; CHRONIK_TIMELINE_DB keeps the file.
//
//	CHRONIK_TIMELINE_ARTICLES=100000 go test ./internal/sqlite -run '^$' -bench TimelineGrowth -benchtime 1x
func BenchmarkTimelineGrowth(b *testing.B) {
	n := 5000
	if s := os.Getenv("CHRONIK_TIMELINE_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	for b.Loop() {
		path := os.Getenv("CHRONIK_TIMELINE_DB")
		if path == "" {
			path = filepath.Join(b.TempDir(), "timeline.db")
		}
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		g := corpusgen.New(1)
		g.Days = 10 * 365
		if s := os.Getenv("CHRONIK_TIMELINE_DAYS"); s != "" {
			g.Days, _ = strconv.Atoi(s)
		}
		world := corpusgen.NewHappenings(g, 2, n*3/4, 5000)
		if s := os.Getenv("CHRONIK_TIMELINE_MAX_EVENTS"); s != "" {
			world.MaxEvents, _ = strconv.Atoi(s)
			world = corpusgen.NewHappenings(g, 2, n*world.MaxEvents/6, 5000)
			world.MaxEvents, _ = strconv.Atoi(s)
		}
		const batch = 256
		var first, last time.Duration
		var firstN, lastN, events int
		deciles := make([]time.Duration, 10)
		decN := make([]int, 10)
		docs := make([]*chronik.Document, 0, batch)
		ctx := b.Context()
		for i := 0; i < n; i += batch {
			docs = docs[:0]
			for k := range min(batch, n-i) {
				d := g.Next()
				// News arrives in order of date, at a steady rate.
				d.DCT.Time = g.Start.AddDate(0, 0, (i+k)*g.Days/n)
				world.Annotate(g, d)
				events += len(d.Events)
				docs = append(docs, d)
			}
			res, err := db.CreateDocuments(ctx, docs)
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			if _, err := db.MergeEvents(ctx, res.IDs); err != nil {
				b.Fatal(err)
			}
			el := time.Since(start)
			d := min(i*10/n, 9)
			deciles[d] += el
			decN[d] += len(docs)
			if i+batch >= (d+1)*n/10 && decN[d] > 0 {
				b.Logf("articles %d-%d: merge %.2f ms/article", d*n/10, (d+1)*n/10, float64(deciles[d].Microseconds())/float64(decN[d])/1000)
			}
			switch {
			case i < n/10 || i == 0:
				first += el
				firstN += len(docs)
			case i >= n-n/10-batch:
				last += el
				lastN += len(docs)
			}
		}
		merged, total, err := db.FindMergedEvents(ctx, chronik.TimelineFilter{Limit: 1})
		if err != nil || len(merged) == 0 {
			b.Fatal(err)
		}
		top, err := db.FindActors(ctx, "", 1000)
		if err != nil || len(top) == 0 {
			b.Fatal(err)
		}
		query := func(key string, limit int) (time.Duration, int) {
			best := time.Hour
			var got int
			for range 5 {
				start := time.Now()
				evs, _, err := db.FindMergedEvents(ctx, chronik.TimelineFilter{Actor: []string{key}, Limit: limit})
				if err != nil {
					b.Fatal(err)
				}
				best = min(best, time.Since(start))
				got = len(evs)
			}
			return best, got
		}
		topT, _ := query(top[0].Key, 100)
		topN := top[0].Events
		mid := top[len(top)/2]
		midT, midN := query(mid.Key, 0)
		fi, _ := os.Stat(path)
		db.Close()
		b.ReportMetric(float64(first.Microseconds())/float64(firstN)/1000, "ms/article-first10%")
		b.ReportMetric(float64(last.Microseconds())/float64(max(lastN, 1))/1000, "ms/article-last10%")
		b.ReportMetric(float64(events), "events")
		b.ReportMetric(float64(total), "merged-events")
		b.ReportMetric(float64(topT.Microseconds())/1000, "ms/query-top-actor-first100")
		b.ReportMetric(float64(topN), "events-top-actor")
		b.ReportMetric(float64(midT.Microseconds())/1000, "ms/query-median-actor")
		b.ReportMetric(float64(midN), "events-median-actor")
		b.ReportMetric(float64(peakRSS())/(1<<20), "MB-peak-RSS")
		b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
	}
}

// peakRSS returns the process's peak resident set size in bytes (Linux),
// or the Go runtime's view of memory elsewhere.
func peakRSS() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				return kb << 10
			}
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.Sys)
}

// BenchmarkTimelineQuery times timelines of one actor on an existing
// store, CHRONIK_TIMELINE_DB (for example the one BenchmarkTimelineGrowth
// keeps; opening it migrates it), best of 5 each: the whole timeline of
// the most active actor, of the 10th and 100th, and of the median of the
// 1000 most active, and the first 100 events of the most active with the
// total; it logs the best wall time and the best CPU time of the process
// (which includes the garbage collector's). It skips without a store.
//
//	CHRONIK_TIMELINE_DB=/tmp/tl1m.db go test ./internal/sqlite -run '^$' -bench TimelineQuery -benchtime 1x -v
func BenchmarkTimelineQuery(b *testing.B) {
	path := os.Getenv("CHRONIK_TIMELINE_DB")
	if path == "" {
		b.Skip("set CHRONIK_TIMELINE_DB to a store with merged events")
	}
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		db := sqlite.NewDB(path)
		start := time.Now()
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.Logf("open (with any migration): %s", time.Since(start).Round(time.Millisecond))
		ctx := b.Context()
		top, err := db.FindActors(ctx, "", 1000)
		if err != nil || len(top) == 0 {
			b.Fatal("no actors", err)
		}
		query := func(name, metric string, a chronik.ActorMatch, limit int) {
			best, bestCPU := time.Hour, time.Hour
			var got, total int
			for range 5 {
				start, cpu := time.Now(), cputime.Used()
				evs, n, err := db.FindMergedEvents(ctx, chronik.TimelineFilter{Actor: []string{a.Key}, Limit: limit})
				if err != nil {
					b.Fatal(err)
				}
				best, bestCPU = min(best, time.Since(start)), min(bestCPU, cputime.Used()-cpu)
				got, total = len(evs), n
			}
			b.Logf("%-28s %-22s %6d of %6d events: %8.1f ms (CPU %.1f ms)", name, a.Key, got, total,
				float64(best.Microseconds())/1000, float64(bestCPU.Microseconds())/1000)
			b.ReportMetric(float64(best.Microseconds())/1000, "ms/"+metric)
		}
		query("most active, whole", "top-whole", top[0], 0)
		query("most active, first 100", "top-first100", top[0], 100)
		if len(top) > 9 {
			query("10th, whole", "10th-whole", top[9], 0)
		}
		if len(top) > 99 {
			query("100th, whole", "100th-whole", top[99], 0)
		}
		query("median of top 1000, whole", "median-whole", top[len(top)/2], 0)
		db.Close()
	}
}
