package main

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/sqlite"
	"github.com/chronik-dev/chronik/internal/timeline"
	"github.com/spf13/cobra"
)

// timelineFlags are the filters that timeline, actors, network and
// export share.
type timelineFlags struct {
	with, typ, place, from, to, modality string
	minSources, limit                    int
}

func (f *timelineFlags) add(cmd *cobra.Command, withActor bool) {
	if withActor {
		cmd.Flags().StringVar(&f.with, "with", "", "only events that also involve this actor (name in any language or ref)")
	}
	cmd.Flags().StringVar(&f.typ, "type", "", "only events of this PLOVER type (CONSULT, SANCTION, …)")
	cmd.Flags().StringVar(&f.place, "place", "", "only events at this place (name, ref or country code)")
	cmd.Flags().StringVar(&f.from, "from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.to, "to", "", "only events up to the end of this date")
	cmd.Flags().StringVar(&f.modality, "modality", "", "only events of this modality (asserted, future, negated, hypothetical)")
	cmd.Flags().IntVar(&f.minSources, "min-sources", 0, "only events told by at least this many documents")
}

// filter builds the store filter; actor is the positional actor, if any.
func (f *timelineFlags) filter(ctx context.Context, a *App, db *sqlite.DB, actor string) (chronik.TimelineFilter, error) {
	var tf chronik.TimelineFilter
	var err error
	if tf.From, tf.To, err = dateRange(f.from, f.to); err != nil {
		return tf, err
	}
	if f.typ != "" {
		tf.Type = strings.ToUpper(f.typ)
		if !slices.Contains(chronik.EventTypes, tf.Type) {
			return tf, usagef("--type %q: want one of PLOVER's types: %s", f.typ, strings.Join(chronik.EventTypes, " "))
		}
	}
	switch f.modality {
	case "", chronik.ModalityAsserted, chronik.ModalityFuture, chronik.ModalityNegated, chronik.ModalityHypothetical:
		tf.Modality = f.modality
	default:
		return tf, usagef("--modality %q: want asserted, future, negated or hypothetical", f.modality)
	}
	tf.MinSources, tf.Limit = f.minSources, f.limit
	if f.place != "" {
		tf.Place = []string{f.place}
		if ref := resolvePlace(f.place); ref != f.place {
			tf.Place = append(tf.Place, ref)
		}
	}
	if actor != "" {
		if tf.Actor, err = resolveActor(ctx, db, actor); err != nil {
			return tf, err
		}
	}
	if f.with != "" {
		if tf.With, err = resolveActor(ctx, db, f.with); err != nil {
			return tf, err
		}
	}
	return tf, nil
}

var refRE = regexp.MustCompile(`^Q[0-9]+$|^[a-z]+:`)

// resolveActor turns an actor given by name in any language or by ref
// into the keys the store knows it under: the knowledge base's best
// matches and the actors of stored events with that name.
func resolveActor(ctx context.Context, db chronik.TimelineService, name string) ([]string, error) {
	var keys []string
	if refRE.MatchString(name) {
		keys = append(keys, name)
	}
	if kb, err := gazetteer.Default(); err == nil {
		cands := kb.Lookup(name, time.Time{})
		for _, c := range cands {
			if c.Score < cands[0].Score {
				break
			}
			if !slices.Contains(keys, c.Entry.Ref) {
				keys = append(keys, c.Entry.Ref)
			}
		}
	}
	stored, err := db.FindActors(ctx, name, 10)
	if err != nil {
		return nil, err
	}
	for _, m := range stored {
		if !slices.Contains(keys, m.Key) {
			keys = append(keys, m.Key)
		}
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("unknown actor %q: neither the knowledge base nor any stored event knows this name (see 'chronik actors' for the actors in the store)", name)
	}
	return keys, nil
}

// resolvePlace maps a place name in any language to its ref (a country
// to its code) when the knowledge base knows it: "Wladiwostok" and
// "Vladivostok" give the same ref. The store is asked for the name as
// given too, and matches it against names and country codes.
func resolvePlace(name string) string {
	if len(name) == 3 && strings.ToUpper(name) == name || refRE.MatchString(name) {
		return name
	}
	kb, err := gazetteer.Default()
	if err != nil {
		return name
	}
	for _, c := range kb.Lookup(name, time.Time{}) {
		if c.Entry.Type == "LOC" || c.Entry.Type == "GPE" {
			if c.Entry.Kind == gazetteer.KindCountry {
				return c.Entry.Country
			}
			return c.Entry.Ref
		}
	}
	return name
}

// ensureMerged merges stored documents whose events are not merged yet:
// documents stored by a chronik without timelines, or by an ingest that
// was interrupted between storing and merging.
func (a *App) ensureMerged(ctx context.Context, db *sqlite.DB) error {
	n, err := db.PendingMerge(ctx)
	if err != nil || n == 0 {
		return err
	}
	start := time.Now()
	a.logger.Info("merging the events of stored documents not merged yet", "documents", n)
	if bar := a.progressBar(n, "merging", false); bar != nil {
		db.MergeProgress = func(done int) { _ = bar.Set(done) }
		defer func() { _ = bar.Clear() }()
	}
	res, err := db.MergeEvents(ctx, nil)
	if err != nil {
		return fmt.Errorf("merge the events of %d stored documents: %w", n, err)
	}
	a.logger.Info("merged events of stored documents", "documents", n, "mentions", res.Mentions, "duration", time.Since(start))
	return nil
}

// findMerged opens the store, merges what is not merged yet and returns
// the merged events the flags select, with their total count.
func (a *App) findMerged(ctx context.Context, f *timelineFlags, actor string) ([]*chronik.MergedEvent, int, error) {
	db, err := a.openStore()
	if err != nil {
		return nil, 0, err
	}
	defer db.Close()
	if err := a.ensureMerged(ctx, db); err != nil {
		return nil, 0, err
	}
	tf, err := f.filter(ctx, a, db, actor)
	if err != nil {
		return nil, 0, err
	}
	return db.FindMergedEvents(ctx, tf)
}

func (a *App) timelineCommand() *cobra.Command {
	var f timelineFlags
	var format string
	cmd := &cobra.Command{
		Use:   "timeline [ACTOR]",
		Short: "Show merged events in chronological order",
		Long: `timeline shows the events of the store merged across documents and
languages, one per happening, in chronological order: a month-precise event
sorts with the start of its month, before the days of that month. Each
event shows its date at the precision the sources give, type and mode,
participants, place, modality, the number of sources and the sentence that
supports it. When sources disagree about the date, every date is shown.

ACTOR and --with take a name in any language or spelling, or a ref:
"Kim Jong Un", "Kim Jong-un" and Q56226 are the same actor.

--format json writes one merged event per line: the event fields of
'chronik extract' plus mentions (each with doc, sentence, trigger and
quote) and sources. csv writes a GDELT-like table (see 'chronik export');
plover writes PLOVER JSON Lines.`,
		Example: `  chronik timeline "Kim Jong Un"
  chronik timeline Kim Jong-un --with Trump --type CONSULT
  chronik timeline --place Wladiwostok --from 2019 --to 2019-06
  chronik timeline Q56226 --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !slices.Contains([]string{"text", "json", "csv", "plover"}, format) {
				return usagef("--format %q: want text, json, csv or plover", format)
			}
			actor := strings.Join(args, " ")
			evs, total, err := a.findMerged(ctx, &f, actor)
			if err != nil {
				return fmt.Errorf("timeline: %w", err)
			}
			switch format {
			case "json":
				return timeline.WriteJSONL(a.Stdout, evs)
			case "csv":
				return timeline.WriteCSV(a.Stdout, evs)
			case "plover":
				return writePLOVER(a.Stdout, evs)
			}
			if len(evs) == 0 {
				fmt.Fprintln(a.Stdout, emptyTimeline(actor, f))
				return nil
			}
			writeTimelineText(a.Stdout, evs)
			if total > len(evs) {
				fmt.Fprintf(a.Stdout, "… %d of %d events shown\n", len(evs), total)
			}
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().IntVar(&f.limit, "limit", 0, "show at most this many events (0: all)")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json, csv or plover")
	a.addDBFlag(cmd)
	return cmd
}

// emptyTimeline says why a timeline is empty.
func emptyTimeline(actor string, f timelineFlags) string {
	var what []string
	if actor != "" {
		what = append(what, "for "+actor)
	}
	if f.with != "" {
		what = append(what, "with "+f.with)
	}
	if f.typ != "" {
		what = append(what, "of type "+strings.ToUpper(f.typ))
	}
	if f.place != "" {
		what = append(what, "at "+f.place)
	}
	if f.from != "" || f.to != "" {
		what = append(what, fmt.Sprintf("between %s and %s", orDots(f.from), orDots(f.to)))
	}
	if len(what) == 0 {
		return "no events in the store (ingest articles with 'chronik ingest')"
	}
	return "no events " + strings.Join(what, " ")
}

func orDots(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

// writeTimelineText writes merged events for people.
func writeTimelineText(w io.Writer, evs []*chronik.MergedEvent) {
	for _, m := range evs {
		date := m.Date.Value
		if m.Date.From == "dct" {
			date = "~" + date
		}
		if date == "" {
			date = "undated"
		}
		typ := m.Type
		if m.Mode != "" {
			typ += "/" + m.Mode
		}
		who := timeline.Names(m.Actor)
		if r := timeline.Names(m.Recipient); r != "" {
			sep := " → "
			if m.Type == "CONSULT" || m.Type == "AGREE" || m.Type == "COOPERATE" {
				sep = " – "
			}
			who += sep + r
		}
		where := ""
		if m.Place != nil && m.Place.Name != "" {
			where = " in " + m.Place.Name
		}
		mod := m.Modality
		if len(m.Modalities) > 1 {
			var h []string
			for _, c := range m.Modalities {
				h = append(h, c.Modality)
			}
			mod = strings.Join(h, "→")
		}
		src := "1 source"
		if m.Sources != 1 {
			src = fmt.Sprintf("%d sources", m.Sources)
		}
		fmt.Fprintf(w, "%-13s %-22s %s%s  [%s, %s]\n", date, typ, who, where, mod, src)
		if m.DateConflict {
			var ds []string
			for _, d := range m.Dates {
				ds = append(ds, fmt.Sprintf("%s (%d)", d.Value, d.Mentions))
			}
			fmt.Fprintf(w, "%13s sources disagree on the date: %s\n", "", strings.Join(ds, ", "))
		}
		if len(m.Mentions) > 0 {
			q := supporting(m)
			fmt.Fprintf(w, "%13s %q (%s)\n", "", shorten(q.Quote, 160), q.Doc)
		}
	}
}

// supporting returns the mention whose sentence best supports the event:
// the representative one (same trigger span and sentence), else the first.
func supporting(m *chronik.MergedEvent) chronik.Mention {
	for _, x := range m.Mentions {
		if x.Sentence == m.Sentence && x.Trigger.Span == m.Trigger.Span && x.Modality == m.Modality {
			return x
		}
	}
	return m.Mentions[0]
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// mergeBatch merges the events of newly stored documents into the
// timeline, when the store keeps timelines and merging is not deferred.
func (a *App) mergeBatch(ctx context.Context, store chronik.Store, ids []string) error {
	ts, ok := store.(chronik.TimelineService)
	if !ok || len(ids) == 0 || a.deferMerge {
		return nil
	}
	if _, err := ts.MergeEvents(ctx, ids); err != nil {
		return fmt.Errorf("merge events: %w", err)
	}
	return nil
}
