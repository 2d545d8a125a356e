package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedData is where the evaluation data lives, relative to this package.
const sharedData = "../../../shared/data"

// TestSentenceBoundariesDev prints the sentence-boundary figures of
// docs/EVALUATION.md. It skips when ../shared/data is missing.
func TestSentenceBoundariesDev(t *testing.T) {
	ge := filepath.Join(sharedData, "ner/germeval2014/NER-de-dev.tsv")
	tb := filepath.Join(sharedData, "temporal/tbaq/TBAQ-cleaned")
	if _, err := os.Stat(ge); err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	if _, err := os.Stat(tb); err != nil {
		tb = ""
	}
	r, err := SentenceBoundaries(ge, tb)
	if err != nil {
		t.Fatal(err)
	}
	g := r.GermEval
	t.Logf("GermEval 2014 dev: gold %d predicted %d correct %d  P %.4f R %.4f F1 %.4f",
		g.Gold, g.Predicted, g.Correct, g.Precision, g.Recall, g.F1)
	if tb != "" {
		m := r.TimeML
		t.Logf("TBAQ-cleaned: %d documents, %d paragraphs, %d sentences predicted (%.2f per paragraph)",
			m.Documents, m.Paragraphs, m.Sentences, float64(m.Sentences)/float64(max(1, m.Paragraphs)))
		t.Logf("TBAQ-cleaned paragraph ends with paragraphs joined by a space: gold %d found %d recall %.4f",
			m.Boundaries.Gold, m.Boundaries.Correct, m.Boundaries.Recall)
	}
}
