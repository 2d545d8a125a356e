package event

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

var verbose = flag.Bool("events.v", false, "log every coded case")

// caseHeader holds a file's defaults and a case's overrides.
type caseHeader struct {
	Lang   string `json:"lang"`
	DCT    string `json:"dct"`
	Skip   string `json:"skip"`
	Stages string `json:"stages"`
}

// testCase is one input with its expected events.
type testCase struct {
	file, name string
	hdr        caseHeader
	input      string
	want       []wantEvent
}

// wantEvent is one expected event line:
//
//	TYPE [mode] | ACTORS > RECIPIENTS | DATE | MODALITY [reported]
type wantEvent struct {
	line       string
	typ, mode  string
	actor, rec []wantActor
	date       string // a TIMEX3 value or "dct"
	modality   string
	reported   bool
}

type wantActor struct{ country, sector string }

func parseWantActors(s string) ([]wantActor, error) {
	s = strings.TrimSpace(s)
	if s == "-" || s == "" {
		return nil, nil
	}
	var out []wantActor
	for _, a := range strings.Split(s, "+") {
		c, sec, _ := strings.Cut(strings.TrimSpace(a), ".")
		if c == "" {
			return nil, fmt.Errorf("empty actor in %q", s)
		}
		out = append(out, wantActor{c, sec})
	}
	return out, nil
}

func parseWant(line string) (wantEvent, error) {
	w := wantEvent{line: line}
	cols := strings.Split(line, "|")
	if len(cols) != 4 {
		return w, fmt.Errorf("want 4 |-separated columns: %q", line)
	}
	tm := strings.Fields(cols[0])
	if len(tm) == 0 || len(tm) > 2 {
		return w, fmt.Errorf("bad type column: %q", line)
	}
	w.typ = tm[0]
	if len(tm) == 2 {
		w.mode = tm[1]
	}
	act, rec, ok := strings.Cut(cols[1], ">")
	if !ok {
		return w, fmt.Errorf("actors need '>': %q", line)
	}
	var err error
	if w.actor, err = parseWantActors(act); err != nil {
		return w, err
	}
	if w.rec, err = parseWantActors(rec); err != nil {
		return w, err
	}
	w.date = strings.TrimSpace(cols[2])
	mf := strings.Fields(cols[3])
	if len(mf) == 0 {
		return w, fmt.Errorf("no modality: %q", line)
	}
	w.modality = mf[0]
	w.reported = slices.Contains(mf[1:], "reported")
	return w, nil
}

func loadCases(t testing.TB, pattern string) []testCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files %s: %v", pattern, err)
	}
	var cases []testCase
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var hdr caseHeader
		first, _, _ := strings.Cut(string(ar.Comment), "\n")
		if err := json.Unmarshal([]byte(first), &hdr); err != nil {
			t.Fatalf("%s: header: %v", file, err)
		}
		for i := 0; i < len(ar.Files); i++ {
			f := ar.Files[i]
			name, rest, _ := strings.Cut(f.Name, " ")
			if name != "input" {
				t.Fatalf("%s: section %q, want input", file, f.Name)
			}
			c := testCase{file: filepath.Base(file), hdr: hdr, input: strings.TrimRight(string(f.Data), "\n")}
			c.name = c.file + "#" + strconv.Itoa(len(cases)+1)
			if rest = strings.TrimSpace(rest); rest != "" {
				if err := json.Unmarshal([]byte(rest), &c.hdr); err != nil {
					t.Fatalf("%s: %q: %v", file, f.Name, err)
				}
			}
			if i+1 >= len(ar.Files) || ar.Files[i+1].Name != "events" {
				t.Fatalf("%s: input %q has no events section", file, c.input)
			}
			i++
			for _, line := range strings.Split(string(ar.Files[i].Data), "\n") {
				line = strings.TrimSpace(line)
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				w, err := parseWant(line)
				if err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				c.want = append(c.want, w)
			}
			cases = append(cases, c)
		}
	}
	return cases
}

