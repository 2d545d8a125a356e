package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronik-dev/chronik/internal/eval"
	"github.com/spf13/cobra"
)

func (a *App) evalCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score chronik against gold data",
		Long: `eval measures chronik's accuracy on public dev sets, which chronik does not
ship: point --data at a folder laid out like the shared data folder
(temporal/, ner/, events/). docs/EVALUATION.md records the figures and the
commands that give them.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.evalSentencesCommand())
	return cmd
}

// dataFlag adds --data, the folder of the dev sets.
func dataFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "data", filepath.Join("..", "shared", "data"), "folder holding the dev sets")
}

func checkDir(path string) error {
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("dev set not found: %w", err)
	}
	return nil
}

func (a *App) evalSentencesCommand() *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sentences",
		Short: "Sentence-boundary precision, recall and F1 on GermEval 2014 dev and TBAQ",
		Long: `sentences scores the sentence splitter. On GermEval 2014 dev every gold
sentence is one block of tokens; the sentences are joined with a space and
every predicted sentence end is compared with the gold ends. TBAQ's TimeML
has no sentence markup, so there only paragraph ends (which must be
sentence ends) are scored, and only recall is meaningful.`,
		Example: `  chronik eval sentences --data ../shared/data`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			germ := filepath.Join(data, "ner", "germeval2014", "NER-de-dev.tsv")
			tbaq := filepath.Join(data, "temporal", "tbaq", "TBAQ-cleaned")
			for _, p := range []string{germ, tbaq} {
				if err := checkDir(p); err != nil {
					return err
				}
			}
			r, err := eval.SentenceBoundaries(germ, tbaq)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(a.Stdout).Encode(r)
			}
			g := r.GermEval
			fmt.Fprintf(a.Stdout, "GermEval 2014 dev: %d gold boundaries, %d predicted, %d correct: P %.4f R %.4f F1 %.4f\n",
				g.Gold, g.Predicted, g.Correct, g.Precision, g.Recall, g.F1)
			t := r.TimeML
			fmt.Fprintf(a.Stdout, "TBAQ: %d documents, %d paragraphs, %d sentences; paragraph-end recall %.4f (%d of %d)\n",
				t.Documents, t.Paragraphs, t.Sentences, t.Boundaries.Recall, t.Boundaries.Correct, t.Boundaries.Gold)
			return nil
		},
	}
	dataFlag(cmd, &data)
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the scores as JSON")
	return cmd
}
