package reader

import (
	"slices"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, ext, data, want string
	}{
		{"txt dated", ".txt", "date 2019-04 Text", "dated"},
		{"txt plain", ".txt", "Ein Text ohne Kopf.", "text"},
		{"txt bad header is dated", ".txt", "date yesterday Text", "dated"},
		{"jsonl", ".jsonl", `{"text":"x"}`, "jsonl"},
		{"ndjson", ".ndjson", `{"text":"x"}`, "jsonl"},
		{"csv", ".csv", "text\nx", "csv"},
		{"tsv", ".tsv", "text\nx", "csv"},
		{"html", ".html", "<p>x</p>", "html"},
		{"htm", ".htm", "x", "html"},
		{"xml rss", ".xml", `<?xml version="1.0"?><rss version="2.0"></rss>`, "feed"},
		{"xml timeml", ".xml", "<?xml version=\"1.0\" ?>\n<TimeML><TEXT>x</TEXT></TimeML>", "timeml"},
		{"tml", ".tml", "<TimeML/>", "timeml"},
		{"atom", ".atom", `<feed xmlns="http://www.w3.org/2005/Atom"/>`, "feed"},
		{"warc", ".warc", "WARC/1.1\r\n", "warc"},
		{"sniff dated after BOM and space", "", "\ufeff \n date 2019-04-01\nText", "dated"},
		{"sniff dated same line", "", " date 2019-04 Mit dem US-Präsidenten", "dated"},
		{"sniff jsonl", ".dat", "  {\"text\":\"x\"}", "jsonl"},
		{"sniff xml feed", "", "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss/>", "feed"},
		{"sniff rss", "", "<rss version=\"2.0\"><channel/></rss>", "feed"},
		{"sniff atom", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "feed"},
		{"sniff rdf", "", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "feed"},
		{"sniff timeml", "", "<TimeML><TEXT>x</TEXT></TimeML>", "timeml"},
		{"sniff xml timeml", "", "<?xml version=\"1.0\" ?>\n<TimeML/>", "timeml"},
		{"sniff doctype", "", "<!DOCTYPE html><html></html>", "html"},
		{"sniff doctype lower", "", "<!doctype HTML>", "html"},
		{"sniff html", "", "\n<html lang=de>", "html"},
		{"sniff xhtml", "", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", "html"},
		{"sniff warc", "", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"},
		{"sniff text", "", "Der Bundestag tagt.", "text"},
		{"sniff date word", "", "dated material", "text"},
		{"sniff empty", "", "", "text"},
		{"unknown ext sniffs", ".md", "# Titel", "text"},
		{"uppercase ext", ".JSONL", "x", "jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.ext, []byte(tt.data)); got != tt.want {
				t.Errorf("Detect(%q, %q) = %q, want %q", tt.ext, tt.data, got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"date 2019-04 x", "{}", "<rss/>", "<TimeML/>", "<!DOCTYPE html>", "WARC/1.1", "\ufeff date 2019", "<?xml version=\"1.0\"?><feed/>"} {
		f.Add(".txt", []byte(s))
		f.Add("", []byte(s))
	}
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if got := Detect(ext, data); !slices.Contains(Formats, got) {
			t.Errorf("Detect(%q, %q) = %q, not a format", ext, data, got)
		}
	})
}
