package reader

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestErrorString(t *testing.T) {
	base := errors.New("broken JSON: unexpected end")
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Path: "a.jsonl", Line: 12, Err: base}, "a.jsonl:12: broken JSON: unexpected end"},
		{&Error{Path: "a.html", Err: ErrBinary}, "a.html: binary file"},
		{&Error{Path: "-", Line: 1, Err: ErrEmpty}, "-:1: empty file"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("errors.Is(%v, %v) = false", tt.err, tt.err.Err)
		}
	}
}

// TestReadErrors checks that every bad input is reported with its
// sentinel, file and line, and that reading goes on after it.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name  string
		path  string
		opts  Options
		want  error
		line  int
		docs  int // documents still read from the same input
		inErr string
	}{
		{name: "empty", path: "empty.txt", want: ErrEmpty},
		{name: "blank", path: "blank.txt", want: ErrEmpty},
		{name: "binary", path: "image.png", want: ErrBinary},
		{name: "missing", path: "nope.txt", want: os.ErrNotExist},
		{name: "too large", path: "putin-kim.html", opts: Options{MaxBytes: 100}, want: ErrTooLarge, inErr: "100 bytes"},
		{name: "too large gz", path: "gz/notre-dame.txt.gz", opts: Options{MaxBytes: 50}, want: ErrTooLarge},
		{name: "truncated gzip", path: "gz/truncated.html.gz", want: ErrTruncated},
		{name: "not gzip", path: "gz/not-gzip.txt.gz", want: gzip.ErrHeader},
		{name: "truncated warc", path: "truncated.warc.gz", want: ErrTruncated, docs: 1},
		{name: "bad month", path: "bad-month.txt", want: ErrBadHeader, line: 1, inErr: "2019-13"},
		{name: "bad word", path: "bad-word.txt", want: ErrBadHeader, line: 1, inErr: "yesterday"},
		{name: "no body", path: "no-body.txt", want: ErrNoText, line: 1},
		{name: "broken json", path: "articles.jsonl", want: ErrBrokenJSON, line: 4, docs: 4},
		{name: "json without text", path: "articles.jsonl", want: ErrNoText, line: 5, docs: 4},
		{name: "csv short row", path: "articles.csv", want: ErrBrokenCSV, line: 5, docs: 3},
		{name: "csv empty text", path: "articles.csv", want: ErrNoText, line: 4, docs: 3},
		{name: "feed item without text", path: "nachrichten.rss", want: ErrNoText, docs: 3, inErr: "#leer-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", tt.path)
			items := collect(t, []string{path}, tt.opts)
			var found *Error
			docs := 0
			for _, it := range items {
				if it.Doc != nil {
					docs++
					continue
				}
				if e := it.Err.(*Error); errors.Is(e, tt.want) && found == nil && (tt.line == 0 || e.Line == tt.line) {
					found = e
				}
			}
			if found == nil {
				t.Fatalf("Read(%q) = %s, want an error wrapping %v at line %d", path, render(items), tt.want, tt.line)
			}
			if !strings.HasPrefix(found.Path, path) {
				t.Errorf("error path = %q, want %q", found.Path, path)
			}
			if tt.inErr != "" && !strings.Contains(found.Error(), tt.inErr) {
				t.Errorf("error %q does not mention %q", found, tt.inErr)
			}
			if docs != tt.docs {
				t.Errorf("Read(%q) read %d documents, want %d", path, docs, tt.docs)
			}
		})
	}
}

func TestReadBatchGoesOn(t *testing.T) {
	items := collect(t, td("empty.txt", "image.png", "gz/truncated.html.gz", "bad-month.txt", "brexit.txt"), Options{})
	if len(items) != 5 {
		t.Fatalf("got %d items, want 5:\n%s", len(items), render(items))
	}
	if items[4].Doc == nil || items[4].Doc.ID != "brexit" {
		t.Errorf("last item = %s, want the brexit document", render(items[4:]))
	}
}

