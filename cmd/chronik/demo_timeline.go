package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sqlite"
	"github.com/chronik-dev/chronik/internal/timeline"
)

// demoTimeline ends the demo with Kim Jong Un's summits and visits of
// 2018-2019, each merged from the articles that report it and dated by
// at least one of them, and a short summary of his network.
func (a *App) demoTimeline(ctx context.Context, db *sqlite.DB) error {
	out := a.Stdout
	fmt.Fprintf(out, "\ntimeline: Kim Jong Un's summits and visits 2018-2019, merged across articles and languages\n")
	keys, err := resolveActor(ctx, db, "Kim Jong Un")
	if err != nil {
		return err
	}
	from := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	all, _, err := db.FindMergedEvents(ctx, chronik.TimelineFilter{Actor: keys, From: from, To: to})
	if err != nil {
		return fmt.Errorf("demo timeline: %w", err)
	}
	var meetings []*chronik.MergedEvent
	single, undated := 0, 0
	for _, m := range all {
		if m.Type != "CONSULT" || m.Modality != chronik.ModalityAsserted && m.Modality != chronik.ModalityFuture {
			continue
		}
		switch {
		case m.Sources < 2:
			single++
		case m.Date.From == "dct":
			// no article dates it: its date is only that of the reports
			undated++
		default:
			meetings = append(meetings, m)
		}
	}
	if len(all) == 0 {
		fmt.Fprintln(out, "  no meetings of Kim Jong Un were coded in the demo corpus")
		return nil
	}
	writeTimelineText(out, meetings)
	if single > 0 {
		fmt.Fprintf(out, "(%d more meetings told by a single article: chronik timeline --type CONSULT \"Kim Jong Un\")\n", single)
	}
	if undated > 0 {
		fmt.Fprintf(out, "(%d more that no article dates, only the articles' own dates)\n", undated)
	}
	n := timeline.BuildNetwork(all)
	fmt.Fprintf(out, "\nnetwork of Kim Jong Un's events 2018-2019: ")
	writeNetworkText(a, n, 5)
	return nil
}
