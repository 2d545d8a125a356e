package temporal

import (
	"io/fs"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

// TestRulesLoad parses every rule file of every language, so a broken rule
// fails here and not in production.
func TestRulesLoad(t *testing.T) {
	all, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	files, err := fs.Glob(rulesFS, "rules/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, lang := range Languages() {
		r := all[lang]
		if r == nil {
			t.Fatalf("no rules for %s", lang)
		}
		for _, f := range r.files {
			seen[f] = true
		}
		if len(r.pats) == 0 || len(r.words) == 0 {
			t.Errorf("%s: %d patterns, %d words", lang, len(r.pats), len(r.words))
		}
	}
	for _, f := range files {
		if !seen[f] {
			t.Errorf("rule file %s was not loaded", f)
		}
		b, _ := fs.ReadFile(rulesFS, f)
		first, _, _ := strings.Cut(string(b), "\n")
		if !strings.Contains(first, "written for chronik") {
			t.Errorf("%s: header must name the source: %q", f, first)
		}
	}
}

func TestParseRulesErrors(t *testing.T) {
	r := &rules{words: map[string]*entry{}, phrases: map[string][]phrase{}}
	for _, line := range []string{
		"nonsense MONTH",
		"date FOO",
		"date [a b]",
		"date MONTH? YEAR?",
	} {
		if _, err := r.parsePattern(line); err == nil {
			t.Errorf("parsePattern(%q) = nil error, want one", line)
		}
	}
	for _, text := range []string{
		"MONTH x: januar",
		"NOCLASS 1: x",
		"MONTH 1 januar",
		"POD XX: abend",
		"HOLIDAY 13-01: foo",
		"DEIC Q1: foo",
		"MONTH 1: Januar",
	} {
		if err := r.parseLexicon("test", text, &generator{}); err == nil {
			t.Errorf("parseLexicon(%q) = nil error, want one", text)
		}
	}
}

// TestPatternCoverage fails when a pattern line produces no expression in
// any txtar case: every rule is exercised by a test.
func TestPatternCoverage(t *testing.T) {
	used := map[string]bool{}
	for _, c := range allCases(t) {
		text, _, err := spanmark.Strip(c.input, '«', '»')
		if err != nil {
			continue
		}
		dct, _ := chronik.ParseDCT(c.hdr.DCT)
		tg := NewTagger()
		tg.Narrative = c.hdr.Narrative
		tg.trace = func(p *pattern) { used[p.src] = true }
		tg.Tag(c.hdr.Lang, text, dct)
	}
	all, _ := loadRules()
	var unused []string
	n := 0
	for _, lang := range Languages() {
		for _, p := range all[lang].pats {
			n++
			if !used[p.src] {
				unused = append(unused, p.src)
			}
		}
	}
	if len(unused) > 0 {
		t.Errorf("%d of %d patterns exercised; not yet: %s", n-len(unused), n, strings.Join(unused, " "))
	}
}
