package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// eventPipeline is the extraction pipeline up to events, for evaluation.
func eventPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Pipeline{Stages: []pipeline.Named{
		{Name: "normalize", Stage: textnorm.Stage{}},
		{Name: "sentences", Stage: sentence.Stage{}},
		{Name: "timex", Stage: temporal.NewTagger()},
		{Name: "entities", Stage: entity.NewRecognizer(kb)},
		{Name: "events", Stage: event.NewCoder()},
	}}
}

// TestEventsDev prints the PLOVER gold-record figures of docs/EVALUATION.md
// ("## Events"). It skips when ../shared/data is missing.
func TestEventsDev(t *testing.T) {
	path := filepath.Join(sharedData, "events/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	gold, err := ReadEventGold(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ScoreEvents(context.Background(), gold, eventPipeline(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PLOVER gold records: %d, coded %d (%.3f)", s.Records, s.Coded, eventRatio(s.Coded, s.Records))
	t.Logf("type accuracy %.3f (%d/%d)", s.TypeAccuracy(), s.TypeCorrect, s.Records)
	t.Logf("actor country accuracy %.3f (%d/%d), recipient country accuracy %.3f (%d/%d) (on records with the right type)",
		s.ActorAccuracy(), s.ActorCorrect, s.ActorGold, s.RecipientAccuracy(), s.RecipientCorrect, s.RecipientGold)
	var types []string
	for typ := range s.Confusion {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		row := s.Confusion[typ]
		var cells []string
		n := 0
		for got, c := range row {
			n += c
			g := got
			if g == "" {
				g = "none"
			}
			cells = append(cells, fmt.Sprintf("%s %d", g, c))
		}
		sort.Strings(cells)
		t.Logf("%-10s %3d  %d right  → %s", typ, n, row[typ], strings.Join(cells, ", "))
	}
	if testing.Verbose() && os.Getenv("EVENTS_ERRORS") != "" {
		p := eventPipeline(t)
		for _, g := range gold {
			s1, _ := ScoreEvents(context.Background(), []EventGold{g}, p)
			if s1.TypeCorrect == 0 {
				got := ""
				for typ, n := range s1.Confusion[g.Type] {
					if n > 0 {
						got = typ
					}
				}
				t.Logf("MISS %s got %q (%s): %s", g.Type, got, g.Trigger, g.Text)
			}
		}
	}
}
