package reader

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
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
	data := bytes.TrimPrefix(f.data, utf8BOM)
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = co.Delimiter
	if r.Comma == 0 {
		r.Comma = sniffDelimiter(data, f.ext)
	}
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return f.fail(csvLine(err, 1), fmt.Errorf("%w: header: %w", ErrBrokenCSV, csvCause(err)))
	}
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
		rec, err := r.Read()
		if err == io.EOF {
			return true
		}
		if err != nil {
			if _, ok := errors.AsType[*csv.ParseError](err); !ok {
				return f.fail(0, fmt.Errorf("%w: %w", ErrBrokenCSV, err))
			}
			if !f.fail(csvLine(err, 0), fmt.Errorf("%w: %w", ErrBrokenCSV, csvCause(err))) {
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
