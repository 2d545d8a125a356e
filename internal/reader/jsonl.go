package reader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// jsonFields are the JSON Lines fields a document is made of, each with
// the aliases accepted when the field itself is missing.
var jsonFields = map[string][]string{
	"id":    {"id"},
	"date":  {"date", "dct", "published", "published_at"},
	"title": {"title"},
	"text":  {"text", "body", "content"},
	"url":   {"url", "link"},
	"lang":  {"lang", "language"},
}

// The keys of each field, looked up once.
var (
	textKeys, idKeys, dateKeys   = jsonFields["text"], jsonFields["id"], jsonFields["date"]
	titleKeys, urlKeys, langKeys = jsonFields["title"], jsonFields["url"], jsonFields["lang"]
)

// readJSONL reads one JSON object per line. Empty lines are skipped; a
// broken line or one without text is reported and reading goes on. A
// file that holds one JSON array of objects is read as well.
func readJSONL(ctx context.Context, f *file) bool {
	if f.src == nil {
		return f.readJSONArray(ctx, bytes.TrimPrefix(f.data, utf8BOM))
	}
	// The line buffer is reused: documents copy what they keep, and the
	// decoded object, which shares the line's bytes, is dropped before the
	// next line.
	var buf []byte
	// reuse is the map of the previous line, cleared for the next.
	reuse := make(map[string]json.RawMessage, 8)
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		raw, long, err := nextLine(f.src, f.opts.MaxBytes, buf)
		if cap(raw) > cap(buf) {
			buf = raw[:0]
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return f.fail(line, f.readError(err))
		}
		if line == 1 {
			raw = bytes.TrimPrefix(raw, utf8BOM)
		}
		if long {
			if !f.fail(line, fmt.Errorf("%w: line over the limit of %d bytes", ErrTooLarge, f.opts.MaxBytes)) {
				return false
			}
			continue
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		obj, err := jsonObject(raw, reuse)
		if err != nil {
			if !f.fail(line, err) {
				return false
			}
			continue
		}
		var warn error
		valid := utf8.Valid(raw)
		if !valid {
			warn = ErrInvalidUTF8
		}
		doc, dateWarn, err := f.jsonDoc(obj, line, valid)
		if err != nil {
			if !f.fail(line, err) {
				return false
			}
			continue
		}
		// The text comes from a line checked above: valid UTF-8 there
		// means valid text.
		if !f.emitChecked(doc, line, joinWarn(dateWarn, warn), valid) {
			return false
		}
	}
}

// jsonObject decodes one JSON object, into reuse (cleared first) when it
// is not nil and the object is flat.
func jsonObject(raw []byte, reuse map[string]json.RawMessage) (map[string]json.RawMessage, error) {
	if obj, ok := flatObject(raw, reuse); ok {
		return obj, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		if ute, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			return nil, fmt.Errorf("%w: a JSON %s, not an object", ErrBrokenJSON, ute.Value)
		}
		return nil, fmt.Errorf("%w: %w", ErrBrokenJSON, err)
	}
	if obj == nil {
		return nil, fmt.Errorf("%w: null, not an object", ErrBrokenJSON)
	}
	return obj, nil
}

