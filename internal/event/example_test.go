package event_test

import (
	"context"
	"fmt"
	"os"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// The coder runs after the sentence, temporal and entity stages. The
// invitation and the visit are dated to May 2018, when they happened, not
// to the article's date.
func ExampleCoder() {
	kb, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := &pipeline.Pipeline{Stages: []pipeline.Named{
		{Name: "normalize", Stage: textnorm.Stage{}},
		{Name: "sentences", Stage: sentence.Stage{}},
		{Name: "timex", Stage: temporal.NewTagger()},
		{Name: "entities", Stage: entity.NewRecognizer(kb)},
		{Name: "events", Stage: event.NewCoder()},
	}}
	doc := &chronik.Document{
		Lang: "de",
		DCT:  chronik.MustParseDCT("2019-04-25"),
		Text: "Bereits vergangenen Mai hatte Russlands Außenminister Sergej Lawrow Kim während eines Besuchs in Pjöngjang eingeladen.",
	}
	if err := p.Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, ev := range doc.Events {
		fmt.Printf("%s %s %q: %s → %s, %s (%s), %s\n", ev.ID, ev.Type, ev.Trigger.Text,
			ev.Actor[0].Country, ev.Recipient[0].Country, ev.Date.Value, ev.Date.From, ev.Modality)
	}
	// Output:
	// v1 CONSULT "Besuchs": RUS → PRK, 2018-05 (text), asserted
	// v2 AGREE "eingeladen": RUS → PRK, 2018-05 (text), asserted
}

// WritePLOVER writes PLOVER JSON Lines; with strict set, a planned visit
// is coded as AGREE, as the PLOVER manual asks.
func ExampleWritePLOVER() {
	doc := &chronik.Document{
		ID: "doc1", Lang: "de", DCT: chronik.MustParseDCT("2019-04-25"),
		Events: []chronik.Event{{
			ID: "v1", Type: "CONSULT", Mode: "visit", Modality: chronik.ModalityFuture,
			Actor:     []chronik.Actor{{Country: "PRK", Sector: "GOV"}},
			Recipient: []chronik.Actor{{Country: "RUS", Sector: "GOV"}},
			Date:      chronik.EventDate{Value: "2019-04", Timex: "t1", From: "text"},
			Trigger:   chronik.Trigger{Text: "reisen", Span: chronik.Span{Start: 44, End: 50}},
			Sentence:  chronik.Span{Start: 0, End: 51},
		}},
	}
	if err := event.WritePLOVER(os.Stdout, doc, true); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"doc1-v1","has_event":true,"date":"2019-04","actor":[{"code":"PRK","sector":"GOV"}],"recipient":[{"code":"RUS","sector":"GOV"}],"event":["AGREE"],"mode":[],"context":[],"event_text":["reisen"],"text_info":{"sequence":0,"start":0,"end":51,"trigger_start":44,"trigger_end":50},"cite_info":{"language":"de","coder":"chronik","codebook":"plover-2.0"},"coder":"chronik","comment":"coded CONSULT visit with modality future","date_from":"text","reported":false,"modality":"future"}
}
