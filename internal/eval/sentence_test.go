package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestScoreBoundaries(t *testing.T) {
	for _, tt := range []struct {
		name       string
		gold, pred []int
		want       BoundaryScore
	}{
		{"perfect", []int{5, 10}, []int{10, 5}, BoundaryScore{Gold: 2, Predicted: 2, Correct: 2, Precision: 1, Recall: 1, F1: 1}},
		{"half", []int{5, 10}, []int{5, 7}, BoundaryScore{Gold: 2, Predicted: 2, Correct: 1, Precision: 0.5, Recall: 0.5, F1: 0.5}},
		{"duplicates", []int{5, 5}, []int{5}, BoundaryScore{Gold: 1, Predicted: 1, Correct: 1, Precision: 1, Recall: 1, F1: 1}},
		{"none predicted", []int{5}, nil, BoundaryScore{Gold: 1}},
		{"empty", nil, nil, BoundaryScore{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreBoundaries(tt.gold, tt.pred); got != tt.want {
				t.Errorf("ScoreBoundaries(%v, %v) = %+v, want %+v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}

const germevalSample = "#\thttp://example.org/a\t[2010-07-04]\n" +
	"1\tEr\tO\tO\n2\tsagte\tO\tO\n3\t:\tO\tO\n4\t\"\tO\tO\n5\tJa\tO\tO\n6\t\"\tO\tO\n7\t.\tO\tO\n\n" +
	"#\thttp://example.org/b\t[2010-07-04]\n" +
	"1\tAm\tO\tO\n2\t3.\tO\tO\n3\tOktober\tO\tO\n4\t(\tO\tO\n5\tdpa\tB-ORG\tO\n6\t)\tO\tO\n7\t.\tO\tO\n\n" +
	"#\thttp://example.org/c\t[2010-07-04]\n" +
	"1\tDann\tO\tO\n2\tging\tO\tO\n3\ter\tO\tO\n4\t\"\tO\tO\n\n"

func TestJoinSentences(t *testing.T) {
	sents, err := ReadGermEval(strings.NewReader(germevalSample))
	if err != nil {
		t.Fatal(err)
	}
	text, ends := JoinSentences(sents)
	want := `Er sagte: "Ja". Am 3. Oktober (dpa). Dann ging er"`
	if text != want {
		t.Errorf("JoinSentences = %q, want %q", text, want)
	}
	if len(ends) != 3 || text[:ends[0]] != `Er sagte: "Ja".` || ends[2] != len(text) {
		t.Errorf("JoinSentences ends = %v", ends)
	}
}

func TestSentenceBoundariesGermEval(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dev.tsv")
	if err := os.WriteFile(path, []byte(germevalSample), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := SentenceBoundariesGermEval(path, DefaultSegmenter)
	if err != nil {
		t.Fatal(err)
	}
	if got.Gold != 2 || got.Correct != 2 || got.Predicted != 2 {
		t.Errorf("SentenceBoundariesGermEval = %+v, want 2 of 2 correct", got)
	}
	if _, err := SentenceBoundariesGermEval(filepath.Join(t.TempDir(), "missing.tsv"), DefaultSegmenter); err == nil {
		t.Error("SentenceBoundariesGermEval(missing) = nil error")
	}
}

const timemlSample = `<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<TEXT>
Kim <EVENT eid="e1">met</EVENT> Trump in Hanoi <TIMEX3 tid="t1">on Wednesday</TIMEX3>. The talks broke off.

Both sides blamed the U.S. &amp; its allies.
</TEXT>
</TimeML>
`

func TestSentenceBoundariesTimeML(t *testing.T) {
	paras := TimeMLParagraphs(timemlSample)
	want := []string{"Kim met Trump in Hanoi on Wednesday. The talks broke off.", "Both sides blamed the U.S. & its allies."}
	if strings.Join(paras, "|") != strings.Join(want, "|") {
		t.Fatalf("TimeMLParagraphs = %q, want %q", paras, want)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.tml"), []byte(timemlSample), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := SentenceBoundariesTimeML(dir, DefaultSegmenter)
	if err != nil {
		t.Fatal(err)
	}
	if got.Documents != 1 || got.Paragraphs != 2 || got.Sentences != 3 || got.Boundaries.Gold != 1 || got.Boundaries.Correct != 1 {
		t.Errorf("SentenceBoundariesTimeML = %+v", got)
	}
}

func TestDefaultSegmenter(t *testing.T) {
	text := "„Kim kommt“, sagte er.\u00A0Dann ging er."
	got := DefaultSegmenter(text, "de")
	want := []chronik.Span{{Start: 0, End: strings.Index(text, "\u00A0")}, {Start: strings.Index(text, "Dann"), End: len(text)}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("DefaultSegmenter(%q) = %v, want %v", text, got, want)
	}
}
