package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run calls Main like the shell would and returns stdout, stderr and the
// exit status.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(t.Context(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = "\ufeff  date 2019-04 Kim Jong Un wird noch im April nach Russland reisen. " +
	"Das teilte der Kreml am Donnerstag mit. Bereits vergangenen Mai hatte Außenminister Sergej Lawrow ihn in Pjöngjang eingeladen.\n"

func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "kim.txt", article)
	stdout, stderr, code := run(t, "", "extract", p)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var doc struct {
		ID        string `json:"id"`
		Lang      string `json:"lang"`
		DCT       string `json:"dct"`
		Sentences []struct{ Start, End int }
		Timexes   []struct {
			Text       string
			Start, End int
		}
		Errors []string
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, stdout)
	}
	if doc.ID != "kim" || doc.Lang != "de" || doc.DCT != "2019-04" {
		t.Errorf("id %q lang %q dct %q, want kim de 2019-04", doc.ID, doc.Lang, doc.DCT)
	}
	if len(doc.Sentences) != 3 {
		t.Errorf("%d sentences, want 3", len(doc.Sentences))
	}
	body := strings.TrimPrefix(article, "\ufeff  date 2019-04 ")
	for _, x := range doc.Timexes {
		if x.Start < 0 || x.End > len(body) || body[x.Start:x.End] != x.Text {
			t.Errorf("timex %q at [%d,%d) does not match the body", x.Text, x.Start, x.End)
		}
	}
}

func TestExtractStdinAndFormats(t *testing.T) {
	for _, format := range []string{"json", "text", "timeml"} {
		stdout, stderr, code := run(t, article, "extract", "--format", format, "-")
		if code != exitOK || stdout == "" {
			t.Errorf("extract --format %s: exit %d, stderr %s", format, code, stderr)
		}
	}
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", article)
	bad := writeFile(t, dir, "bad.txt", "date 2019-13 Kaputt.")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"OK", []string{"extract", good}, exitOK, ""},
		{"BadHeader", []string{"extract", good, bad}, exitFailed, "bad.txt:1:"},
		{"Missing", []string{"extract", filepath.Join(dir, "missing.txt")}, exitFailed, "missing.txt"},
		{"UnknownFlag", []string{"extract", "--bogus", good}, exitUsage, "unknown flag"},
		{"UnknownCommand", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"NoArgs", []string{"extract"}, exitUsage, "at least 1"},
		{"BadFormat", []string{"extract", "--format", "yaml", good}, exitUsage, "unknown format"},
		{"BadDCT", []string{"extract", "--dct", "gestern", good}, exitUsage, "--dct"},
		{"BadLang", []string{"extract", "--lang", "fr", good}, exitUsage, "--lang"},
		{"Version", []string{"version"}, exitOK, ""},
		{"Help", []string{"--help"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("chronik %q: exit %d, want %d; stderr %s", tt.args, code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("chronik %q: stderr %q, want it to mention %q", tt.args, stderr, tt.stderr)
			}
		})
	}
}

