package reader

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CSVOptions name the columns of CSV input. Names match the header
// case-insensitively; empty names take the defaults "text", "date",
// "title", "id", "url" and "lang". Other columns go to
// [chronik.Document.Meta].
type CSVOptions struct {
	Text, Date, Title, ID, URL, Lang string
	// Delimiter separates fields; 0 picks the most frequent of , ; tab |
	// in the header line (tab for .tsv files).
	Delimiter rune
}

func (o CSVOptions) withDefaults() CSVOptions {
	def := func(s *string, v string) {
		if strings.TrimSpace(*s) == "" {
			*s = v
		}
		*s = strings.ToLower(strings.TrimSpace(*s))
	}
	def(&o.Text, "text")
	def(&o.Date, "date")
	def(&o.Title, "title")
	def(&o.ID, "id")
	def(&o.URL, "url")
	def(&o.Lang, "lang")
	return o
}

// readCSV reads a CSV file whose first row names the columns, one
// document per row.
func readCSV(ctx context.Context, f *file) bool {
	co := f.opts.CSV.withDefaults()
	if b, _ := f.src.Peek(len(utf8BOM)); bytes.Equal(b, utf8BOM) {
		f.src.Discard(len(utf8BOM))
	}
	// The budget bounds the bytes of one row, so that an unclosed quote
	// cannot pull the rest of a large file into memory.
	budget := &budgetReader{r: f.src, n: f.opts.MaxBytes}
	r := csv.NewReader(budget)
	r.Comma = co.Delimiter
	if r.Comma == 0 {
		head, _ := f.src.Peek(sniffSize)
		r.Comma = sniffDelimiter(head, f.ext)
	}
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return f.fail(csvLine(err, 1), f.csvError("header", err))
	}
	head = slices.Clone(head)
	col := make(map[string]int, len(head))
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	textCol, ok := col[co.Text]
	if !ok {
		return f.fail(1, fmt.Errorf("%w: no column %q in the header", ErrNoText, co.Text))
	}
	roles := map[int]bool{textCol: true}
	field := func(rec []string, name string) string {
		i, ok := col[name]
		if !ok || i >= len(rec) {
			return ""
		}
		roles[i] = true
		return rec[i]
	}
	for {
		if ctx.Err() != nil {
			return false
		}
		budget.n = f.opts.MaxBytes
		rec, err := r.Read()
		if err == io.EOF {
			return true
		}
		if err != nil {
			if _, ok := errors.AsType[*csv.ParseError](err); !ok || errors.Is(err, ErrTooLarge) {
				// The input itself failed: nothing more can be read.
				return f.fail(csvLine(err, 0), f.csvError("", err))
			}
			if !f.fail(csvLine(err, 0), f.csvError("", err)) {
				return false
			}
			continue
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(head) {
			if !f.fail(line, fmt.Errorf("%w: row has %d fields, the header %d", ErrBrokenCSV, len(rec), len(head))) {
				return false
			}
			continue
		}
		text := rec[textCol]
		if strings.TrimSpace(text) == "" {
			if !f.fail(line, fmt.Errorf("%w: column %q is empty", ErrNoText, co.Text)) {
				return false
			}
			continue
		}
		doc := f.newDoc(field(rec, co.ID), f.path+":"+strconv.Itoa(line))
		if doc.ID == "" {
			doc.ID = f.name + ":" + strconv.Itoa(line)
		}
		doc.Text = text
		doc.Title = field(rec, co.Title)
		doc.URL = field(rec, co.URL)
		doc.Lang = langCode(field(rec, co.Lang))
		var warn error
		doc.DCT, warn = dateWarning(field(rec, co.Date))
		for i, v := range rec {
			if roles[i] || v == "" || strings.TrimSpace(head[i]) == "" {
				continue
			}
			if doc.Meta == nil {
				doc.Meta = make(map[string]string)
			}
			doc.Meta[strings.TrimSpace(head[i])] = v
		}
		if !f.emit(doc, line, warn) {
			return false
		}
	}
}

// csvError describes a failure of the csv reader.
func (f *file) csvError(what string, err error) error {
	cause := csvCause(err)
	if errors.Is(cause, ErrTooLarge) {
		return fmt.Errorf("%w: row over the limit of %d bytes", ErrTooLarge, f.opts.MaxBytes)
	}
	if _, ok := errors.AsType[*csv.ParseError](err); !ok {
		return f.readError(err)
	}
	if what != "" {
		return fmt.Errorf("%w: %s: %w", ErrBrokenCSV, what, cause)
	}
	return fmt.Errorf("%w: %w", ErrBrokenCSV, cause)
}

// budgetReader reads from r until n bytes are used up, then fails with
// ErrTooLarge.
type budgetReader struct {
	r io.Reader
	n int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.Read(p)
	b.n -= int64(n)
	return n, err
}

// csvLine returns the line a csv error starts on, or def.
func csvLine(err error, def int) int {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok && pe.StartLine > 0 {
		return pe.StartLine
	}
	return def
}

// csvCause strips the position that a csv.ParseError repeats.
func csvCause(err error) error {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return pe.Err
	}
	return err
}

// sniffDelimiter picks the delimiter that occurs most often outside
// quotes in the header line: comma, semicolon, tab or bar.
func sniffDelimiter(data []byte, ext string) rune {
	if ext == ".tsv" {
		return '\t'
	}
	line := data
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t' || c == '|'):
			counts[c]++
		}
	}
	best, n := byte(','), 0
	for _, c := range []byte{',', ';', '\t', '|'} {
		if counts[c] > n {
			best, n = c, counts[c]
		}
	}
	return rune(best)
}
