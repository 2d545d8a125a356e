package timeline

import (
	"slices"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
)

// TestPlanRegionBounded merges generated articles at the same news
// volume per day into stores that cover two years and six years, then
// merges the same kind of articles one at a time, and wants the reports
// re-clustered for each of them in the bigger store no more than in the
// smaller one (within noise): what an article touches depends on the
// news of its dates, not on the size of the store. Every seventh report
// is dated by its year only, and every third plan only by its article
// (six months from its date): each matches every report of its type and
// actor in that time. The merged events must be those of clustering
// every report at once.
func TestPlanRegionBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("merges 2,000 generated articles")
	}
	const batch, probes = 32, 64
	region := func(days int) (mean float64, stored int) {
		g := corpusgen.New(21)
		g.Days = days
		world := corpusgen.NewHappenings(g, 6, days/2, 12)
		m := NewMemory()
		n := days // one article a day
		total, count, seq := 0, 0, 0
		var all []*Report
		for i := 0; i < n; {
			size := batch
			if i >= n-probes {
				size = 1
			}
			i += size
			var rs []*Report
			for range size {
				d := g.Next()
				world.Annotate(g, d)
				for _, e := range d.Events {
					switch seq++; {
					case e.Date.From != "text":
					case seq%7 == 0:
						e.Date.Value = e.Date.Value[:4]
					case seq%3 == 0 && e.Modality == chronik.ModalityFuture:
						e.Date = chronik.EventDate{Value: d.DCT.String(), From: "dct"}
					}
					rs = append(rs, &Report{Doc: d.ID, DCT: d.DCT, Lang: d.Lang, Event: e})
					all = append(all, &Report{Doc: d.ID, DCT: d.DCT, Lang: d.Lang, Event: e})
				}
			}
			stored += len(rs)
			ch, err := m.Merge(t.Context(), rs)
			if err != nil {
				t.Fatal(err)
			}
			if size == 1 {
				total += ch.Region
				count++
			}
		}
		got, want := partition(m.Groups()), partition(Cluster(all))
		if !slices.Equal(got, want) {
			t.Errorf("%d days: %d merged events differ from clustering at once:\n got %v\nwant %v", days, len(diff(got, want)), diff(got, want), diff(want, got))
		}
		return float64(total) / float64(count), stored
	}
	small, smallStored := region(730)
	large, largeStored := region(2190)
	t.Logf("reports re-clustered per article: %.0f with %d stored, %.0f with %d stored", small, smallStored, large, largeStored)
	if large > 1.5*small {
		t.Errorf("re-clustered %.0f reports per article with %d stored, %.0f with %d: grows with the store", large, largeStored, small, smallStored)
	}
}
