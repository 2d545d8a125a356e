package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/spf13/cobra"
)

func (a *App) searchCommand() *cobra.Command {
	var from, to, format, lang string
	var limit int
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the stored documents",
		Long: `search finds stored documents by their words, in German and English with
stemming: "Atomwaffe" finds "Atomwaffen", "sanctions" finds "sanctioned".
A query is words (all must occur), "quoted phrases", OR between
alternatives and -word to exclude. Hits are ranked, titles weigh more than
bodies, and snippets show the matches between « and ».

--from and --to filter by document date (inclusive, at any precision:
--from 2019 --to 2019-04 means January 2019 to the end of April 2019).
--format json writes one hit per line with id, title, dct, snippet, score.`,
		Example: `  chronik search Gipfeltreffen
  chronik search '"Kim Jong Un" Wladiwostok' --from 2019-04 --to 2019-04
  chronik search 'sanctions OR Sanktionen' --format json --limit 50`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := chronik.SearchQuery{Text: strings.Join(args, " "), Lang: lang, Limit: limit}
			var err error
			if q.From, q.To, err = dateRange(from, to); err != nil {
				return err
			}
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			if limit < 1 {
				return usagef("--limit must be at least 1")
			}
			db, err := a.openStore()
			if err != nil {
				return err
			}
			defer db.Close()
			hits, err := db.Search(cmd.Context(), q)
			if err != nil {
				if chronik.ErrorCode(err) == chronik.EINVALID {
					return usageError{fmt.Errorf("search %q: %s", q.Text, chronik.ErrorMessage(err))}
				}
				return fmt.Errorf("search: %w", err)
			}
			if format == "json" {
				enc := json.NewEncoder(a.Stdout)
				enc.SetEscapeHTML(false)
				for _, h := range hits {
					if err := enc.Encode(h); err != nil {
						return err
					}
				}
				return nil
			}
			if len(hits) == 0 {
				fmt.Fprintln(a.Stdout, "no documents found")
				return nil
			}
			for i, h := range hits {
				dct := h.DCT.String()
				if dct == "" {
					dct = "no date"
				}
				fmt.Fprintf(a.Stdout, "%2d. %s  [%s, %s]  %.2f\n", i+1, h.ID, dct, h.Lang, h.Score)
				if h.Title != "" {
					fmt.Fprintf(a.Stdout, "    %s\n", h.Title)
				}
				fmt.Fprintf(a.Stdout, "    %s\n", strings.Join(strings.Fields(h.Snippet), " "))
			}
			return nil
		},
	}
	a.addDBFlag(cmd)
	cmd.Flags().StringVar(&from, "from", "", "only documents dated on or after this date (YYYY[-MM[-DD]])")
	cmd.Flags().StringVar(&to, "to", "", "only documents dated on or before this date (YYYY[-MM[-DD]])")
	cmd.Flags().StringVar(&lang, "lang", "", "only documents in this language (de or en)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "at most this many hits")
	return cmd
}
