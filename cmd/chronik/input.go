package main

import (
	"context"
	"fmt"
	"iter"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/reader"
	"github.com/spf13/cobra"
)

// inputFlags are the flags of every command that reads documents.
type inputFlags struct {
	format    string
	lang      string
	dct       string
	maxBytes  int64
	csvText   string
	csvDate   string
	csvTitle  string
	csvID     string
	csvDelim  string
	workers   int
	batchSize int
}

func (f *inputFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.format, "input-format", "", "force the input format: dated, text, jsonl, csv, html, feed, warc, timeml (default: by extension and content)")
	fs.StringVar(&f.lang, "lang", "", "language of the documents, de or en (default: identified per document)")
	fs.StringVar(&f.dct, "dct", "", "document date for plain text without one (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 10<<20, "largest input read, in bytes (uncompressed): per file, or per line, row or record for JSON Lines, CSV and WARC")
	fs.StringVar(&f.csvText, "csv-text", "text", "CSV column holding the article text")
	fs.StringVar(&f.csvDate, "csv-date", "date", "CSV column holding the document date")
	fs.StringVar(&f.csvTitle, "csv-title", "title", "CSV column holding the title")
	fs.StringVar(&f.csvID, "csv-id", "id", "CSV column holding the document id")
	fs.StringVar(&f.csvDelim, "csv-delimiter", "", "CSV delimiter (default: sniffed from the header)")
	fs.IntVar(&f.workers, "workers", 0, "documents annotated in parallel (default: one per core)")
}

// options turns the flags into reader options.
func (f *inputFlags) options(a *App) (reader.Options, error) {
	opts := reader.Options{Format: f.format, MaxBytes: f.maxBytes, Stdin: a.Stdin}
	switch f.lang {
	case "", "de", "en":
		opts.Lang = f.lang
	default:
		return opts, usagef("--lang %q: chronik reads de and en", f.lang)
	}
	dct, err := chronik.ParseDCT(f.dct)
	if err != nil {
		return opts, usageError{fmt.Errorf("--dct: %w", err)}
	}
	opts.DCT = dct
	if f.maxBytes <= 0 {
		return opts, usagef("--max-bytes must be positive")
	}
	switch f.format {
	case "", "dated", "text", "jsonl", "csv", "html", "feed", "warc", "timeml":
	default:
		return opts, usagef("--input-format %q: want dated, text, jsonl, csv, html, feed, warc or timeml", f.format)
	}
	opts.CSV.Text, opts.CSV.Date, opts.CSV.Title, opts.CSV.ID = f.csvText, f.csvDate, f.csvTitle, f.csvID
	if f.csvDelim != "" {
		r := []rune(f.csvDelim)
		if f.csvDelim == `\t` {
			r = []rune{'\t'}
		}
		if len(r) != 1 {
			return opts, usagef("--csv-delimiter must be one character")
		}
		opts.CSV.Delimiter = r[0]
	}
	return opts, nil
}

// read returns the documents and problems of the inputs.
func read(ctx context.Context, paths []string, opts reader.Options) iter.Seq[reader.Item] {
	return reader.Read(ctx, paths, opts)
}
