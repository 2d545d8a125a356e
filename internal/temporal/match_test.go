package temporal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayMatch checks that mayMatch never rules out a pattern the matcher
// would match, and that matchAt finds the same candidates with and
// without ruling patterns out, at every token of the test cases and of
// generated news.
func TestMayMatch(t *testing.T) {
	all, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test cases: %v", err)
	}
	texts := map[string][]string{"de": {germanNews(1 << 16)}}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := "de"
		if strings.HasPrefix(filepath.Base(f), "en_") {
			lang = "en"
		}
		texts[lang] = append(texts[lang], string(b))
	}
	ruledOut, matched := 0, 0
	for lang, ts := range texts {
		r := all[lang]
		if !r.patBits {
			// matching falls back to mayMatch, several times slower
			t.Errorf("%s: %d patterns, more than a pattern bit set holds (%d)", lang, len(r.pats), 64*patWords)
		}
		for _, text := range ts {
			toks := r.tokenize(text, nil)
			m := &matcher{r: r, text: text, toks: toks, en: lang == "en"}
			for i := range toks {
				got := candKeys(m.matchAt(i))
				m.noPrune = true
				if want := candKeys(m.matchAt(i)); got != want {
					t.Errorf("%s: at %q matchAt gives %s, without pruning %s", lang, text[toks[i].start:min(len(text), toks[i].start+30)], got, want)
				}
				m.noPrune = false
				m.setMaxEnd(i)
				for _, p := range r.pats {
					if m.mayMatch(p, i) {
						continue
					}
					ruledOut++
					m.bestEnd, m.bestPat = 0, nil
					m.best, m.caps = m.best[:0], m.caps[:0]
					m.try(p, 0, i)
					if m.bestPat != nil {
						matched++
						t.Errorf("%s: %s matches at %q but mayMatch says no", lang, p.src, text[toks[i].start:min(len(text), toks[i].start+30)])
					}
				}
			}
		}
	}
	if ruledOut == 0 {
		t.Error("mayMatch ruled out no pattern")
	}
	t.Logf("%d pattern starts ruled out, %d wrongly", ruledOut, matched)
}

// candKeys lists the patterns and ends of candidates.
func candKeys(cs []cand) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s:%d ", c.p.src, c.end)
	}
	return b.String()
}
