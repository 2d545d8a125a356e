package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// DefaultMaxBytes is the size limit of one file when [Options.MaxBytes]
// is 0.
const DefaultMaxBytes = 10 << 20

// Formats lists the values [Options.Format] accepts besides "".
var Formats = []string{"dated", "text", "jsonl", "csv", "html", "feed", "warc", "timeml"}

// Options control reading. The zero value detects every format and
// limits files to [DefaultMaxBytes].
type Options struct {
	// Format forces one format for every file; "" detects it per file.
	// It is one of [Formats].
	Format string
	// DCT is the creation time of plain text and of dated text without a
	// header. Other formats take their date from the input or leave it
	// unknown.
	DCT chronik.DCT
	// Lang, when set ("de", "en"), is the language of every document and
	// overrides any language the input names.
	Lang string
	// MaxBytes limits each file after decompression; for WARC files it
	// limits each record's payload instead. 0 means [DefaultMaxBytes].
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// CSV names the columns of CSV input.
	CSV CSVOptions
}

// Item is one document read, or one problem. When both Doc and Err are
// set, Err is a warning (such as repaired UTF-8) and Doc is usable.
// When only Err is set, it is an [*Error] and nothing was read.
type Item struct {
	Doc *chronik.Document
	Err error
}

// Read reads documents from paths: files, directories (walked
// recursively in lexical order, skipping names that begin with a dot)
// and "-" for [Options.Stdin]. Every problem is yielded as an Item and
// reading goes on with the next line, record or file. Read stops when
// ctx is done or the consumer stops ranging.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq[Item] {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return func(yield func(Item) bool) {
		if opts.Format != "" && !slices.Contains(Formats, opts.Format) {
			yield(Item{Err: &Error{Path: strings.Join(paths, ","), Err: fmt.Errorf("%w %q (want one of %s)", ErrFormat, opts.Format, strings.Join(Formats, ", "))}})
			return
		}
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			if !readPath(ctx, p, &opts, yield) {
				return
			}
		}
	}
}

// readPath reads one argument of Read. It returns false when the
// consumer stopped or ctx is done.
func readPath(ctx context.Context, path string, opts *Options, yield func(Item) bool) bool {
	if path == "-" {
		if opts.Stdin == nil {
			return yield(Item{Err: &Error{Path: "-", Err: fmt.Errorf("no standard input")}})
		}
		return readStream(ctx, "-", "stdin", opts.Stdin, opts, yield)
	}
	info, err := os.Stat(path)
	if err != nil {
		return yield(Item{Err: &Error{Path: path, Err: pathCause(err)}})
	}
	if !info.IsDir() {
		return readFile(ctx, path, opts, yield)
	}
	var files []string
	var walkErrs []Item
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			walkErrs = append(walkErrs, Item{Err: &Error{Path: p, Err: pathCause(err)}})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow symlinks to files; skip sockets, pipes and devices.
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		walkErrs = append(walkErrs, Item{Err: &Error{Path: path, Err: err}})
	}
	for _, it := range walkErrs {
		if !yield(it) {
			return false
		}
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return false
		}
		if !readFile(ctx, f, opts, yield) {
			return false
		}
	}
	return true
}

// readFile opens and reads one file.
func readFile(ctx context.Context, path string, opts *Options, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Err: &Error{Path: path, Err: pathCause(err)}})
	}
	defer f.Close()
	return readStream(ctx, path, baseName(path), f, opts, yield)
}

// pathCause drops the path from an *fs.PathError, which [Error] names
// already: "x.txt: no such file or directory".
func pathCause(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// baseName returns the file name without directory, .gz and one more
// extension: "dir/kim.txt.gz" → "kim".
func baseName(path string) string {
	b := filepath.Base(path)
	b = trimSuffixFold(b, ".gz")
	if ext := filepath.Ext(b); ext != "" && len(ext) < len(b) {
		b = b[:len(b)-len(ext)]
	}
	return b
}

// extension returns the lowercase extension of path after removing .gz:
// "a.JSONL.gz" → ".jsonl".
func extension(path string) string {
	b := strings.ToLower(filepath.Base(path))
	b = strings.TrimSuffix(b, ".gz")
	return filepath.Ext(b)
}

func trimSuffixFold(s, suffix string) string {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