// markedDoc builds a document from input with inline markers:
// [text|TYPE|CC|SEC|adj] for an entity, «text|value» for a time
// expression.
func markedDoc(t testing.TB, hdr caseHeader, input string) *chronik.Document {
	t.Helper()
	var b strings.Builder
	var ents []chronik.Entity
	var tx []chronik.Timex
	for i := 0; i < len(input); {
		switch {
		case input[i] == '[':
			j := strings.IndexByte(input[i:], ']')
			if j < 0 {
				t.Fatalf("unclosed [ in %q", input)
			}
			fields := strings.Split(input[i+1:i+j], "|")
			start := b.Len()
			b.WriteString(fields[0])
			e := chronik.Entity{Text: fields[0], Name: fields[0], Span: chronik.Span{Start: start, End: b.Len()}, Ref: "test:" + fields[0]}
			if len(fields) > 1 {
				e.Type = fields[1]
			}
			if len(fields) > 2 {
				e.Country = fields[2]
			}
			for _, f := range fields[min(3, len(fields)):] {
				if f == "adj" {
					e.Adjective = true
				} else {
					e.Sector = f
				}
			}
			ents = append(ents, e)
			i += j + 1
		case strings.HasPrefix(input[i:], "«"):
			j := strings.Index(input[i:], "»")
			if j < 0 {
				t.Fatalf("unclosed « in %q", input)
			}
			text, value, _ := strings.Cut(input[i+len("«"):i+j], "|")
			start := b.Len()
			b.WriteString(text)
			typ := "DATE"
			if strings.HasPrefix(value, "P") {
				typ = "DURATION"
			}
			tx = append(tx, chronik.Timex{Text: text, Span: chronik.Span{Start: start, End: b.Len()}, Type: typ, Value: value})
			i += j + len("»")
		default:
			b.WriteByte(input[i])
			i++
		}
	}
	for k := range ents {
		ents[k].ID = "e" + strconv.Itoa(k+1)
	}
	for k := range tx {
		tx[k].ID = "t" + strconv.Itoa(k+1)
	}
	doc := &chronik.Document{Text: b.String(), Lang: hdr.Lang, DCT: chronik.MustParseDCT(hdr.DCT)}
	ctx := t.Context()
	if err := (textnorm.Stage{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (sentence.Stage{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	doc.Entities, doc.Timexes = ents, tx
	return doc
}

// formatEvent renders an event in the events-section syntax, with sectors.
func formatEvent(ev *chronik.Event) string {
	actors := func(as []chronik.Actor) string {
		if len(as) == 0 {
			return "-"
		}
		var parts []string
		for _, a := range as {
			s := a.Country
			if s == "" {
				s = "?"
			}
			if a.Sector != "" {
				s += "." + a.Sector
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "+")
	}
	tm := ev.Type
	if ev.Mode != "" {
		tm += " " + ev.Mode
	}
	date := caseDate(ev)
	mod := ev.Modality
	if ev.Reported {
		mod += " reported"
	}
	return fmt.Sprintf("%s | %s > %s | %s | %s   «%s»", tm, actors(ev.Actor), actors(ev.Recipient), date, mod, ev.Trigger.Text)
}

// caseDate is an event's date as the cases write it: its TIMEX3 value,
// "dct" for the document date, PAST_REF for what came before the news.
func caseDate(ev *chronik.Event) string {
	if ev.Date.From == "dct" && ev.Date.Value != pastRef && ev.Date.Value != futureRef {
		return "dct"
	}
	return ev.Date.Value
}

func actorsMatch(want []wantActor, got []chronik.Actor) bool {
	if len(want) != len(got) {
		return false
	}
	used := make([]bool, len(got))
outer:
	for _, w := range want {
		for k, g := range got {
			if !used[k] && g.Country == w.country && (w.sector == "" || g.Sector == w.sector) {
				used[k] = true
				continue outer
			}
		}
		return false
	}
	return true
}

func eventMatches(w wantEvent, ev *chronik.Event) bool {
	date := caseDate(ev)
	return w.typ == ev.Type && (w.mode == "" || w.mode == ev.Mode) &&
		actorsMatch(w.actor, ev.Actor) && actorsMatch(w.rec, ev.Recipient) &&
		w.date == date && w.modality == ev.Modality && w.reported == ev.Reported
}

func codeCase(t testing.TB, c testCase) *chronik.Document {
	t.Helper()
	doc := markedDoc(t, c.hdr, c.input)
	if c.hdr.Stages == "real" {
		realLayers(t, doc)
	}
	if err := NewCoder().Annotate(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestTxtar(t *testing.T) {
	cases := loadCases(t, "*.txtar")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := codeCase(t, c)
			ok := len(doc.Events) == len(c.want)
			for i := 0; ok && i < len(c.want); i++ {
				ok = eventMatches(c.want[i], &doc.Events[i])
			}
			var got []string
			for i := range doc.Events {
				got = append(got, formatEvent(&doc.Events[i]))
			}
			if *verbose {
				t.Logf("%s\n  got:  %s", c.input, strings.Join(got, "\n        "))
			}
			if ok {
				return
			}
			var want []string
			for _, w := range c.want {
				want = append(want, w.line)
			}
			msg := fmt.Sprintf("%s\n  got:  %s\n  want: %s", c.input, strings.Join(got, "\n        "), strings.Join(want, "\n        "))
			if c.hdr.Skip != "" {
				t.Skipf("known failure (%s): %s", c.hdr.Skip, msg)
			}
			t.Error(msg)
		})
	}
}

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(m.Run())
}

// realLayers replaces the marked entities and time expressions with those
// of the temporal tagger and the entity recognizer.
func realLayers(t testing.TB, doc *chronik.Document) {
	t.Helper()
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc.Entities, doc.Timexes = nil, nil
	if err := temporal.NewTagger().Annotate(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if err := entity.NewRecognizer(kb).Annotate(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
}

// prCounts counts event tuples for precision and recall.
type prCounts struct{ tp, fp, fn int }

func tupleOf(typ string, act, rec []string, date string) string {
	slices.Sort(act)
	slices.Sort(rec)
	return typ + "|" + strings.Join(act, "+") + ">" + strings.Join(rec, "+") + "|" + date
}

func countries(as []chronik.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Country)
	}
	return out
}

// TestGermanPrecisionRecall scores the coder on the German cases (and,
// for comparison, the English ones) for (type, actor countries, recipient
// countries, date), skipped cases included, and logs precision and recall.
// It fails when all German cases together miss the targets of issue 5.
func TestGermanPrecisionRecall(t *testing.T) {
	for _, set := range []struct{ name, glob string }{
		{"all German cases", "de_*.txtar"},
		{"held-out German cases, round 2", "de_heldout2.txtar"},
		{"all English cases", "en_*.txtar"},
		{"held-out English cases", "en_heldout.txtar"},
		{"held-out German cases, round 3 (real pipeline)", "de_heldout3.txtar"},
		{"held-out English cases, round 2 (real pipeline)", "en_heldout2.txtar"},
		{"held-out German cases, round 4 (real pipeline)", "de_heldout4.txtar"},
		{"held-out German cases, round 5 (real pipeline)", "de_heldout5.txtar"},
	} {
		n, sentences := germanPR(t, set.glob)
		p := float64(n.tp) / float64(max(1, n.tp+n.fp))
		r := float64(n.tp) / float64(max(1, n.tp+n.fn))
		t.Logf("%s: %d sentences, %d gold events, %d coded, %d correct: precision %.3f recall %.3f",
			set.name, sentences, n.tp+n.fn, n.tp+n.fp, n.tp, p, r)
		if set.glob == "de_*.txtar" && (p < 0.85 || r < 0.75) {
			t.Errorf("precision %.3f, recall %.3f: below the targets 0.85 and 0.75", p, r)
		}
	}
}

func germanPR(t *testing.T, glob string) (prCounts, int) {
	var n prCounts
	sentences := 0
	for _, c := range loadCases(t, glob) {
		doc := codeCase(t, c)
		sentences += len(doc.Sentences)
		want := map[string]int{}
		for _, w := range c.want {
			var act, rec []string
			for _, a := range w.actor {
				act = append(act, a.country)
			}
			for _, a := range w.rec {
				rec = append(rec, a.country)
			}
			want[tupleOf(w.typ, act, rec, w.date)]++
		}
		for i := range doc.Events {
			ev := &doc.Events[i]
			date := caseDate(ev)
			k := tupleOf(ev.Type, countries(ev.Actor), countries(ev.Recipient), date)
			if want[k] > 0 {
				want[k]--
				n.tp++
			} else {
				n.fp++
				if *verbose {
					t.Logf("false positive %s in %s", k, c.name)
				}
			}
		}
		for k, v := range want {
			n.fn += v
			if v > 0 && *verbose {
				t.Logf("missed %s in %s", k, c.name)
			}
		}
	}
	return n, sentences
}