func TestReadStopsEarly(t *testing.T) {
	for _, paths := range [][]string{td("tree"), td("articles.jsonl"), td("crawl.warc"), td("nachrichten.rss", "brexit.txt")} {
		n := 0
		for range Read(context.Background(), paths, Options{}) {
			n++
			break
		}
		if n != 1 {
			t.Errorf("Read(%q) yielded %d items before break, want 1", paths, n)
		}
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for it := range Read(ctx, td("tree", "brexit.txt"), Options{}) {
		t.Errorf("Read with a canceled context yielded %s", render([]Item{it}))
	}
}

func TestReadStdin(t *testing.T) {
	gz := func(s string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.String()
	}
	warc, err := os.ReadFile("testdata/crawl.warc")
	if err != nil {
		t.Fatal(err)
	}
	warcGz, err := os.ReadFile("testdata/crawl.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		opts     Options
		ids      []string
		dct      string
	}{
		{name: "dated", in: "\ufeffdate 2019-04 Kim reist.", ids: []string{"stdin"}, dct: "2019-04"},
		{name: "text with dct", in: "Kim reist.", opts: Options{DCT: chronik.MustParseDCT("2019-04-24")}, ids: []string{"stdin"}, dct: "2019-04-24"},
		{name: "gzip jsonl", in: gz("{\"id\":\"x\",\"text\":\"Kim reist.\"}\n{\"text\":\"Putin wartet.\"}\n"), ids: []string{"x", "stdin:2"}},
		{name: "gzip html", in: gz("<html><body><p>Kim reist nach Wladiwostok.</p></body></html>"), ids: []string{"stdin"}},
		{name: "warc", in: string(warc), ids: []string{"https://zeitung.example/hanoi", "https://zeitung.example/ezb"}, dct: "2019-02-28T14:00"},
		{name: "warc gz", in: string(warcGz), ids: []string{"https://zeitung.example/hanoi", "https://zeitung.example/ezb"}, dct: "2019-02-28T14:00"},
		{name: "forced csv", in: "text,date\nKim reist.,2019-04-24\n", opts: Options{Format: "csv"}, ids: []string{"stdin:2"}, dct: "2019-04-24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Stdin = strings.NewReader(tt.in)
			items := collect(t, []string{"-"}, tt.opts)
			var ids []string
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("unexpected %v", it.Err)
				}
				if it.Doc != nil {
					ids = append(ids, it.Doc.ID)
					if !strings.HasPrefix(it.Doc.Source, "-") {
						t.Errorf("source = %q, want it to start with -", it.Doc.Source)
					}
				}
			}
			if strings.Join(ids, " ") != strings.Join(tt.ids, " ") {
				t.Errorf("ids = %q, want %q", ids, tt.ids)
			}
			if len(items) > 0 && items[0].Doc != nil && items[0].Doc.DCT.String() != tt.dct {
				t.Errorf("dct = %q, want %q", items[0].Doc.DCT, tt.dct)
			}
		})
	}
	items := collect(t, []string{"-"}, Options{})
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("Read(-) without stdin = %s, want one error", render(items))
	}
}

func TestReadBinaryStdin(t *testing.T) {
	var b []byte
	for i := range 300 {
		b = append(b, byte(0x80+i%0x7f))
	}
	items := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(b)})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrBinary) || items[0].Err.Error() != "-: binary file" {
		t.Errorf("Read(high bytes) = %s, want a binary file error", render(items))
	}
}

func TestReadUTF16(t *testing.T) {
	dir := t.TempDir()
	// "date 2019 Kö" in UTF-16LE with a BOM.
	data := []byte{0xFF, 0xFE}
	for _, r := range "date 2019 Kö" {
		data = append(data, byte(r), byte(r>>8))
	}
	path := filepath.Join(dir, "utf16.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, []string{path}, Options{})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Text != "Kö" || items[0].Doc.DCT.String() != "2019" {
		t.Errorf("Read(UTF-16) = %s", render(items))
	}
}

// TestReadLineLimits checks that JSON Lines and CSV stream: MaxBytes
// bounds each line or row, not the file.
func TestReadLineLimits(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Wladiwostok ", 30)
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonl := write("big.jsonl", `{"text":"Kim reist."}`+"\n"+`{"text":"`+long+`"}`+"\n"+`{"text":"Putin wartet."}`+"\n"+`{"text":"Trump auch."}`+"\n")
	items := collect(t, []string{jsonl}, Options{MaxBytes: 100})
	if got := render(items); !strings.Contains(got, "big.jsonl:2: file too large: line over the limit of 100 bytes") || strings.Count(got, "doc ") != 3 {
		t.Errorf("Read(big.jsonl) =\n%s\nwant 3 documents and an error for line 2", got)
	}
	csvPath := write("big.csv", "text,id\nKim reist.,1\nPutin wartet.,2\n\""+long+"\",3\nTrump auch.,4\n")
	items = collect(t, []string{csvPath}, Options{MaxBytes: 100})
	if got := render(items); !strings.Contains(got, "row over the limit of 100 bytes") || strings.Count(got, "doc ") != 2 {
		t.Errorf("Read(big.csv) =\n%s\nwant 2 documents and an error for the long row", got)
	}
	gz := filepath.Join(dir, "big.jsonl.gz")
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	for range 50 {
		w.Write([]byte(`{"text":"Kim reist."}` + "\n"))
	}
	w.Close()
	write("big.jsonl.gz", b.String())
	items = collect(t, []string{gz}, Options{MaxBytes: 100})
	if len(items) != 50 {
		t.Errorf("Read(big.jsonl.gz) gave %d items, want 50", len(items))
	}
	trunc := write("trunc.jsonl.gz", b.String()[:b.Len()-10])
	items = collect(t, []string{trunc}, Options{})
	if last := items[len(items)-1]; last.Err == nil || !errors.Is(last.Err, ErrTruncated) {
		t.Errorf("Read(trunc.jsonl.gz) last item = %s, want a truncation error", render([]Item{last}))
	}
}
