package reader

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// header is the "date YYYY[-MM[-DD]]" line that opens a dated text.
type header struct {
	value string // the date as written
	line  int    // 1-based line of the header
	body  int    // byte offset of the body: after the white space that follows the date
}

var headerWord = []byte("date")

// findHeader looks for a dated-text header: after any UTF-8 BOM and
// white space, the word "date", spaces or tabs, and a word. It reports
// whether the file opens with one; the date may still be malformed.
func findHeader(data []byte) (header, bool) {
	rest := skipSpace(data)
	start := len(data) - len(rest)
	if !bytes.HasPrefix(rest, headerWord) {
		return header{}, false
	}
	i := start + len(headerWord)
	j := i
	for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
		j++
	}
	if j == i {
		return header{}, false
	}
	k := j
	for k < len(data) && !isSpaceByte(data[k]) {
		k++
	}
	h := header{value: string(data[j:k]), line: 1 + bytes.Count(data[:start], []byte("\n"))}
	for k < len(data) && isSpaceByte(data[k]) {
		k++
	}
	h.body = k
	return h, true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

var headerDate = regexp.MustCompile(`^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?)?)?)?$`)

// ParseHeader reads the "date YYYY[-MM[-DD]]" header of a dated text.
// It returns the DCT, the byte offset where the body starts and whether
// data has a header at all; err names a header whose date is malformed.
func ParseHeader(data []byte) (dct chronik.DCT, body int, ok bool, err error) {
	h, ok := findHeader(data)
	if !ok {
		return chronik.DCT{}, 0, false, nil
	}
	if !headerDate.MatchString(h.value) {
		return chronik.DCT{}, h.body, true, fmt.Errorf("%w: %q (want date YYYY, YYYY-MM or YYYY-MM-DD)", ErrBadHeader, h.value)
	}
	dct, err = chronik.ParseDCT(h.value)
	if err != nil {
		return chronik.DCT{}, h.body, true, fmt.Errorf("%w: %q is not a calendar date", ErrBadHeader, h.value)
	}
	return dct, h.body, true, nil
}

// readDated reads a dated text; without a header it is plain text.
func readDated(ctx context.Context, f *file) bool {
	h, ok := findHeader(f.data)
	if !ok {
		return readText(ctx, f)
	}
	dct, body, _, err := ParseHeader(f.data)
	if err != nil {
		return f.fail(h.line, err)
	}
	text := string(f.data[body:])
	if len(bytes.TrimSpace(f.data[body:])) == 0 {
		return f.fail(h.line, fmt.Errorf("%w after the date header", ErrNoText))
	}
	doc := f.newDoc(f.name, f.path)
	doc.DCT = dct
	doc.Text = text
	doc.Title = headline(text)
	return f.emit(doc, 0, nil)
}

// readText reads a file whose whole content (without a BOM) is the body,
// dated by [Options.DCT].
func readText(_ context.Context, f *file) bool {
	data := bytes.TrimPrefix(f.data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return f.fail(0, ErrNoText)
	}
	doc := f.newDoc(f.name, f.path)
	doc.DCT = f.opts.DCT
	doc.Text = string(data)
	doc.Title = headline(doc.Text)
	return f.emit(doc, 0, nil)
}

// headline returns the first line of a text when it reads as a headline:
// short, followed by more text on later lines, and not ending like a
// sentence. The body keeps the line; only the title is set from it.
func headline(text string) string {
	first, rest, ok := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	first = strings.TrimSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || len(first) < 3 || len(first) > 200 {
		return ""
	}
	switch first[len(first)-1] {
	case '.', ',', ';', ':', '!', '?':
		return ""
	}
	if !utf8.ValidString(first) {
		return ""
	}
	return first
}
