package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/pipeline"
)

func TestReadEventGold(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gsr.txt")
	data := `[{"id":"D","event":"DOCUMENT"},
{"id":"A1","event":"DEMAND","text":"X demanded Y.","source":[{"code":"USA"}],"target":"","textInfo":{"markup":"(SRC: X) (EVT: demanded) Y."}},
{"id":"A2","event":"FIGHT","text":"X fought Y.","source":[{"code":"RUS"},{"code":"UKR"}],"target":[{"code":"UKR"}]}]`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, err := ReadEventGold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || gold[0].Type != "REQUEST" || gold[0].Trigger != "demanded" || gold[0].Recipient != nil ||
		gold[1].Type != "ASSAULT" || len(gold[1].Actor) != 2 || gold[1].Recipient[0] != "UKR" {
		t.Errorf("ReadEventGold = %+v", gold)
	}
}

func TestScoreEvents(t *testing.T) {
	gold := []EventGold{
		{ID: "1", Text: "X met Y.", Type: "CONSULT", Actor: []string{"USA"}, Recipient: []string{"PRK"}, Trigger: "met"},
		{ID: "2", Text: "X will meet Y.", Type: "AGREE", Actor: []string{"USA"}},
		{ID: "3", Text: "Nothing.", Type: "ASSAULT"},
	}
	stub := pipeline.StageFunc(func(ctx context.Context, doc *chronik.Document) error {
		switch doc.ID {
		case "1":
			doc.Events = []chronik.Event{{Type: "CONSULT", Trigger: chronik.Trigger{Span: chronik.Span{Start: 2, End: 5}},
				Actor: []chronik.Actor{{Country: "USA"}}, Recipient: []chronik.Actor{{Country: "CHN"}}}}
		case "2":
			doc.Events = []chronik.Event{{Type: "CONSULT", Modality: chronik.ModalityFuture, Actor: []chronik.Actor{{Country: "USA"}}}}
		}
		return nil
	})
	s, err := ScoreEvents(t.Context(), gold, stub)
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 3 || s.Coded != 2 || s.TypeCorrect != 2 || s.ActorCorrect != 2 || s.RecipientGold != 1 || s.RecipientCorrect != 0 {
		t.Errorf("ScoreEvents = %+v", s)
	}
	if s.Confusion["ASSAULT"][""] != 1 {
		t.Errorf("confusion = %v", s.Confusion)
	}
}
