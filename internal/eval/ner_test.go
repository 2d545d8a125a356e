package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

const germevalDev = "../../../shared/data/ner/germeval2014/NER-de-dev.news-only.tsv"

func TestReadGermEvalNER(t *testing.T) {
	in := "#\thttp://example.org\t[2010-07-04]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n5\t.\tO\tO\n\n"
	sents, err := ReadGermEvalNER(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || sents[0].Date != "2010-07-04" || len(sents[0].Tokens) != 5 {
		t.Fatalf("ReadGermEvalNER = %+v", sents)
	}
	res, err := ScoreNER(sents, func(text, _ string) ([]chronik.Entity, error) {
		return []chronik.Entity{
			{Span: chronik.Span{Start: 0, End: 13}, Type: "PER"},
			{Span: chronik.Span{Start: 17, End: 23}, Type: "GPE"},
			{Span: chronik.Span{Start: 14, End: 16}, Type: "ORG"},
		}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Micro; c.TP != 2 || c.FP != 1 || c.FN != 0 {
		t.Errorf("ScoreNER micro = %+v, want TP 2 FP 1 FN 0", c)
	}
}

// TestNERDev scores the entity recognizer on the news sentences of the
// GermEval 2014 dev set; it skips when ../shared/data is missing.
//
//	go test ./internal/eval -run TestNERDev -v
func TestNERDev(t *testing.T) {
	f, err := os.Open(germevalDev)
	if err != nil {
		t.Skipf("GermEval dev set not available: %v", err)
	}
	defer f.Close()
	sents, err := ReadGermEvalNER(f)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := entity.NewRecognizer(kb)
	r.Nominals = false
	r.Adjectives = false
	res, err := ScoreNER(sents, func(text, date string) ([]chronik.Entity, error) {
		dct, _ := chronik.ParseDCT(date)
		return r.Recognize(text, "de", dct)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("GermEval 2014 dev, news sentences (%d):\n%s", len(sents), res.Report())
	if testing.Verbose() && os.Getenv("NER_ERRORS") != "" {
		counts := map[string]int{}
		for _, e := range res.Errors {
			counts[e.Kind+" "+e.Type+" "+e.Text]++
		}
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			return counts[keys[a]] > counts[keys[b]] || counts[keys[a]] == counts[keys[b]] && keys[a] < keys[b]
		})
		for _, k := range keys {
			fmt.Printf("%3d %s\n", counts[k], k)
		}
	}
}
