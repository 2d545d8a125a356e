package main

import (
	"bufio"
	"fmt"

	"github.com/chronik-dev/chronik/internal/output"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/spf13/cobra"
)

func (a *App) extractCommand() *cobra.Command {
	var in inputFlags
	var format string
	var jsonOpts output.JSONOptions
	cmd := &cobra.Command{
		Use:   "extract [FILES|DIRS|-]...",
		Short: "Annotate documents and write the result to stdout",
		Long: `extract reads documents, annotates them (language, sentences, tokens,
time expressions, entities, events) and writes one result per document
to stdout, in input order. Nothing is stored.

--format json writes the output contract: one JSON object per document
per line with id, source, lang, dct, title and the layers sentences,
timexes, entities, events and errors. --format timeml writes TimeML with
TIMEX3 tags; --format text is for people.

Problems with single files or lines are printed to stderr and the batch
goes on; the exit status is 1 when any document failed.`,
		Example: `  chronik extract article.txt
  chronik extract --format timeml doc.tml > doc.out.tml
  chronik extract --dct 2019-04-25 --lang de notes.txt
  cat articles.jsonl | chronik extract --format text -
  chronik extract --input-format html page.html.gz`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := in.options(a)
			if err != nil {
				return err
			}
			bw := bufio.NewWriterSize(a.Stdout, 1<<16)
			w, err := output.New(format, bw, jsonOpts)
			if err != nil {
				return usageError{err}
			}
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			failed := 0
			err = pipeline.Run(cmd.Context(), in.workers, read(cmd.Context(), args, opts), annotateItem(p), func(r result) error {
				if r.err != nil {
					if r.doc == nil {
						failed++
					}
					fmt.Fprintf(a.Stderr, "chronik: %v\n", r.err)
				}
				if r.doc == nil {
					return nil
				}
				return w.Write(r.doc)
			})
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			if ferr := bw.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			if failed > 0 {
				return errDocsFailed
			}
			return nil
		},
	}
	in.add(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json, text or timeml")
	cmd.Flags().BoolVar(&jsonOpts.Tokens, "tokens", false, "include the token layer in JSON output")
	cmd.Flags().BoolVar(&jsonOpts.Text, "text", false, "include the document body in JSON output")
	return cmd
}
