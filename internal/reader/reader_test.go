package reader

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// render writes items in a stable, readable form for golden files.
func render(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		if it.Doc == nil {
			fmt.Fprintf(&b, "error: %v\n", it.Err)
			continue
		}
		d := it.Doc
		fmt.Fprintf(&b, "doc id=%q source=%q lang=%q dct=%q title=%q url=%q\n", d.ID, d.Source, d.Lang, d.DCT.String(), d.Title, d.URL)
		for _, k := range slices.Sorted(maps.Keys(d.Meta)) {
			fmt.Fprintf(&b, "  meta %s=%q\n", k, d.Meta[k])
		}
		if it.Err != nil {
			fmt.Fprintf(&b, "  warning: %v\n", it.Err)
		}
		for _, e := range d.Errors {
			fmt.Fprintf(&b, "  doc error: %s\n", e)
		}
		fmt.Fprintf(&b, "  text %q\n", d.Text)
	}
	return b.String()
}

// collect reads paths and returns every item, checking the invariants
// every document keeps.
func collect(t testing.TB, paths []string, opts Options) []Item {
	t.Helper()
	var items []Item
	for it := range Read(context.Background(), paths, opts) {
		if it.Doc == nil && it.Err == nil {
			t.Fatalf("item with neither document nor error")
		}
		if it.Err != nil {
			if _, ok := it.Err.(*Error); !ok {
				t.Errorf("error %v is %T, want *Error", it.Err, it.Err)
			}
		}
		if it.Doc != nil {
			checkDoc(t, it.Doc)
		}
		items = append(items, it)
	}
	return items
}

func checkDoc(t testing.TB, d *chronik.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.ID) {
		t.Errorf("document %q has invalid UTF-8", d.ID)
	}
	if strings.TrimSpace(d.Text) == "" {
		t.Errorf("document %q has no text", d.ID)
	}
	if d.ID == "" || d.Source == "" {
		t.Errorf("document without id or source: %+v", d)
	}
}

func td(names ...string) []string {
	for i, n := range names {
		names[i] = filepath.Join("testdata", n)
	}
	return names
}

func TestReadGolden(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		opts  Options
		stdin string
	}{
		{name: "dated", paths: td("kim-vladivostok.txt", "notre-dame.txt", "mauer.txt")},
		{name: "dated-bad", paths: td("bad-month.txt", "bad-word.txt", "no-body.txt")},
		{name: "text", paths: td("brexit.txt"), opts: Options{DCT: chronik.MustParseDCT("2020-02-01")}},
		{name: "text-no-dct", paths: td("brexit.txt")},
		{name: "forced-text", paths: td("kim-vladivostok.txt"), opts: Options{Format: "text"}},
		{name: "forced-lang", paths: td("articles.jsonl"), opts: Options{Lang: "en"}},
		{name: "bad-files", paths: td("empty.txt", "blank.txt", "image.png", "does-not-exist.txt", "latin1.txt")},
		{name: "jsonl", paths: td("articles.jsonl")},
		{name: "json-array", paths: td("array.json")},
		{name: "csv", paths: td("articles.csv"), opts: Options{CSV: CSVOptions{Date: "Datum", Title: "überschrift"}}},
		{name: "csv-no-text-column", paths: td("articles.csv"), opts: Options{CSV: CSVOptions{Text: "body"}}},
		{name: "tsv", paths: td("events.tsv")},
		{name: "html", paths: td("putin-kim.html", "jsonld.html", "time-only.htm")},
		{name: "html-latin1", paths: td("grenze-latin1.html", "sniff-latin1.html")},
		{name: "rss", paths: td("nachrichten.rss", "latin1.rss")},
		{name: "atom", paths: td("news.atom")},
		{name: "timeml", paths: td("sample.tml", "sample-timeml.xml")},
		{name: "warc", paths: td("crawl.warc")},
		{name: "warc-gz", paths: td("crawl.warc.gz")},
		{name: "warc-truncated", paths: td("truncated.warc.gz")},
		{name: "gzip", paths: td("gz")},
		{name: "dir", paths: td("tree")},
		{name: "stdin", paths: []string{"-"}, stdin: " date 2019-04-25\nPutin empfing Kim in Wladiwostok.\n"},
		{name: "stdin-jsonl", paths: []string{"-"}, stdin: "{\"text\":\"Kim traf Putin.\"}\n{broken\n"},
		{name: "too-large", paths: td("putin-kim.html", "gz/putin-kim.html.gz"), opts: Options{MaxBytes: 1000}},
		{name: "bad-format", paths: td("brexit.txt"), opts: Options{Format: "pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.stdin != "" {
				tt.opts.Stdin = strings.NewReader(tt.stdin)
			}
			got := render(collect(t, tt.paths, tt.opts))
			golden := filepath.Join("testdata", "golden", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("Read(%q) =\n%s\nwant\n%s", tt.paths, got, want)
			}
		})
	}
}