// flatObject decodes the common shape of an article line without
// encoding/json: one object whose keys are plain ASCII and whose values
// are strings, true, false or null. The values share raw's bytes. For
// anything else, including any syntax error, ok is false and the caller
// asks encoding/json, which gives the same map or the error. The map is
// reuse, cleared, unless that is nil.
func flatObject(raw []byte, reuse map[string]json.RawMessage) (obj map[string]json.RawMessage, ok bool) {
	i := jsonSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, false
	}
	obj = reuse
	if obj == nil {
		obj = make(map[string]json.RawMessage, 8)
	}
	clear(obj)
	i = jsonSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return obj, jsonSpace(raw, i+1) == len(raw)
	}
	for {
		// key
		if i >= len(raw) || raw[i] != '"' {
			return nil, false
		}
		k := i + 1
		for k < len(raw) && raw[k] != '"' {
			if c := raw[k]; c < 0x20 || c >= utf8.RuneSelf || c == '\\' {
				return nil, false
			}
			k++
		}
		if k >= len(raw) {
			return nil, false
		}
		key := jsonKey(raw[i+1 : k])
		i = jsonSpace(raw, k+1)
		if i >= len(raw) || raw[i] != ':' {
			return nil, false
		}
		i = jsonSpace(raw, i+1)
		// value
		end := -1
		switch {
		case i >= len(raw):
		case raw[i] == '"':
			end = stringEnd(raw, i)
		case bytes.HasPrefix(raw[i:], []byte("true")):
			end = i + 4
		case bytes.HasPrefix(raw[i:], []byte("false")):
			end = i + 5
		case bytes.HasPrefix(raw[i:], []byte("null")):
			end = i + 4
		}
		if end < 0 {
			return nil, false
		}
		obj[key] = json.RawMessage(raw[i:end:end])
		i = jsonSpace(raw, end)
		if i >= len(raw) {
			return nil, false
		}
		switch raw[i] {
		case ',':
			i = jsonSpace(raw, i+1)
		case '}':
			return obj, jsonSpace(raw, i+1) == len(raw)
		default:
			return nil, false
		}
	}
}

// jsonKey returns key as a string, without allocating for the keys of
// jsonFields.
func jsonKey(key []byte) string {
	switch string(key) {
	case "id":
		return "id"
	case "date":
		return "date"
	case "title":
		return "title"
	case "text":
		return "text"
	case "url":
		return "url"
	case "lang":
		return "lang"
	}
	return string(key)
}

// jsonSpace returns the index of the first byte at or after i that is
// not JSON white space.
func jsonSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the valid JSON string starting at
// b[i] == '"', or -1.
func stringEnd(b []byte, i int) int {
	for i++; i < len(b); i++ {
		// Skip eight bytes at a time while none of them is a quote, a
		// backslash or a control character.
		for i+8 <= len(b) && !specialIn(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		if i >= len(b) {
			break
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1
		case c < 0x20:
			return -1
		case c == '\\':
			if i+1 >= len(b) {
				return -1
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				if i+6 > len(b) {
					return -1
				}
				for _, h := range b[i+2 : i+6] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return -1
					}
				}
				i += 5
			default:
				return -1
			}
		}
	}
	return -1
}

// specialIn reports whether any of the eight bytes in x is '"', '\\' or
// below 0x20 (bit tricks that test all bytes at once; a byte of 0x80 or
// above never counts).
func specialIn(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hasZero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	less32 := (x - 0x20*ones) &^ x & highs
	return hasZero(x^('"'*ones))|hasZero(x^('\\'*ones))|less32 != 0
}

// nextLine returns the next line of r with its newline, in buf's array
// when it fits. When the line is longer than max bytes, long is true
// and the line is skipped. At the end of r it returns io.EOF.
func nextLine(r *bufio.Reader, max int64, buf []byte) (line []byte, long bool, err error) {
	line = buf[:0]
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(line) > 0 || long):
			return line, long, nil
		case err != nil:
			return nil, false, err
		}
		return line, long, nil
	}
}

// readJSONArray reads a JSON array of objects; a document's line is
// where its object starts. A syntax error ends the file.
func (f *file) readJSONArray(ctx context.Context, data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	lineAt := func(off int64) int {
		rest := data[off:]
		off += int64(len(rest) - len(bytes.TrimLeft(rest, " \t\r\n,")))
		return 1 + bytes.Count(data[:off], []byte("\n"))
	}
	if _, err := dec.Token(); err != nil {
		return f.fail(1, fmt.Errorf("%w: %w", ErrBrokenJSON, err))
	}
	for dec.More() {
		if ctx.Err() != nil {
			return false
		}
		line := lineAt(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return f.fail(line, fmt.Errorf("%w: %w", ErrBrokenJSON, err))
		}
		obj, err := jsonObject(raw, nil)
		if err != nil {
			if !f.fail(line, err) {
				return false
			}
			continue
		}
		valid := utf8.Valid(raw)
		doc, warn, err := f.jsonDoc(obj, line, valid)
		if err != nil {
			if !f.fail(line, err) {
				return false
			}
			continue
		}
		if !valid {
			warn = joinWarn(warn, ErrInvalidUTF8)
		}
		if !f.emitChecked(doc, line, warn, valid) {
			return false
		}
	}
	return true
}

