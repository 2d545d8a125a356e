package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/timeline"
	"github.com/spf13/cobra"
)

func (a *App) exportCommand() *cobra.Command {
	var f timelineFlags
	var format, actor string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the merged events of the store",
		Long: `export writes the merged events of the store (one per happening, with all
its sources) in chronological order, for other tools:

  jsonl   one merged event per line: the event fields of 'chronik extract'
          plus mentions (doc, sentence, trigger, quote) and sources
  csv     GDELT 2.0-like columns (GLOBALEVENTID, SQLDATE, Actor1…, Actor2…,
          EventCode = PLOVER type, QuadClass, GoldsteinScale = chronik's type
          weight, NumMentions, NumSources, ActionGeo_…) and chronik's own:
          DatePrecision, DateValue, DateConflict, DateValues, Modality,
          ModalityHistory, Actor1Ref, Actor2Ref, Quote. SQLDATE has 00 for
          an unknown day or month, never an invented one.
  plover  PLOVER JSON Lines, one record per merged event, with sources and
          the documents of its mentions
  timeml  one TimeML document: every event with a TIMEX3 of its date`,
		Example: `  chronik export --format csv > events.csv
  chronik export --format plover --from 2018 --to 2019
  chronik export --format jsonl --actor "Kim Jong Un"`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !slices.Contains([]string{"jsonl", "json", "csv", "plover", "timeml"}, format) {
				return usagef("--format %q: want jsonl, csv, plover or timeml", format)
			}
			evs, _, err := a.findMerged(ctx, &f, actor)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			switch format {
			case "csv":
				return timeline.WriteCSV(a.Stdout, evs)
			case "plover":
				return writePLOVER(a.Stdout, evs)
			case "timeml":
				return timeline.WriteTimeML(a.Stdout, evs)
			}
			return timeline.WriteJSONL(a.Stdout, evs)
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&actor, "actor", "", "only events of this actor (name in any language or ref)")
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, csv, plover or timeml")
	a.addDBFlag(cmd)
	return cmd
}

// writePLOVER writes merged events as PLOVER JSON Lines through the event
// coder's PLOVER mapping, adding sources and the documents of the
// mentions to each record.
func writePLOVER(w io.Writer, evs []*chronik.MergedEvent) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range evs {
		var buf bytes.Buffer
		doc := &chronik.Document{ID: "chronik", Events: []chronik.Event{m.Event}}
		if len(m.Mentions) > 0 {
			doc.Lang = m.Mentions[0].Lang
		}
		if err := event.WritePLOVER(&buf, doc, false); err != nil {
			return err
		}
		var rec map[string]any
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			return fmt.Errorf("plover record %s: %w", m.ID, err)
		}
		rec["id"] = m.ID
		rec["sources"] = m.Sources
		rec["date_precision"] = m.Precision
		var docs []string
		for _, x := range m.Mentions {
			if !slices.Contains(docs, x.Doc) {
				docs = append(docs, x.Doc)
			}
		}
		rec["source_docs"] = docs
		if len(m.Mentions) > 0 {
			rec["event_text"] = []string{strings.TrimSpace(supporting(m).Quote)}
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}
