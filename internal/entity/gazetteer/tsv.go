package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ParseError reports a malformed line of a knowledge-base file.
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrFormat is wrapped by every [ParseError] about the shape of a line
// (missing columns, bad dates, bad numbers).
var ErrFormat = errors.New("malformed record")

// table is a parsed tab- or comma-separated file with a header line.
type table struct {
	file   string
	header []string
	col    map[string]int
	rows   [][]string
	lines  []int
}

// readTable reads a file whose non-comment lines are separated by sep; the
// first such line names the columns. Lines starting with '#' and blank lines
// are skipped. Every row must have between len(required) and len(header)
// fields, and every column in required must exist.
func readTable(file string, r io.Reader, sep string, required ...string) (*table, error) {
	t := &table{file: file, col: make(map[string]int)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := t.addRecord(file, n, strings.Split(line, sep), required); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{file, n + 1, err}
	}
	if t.header == nil {
		return nil, &ParseError{file, n, fmt.Errorf("%w: no header line", ErrFormat)}
	}
	return t, nil
}

// get returns the field named col of row i, or "".
func (t *table) get(i int, col string) string {
	c, ok := t.col[col]
	if !ok || c >= len(t.rows[i]) {
		return ""
	}
	return t.rows[i][c]
}

func (t *table) errorf(i int, format string, args ...any) error {
	return &ParseError{t.file, t.lines[i], fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)}
}

// date parses YYYY, YYYY-MM or YYYY-MM-DD; an empty string is the zero time.
func (t *table) date(i int, col string) (time.Time, error) {
	s := t.get(i, col)
	if s == "" {
		return time.Time{}, nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return time.Time{}, t.errorf(i, "column %s: %v", col, err)
	}
	return d, nil
}

// period reads the "from" and "to" columns of row i.
func (t *table) period(i int) (from, to time.Time, err error) {
	if from, err = t.date(i, "from"); err != nil {
		return from, to, err
	}
	to, err = t.date(i, "to")
	return from, to, err
}

// ParseDate reads a date given as YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if d, err := time.Parse(layout, s); err == nil {
				return d, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// addRecord takes the first record as the header and every later one as a
// row, checking the required columns; fields are trimmed in place.
func (t *table) addRecord(file string, line int, fields, required []string) error {
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	if t.header == nil {
		t.header = fields
		for i, h := range fields {
			t.col[strings.ToLower(h)] = i
		}
		for _, req := range required {
			if _, ok := t.col[req]; !ok {
				return &ParseError{file, line, fmt.Errorf("%w: header lacks column %q", ErrFormat, req)}
			}
		}
		return nil
	}
	if len(fields) > len(t.header) {
		return &ParseError{file, line, fmt.Errorf("%w: %d fields, header has %d", ErrFormat, len(fields), len(t.header))}
	}
	for _, req := range required {
		if i := t.col[req]; i >= len(fields) || fields[i] == "" {
			return &ParseError{file, line, fmt.Errorf("%w: empty %q", ErrFormat, req)}
		}
	}
	t.rows = append(t.rows, fields)
	t.lines = append(t.lines, line)
	return nil
}
