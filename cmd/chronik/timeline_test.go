package main

import (
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sqlite"
)

// timelineStore writes a store whose documents carry hand-built events:
// the Hanoi summit announced, then told in German and English, with two
// dates; Kim and Putin in Vladivostok.
func timelineStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tl.db")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	kim := chronik.Actor{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV"}
	trump := chronik.Actor{Ref: "Q22686", Name: "Donald Trump", Country: "USA", Sector: "GOV"}
	putin := chronik.Actor{Ref: "Q7747", Name: "Wladimir Putin", Country: "RUS", Sector: "GOV"}
	hanoi := &chronik.Place{Ref: "chronik:city/VNM/hanoi", Name: "Hanoi", Country: "VNM", Lat: 21.03, Lon: 105.85}
	doc := func(id, lang, dct, text string, evs ...chronik.Event) *chronik.Document {
		for i := range evs {
			evs[i].ID = "v" + string(rune('1'+i))
			evs[i].Sentence = chronik.Span{Start: 0, End: len(text)}
			evs[i].Trigger = chronik.Trigger{Text: text[:4], Span: chronik.Span{Start: 0, End: 4}}
		}
		return &chronik.Document{ID: id, Lang: lang, DCT: chronik.MustParseDCT(dct), Text: text, Events: evs}
	}
	ev := func(typ, date, mod string, a, r chronik.Actor, p *chronik.Place) chronik.Event {
		return chronik.Event{Type: typ, Date: chronik.EventDate{Value: date, From: "text"}, Modality: mod,
			Actor: []chronik.Actor{a}, Recipient: []chronik.Actor{r}, Place: p}
	}
	docs := []*chronik.Document{
		doc("plan", "de", "2019-02-09", "Trump und Kim treffen sich Ende Februar in Hanoi.", ev("CONSULT", "2019-02", "future", trump, kim, hanoi)),
		doc("de", "de", "2019-02-28", "Trump und Kim trafen sich am Mittwoch in Hanoi.", ev("CONSULT", "2019-02-27", "asserted", trump, kim, hanoi)),
		doc("en", "en", "2019-03-01", "Kim Jong-un met Donald Trump in Hanoi on Thursday.", ev("CONSULT", "2019-02-28", "asserted", kim, trump, hanoi)),
		doc("vl", "de", "2019-04-25", "Putin empfing Kim am Donnerstag in Wladiwostok.", ev("CONSULT", "2019-04-25", "asserted", putin, kim, nil)),
	}
	if _, err := db.CreateDocuments(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	return path // not merged: the commands merge pending documents
}

func TestTimelineCommand(t *testing.T) {
	path := timelineStore(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
		code int
	}{
		{"TextByName", []string{"Kim", "Jong-un"}, []string{"2019-02-27", "future→asserted, 3 sources", "sources disagree on the date: 2019-02-27 (1), 2019-02-28 (1)", "2019-04-25"}, exitOK},
		{"ByRef", []string{"Q56226", "--with", "Putin"}, []string{"Wladimir Putin – Kim Jong Un", "1 source"}, exitOK},
		{"Place", []string{"--place", "Hanoi"}, []string{"in Hanoi"}, exitOK},
		{"Empty", []string{"Kim Jong Un", "--from", "2020"}, []string{"no events for Kim Jong Un between 2020 and …"}, exitOK},
		{"UnknownActor", []string{"Nobody Atall"}, nil, exitFailed},
		{"BadType", []string{"--type", "MEET"}, nil, exitUsage},
		{"BadFormat", []string{"--format", "xml"}, nil, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := run(t, "", append([]string{"timeline", "--db", path}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if tt.name == "UnknownActor" && !strings.Contains(errs, `unknown actor "Nobody Atall"`) {
				t.Errorf("stderr = %q, want a message naming the unknown actor", errs)
			}
		})
	}
}

func TestTimelineJSON(t *testing.T) {
	path := timelineStore(t)
	out, errs, code := run(t, "", "timeline", "--db", path, "Kim Jong Un", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2 merged events:\n%s", len(lines), out)
	}
	var m struct {
		ID, Type, Modality string
		Date               struct{ Value string }
		Actor, Recipient   []struct{ Ref string }
		Sources            int
		Mentions           []struct{ Doc, Quote string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	if m.Type != "CONSULT" || m.Sources != 3 || len(m.Mentions) != 3 || m.Mentions[0].Doc != "plan" || m.Modality != "asserted" {
		t.Errorf("merged event = %+v", m)
	}
}

func TestExportActorsNetwork(t *testing.T) {
	path := timelineStore(t)
	for _, tt := range []struct {
		args  []string
		check func(string) error
		want  string
	}{
		{args: []string{"export", "--format", "csv"}, want: "GLOBALEVENTID,SQLDATE"},
		{args: []string{"export", "--format", "plover"}, want: `"sources":3`},
		{args: []string{"export", "--format", "timeml"}, want: `<TIMEX3 tid="t1" type="DATE" value="2019-02-27"`, check: wellFormed},
		{args: []string{"network", "--format", "gexf"}, want: `label="Kim Jong Un"`, check: wellFormed},
		{args: []string{"network", "--format", "graphml"}, want: `<edge id="e0"`, check: wellFormed},
		{args: []string{"network"}, want: "3 actors, 2 ties"},
		{args: []string{"actors"}, want: "Kim Jong Un"},
		{args: []string{"actors", "kim jong-un"}, want: "Q56226"},
	} {
		out, errs, code := run(t, "", append(tt.args, "--db", path)...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", tt.args, code, errs)
			continue
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("%v: output lacks %q:\n%s", tt.args, tt.want, out)
		}
		if tt.check != nil {
			if err := tt.check(out); err != nil {
				t.Errorf("%v: %v", tt.args, err)
			}
		}
	}
}

func wellFormed(s string) error {
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
	}
}

func TestIngestDeferMerge(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	p := writeFile(t, dir, "kim.txt", "date 2019-04-25\nRusslands Präsident Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un am Donnerstag in Wladiwostok empfangen.\n")
	if _, stderr, code := run(t, "", "ingest", "--defer-merge", "--lang", "de", "--db", db, p); code != exitOK {
		t.Fatalf("ingest --defer-merge: exit %d, %s", code, stderr)
	}
	s := sqlite.NewDB(db)
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	n, err := s.PendingMerge(t.Context())
	s.Close()
	if err != nil || n != 1 {
		t.Fatalf("PendingMerge after a deferred ingest = %d, %v; want 1", n, err)
	}
	out, stderr, code := run(t, "", "timeline", "--db", db, "Kim Jong Un")
	if code != exitOK || !strings.Contains(out, "2019-04-25") {
		t.Errorf("timeline after a deferred ingest: exit %d\n%s%s", code, out, stderr)
	}
}