// jsonDoc builds the document of one JSON object on line. A date it
// cannot read leaves the DCT unknown and is returned as a warning. valid
// says that the object's bytes are valid UTF-8.
func (f *file) jsonDoc(obj map[string]json.RawMessage, line int, valid bool) (doc *chronik.Document, warn, err error) {
	// The keys taken for fields, one per field at most.
	var used [6]string
	nUsed := 0
	get := func(keys []string) (string, bool) {
		for _, k := range keys {
			v, ok := obj[k]
			if !ok || string(v) == "null" {
				continue
			}
			used[nUsed] = k
			nUsed++
			return jsonString(v, valid)
		}
		return "", true
	}
	text, isStr := get(textKeys)
	if !isStr {
		return nil, nil, fmt.Errorf("%w: field text is not a string", ErrNoText)
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, fmt.Errorf("%w: no field text", ErrNoText)
	}
	id, _ := get(idKeys)
	date, _ := get(dateKeys)
	title, _ := get(titleKeys)
	url, _ := get(urlKeys)
	lang, _ := get(langKeys)
	doc = f.newDoc(id, f.pathAt(line))
	if doc.ID == "" {
		doc.ID = f.name + ":" + strconv.Itoa(line)
	}
	doc.Text = text
	doc.Title = title
	doc.URL = url
	doc.Lang = langCode(lang)
	if len(obj) > nUsed {
		for k, v := range obj {
			if slices.Contains(used[:nUsed], k) || string(v) == "null" {
				continue
			}
			if doc.Meta == nil {
				doc.Meta = make(map[string]string)
			}
			doc.Meta[k], _ = jsonString(v, valid)
		}
	}
	doc.DCT, warn = dateWarning(date)
	return doc, warn, nil
}

// dateWarning parses a date field; one it cannot read is a warning and
// an unknown DCT.
func dateWarning(s string) (chronik.DCT, error) {
	dct, err := parseDate(s)
	if err != nil {
		return chronik.DCT{}, fmt.Errorf("%w, DCT unknown", err)
	}
	return dct, nil
}

// jsonString returns a JSON string's value, or any other JSON value as
// compact JSON; ok is false for a non-string. valid says that v is known
// to be valid UTF-8.
func jsonString(v json.RawMessage, valid bool) (s string, ok bool) {
	// The object was validated as a whole: a string without escapes is
	// its bytes between the quotes, which saves a second scan of the
	// article text.
	if n := len(v); n >= 2 && v[0] == '"' && v[n-1] == '"' && (valid || utf8.Valid(v)) {
		if bytes.IndexByte(v, '\\') < 0 {
			return string(v[1 : n-1]), true
		}
		if s, ok := unescape(v[1 : n-1]); ok {
			return s, true
		}
	}
	if err := json.Unmarshal(v, &s); err == nil {
		return s, true
	}
	var b bytes.Buffer
	if err := json.Compact(&b, v); err != nil {
		return string(v), false
	}
	return b.String(), false
}

// unescape decodes the body of a valid JSON string whose escapes are all
// single characters (\n, \", …). It reports false for a \u escape, which
// it leaves to encoding/json.
func unescape(b []byte) (string, bool) {
	var out strings.Builder
	out.Grow(len(b))
	for {
		i := bytes.IndexByte(b, '\\')
		if i < 0 {
			out.Write(b)
			return out.String(), true
		}
		if i+1 >= len(b) {
			return "", false
		}
		out.Write(b[:i])
		c := b[i+1]
		switch c {
		case '"', '\\', '/':
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		default:
			return "", false
		}
		out.WriteByte(c)
		b = b[i+2:]
	}
}

// langCode returns the primary subtag of a language tag in lowercase:
// "de-DE" → "de".
func langCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// joinWarn combines two warnings, either of which may be nil.
func joinWarn(a, b error) error {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return fmt.Errorf("%w; %w", a, b)
}
