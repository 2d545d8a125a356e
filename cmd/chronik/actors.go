package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik/internal/timeline"
	"github.com/spf13/cobra"
)

func (a *App) actorsCommand() *cobra.Command {
	var f timelineFlags
	var format string
	cmd := &cobra.Command{
		Use:   "actors [NAME]",
		Short: "Rank the most active actors, with their cooperation and conflict balance",
		Long: `actors ranks the participants of the merged events in a period by the
number of events they take part in, and shows how many of those are
cooperative (PLOVER's AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT)
and how many conflictual (REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION
MOBILIZE COERCE ASSAULT), their balance and a weighted score (chronik's
Goldstein-like weight per type, from +7 for AID to -10 for ASSAULT).
Denied and hypothetical events do not count.

With NAME, actors lists the stored actors whose name or ref matches it,
in any spelling the sources used: use it to find the ref for timeline.`,
		Example: `  chronik actors --from 2018 --to 2018
  chronik actors --type SANCTION --limit 10
  chronik actors Lawrow`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			db, err := a.openStore()
			if err != nil {
				return err
			}
			defer db.Close()
			if err := a.ensureMerged(ctx, db); err != nil {
				return err
			}
			if len(args) > 0 {
				name := strings.Join(args, " ")
				ms, err := db.FindActors(ctx, name, f.limit)
				if err != nil {
					return err
				}
				if len(ms) == 0 {
					return fmt.Errorf("unknown actor %q: no stored event names it", name)
				}
				if format == "json" {
					return encodeLines(a, ms)
				}
				for _, m := range ms {
					fmt.Fprintf(a.Stdout, "%-28s %-32s %-4s %d events\n", m.Key, m.Name, m.Country, m.Events)
				}
				return nil
			}
			limit := f.limit
			f.limit = 0
			tf, err := f.filter(ctx, a, db, "")
			if err != nil {
				return err
			}
			evs, _, err := db.FindMergedEvents(ctx, tf)
			if err != nil {
				return fmt.Errorf("actors: %w", err)
			}
			stats := timeline.Actors(evs)
			if limit > 0 && len(stats) > limit {
				stats = stats[:limit]
			}
			if format == "json" {
				return encodeLines(a, stats)
			}
			if len(stats) == 0 {
				fmt.Fprintln(a.Stdout, emptyTimeline("", f))
				return nil
			}
			fmt.Fprintf(a.Stdout, "%-4s %-30s %-4s %6s %5s %5s %7s %7s\n", "rank", "actor", "", "events", "coop", "conf", "balance", "score")
			for i, s := range stats {
				fmt.Fprintf(a.Stdout, "%4d %-30s %-4s %6d %5d %5d %+7d %+7.0f\n", i+1, shorten(s.Name, 30), s.Country, s.Events, s.Cooperation, s.Conflict, s.Balance, s.Score)
			}
			return nil
		},
	}
	f.add(cmd, false)
	cmd.Flags().IntVar(&f.limit, "limit", 20, "show at most this many actors")
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	a.addDBFlag(cmd)
	return cmd
}

// encodeLines writes each value as one JSON line.
func encodeLines[T any](a *App, vs []T) error {
	enc := json.NewEncoder(a.Stdout)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
