package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/event"

	"github.com/chronik-dev/chronik/internal/output"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/spf13/cobra"
)

func (a *App) extractCommand() *cobra.Command {
	var in inputFlags
	var format string
	var jsonOpts output.JSONOptions
	var strict bool
	cmd := &cobra.Command{
		Use:   "extract [FILES|DIRS|-]...",
		Short: "Annotate documents and write the result to stdout",
		Long: `extract reads documents, annotates them (language, sentences, tokens,
time expressions, entities, events) and writes one result per document
to stdout, in input order. Nothing is stored.

--format json writes the output contract: one JSON object per document
per line with id, source, lang, dct, title and the layers sentences,
timexes, entities, events and errors. --format timeml writes TimeML with
TIMEX3 tags; --format plover writes the events as PLOVER JSON Lines (one
record per event); --format text is for people.

Problems with single files or lines are printed to stderr and the batch
goes on; the exit status is 1 when any document failed.`,
		Example: `  chronik extract article.txt
  chronik extract --format timeml doc.tml > doc.out.tml
  chronik extract --dct 2019-04-25 --lang de notes.txt
  cat articles.jsonl | chronik extract --format text -
  chronik extract --input-format html page.html.gz
  chronik extract --format plover --plover-strict articles/`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := in.options(a)
			if err != nil {
				return err
			}
			bw := bufio.NewWriterSize(a.Stdout, 1<<16)
			var w output.Writer
			if format == "plover" {
				w = ploverWriter{w: bw, strict: strict}
			} else if w, err = output.New(format, bw, jsonOpts); err != nil {
				return usagef("unknown format %q (want json, text, timeml or plover)", format)
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
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json, text, timeml or plover")
	cmd.Flags().BoolVar(&strict, "plover-strict", false, "with --format plover, code future meetings as AGREE, as the PLOVER manual asks")
	cmd.Flags().BoolVar(&jsonOpts.Tokens, "tokens", false, "include the token layer in JSON output")
	cmd.Flags().BoolVar(&jsonOpts.Text, "text", false, "include the document body in JSON output")
	return cmd
}

// ploverWriter writes the events of each document as PLOVER JSON Lines.
type ploverWriter struct {
	w      io.Writer
	strict bool
}

func (p ploverWriter) Write(doc *chronik.Document) error {
	return event.WritePLOVER(p.w, doc, p.strict)
}

func (p ploverWriter) Close() error { return nil }
