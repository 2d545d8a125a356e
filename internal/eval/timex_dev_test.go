package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/temporal"
)

// timexDevSets are the evaluation sets in ../shared/data, relative to the
// repository root.
var timexDevSets = []struct {
	name, dir string
	narrative bool
}{
	{"WikiWarsDE", "temporal/wikiwarsde/WikiWarsDE_20110412", true},
	{"TimeBank", "temporal/tbaq/TBAQ-cleaned/TimeBank", false},
	{"AQUAINT", "temporal/tbaq/TBAQ-cleaned/AQUAINT", false},
}

// TestTimexDev scores the tagger on the development sets when they are
// present: go test ./internal/eval -run TestTimexDev -v
// With CHRONIK_TIMEX_ERRORS=dir it writes every disagreement to
// dir/<corpus>.txt for error analysis.
func TestTimexDev(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("no evaluation data at %s", data)
	}
	var names []string
	var scores []TimexScores
	for _, ds := range timexDevSets {
		tg := temporal.NewTagger()
		tg.Narrative = ds.narrative
		s, errs, err := EvalTimexDirErrors(filepath.Join(data, ds.dir), func(doc *chronik.Document) {
			if err := tg.Annotate(context.Background(), doc); err != nil {
				t.Errorf("%s: %v", doc.ID, err)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, ds.name)
		scores = append(scores, s)
		if dir := os.Getenv("CHRONIK_TIMEX_ERRORS"); dir != "" {
			writeTimexErrors(t, filepath.Join(dir, ds.name+".txt"), errs)
		}
	}
	var b strings.Builder
	WriteTimexScores(&b, names, scores)
	t.Logf("\n%s", b.String())
}

func writeTimexErrors(t *testing.T, path string, errs []TimexError) {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "%s\t%s\tgold=%q %s %s\tsys=%q %s %s\n", e.Doc, e.Kind, e.Gold.Text, e.Gold.Type, e.Gold.Value, e.System.Text, e.System.Type, e.System.Value)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
}
