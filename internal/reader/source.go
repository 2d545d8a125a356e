package reader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/chronik-dev/chronik"
)

// file is one input being read: its name, its bytes once loaded and the
// consumer of its items.
type file struct {
	path  string        // as given; "-" for standard input
	name  string        // base name for ids: "kim" for "dir/kim.txt.gz"
	ext   string        // lowercase extension without .gz
	data  []byte        // whole content, for formats read at once
	src   *bufio.Reader // the stream, for line formats (jsonl, csv)
	gzip  bool          // the stream is gunzipped
	opts  *Options
	yield func(Item) bool
	done  bool // consumer stopped
	// lineRef is a buffer for the "path:line" of a document.
	lineRef []byte
}

// pathAt returns "path:line" in one allocation.
func (f *file) pathAt(line int) string {
	f.lineRef = append(append(f.lineRef[:0], f.path...), ':')
	f.lineRef = strconv.AppendInt(f.lineRef, int64(line), 10)
	return string(f.lineRef)
}

// readerFunc reads the documents of one file. It returns false when the
// consumer stopped.
type readerFunc func(ctx context.Context, f *file) bool

// readers maps each format to its reader (except warc, which streams).
var readers = map[string]readerFunc{
	"dated":  readDated,
	"text":   readText,
	"jsonl":  readJSONL,
	"csv":    readCSV,
	"html":   readHTML,
	"feed":   readFeed,
	"timeml": readTimeML,
}

// emit yields a document read from line (0 if none) of the file. It
// repairs invalid UTF-8 in its fields, warning about it unless warn is
// already set, records a warning in the document's Errors too, and
// applies the forced language.
func (f *file) emit(doc *chronik.Document, line int, warn error) bool {
	return f.emitChecked(doc, line, warn, false)
}

// emitChecked is emit for a document whose Text, when textValid, is
// known to be valid UTF-8 and need not be checked again.
func (f *file) emitChecked(doc *chronik.Document, line int, warn error, textValid bool) bool {
	if f.done {
		return false
	}
	if repairDoc(doc, textValid) && warn == nil {
		warn = ErrInvalidUTF8
	}
	if f.opts.Lang != "" {
		doc.Lang = f.opts.Lang
	}
	it := Item{Doc: doc}
	if warn != nil {
		e := f.errorAt(line, warn)
		doc.AddError(e.Err)
		it.Err = e
	}
	if !f.yield(it) {
		f.done = true
	}
	return !f.done
}

// fail yields a problem at line (0 if none) of the file.
func (f *file) fail(line int, err error) bool {
	if f.done {
		return false
	}
	if !f.yield(Item{Err: f.errorAt(line, err)}) {
		f.done = true
	}
	return !f.done
}

func (f *file) errorAt(line int, err error) *Error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	return &Error{Path: f.path, Line: line, Err: err}
}

// newDoc returns a document of this file with the reader-independent
// fields set.
func (f *file) newDoc(id, source string) *chronik.Document {
	return &chronik.Document{ID: id, Source: source}
}