func TestIngestSearchShow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "kim.txt", article)
	writeFile(t, in, "sanktionen.txt", "date 2017-09-12\nDer UN-Sicherheitsrat hat am Montag neue Sanktionen gegen Nordkorea beschlossen. Die Atomwaffen des Landes bleiben das Thema.\n")
	writeFile(t, in, "broken.jsonl", "{\"id\":\"a\",\"date\":\"2018-06-12\",\"text\":\"Trump and Kim met in Singapore on Tuesday.\"}\n{broken\n")

	_, stderr, code := run(t, "", "ingest", "--db", db, in)
	if code != exitFailed || !strings.Contains(stderr, "broken.jsonl:2") {
		t.Fatalf("ingest with a broken line: exit %d, stderr %s", code, stderr)
	}
	if !strings.Contains(stderr, "3 new") {
		t.Errorf("ingest summary %q, want 3 new", stderr)
	}
	// Again: nothing new, nothing lost.
	_, stderr, _ = run(t, "", "ingest", "--db", db, in)
	if !strings.Contains(stderr, "0 new, 3 duplicate") {
		t.Errorf("second ingest summary %q, want 0 new, 3 duplicate", stderr)
	}

	stdout, stderr, code := run(t, "", "search", "--db", db, "Atomwaffe")
	if code != exitOK || !strings.Contains(stdout, "sanktionen") || !strings.Contains(stdout, "«Atomwaffen»") {
		t.Errorf("search Atomwaffe: exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, _, _ = run(t, "", "search", "--db", db, "--format", "json", "--from", "2018", "Singapore")
	var hit map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &hit); err != nil || hit["id"] != "a" {
		t.Errorf("search --format json: %v %q", err, stdout)
	}
	for _, k := range []string{"id", "title", "dct", "snippet", "score"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("search hit lacks %q", k)
		}
	}
	stdout, _, _ = run(t, "", "search", "--db", db, "--to", "2017", "Singapore")
	if !strings.Contains(stdout, "no documents found") {
		t.Errorf("search --to 2017 Singapore = %q, want nothing", stdout)
	}

	stdout, stderr, code = run(t, "", "show", "--db", db, "kim")
	if code != exitOK || !strings.Contains(stdout, "Kim Jong Un wird noch im April") {
		t.Errorf("show kim: exit %d\n%s%s", code, stdout, stderr)
	}
	_, stderr, code = run(t, "", "show", "--db", db, "nope")
	if code != exitFailed || !strings.Contains(stderr, "no document") {
		t.Errorf("show nope: exit %d, stderr %q", code, stderr)
	}

	// CHRONIK_DB stands in for --db.
	t.Setenv("CHRONIK_DB", db)
	stdout, _, code = run(t, "", "search", "Gipfel OR Sanktion")
	if code != exitOK || !strings.Contains(stdout, "sanktionen") {
		t.Errorf("search with CHRONIK_DB: exit %d %q", code, stdout)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	stdout, stderr, code := run(t, "", "demo", "--db", db)
	if code != exitOK {
		t.Fatalf("demo: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "0 failed") || !strings.Contains(stdout, "«") {
		t.Errorf("demo output lacks the ingest summary or search hits:\n%s", stdout)
	}
	// A second demo into the same store adds nothing.
	stdout, _, _ = run(t, "", "demo", "--db", db)
	if !strings.Contains(stdout, ": 0 new") {
		t.Errorf("second demo is not all duplicates:\n%s", stdout)
	}
}

func TestIngestBadDocumentKeepsBatch(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	p := writeFile(t, dir, "nul.jsonl",
		`{"id":"ok1","date":"2018-06-12","lang":"en","text":"Trump and Kim met in Singapore on Tuesday."}`+"\n"+
			`{"id":"nul","date":"2018-06-13","lang":"en","text":"A text with a \u0000 byte."}`+"\n"+
			`{"id":"ok2","date":"2018-06-14","lang":"en","text":"Pompeo flew to Seoul on Thursday."}`+"\n")
	_, stderr, code := run(t, "", "ingest", "--db", db, p)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if !strings.Contains(stderr, "2 new") || !strings.Contains(stderr, "1 failed") || !strings.Contains(stderr, "nul.jsonl") {
		t.Errorf("stderr = %q, want 2 new, 1 failed naming the file", stderr)
	}
	stdout, _, _ := run(t, "", "search", "--db", db, "Pompeo")
	if !strings.Contains(stdout, "ok2") {
		t.Errorf("document after the bad one was lost: %q", stdout)
	}
}

func TestKB(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CHRONIK_KB", filepath.Join(dir, "kb"))
	stdout, stderr, code := run(t, "", "kb", "lookup", "US-Präsident", "--date", "2010-06-01")
	if code != exitOK || !strings.Contains(stdout, "Barack Obama") || !strings.Contains(stdout, "because") {
		t.Errorf("kb lookup US-Präsident 2010: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, stderr, code = run(t, "", "kb", "lookup", "Xyzzy Quux"); code != exitFailed || !strings.Contains(stderr, "not in the knowledge base") {
		t.Errorf("kb lookup of an unknown name: exit %d, stderr %q", code, stderr)
	}

	actors := writeFile(t, dir, "actors.tsv", "name\tref\tcountry\tsector\tfrom\tto\nAnna Beispielfrau|A. Beispielfrau\tlocal:anna\tDEU\tGOV\t2018\t2021\n")
	if stdout, stderr, code = run(t, "", "kb", "add", actors); code != exitOK || !strings.Contains(stdout, "added 1") {
		t.Fatalf("kb add: exit %d\n%s%s", code, stdout, stderr)
	}
	bad := writeFile(t, dir, "bad.tsv", "name\tref\tcountry\tsector\nNur Name\t\tDEU\tGOV\n")
	if _, stderr, code = run(t, "", "kb", "add", bad); code != exitFailed || !strings.Contains(stderr, "bad.tsv:2") {
		t.Errorf("kb add of a broken file: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "kb", "actors", "bad.tsv")); err == nil {
		t.Error("a broken actor file was kept")
	}
	// The added actor is linked by extract.
	doc := writeFile(t, dir, "doc.txt", "date 2019-05-02 Die Ministerin Anna Beispielfrau reiste am Donnerstag nach Paris.")
	stdout, stderr, code = run(t, "", "extract", doc)
	if code != exitOK || !strings.Contains(stdout, `"ref":"local:anna"`) {
		t.Errorf("extract with a user actor: exit %d\n%s%s", code, stdout, stderr)
	}

	cities := writeFile(t, dir, "cities.txt", "9999001\tBeispielstadt\tBeispielstadt\tBeispielstadt\t50.5\t7.25\tP\tPPLA\tDE\t\t07\t\t\t\t120000\t\t60\tEurope/Berlin\t2020-01-01\n")
	if stdout, stderr, code = run(t, "", "kb", "import", "geonames", cities); code != exitOK {
		t.Fatalf("kb import geonames: exit %d\n%s%s", code, stdout, stderr)
	}
	if stdout, _, _ = run(t, "", "kb", "lookup", "Beispielstadt"); !strings.Contains(stdout, "geonames:9999001") {
		t.Errorf("imported city not found:\n%s", stdout)
	}
	if _, stderr, code = run(t, "", "kb", "import", "geonames", "--format", "xml", cities); code != exitUsage {
		t.Errorf("kb import --format xml: exit %d, stderr %q", code, stderr)
	}
}

// TestMain keeps the tests away from the user's data directory and
// environment.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "chronik-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	os.Unsetenv("CHRONIK_DB")
	os.Unsetenv("CHRONIK_KB")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestExtractPLOVER(t *testing.T) {
	stdout, stderr, code := run(t, article, "extract", "--format", "plover", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatalf("PLOVER output is not JSON Lines: %v\n%s", err, stdout)
	}
	for _, k := range []string{"id", "date", "actor", "recipient", "event", "mode", "event_loc", "text_info"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("PLOVER record lacks %q: %s", k, lines[0])
		}
	}
}
