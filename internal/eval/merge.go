package eval

import (
	"fmt"
	"io"
	"slices"
)

// MergeScore is the pairwise score of a clustering of mentions into
// happenings: a pair of mentions is positive when both are in one
// cluster; precision and recall count pairs against the gold clusters.
type MergeScore struct {
	// Mentions is the number of mentions scored, GoldPairs and PredPairs
	// the positive pairs of gold and prediction.
	Mentions, GoldPairs, PredPairs int
	Pairs                          PRF
	// GoldClusters and PredClusters count the clusters.
	GoldClusters, PredClusters int
	// Errors lists the wrongly merged and wrongly split pairs, at most
	// 50 of each, as "a + b".
	FalseMerges, FalseSplits []string
}

// ScoreMerge scores predicted clusters against gold clusters. Both map a
// mention key to its cluster label; mentions missing from pred count as
// singletons, mentions missing from gold are ignored.
func ScoreMerge(gold, pred map[string]string) MergeScore {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	s := MergeScore{Mentions: len(keys)}
	gc, pc := map[string]bool{}, map[string]bool{}
	label := func(k string) string {
		if l, ok := pred[k]; ok {
			return l
		}
		return "\x00" + k
	}
	for i, a := range keys {
		gc[gold[a]] = true
		pc[label(a)] = true
		for _, b := range keys[i+1:] {
			g := gold[a] == gold[b]
			p := label(a) == label(b)
			if g {
				s.GoldPairs++
			}
			if p {
				s.PredPairs++
			}
			switch {
			case g && p:
				s.Pairs.Matched++
			case p && len(s.FalseMerges) < 50:
				s.FalseMerges = append(s.FalseMerges, a+" + "+b)
			case g && !p && len(s.FalseSplits) < 50:
				s.FalseSplits = append(s.FalseSplits, a+" + "+b)
			}
		}
	}
	s.GoldClusters, s.PredClusters = len(gc), len(pc)
	s.Pairs.Precision = pairRatio(s.Pairs.Matched, s.PredPairs)
	s.Pairs.Recall = pairRatio(s.Pairs.Matched, s.GoldPairs)
	if p, r := s.Pairs.Precision, s.Pairs.Recall; p+r > 0 {
		s.Pairs.F1 = 2 * p * r / (p + r)
	}
	return s
}

// pairRatio is a/b, and 1 when there is nothing to count.
func pairRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// WriteMergeScore prints a merge score for people.
func WriteMergeScore(w io.Writer, s MergeScore) error {
	_, err := fmt.Fprintf(w, "mentions %d, gold clusters %d, predicted clusters %d\npairs: gold %d, predicted %d, matched %d\nprecision %.3f  recall %.3f  F1 %.3f\n",
		s.Mentions, s.GoldClusters, s.PredClusters, s.GoldPairs, s.PredPairs, s.Pairs.Matched,
		s.Pairs.Precision, s.Pairs.Recall, s.Pairs.F1)
	return err
}
