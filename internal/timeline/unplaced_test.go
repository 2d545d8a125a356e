package timeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/chronik-dev/chronik"
)

// TestUnplaced: a plan dated only by its article (Kim to meet Xi, some
// time in the next half year) joins the next meeting of the two while
// they meet on fewer than PlaceDays days in that time, and stays alone,
// marked Unplaced, once they meet on PlaceDays days. Reports that do not
// name both leaders, and more reports of a day already counted, do not
// count. Merging the reports one at a time, in any order, gives the
// events of clustering them at once, with the same marks.
func TestUnplaced(t *testing.T) {
	build := func(days int) []*Report {
		rs := []*Report{byDocument(rep("plan", "CONSULT", "", as(kim), as(xi), nil, ""), chronik.ModalityFuture)}
		for d := range days {
			date := fmt.Sprintf("2019-%02d-%02d", 3+d/20, 2+d%20)
			rs = append(rs, rep(fmt.Sprintf("meet-%02d", d), "CONSULT", date, as(xi), as(kim), pek, ""))
			// a second report of the same day, and one without Xi
			rs = append(rs, rep(fmt.Sprintf("meet-%02d-again", d), "CONSULT", date, as(kim), as(xi), pek, ""))
			rs = append(rs, rep(fmt.Sprintf("kim-%02d", d), "CONSULT", date, as(kim), as(moon), nil, ""))
		}
		return rs
	}
	planGroup := func(gs []Group) []string {
		for _, g := range gs {
			var docs []string
			for _, r := range g.Reports {
				docs = append(docs, r.Doc)
			}
			if slices.Contains(docs, "plan") {
				return docs
			}
		}
		return nil
	}
	for _, tt := range []struct {
		days     int
		unplaced bool
	}{{PlaceDays - 1, false}, {PlaceDays, true}} {
		t.Run(fmt.Sprint(tt.days, "days"), func(t *testing.T) {
			rs := build(tt.days)
			want := Cluster(rs)
			got := planGroup(want)
			if tt.unplaced && !slices.Equal(got, []string{"plan"}) || !tt.unplaced && !slices.Equal(got, []string{"meet-00-again", "meet-00", "plan"}) {
				t.Errorf("plan's event = %v", got)
			}
			if rs[0].Unplaced != tt.unplaced {
				t.Errorf("Unplaced = %v, want %v", rs[0].Unplaced, tt.unplaced)
			}
			for seed := range uint64(4) {
				rs := build(tt.days)
				rand.New(rand.NewPCG(seed, 1)).Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
				m := NewMemory()
				for _, r := range rs {
					if _, err := m.Merge(t.Context(), []*Report{r}); err != nil {
						t.Fatal(err)
					}
				}
				if a, b := partition(m.Groups()), partition(want); !slices.Equal(a, b) {
					t.Errorf("seed %d: merged one at a time: %v, want %v", seed, diff(a, b), diff(b, a))
				}
				for _, r := range rs {
					if r.Doc == "plan" && r.Unplaced != tt.unplaced {
						t.Errorf("seed %d: merged one at a time: Unplaced = %v, want %v", seed, r.Unplaced, tt.unplaced)
					}
				}
			}
		})
	}
}
