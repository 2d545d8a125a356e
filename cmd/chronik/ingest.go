package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/reader"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func (a *App) ingestCommand() *cobra.Command {
	var in inputFlags
	var quiet bool
	cmd := &cobra.Command{
		Use:   "ingest [FILES|DIRS|-]...",
		Short: "Annotate documents and add them to the store",
		Long: `ingest reads every input that extract reads, annotates the documents and
stores them with all their annotations. A document whose date and text are
already stored is recognised by its content hash and skipped without being
annotated again, so ingesting the same files twice adds nothing.

Documents are written in batches, each in one transaction: an interrupted
ingest leaves no partial document, and search works while an ingest runs.
On a terminal a progress bar shows the work; at the end a summary counts
documents read, new, duplicate and failed.`,
		Example: `  chronik ingest --db news.db articles/
  chronik ingest --defer-merge --db news.db big-dump.jsonl.gz
  chronik ingest feed.xml crawl.warc.gz
  CHRONIK_DB=news.db chronik ingest --dct 2019-04-25 notes.txt`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := in.options(a)
			if err != nil {
				return err
			}
			db, err := a.openStore()
			if err != nil {
				return err
			}
			defer db.Close()
			sum, err := a.ingest(cmd.Context(), db, read(cmd.Context(), args, opts), in.workers, quiet)
			a.printSummary(sum)
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errDocsFailed
			}
			return nil
		},
	}
	in.add(cmd)
	a.addDBFlag(cmd)
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary")
	cmd.Flags().BoolVar(&a.deferMerge, "defer-merge", false, "store documents without merging their events into timelines; the next timeline, actors, network or export command merges them")
	return cmd
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	Read, New, Duplicate, Failed, Warnings int
	Elapsed                                time.Duration
	quiet                                  bool
}

func (a *App) printSummary(s ingestSummary) {
	if s.quiet {
		return
	}
	fmt.Fprintf(a.Stderr, "read %d documents: %d new, %d duplicate, %d failed (%d warnings) in %s\n",
		s.Read, s.New, s.Duplicate, s.Failed, s.Warnings, s.Elapsed.Round(time.Millisecond))
}

// ingestBatch is how many documents go into one transaction.
const ingestBatch = 256

// ingest annotates and stores the items. Documents already stored are
// detected per chunk with one query before any annotation work.
func (a *App) ingest(ctx context.Context, store chronik.Store, items iter.Seq[reader.Item], workers int, quiet bool) (ingestSummary, error) {
	start := time.Now()
	sum := ingestSummary{quiet: quiet}
	bar := a.progress(quiet)
	p, err := a.newPipeline()
	if err != nil {
		return sum, err
	}

	var batch []*chronik.Document
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		defer func() { batch = batch[:0] }()
		res, err := store.CreateDocuments(ctx, batch)
		if chronik.ErrorCode(err) == chronik.EINVALID {
			// One document the store refuses must not cost the batch:
			// store them one by one and report the bad ones.
			for _, d := range batch {
				r, err := store.CreateDocuments(ctx, []*chronik.Document{d})
				if chronik.ErrorCode(err) == chronik.EINVALID {
					sum.Failed++
					a.printProblem(bar, fmt.Errorf("%s: not stored: %s", d.Source, chronik.ErrorMessage(err)))
					continue
				}
				if err != nil {
					return fmt.Errorf("store %s: %w", d.Source, err)
				}
				if err := a.mergeBatch(ctx, store, r.IDs); err != nil {
					return err
				}
				sum.New += r.Created
				sum.Duplicate += r.Duplicates
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("store batch: %w", err)
		}
		if err := a.mergeBatch(ctx, store, res.IDs); err != nil {
			return err
		}
		sum.New += res.Created
		sum.Duplicate += res.Duplicates
		return nil
	}
	var hashErr error
	work := func(ctx context.Context, r result) result {
		if r.doc != nil && !r.known {
			_ = p.Annotate(ctx, r.doc)
		}
		return r
	}
	err = pipeline.Run(ctx, workers, markKnown(ctx, store, items, &hashErr), work, func(r result) error {
		if bar != nil {
			_ = bar.Add(1)
		}
		if r.err != nil {
			if r.doc == nil {
				sum.Failed++
			} else {
				sum.Warnings++
			}
			a.printProblem(bar, r.err)
		}
		if r.doc == nil {
			return nil
		}
		sum.Read++
		if r.known {
			sum.Duplicate++
			return nil
		}
		for _, e := range r.doc.Errors {
			sum.Warnings++
			a.printProblem(bar, fmt.Errorf("%s: %s", r.doc.Source, e))
		}
		batch = append(batch, r.doc)
		if len(batch) >= ingestBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = hashErr
	}
	if err == nil {
		err = flush()
	}
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(a.Stderr)
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// markKnown passes the items on in chunks, marking documents whose content
// hash the store already has.
func markKnown(ctx context.Context, store chronik.Store, items iter.Seq[reader.Item], errp *error) iter.Seq[result] {
	return func(yield func(result) bool) {
		chunk := make([]result, 0, ingestBatch)
		emit := func() bool {
			var hashes []string
			for _, r := range chunk {
				if r.doc != nil {
					hashes = append(hashes, r.doc.ContentHash())
				}
			}
			known, err := store.KnownHashes(ctx, hashes)
			if err != nil {
				*errp = fmt.Errorf("check stored documents: %w", err)
				return false
			}
			for _, r := range chunk {
				if r.doc != nil {
					r.known = known[r.doc.ContentHash()]
				}
				if !yield(r) {
					return false
				}
			}
			chunk = chunk[:0]
			return true
		}
		for it := range items {
			chunk = append(chunk, result{doc: it.Doc, err: it.Err})
			if len(chunk) == cap(chunk) && !emit() {
				return
			}
		}
		if len(chunk) > 0 {
			emit()
		}
	}
}

// progress returns the ingest progress bar on stderr when it is a
// terminal.
func (a *App) progress(quiet bool) *progressbar.ProgressBar {
	return a.progressBar(-1, "ingesting", quiet)
}

// progressBar returns a progress bar of total documents (-1: unknown) on
// stderr when it is a terminal.
func (a *App) progressBar(total int, what string, quiet bool) *progressbar.ProgressBar {
	if quiet {
		return nil
	}
	f, ok := a.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(a.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

// printProblem prints one problem line, clearing the progress bar first.
func (a *App) printProblem(bar *progressbar.ProgressBar, err error) {
	if bar != nil {
		_ = bar.Clear()
	}
	var w io.Writer = a.Stderr
	fmt.Fprintf(w, "chronik: %v\n", err)
}
