package main

import (
	"encoding/json"
	"fmt"

	"github.com/chronik-dev/chronik/internal/timeline"
	"github.com/spf13/cobra"
)

func (a *App) networkCommand() *cobra.Command {
	var f timelineFlags
	var format, actor string
	cmd := &cobra.Command{
		Use:   "network",
		Short: "Export the actor network of the merged events",
		Long: `network builds the graph of actors of the merged events: a node per actor,
an edge from actor to recipient (undirected in effect for meetings and
agreements, whose two sides are ordered by key), weighted by the number of
events, split into cooperation and conflict, and scored with chronik's
Goldstein-like weight per PLOVER type. Denied and hypothetical events do
not count.

--format json writes {nodes, edges}; graphml and gexf open in Gephi, yEd,
Cytoscape and NetworkX; text prints a summary.`,
		Example: `  chronik network --format gexf > korea.gexf
  chronik network --actor "Kim Jong Un" --from 2018 --to 2019
  chronik network --type CONSULT --format graphml > meetings.graphml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			switch format {
			case "text", "json", "graphml", "gexf":
			default:
				return usagef("--format %q: want text, json, graphml or gexf", format)
			}
			evs, _, err := a.findMerged(ctx, &f, actor)
			if err != nil {
				return fmt.Errorf("network: %w", err)
			}
			n := timeline.BuildNetwork(evs)
			switch format {
			case "json":
				enc := json.NewEncoder(a.Stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(n)
			case "graphml":
				return timeline.WriteGraphML(a.Stdout, n)
			case "gexf":
				return timeline.WriteGEXF(a.Stdout, n)
			}
			writeNetworkText(a, n, 10)
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&actor, "actor", "", "only events of this actor (name in any language or ref)")
	cmd.Flags().StringVar(&format, "format", "text", "text, json, graphml or gexf")
	a.addDBFlag(cmd)
	return cmd
}

// writeNetworkText summarizes a network: its size and strongest ties.
func writeNetworkText(a *App, n timeline.Network, top int) {
	fmt.Fprintf(a.Stdout, "%d actors, %d ties\n", len(n.Nodes), len(n.Edges))
	names := map[string]string{}
	for _, v := range n.Nodes {
		names[v.Key] = v.Name
	}
	for i, e := range n.Edges {
		if i == top {
			fmt.Fprintf(a.Stdout, "  … %d more ties\n", len(n.Edges)-top)
			break
		}
		fmt.Fprintf(a.Stdout, "  %-24s – %-24s %3d events (%d cooperative, %d conflictual), score %+g\n",
			shorten(names[e.Source], 24), shorten(names[e.Target], 24), e.Events, e.Cooperation, e.Conflict, e.Weight)
	}
}