// readStream reads one input: it gunzips, hands WARC streams to the WARC
// reader, loads everything else up to the size limit, checks that it is
// text and reads it in its format.
func readStream(ctx context.Context, path, name string, r io.Reader, opts *Options, yield func(Item) bool) bool {
	f := &file{path: path, name: name, opts: opts, yield: yield}
	if path != "-" {
		f.ext = extension(path)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	isGzip := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
	gzName := strings.HasSuffix(strings.ToLower(path), ".gz")
	if gzName && !isGzip {
		return f.fail(0, gzip.ErrHeader)
	}
	wantWARC := opts.Format == "warc" || (opts.Format == "" && f.ext == ".warc")
	src := br
	if isGzip && !wantWARC {
		// A .warc.gz is gzipped per record; gowarc reads it itself.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return f.fail(0, gzipError(err))
		}
		defer zr.Close()
		src = bufio.NewReaderSize(zr, 64<<10)
	}
	if !wantWARC && opts.Format == "" {
		head, _ := src.Peek(16)
		wantWARC = bytes.HasPrefix(skipSpace(head), []byte("WARC/1."))
	}
	if wantWARC {
		return readWARC(ctx, f, src)
	}
	f.gzip = isGzip
	head, err := src.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return f.fail(0, f.readError(err))
	}
	if !hasUTF16BOM(head) {
		if len(head) < sniffSize && len(bytes.TrimSpace(bytes.TrimPrefix(head, utf8BOM))) == 0 {
			return f.fail(0, ErrEmpty)
		}
		if isBinary(head) {
			return f.fail(0, ErrBinary)
		}
		format := opts.Format
		if format == "" {
			format = detect(f.ext, head)
		}
		// Line formats stream, so a corpus may be larger than MaxBytes;
		// the limit applies to each line or row.
		if format == "csv" || format == "jsonl" && !isJSONArray(head) {
			f.src = src
			return readers[format](ctx, f)
		}
	}
	data, err := io.ReadAll(io.LimitReader(src, opts.MaxBytes+1))
	if err != nil {
		return f.fail(0, f.readError(err))
	}
	if int64(len(data)) > opts.MaxBytes {
		return f.fail(0, fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, opts.MaxBytes))
	}
	data, err = decodeUTF16(data)
	if err != nil {
		return f.fail(0, err)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0 {
		return f.fail(0, ErrEmpty)
	}
	if isBinary(data) {
		return f.fail(0, ErrBinary)
	}
	f.data = data
	format := opts.Format
	if format == "" {
		format = detect(f.ext, data)
	}
	if format == "warc" {
		return readWARC(ctx, f, bufio.NewReader(bytes.NewReader(data)))
	}
	if format == "csv" || format == "jsonl" && !isJSONArray(data) {
		f.src = bufio.NewReader(bytes.NewReader(data))
	}
	return readers[format](ctx, f)
}

// sniffSize is how much of a file detection looks at.
const sniffSize = 32 << 10

// readError names a failure to read the file's bytes.
func (f *file) readError(err error) error {
	if f.gzip {
		return gzipError(err)
	}
	return fmt.Errorf("read: %w", err)
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// isJSONArray reports whether JSON input is one array rather than lines.
func isJSONArray(b []byte) bool {
	b = skipSpace(b)
	return len(b) > 0 && b[0] == '['
}

// gzipError names a gzip failure, calling an early end a truncation.
func gzipError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %w", ErrTruncated, err)
	}
	if errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) {
		return err // already says "gzip: ..."
	}
	return fmt.Errorf("gzip: %w", err)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeUTF16 converts text with a UTF-16 byte-order mark to UTF-8 and
// returns anything else unchanged.
func decodeUTF16(data []byte) ([]byte, error) {
	if !hasUTF16BOM(data) {
		return data, nil
	}
	dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	out, err := dec.Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode UTF-16: %w", err)
	}
	return out, nil
}

// isBinary reports whether data looks like anything but text: a NUL
// byte, or many control characters or bytes that are not UTF-8 near the
// start. Text in a legacy 8-bit charset has few of the latter.
func isBinary(data []byte) bool {
	if len(data) > 8000 {
		data = data[:8000]
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*10 > len(data) {
		return true
	}
	bad := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 && len(data)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	return bad*10 > len(data)*3
}

// skipSpace returns b without a leading UTF-8 BOM and white space.
func skipSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, utf8BOM)
	return bytes.TrimLeft(b, " \t\r\n\f\v")
}

// repairDoc replaces invalid UTF-8 in the text fields of doc and
// reports whether it had to. With textValid it takes Text as valid.
func repairDoc(doc *chronik.Document, textValid bool) bool {
	bad := false
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
			bad = true
		}
	}
	if !textValid {
		fix(&doc.Text)
	}
	fix(&doc.Title)
	fix(&doc.ID)
	fix(&doc.Source)
	fix(&doc.URL)
	fix(&doc.Lang)
	for k, v := range doc.Meta {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			delete(doc.Meta, k)
			doc.Meta[strings.ToValidUTF8(k, "\uFFFD")] = strings.ToValidUTF8(v, "\uFFFD")
			bad = true
		}
	}
	return bad
}
