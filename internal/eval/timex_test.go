package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

const tmlDoc = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Sales fell <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> later.
</TEXT>
</TimeML>`

const key2Doc = `<DOC>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann der Krieg & mehr.
</TEXT>
</DOC>`

func TestReadTimeML(t *testing.T) {
	d, err := ReadTimeML(strings.NewReader(tmlDoc))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT.String() != "1998-01-08" {
		t.Errorf("DCT = %q, want 1998-01-08", d.DCT)
	}
	if len(d.Timexes) != 2 {
		t.Fatalf("got %d timexes, want 2: %+v", len(d.Timexes), d.Timexes)
	}
	for _, x := range d.Timexes {
		if d.Text[x.Start:x.End] != x.Text {
			t.Errorf("span %v holds %q, want %q", x.Span, d.Text[x.Start:x.End], x.Text)
		}
	}
	if d.Timexes[0].Text != "last year" || d.Timexes[1].Value != "P2W" || d.Timexes[1].Type != "DURATION" {
		t.Errorf("timexes = %+v", d.Timexes)
	}
	if !strings.Contains(d.Text, "&") {
		t.Errorf("entity not decoded in %q", d.Text)
	}
}

func TestReadTimex2(t *testing.T) {
	d, err := ReadTimex2(strings.NewReader(key2Doc))
	if err != nil {
		t.Fatal(err)
	}
	if !d.DCT.IsZero() {
		t.Errorf("DCT = %v, want unknown (download date)", d.DCT)
	}
	if len(d.Timexes) != 1 || d.Timexes[0].Value != "1939-09-01" || d.Timexes[0].Text != "1. September 1939" {
		t.Errorf("timexes = %+v", d.Timexes)
	}
}

func tx(start, end int, typ, val string) chronik.Timex {
	return chronik.Timex{Span: chronik.Span{Start: start, End: end}, Type: typ, Value: val}
}

func TestScoreTimex(t *testing.T) {
	gold := []DocTimexes{{Name: "a", Timexes: []chronik.Timex{
		tx(0, 10, "DATE", "2019"), tx(20, 30, "DURATION", "P2Y"), tx(40, 45, "DATE", "2019-05"), tx(50, 55, "", "1939"),
	}}}
	sys := []DocTimexes{{Name: "a", Timexes: []chronik.Timex{
		tx(0, 10, "DATE", "2019"),     // strict, right
		tx(22, 30, "DATE", "P2Y"),     // relaxed, wrong type
		tx(40, 45, "DATE", "2018-05"), // strict, wrong value
		tx(60, 65, "DATE", "2020"),    // spurious
	}}}
	s := ScoreTimex(gold, sys)
	if s.Gold != 4 || s.System != 4 || s.Strict.Matched != 2 || s.Relaxed.Matched != 3 {
		t.Fatalf("counts = %+v", s)
	}
	if got, want := s.ValueAccuracy, 2.0/3; abs(got-want) > 1e-9 {
		t.Errorf("value accuracy = %v, want %v", got, want)
	}
	if got, want := s.TypeAccuracy, 2.0/3; abs(got-want) > 1e-9 {
		t.Errorf("type accuracy = %v, want %v", got, want)
	}
	if got, want := s.ValueF1, 2.0/3*0.75; abs(got-want) > 1e-9 {
		t.Errorf("value F1 = %v, want %v", got, want)
	}
	if !sameValue("2011-02-16T17:00:00", "2011-02-16T17:00") {
		t.Error("TIMEX2 seconds should equal our minutes")
	}
	for _, c := range []struct {
		g, s string
		want bool
	}{
		{"2000-W7", "2000-W07", true},
		{"2000-W7-WE", "2000-W07-WE", true},
		{"2000-W17", "2000-W17", true},
		{"2000-W7", "2000-W17", false},
		{"2000-WXX", "2000-W07", false},
	} {
		if got := sameValue(c.g, c.s); got != c.want {
			t.Errorf("sameValue(%q, %q) = %v, want %v", c.g, c.s, got, c.want)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestScoreTimexDirs(t *testing.T) {
	gold, sys := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(gold, "doc1.tml"), []byte(tmlDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	out := strings.Replace(tmlDoc, `value="1997"`, `value="1996"`, 1)
	if err := os.WriteFile(filepath.Join(sys, "doc1.tml"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := ScoreTimexDirs(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	if s.Strict.F1 != 1 || s.ValueAccuracy != 0.5 {
		t.Errorf("scores = %+v", s)
	}
	if DocKey("x/01_WW2.key.xml") != "01_WW2" || DocKey("ABC1998.0108.tml") != "ABC1998.0108" {
		t.Error("DocKey")
	}
}
