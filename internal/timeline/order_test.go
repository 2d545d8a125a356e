package timeline

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/chronik-dev/chronik/internal/corpusgen"
)

// TestOrderIndependenceGenerated merges generated articles (a dense world
// of happenings between Zipf-popular actors, reported with month dates,
// swapped and missing sides, document dates) in shuffled orders and
// batches, and compares with clustering all reports at once.
func TestOrderIndependenceGenerated(t *testing.T) {
	g := corpusgen.New(3)
	g.Days = 60
	world := corpusgen.NewHappenings(g, 4, 150, 40)
	var docs [][]*Report
	var all []*Report
	for range 200 {
		d := g.Next()
		world.Annotate(g, d)
		var rs []*Report
		for _, e := range d.Events {
			r := &Report{Doc: d.ID, DCT: d.DCT, Lang: d.Lang, Event: e}
			rs = append(rs, r)
			all = append(all, r)
		}
		docs = append(docs, rs)
	}
	want := partition(Cluster(all))
	runs := 4
	if testing.Short() {
		runs = 1
	}
	for seed := range uint64(runs) {
		for _, batch := range []int{1, 16} {
			order := slices.Clone(docs)
			rng := rand.New(rand.NewPCG(seed, 11))
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			m := NewMemory()
			for i := 0; i < len(order); i += batch {
				var rs []*Report
				for _, d := range order[i:min(i+batch, len(order))] {
					for _, r := range d {
						c := *r
						rs = append(rs, &c)
					}
				}
				if _, err := m.Merge(t.Context(), rs); err != nil {
					t.Fatal(err)
				}
			}
			if got := partition(m.Groups()); !slices.Equal(got, want) {
				t.Errorf("seed %d batch %d: %d groups differ from batch clustering (%d groups):\n got %v\nwant %v",
					seed, batch, len(diff(got, want)), len(want), diff(got, want), diff(want, got))
			}
		}
	}
}
