package timeline

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/chronik-dev/chronik/internal/eval"
)

// TestMergeEvaluation scores merging on the hand-coded test set: pairwise
// precision and recall against the happenings of gold.json. Run with -v
// to see the figures and the errors.
func TestMergeEvaluation(t *testing.T) {
	set := buildEvalSet(t)
	gold := map[string]string{}
	var reports []*Report
	docs := map[string]bool{}
	for _, e := range set {
		gold[e.report.Key()] = e.happening
		reports = append(reports, e.report)
		docs[e.report.Doc] = true
	}
	pred := map[string]string{}
	for _, g := range Cluster(reports) {
		for _, r := range g.Reports {
			pred[r.Key()] = g.ID
		}
	}
	s := eval.ScoreMerge(gold, pred)
	t.Logf("merge test set: %d articles, %d happenings", len(docs), s.GoldClusters)
	eval.WriteMergeScore(testWriter{t}, s)
	if testing.Verbose() && os.Getenv("MERGE_ERRORS") != "" {
		for _, e := range s.FalseMerges {
			t.Logf("false merge: %s", e)
		}
		for _, e := range s.FalseSplits {
			t.Logf("false split: %s", e)
		}
	}
	// The target is 0.90 for both; precision is held at the
	// measured level (see docs/EVALUATION.md).
	if s.Pairs.Precision < 0.93 || s.Pairs.Recall < 0.90 {
		t.Errorf("pairwise precision %.3f, recall %.3f, want >= 0.93 and >= 0.90", s.Pairs.Precision, s.Pairs.Recall)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

// TestMergeOrderIndependence merges the test set incrementally, article
// by article, in several random orders and in batches, and checks that
// every order gives the clusters that clustering everything at once gives.
func TestMergeOrderIndependence(t *testing.T) {
	set := buildEvalSet(t)
	byDoc := map[string][]*Report{}
	var docs []string
	var all []*Report
	for _, e := range set {
		if byDoc[e.report.Doc] == nil {
			docs = append(docs, e.report.Doc)
		}
		byDoc[e.report.Doc] = append(byDoc[e.report.Doc], e.report)
		all = append(all, e.report)
	}
	want := partition(Cluster(all))
	for seed := range uint64(12) {
		for _, batch := range []int{1, 5} {
			order := slices.Clone(docs)
			if seed > 0 {
				rng := rand.New(rand.NewPCG(seed, 7))
				rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			}
			m := NewMemory()
			for i := 0; i < len(order); i += batch {
				var rs []*Report
				for _, d := range order[i:min(i+batch, len(order))] {
					for _, r := range byDoc[d] {
						c := *r
						rs = append(rs, &c)
					}
				}
				if _, err := m.Merge(t.Context(), rs); err != nil {
					t.Fatal(err)
				}
			}
			got := partition(m.Groups())
			if !slices.Equal(got, want) {
				t.Errorf("seed %d batch %d: incremental clusters differ from batch clustering:\n got %v\nwant %v", seed, batch, diff(got, want), diff(want, got))
			}
		}
	}
}

// partition renders groups as sorted strings of their report keys.
func partition(gs []Group) []string {
	out := make([]string, 0, len(gs))
	for _, g := range gs {
		s := g.ID + ":"
		for _, r := range g.Reports {
			s += " " + r.Key()
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func diff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
