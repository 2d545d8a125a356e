package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/demo"
	"github.com/chronik-dev/chronik/internal/reader"
	"github.com/spf13/cobra"
)

func (a *App) demoCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the embedded demo corpus and show what chronik finds",
		Long: `demo needs nothing but this binary. It ingests the embedded corpus, short
German and English articles about the Korean-peninsula diplomacy of
2017-2019 written for chronik, into a fresh store (or the one --db names),
then shows what chronik knows: documents, time expressions normalized
against each article's date, and full-text search with stemming.

The store is kept, so you can go on exploring it with search and show.`,
		Example: `  chronik demo
  chronik demo --db demo.db && chronik search --db demo.db Gipfeltreffen`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			path := a.dbPath
			if path == "" {
				dir, err := os.MkdirTemp("", "chronik-demo-")
				if err != nil {
					return fmt.Errorf("create demo store: %w", err)
				}
				path = filepath.Join(dir, "chronik.db")
			}
			db, err := a.openStoreAt(path)
			if err != nil {
				return err
			}
			defer db.Close()

			corpus, err := demoDir()
			if err != nil {
				return err
			}
			defer os.RemoveAll(corpus)
			out := a.Stdout
			fmt.Fprintf(out, "chronik demo: %d articles about Korean-peninsula diplomacy, 2017-2019\n", len(demo.Files()))
			fmt.Fprintf(out, "store: %s\n\n", path)

			sum, err := a.ingest(ctx, db, read(ctx, []string{corpus}, reader.Options{}), 0, true)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "ingested %d documents: %d new, %d already stored, %d failed, in %s\n",
				sum.Read, sum.New, sum.Duplicate, sum.Failed, sum.Elapsed.Round(1e6))

			docs, total, err := db.FindDocuments(ctx, chronik.DocumentFilter{})
			if err != nil {
				return err
			}
			langs := map[string]int{}
			for _, d := range docs {
				langs[d.Lang]++
			}
			fmt.Fprintf(out, "the store holds %d documents:", total)
			for _, l := range slices.Sorted(maps.Keys(langs)) {
				fmt.Fprintf(out, " %d %s", langs[l], orUnknown(l))
			}
			fmt.Fprintln(out)

			if err := a.demoArticles(cmd, db); err != nil {
				return err
			}
			for _, q := range []string{"Atomwaffe", "Gipfeltreffens", "sanctions", `"Kim Jong Un" Wladiwostok`} {
				hits, err := db.Search(ctx, chronik.SearchQuery{Text: q, Limit: 3})
				if err != nil {
					return fmt.Errorf("search %q: %w", q, err)
				}
				fmt.Fprintf(out, "\nsearch %s: %d hits shown\n", q, len(hits))
				for _, h := range hits {
					fmt.Fprintf(out, "  %s [%s]  %s\n", h.ID, h.DCT, strings.Join(strings.Fields(h.Snippet), " "))
				}
			}
			if err := a.demoTimeline(ctx, db); err != nil {
				return err
			}
			fmt.Fprintf(out, "\nexplore further:\n  chronik search --db %s Sanktionen\n  chronik show --db %s %s\n", path, path, docs[0].ID)
			if sum.Failed > 0 {
				return errDocsFailed
			}
			return nil
		},
	}
	a.addDBFlag(cmd)
	return cmd
}

// showcaseArticles are the articles the demo shows in full: the German one
// of PRODUCT.md, dated only to the month, and an English report.
var showcaseArticles = []string{"2019-04-kim-russland-reise-de", "2019-04-26-putin-kim-vladivostok-en"}

// demoArticles shows what chronik found in the showcase articles.
func (a *App) demoArticles(cmd *cobra.Command, db chronik.Store) error {
	out := a.Stdout
	for _, id := range showcaseArticles {
		doc, err := db.FindDocumentByID(cmd.Context(), id)
		if err != nil {
			return fmt.Errorf("demo article %s: %w", id, err)
		}
		fmt.Fprintf(out, "\n%s (%s, dated %s): %d sentences, %d time expressions, %d entity mentions, %d events\n",
			doc.ID, doc.Lang, doc.DCT, len(doc.Sentences), len(doc.Timexes), len(doc.Entities), len(doc.Events))
		for _, x := range doc.Timexes {
			v := x.Value
			if x.Mod != "" {
				v += " (" + x.Mod + ")"
			}
			fmt.Fprintf(out, "  time    %-28q %-9s %s\n", x.Text, x.Type, v)
		}
		seen := map[string]bool{}
		var names []string
		for _, e := range doc.Entities {
			if e.Adjective || e.Ref == "" || seen[e.Ref] {
				continue
			}
			seen[e.Ref] = true
			n := e.Name
			if c := strings.TrimSpace(e.Country + " " + e.Sector); c != "" {
				n += " (" + c + ")"
			}
			names = append(names, n)
		}
		if len(names) > 0 {
			fmt.Fprintf(out, "  linked  %s\n", strings.Join(names, ", "))
		}
		for _, v := range doc.Events {
			typ := v.Type
			if v.Mode != "" {
				typ += "/" + v.Mode
			}
			fmt.Fprintf(out, "  event   %-18s %s → %s, %s on %s (from %s)", typ, actors(v.Actor), actors(v.Recipient), v.Modality, v.Date.Value, v.Date.From)
			if v.Reported {
				fmt.Fprint(out, ", reported")
			}
			fmt.Fprintf(out, "  %q\n", v.Trigger.Text)
		}
	}
	return nil
}

// demoDir writes the embedded corpus to a temporary directory, so the
// demo reads it through the same readers as any user's files.
func demoDir() (string, error) {
	dir, err := os.MkdirTemp("", "chronik-corpus-")
	if err != nil {
		return "", fmt.Errorf("unpack demo corpus: %w", err)
	}
	if err := os.CopyFS(dir, demo.Corpus()); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("unpack demo corpus: %w", err)
	}
	return dir, nil
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// actors names the countries and sectors of an event's participants.
func actors(as []chronik.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	var names []string
	for _, a := range as {
		n := a.Name
		if n == "" {
			n = strings.TrimSpace(a.Country + " " + a.Sector)
		}
		names = append(names, n)
	}
	return strings.Join(names, " & ")
}
