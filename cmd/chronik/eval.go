package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/eval"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/temporal"
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
	cmd.AddCommand(a.evalSentencesCommand(), a.evalTimexCommand(), a.evalNERCommand(), a.evalEventsCommand())
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

func (a *App) evalTimexCommand() *cobra.Command {
	var narrative, asJSON bool
	cmd := &cobra.Command{
		Use:   "timex GOLD_DIR [SYSTEM_DIR]",
		Short: "TempEval-3 scores for time expressions",
		Long: `timex scores time expressions with the TempEval-3 metrics: strict and
relaxed span precision, recall and F1, type and value accuracy over the
relaxed pairs, and value F1 (value accuracy times relaxed F1), pooled over
the corpus, the document-date tag left out.

GOLD_DIR holds TimeML (.tml) files or WikiWarsDE-style TIMEX2 key files.
With SYSTEM_DIR, the TimeML files there (written by 'chronik extract
--format timeml', same names) are scored; without it, chronik tags the
gold texts itself. --narrative anchors relative expressions on the last
mentioned date, as narrative text such as WikiWarsDE needs.`,
		Example: `  chronik eval timex ../shared/data/temporal/tbaq/TBAQ-cleaned/TimeBank
  chronik eval timex --narrative ../shared/data/temporal/wikiwarsde/WikiWarsDE_20110412
  for f in gold/*.tml; do chronik extract --format timeml "$f" > sys/$(basename "$f"); done
  chronik eval timex gold sys`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usagef("eval timex needs GOLD_DIR and optionally SYSTEM_DIR")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDir(args[0]); err != nil {
				return err
			}
			var s eval.TimexScores
			var err error
			if len(args) == 2 {
				if err := checkDir(args[1]); err != nil {
					return err
				}
				s, err = eval.ScoreTimexDirs(args[0], args[1])
			} else {
				p := &pipeline.Pipeline{Stages: languageStages()}
				tagger := temporal.NewTagger()
				tagger.Narrative = narrative
				p.Stages = append(p.Stages, pipeline.Named{Name: "time", Stage: tagger})
				s, err = eval.EvalTimexDir(args[0], func(doc *chronik.Document) {
					_ = p.Annotate(cmd.Context(), doc)
				})
			}
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(a.Stdout).Encode(s)
			}
			return eval.WriteTimexScores(a.Stdout, []string{filepath.Base(args[0])}, []eval.TimexScores{s})
		},
	}
	cmd.Flags().BoolVar(&narrative, "narrative", false, "anchor relative expressions on the last mentioned date")
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the scores as JSON")
	return cmd
}

func (a *App) evalNERCommand() *cobra.Command {
	var data, file string
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Entity span F1 on GermEval 2014 dev (news sentences)",
		Long: `ner scores the entity recognizer CoNLL-style: exact outer spans per type
(PER, LOC, ORG; our GPE counts as LOC, as GermEval marks countries and
cities as LOC), micro-averaged. GermEval's *deriv and *part labels count
as no entity, and chronik's role and adjective mentions are switched off,
because GermEval marks names only. The default file is the news-only
subset of the dev set.`,
		Example: `  chronik eval ner --data ../shared/data
  chronik eval ner --file ../shared/data/ner/germeval2014/NER-de-dev.tsv`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				file = filepath.Join(data, "ner", "germeval2014", "NER-de-dev.news-only.tsv")
			}
			f, err := os.Open(file)
			if err != nil {
				return fmt.Errorf("dev set not found: %w", err)
			}
			defer f.Close()
			sents, err := eval.ReadGermEvalNER(f)
			if err != nil {
				return fmt.Errorf("read %s: %w", file, err)
			}
			kb, err := a.knowledgeBase()
			if err != nil {
				return err
			}
			r := entity.NewRecognizer(kb)
			r.Nominals, r.Adjectives = false, false
			res, err := eval.ScoreNER(sents, func(text, date string) ([]chronik.Entity, error) {
				dct, _ := chronik.ParseDCT(date)
				return r.Recognize(text, "de", dct)
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "%s: %d sentences\n%s", filepath.Base(file), len(sents), res.Report())
			return nil
		},
	}
	dataFlag(cmd, &data)
	cmd.Flags().StringVar(&file, "file", "", "a GermEval-format file to score instead of the news dev set")
	return cmd
}

func (a *App) evalEventsCommand() *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "PLOVER type and actor accuracy on the PLOVER gold records",
		Long: `events runs the whole pipeline over each sentence of the PLOVER gold
records (English, no document date) and scores the event chronik chooses
for it: the one whose trigger overlaps the gold event word, else the first.
Types are compared in strict PLOVER coding (future meetings as AGREE), with
the gold's older names mapped (DEMAND to REQUEST, DISAPPROVE and
INVESTIGATE to ACCUSE, FIGHT to ASSAULT). Actor and recipient country
accuracy count records whose type is right.`,
		Example: `  chronik eval events --data ../shared/data`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path := filepath.Join(data, "events", "plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
			if err := checkDir(path); err != nil {
				return err
			}
			gold, err := eval.ReadEventGold(path)
			if err != nil {
				return err
			}
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			s, err := eval.ScoreEvents(cmd.Context(), gold, p)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(a.Stdout).Encode(s)
			}
			fmt.Fprintf(a.Stdout, "PLOVER gold records: %d, coded %d\n", s.Records, s.Coded)
			fmt.Fprintf(a.Stdout, "type accuracy %.3f (%d/%d)\n", s.TypeAccuracy(), s.TypeCorrect, s.Records)
			fmt.Fprintf(a.Stdout, "actor country accuracy %.3f (%d/%d), recipient country accuracy %.3f (%d/%d)\n",
				s.ActorAccuracy(), s.ActorCorrect, s.ActorGold, s.RecipientAccuracy(), s.RecipientCorrect, s.RecipientGold)
			return nil
		},
	}
	dataFlag(cmd, &data)
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the scores as JSON")
	return cmd
}
