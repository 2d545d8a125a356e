package reader

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// readBytes reads data as a file with extension ext in format ("" to
// detect) and returns every item.
func readBytes(t testing.TB, format, ext string, data []byte) []Item {
	t.Helper()
	var items []Item
	opts := &Options{Format: format, MaxBytes: DefaultMaxBytes}
	readStream(context.Background(), "fuzz"+ext, "fuzz", bytes.NewReader(data), opts, func(it Item) bool {
		items = append(items, it)
		return true
	})
	return items
}

// checkItems asserts the invariants of any reader output: an item has a
// document or an error, errors are *Error, text is valid UTF-8.
func checkItems(t testing.TB, items []Item) {
	t.Helper()
	for _, it := range items {
		if it.Doc == nil && it.Err == nil {
			t.Fatal("item with neither document nor error")
		}
		if it.Err != nil {
			if _, ok := it.Err.(*Error); !ok {
				t.Errorf("error %v is %T, want *Error", it.Err, it.Err)
			}
		}
		if d := it.Doc; d != nil {
			if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.ID) || !utf8.ValidString(d.Source) {
				t.Errorf("document %q: invalid UTF-8", d.ID)
			}
			for k, v := range d.Meta {
				if !utf8.ValidString(k) || !utf8.ValidString(v) {
					t.Errorf("document %q: invalid UTF-8 in meta", d.ID)
				}
			}
			if strings.TrimSpace(d.Text) == "" {
				t.Errorf("document %q: empty text", d.ID)
			}
		}
	}
}

// addSeeds adds the testdata files matching pattern to the corpus.
func addSeeds(f *testing.F, pattern string, extra ...string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "*.jsonl", `{"text":"a\u0000b","date":"2019"}`, "{\"text\":\"\xff\"}", `{"text":null}`, "null", `{"id":{"a":1},"text":"x"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "jsonl", ".jsonl", data))
	})
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "*.[ct]sv", "text;date\n\"a\"\"b\";2019\n", "text\n\"unclosed\n", "a|text|b\n1|x|2\n", "text\n\xff\xfe\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "csv", ".csv", data))
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "*.htm*", "<p>x", "<meta charset=latin1><p>\xe4</p>", `<script type="application/ld+json">[{"datePublished":"2019"}]</script><p>x</p>`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "html", ".html", data))
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "*.rss", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>x</content></entry></feed>`)
	addSeeds(f, "*.atom")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "feed", ".xml", data))
	})
}

func FuzzTimeML(f *testing.F) {
	addSeeds(f, "*.tml", "<TimeML><TEXT>a<TIMEX3 tid=\"t1\">b</TIMEX3></TEXT></TimeML>")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "timeml", ".tml", data))
		tm, _ := ParseTimeML(data)
		if tm == nil {
			return
		}
		for _, x := range tm.Timexes {
			if x.Start < 0 || x.Start > x.End || x.End > len(tm.Text) || tm.Text[x.Start:x.End] != x.Text {
				t.Errorf("timex %+v outside text %q", x, tm.Text)
			}
		}
	})
}

func FuzzRead(f *testing.F) {
	addSeeds(f, "*.txt")
	addSeeds(f, "*.jsonl")
	addSeeds(f, "*.rss")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, readBytes(t, "", "", data))
	})
}
