package reader

import (
	"errors"
	"fmt"
)

// Sentinel problems, wrapped by [Error]; check them with [errors.Is].
var (
	// ErrEmpty is a file with no content.
	ErrEmpty = errors.New("empty file")
	// ErrBinary is a file that is not text.
	ErrBinary = errors.New("binary file")
	// ErrTooLarge is a file (or WARC record) over [Options.MaxBytes].
	ErrTooLarge = errors.New("file too large")
	// ErrTruncated is a gzip stream that ends early.
	ErrTruncated = errors.New("truncated gzip")
	// ErrBadHeader is a dated-text header whose date cannot be read.
	ErrBadHeader = errors.New("malformed date header")
	// ErrBrokenJSON is a JSON Lines line that is not a JSON object.
	ErrBrokenJSON = errors.New("broken JSON")
	// ErrBrokenCSV is a CSV row that cannot be parsed.
	ErrBrokenCSV = errors.New("broken CSV")
	// ErrNoText is a document without a body.
	ErrNoText = errors.New("missing text")
	// ErrInvalidUTF8 is a warning: invalid UTF-8 was replaced by U+FFFD.
	ErrInvalidUTF8 = errors.New("invalid UTF-8 repaired")
	// ErrBadDate is a warning: a date field could not be read, so the
	// document's DCT is unknown.
	ErrBadDate = errors.New("unreadable date")
	// ErrFormat is an unknown value of [Options.Format].
	ErrFormat = errors.New("unknown format")
)

// Error is a problem with one input: a file, or a line or record in it.
type Error struct {
	// Path is the file as given to [Read] ("-" for standard input), with
	// "#..." naming a feed item or WARC record when that is where the
	// problem is.
	Path string
	// Line is the 1-based line of the problem, or 0 when it has none.
	Line int
	// Err is the problem, often wrapping one of the sentinels above.
	Err error
}

// Error returns "path:line: problem", or "path: problem" without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }
