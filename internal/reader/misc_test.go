package reader

import (
	"os"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "", want: ""},
		{in: "2019", want: "2019"},
		{in: "2019-04", want: "2019-04"},
		{in: "2019-04-25", want: "2019-04-25"},
		{in: "2019-04-25T09:30:00+02:00", want: "2019-04-25T09:30"},
		{in: "2019-04-25T09:30:00.123Z", want: "2019-04-25T09:30"},
		{in: "2019-04-25T09:30:00+0200", want: "2019-04-25T09:30"},
		{in: "2019-04-25 09:30:00", want: "2019-04-25T09:30"},
		{in: "Wed, 24 Apr 2019 07:15:00 +0200", want: "2019-04-24T07:15"},
		{in: "Wed, 24 Apr 2019 07:15:00 GMT", want: "2019-04-24T07:15"},
		{in: "Wed, 4 Apr 2019 07:15:00 +0200", want: "2019-04-04T07:15"},
		{in: "25.04.2019", want: "2019-04-25"},
		{in: "April 25, 2019", want: "2019-04-25"},
		{in: "25 April 2019", want: "2019-04-25"},
		{in: "irgendwann", bad: true},
		{in: "2019-13-01", bad: true},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("parseDate(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("parseDate(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim reist.", "Kim reist."},
		{"  Kim &amp; Putin \n", "Kim & Putin"},
		{"<p>Erster Absatz.</p><p>Zweiter   Absatz.</p>", "Erster Absatz.\n\nZweiter Absatz."},
		{"<p>Zeile<br>neue Zeile</p>", "Zeile\nneue Zeile"},
		{"Text mit <b>fett</b> und <a href=x>Link</a>.", "Text mit fett und Link."},
		{"<div><script>var x=1;</script>Nur das</div>", "Nur das"},
		{"<ul><li>eins</li><li>zwei</li></ul>", "eins\nzwei"},
		{"<pre>a\n  b</pre>", "a\n  b"},
		{"<p>10<b>\u00a0000</b> Menschen</p>", "10 000 Menschen"},
		{"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"<p>Überschrift</p>\n\n<p>  </p><p>Text</p>", "Überschrift\n\nText"},
	}
	for _, tt := range tests {
		if got := htmlToText(tt.in); got != tt.want {
			t.Errorf("htmlToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseTimeML(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	tm, err := ParseTimeML(data)
	if err != nil {
		t.Fatal(err)
	}
	if tm.DocID != "EX19891110.0001" || tm.DCT.String() != "1989-11-10" {
		t.Errorf("ParseTimeML: docid %q dct %q", tm.DocID, tm.DCT)
	}
	want := []struct{ id, text, typ, value string }{
		{"t1", "Thursday night", "TIME", "1989-11-09TNI"},
		{"t2", "six hours", "DURATION", "PT6H"},
	}
	if len(tm.Timexes) != len(want) {
		t.Fatalf("ParseTimeML: %d timexes, want %d", len(tm.Timexes), len(want))
	}
	for i, w := range want {
		x := tm.Timexes[i]
		if x.ID != w.id || x.Text != w.text || x.Type != w.typ || x.Value != w.value || tm.Text[x.Start:x.End] != w.text {
			t.Errorf("timex %d = %+v, want %+v", i, x, w)
		}
	}

	for _, bad := range []string{"<TimeML><DOCID>x</DOCID></TimeML>", "<TimeML><TEXT>a</TimeML>", "not xml"} {
		if _, err := ParseTimeML([]byte(bad)); err == nil {
			t.Errorf("ParseTimeML(%q) succeeded, want an error", bad)
		}
	}
	tm, err = ParseTimeML([]byte(`<TimeML><TIMEX3 functionInDocument="CREATION_TIME" value="gestern"/><TEXT>x</TEXT></TimeML>`))
	if tm == nil || err == nil || !tm.DCT.IsZero() {
		t.Errorf("ParseTimeML with a bad CREATION_TIME = %+v, %v; want a document, unknown DCT and an error", tm, err)
	}
}

func TestSniffDelimiter(t *testing.T) {
	tests := []struct {
		header, ext string
		want        rune
	}{
		{"id,text,date", ".csv", ','},
		{"id;text;date", ".csv", ';'},
		{"id\ttext\tdate", "", '\t'},
		{"id|text|date", "", '|'},
		{`"a;b",text,date`, "", ','},
		{"text", "", ','},
		{"id,text", ".tsv", '\t'},
	}
	for _, tt := range tests {
		if got := sniffDelimiter([]byte(tt.header+"\nx"), tt.ext); got != tt.want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

func TestBaseName(t *testing.T) {
	tests := map[string]string{
		"dir/kim-vladivostok.txt":     "kim-vladivostok",
		"dir/articles.jsonl.gz":       "articles",
		"crawl.warc.gz":               "crawl",
		"README":                      "README",
		".hidden":                     ".hidden",
		"APW19980213.1310.tml":        "APW19980213.1310",
		"/abs/path/NOTRE-DAME.TXT.GZ": "NOTRE-DAME",
	}
	for in, want := range tests {
		if got := baseName(in); got != want {
			t.Errorf("baseName(%q) = %q, want %q", in, got, want)
		}
	}
}
