package reader

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// readWARC reads the HTML responses of a WARC stream (whole or gzipped
// per record), one document per page. Other records are skipped.
// [Options.MaxBytes] limits each payload.
func readWARC(ctx context.Context, f *file, r *bufio.Reader) bool {
	// Crawls are often slightly off the spec; read what can be read.
	// (WithNoValidation would also skip parsing the HTTP blocks.)
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return f.fail(0, fmt.Errorf("read WARC: %w", err))
	}
	defer wr.Close()
	n := 0
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wr.Next()
		if err == io.EOF {
			if n == 0 {
				return f.fail(0, fmt.Errorf("read WARC: no records"))
			}
			return true
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.Close()
			}
			return f.fail(0, fmt.Errorf("read WARC record %d at offset %d: %w", n+1, rec.Offset, warcError(err)))
		}
		n++
		ok := f.warcRecord(rec.WarcRecord)
		rec.Close()
		if !ok {
			return false
		}
	}
}

// warcError calls an early end of a gzipped record a truncation.
func warcError(err error) error {
	if e := gzipError(err); strings.HasPrefix(e.Error(), ErrTruncated.Error()) {
		return e
	}
	return err
}

// warcRecord reads one record: an HTML response becomes a document,
// anything else is skipped. It returns false when the consumer stopped.
func (f *file) warcRecord(rec gowarc.WarcRecord) bool {
	if rec.Type() != gowarc.Response && rec.Type() != gowarc.Resource {
		return true
	}
	uri := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	source := f.path + "#" + uri
	var (
		payload     io.Reader
		contentType string
		encoding    string
		chunked     bool
	)
	switch block := rec.Block().(type) {
	case gowarc.HttpResponseBlock:
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return true
		}
		h := block.HttpHeader()
		if h == nil {
			return true
		}
		contentType = h.Get("Content-Type")
		encoding = strings.ToLower(h.Get("Content-Encoding"))
		chunked = strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked")
		p, err := block.PayloadBytes()
		if err != nil {
			return f.fail(0, &Error{Path: source, Err: fmt.Errorf("read payload: %w", err)})
		}
		payload = p
	case gowarc.PayloadBlock:
		if rec.Type() != gowarc.Resource {
			return true
		}
		contentType = rec.WarcHeader().Get(gowarc.ContentType)
		p, err := block.PayloadBytes()
		if err != nil {
			return f.fail(0, &Error{Path: source, Err: fmt.Errorf("read payload: %w", err)})
		}
		payload = p
	default:
		return true
	}
	if !isHTMLType(contentType) {
		return true
	}
	if chunked {
		payload = httputil.NewChunkedReader(payload)
	}
	if encoding == "gzip" || encoding == "x-gzip" {
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return f.fail(0, &Error{Path: source, Err: gzipError(err)})
		}
		defer zr.Close()
		payload = zr
	}
	data, err := io.ReadAll(io.LimitReader(payload, f.opts.MaxBytes+1))
	if err != nil {
		return f.fail(0, &Error{Path: source, Err: fmt.Errorf("read payload: %w", err)})
	}
	if int64(len(data)) > f.opts.MaxBytes {
		return f.fail(0, &Error{Path: source, Err: fmt.Errorf("%w: record over the limit of %d bytes", ErrTooLarge, f.opts.MaxBytes)})
	}
	p, err := parsePage(data, contentType)
	if err != nil {
		return f.fail(0, &Error{Path: source, Err: err})
	}
	doc := f.newDoc(uri, source)
	if doc.ID == "" {
		doc.ID = rec.RecordId()
	}
	warn := p.fill(doc)
	doc.URL = uri
	if doc.DCT.IsZero() {
		if t, err := rec.Date(); err == nil && !t.IsZero() {
			doc.DCT = minuteDCT(t)
		}
	}
	if strings.TrimSpace(doc.Text) == "" {
		return f.fail(0, &Error{Path: source, Err: fmt.Errorf("%w: no main text found in the page", ErrNoText)})
	}
	if warn != nil {
		warn = &Error{Path: source, Err: warn}
	}
	return f.emit(doc, 0, warn)
}

// isHTMLType reports whether a Content-Type names HTML.
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
