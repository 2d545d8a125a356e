package reader

import (
	"errors"
	"testing"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		dct    string // "" for unknown
		body   string // text after the header
		ok     bool
		badHdr bool
	}{
		{name: "month same line", in: " date 2019-04 Mit dem US-Präsidenten", dct: "2019-04", body: "Mit dem US-Präsidenten", ok: true},
		{name: "day newline", in: "date 2019-04-15\nText", dct: "2019-04-15", body: "Text", ok: true},
		{name: "year tab", in: "date\t1989\t\tDie Mauer", dct: "1989", body: "Die Mauer", ok: true},
		{name: "bom blank lines", in: "\ufeff\n\r\ndate 2020-01-31\r\n\r\nBody\n", dct: "2020-01-31", body: "Body\n", ok: true},
		{name: "minute", in: "date 2019-04-25T10:30 Text", dct: "2019-04-25T10:30", body: "Text", ok: true},
		{name: "header only", in: "date 2019", dct: "2019", body: "", ok: true},
		{name: "no header", in: "Die Regierung tagt.", ok: false},
		{name: "date word in text", in: "dated text", ok: false},
		{name: "date then newline", in: "date\n2019 x", ok: false},
		{name: "capitalized", in: "Date 2019 x", ok: false},
		{name: "bad month", in: "date 2019-13 Text", ok: true, badHdr: true},
		{name: "bad day", in: "date 2019-02-30 Text", ok: true, badHdr: true},
		{name: "word", in: "date yesterday Text", ok: true, badHdr: true},
		{name: "two digit year", in: "date 19-04 Text", ok: true, badHdr: true},
		{name: "german date", in: "date 25.04.2019 Text", ok: true, badHdr: true},
		{name: "no value", in: "date   ", ok: true, badHdr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dct, body, ok, err := ParseHeader([]byte(tt.in))
			if ok != tt.ok {
				t.Fatalf("ParseHeader(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if tt.badHdr {
				if !errors.Is(err, ErrBadHeader) {
					t.Errorf("ParseHeader(%q) err = %v, want ErrBadHeader", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseHeader(%q) err = %v", tt.in, err)
			}
			if !ok {
				return
			}
			if dct.String() != tt.dct {
				t.Errorf("ParseHeader(%q) dct = %q, want %q", tt.in, dct, tt.dct)
			}
			if got := tt.in[body:]; got != tt.body {
				t.Errorf("ParseHeader(%q) body = %q, want %q", tt.in, got, tt.body)
			}
		})
	}
}

func FuzzParseHeader(f *testing.F) {
	for _, s := range []string{" date 2019-04 Mit dem", "date 2019-04-15\nText", "\ufeffdate 1989\tx", "date 2019-13 x", "date yesterday x", "date 2019-04-25T10:30 x", "date", "date \xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dct, body, ok, err := ParseHeader(data)
		if body < 0 || body > len(data) {
			t.Fatalf("ParseHeader(%q) body = %d, outside [0, %d]", data, body, len(data))
		}
		if ok && err == nil && dct.IsZero() {
			t.Errorf("ParseHeader(%q) accepted a header without a date", data)
		}
		if !ok && (err != nil || body != 0) {
			t.Errorf("ParseHeader(%q) = %v, %d without a header", data, err, body)
		}
		checkItems(t, readBytes(t, "dated", ".txt", data))
	})
}
