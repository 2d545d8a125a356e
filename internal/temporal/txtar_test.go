package temporal

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"github.com/chronik-dev/chronik"
)

// caseHeader is the JSON header of a txtar file and of a single case.
type caseHeader struct {
	Lang      string `json:"lang"`
	DCT       string `json:"dct"`
	Narrative bool   `json:"narrative"`
	Skip      string `json:"skip"`
}

// tcase is one test case of a txtar file.
type tcase struct {
	name  string
	hdr   caseHeader
	input string // with markers
	timex []string
}

// section is one "-- name --" part of a txtar archive.
type section struct {
	name string
	data string
}

// parseTxtar splits a txtar archive into its comment and sections.
func parseTxtar(data string) (string, []section) {
	var comment strings.Builder
	var secs []section
	cur := -1
	for line := range strings.SplitAfterSeq(data, "\n") {
		l := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") && len(l) >= 6 {
			secs = append(secs, section{name: strings.TrimSpace(l[3 : len(l)-3])})
			cur = len(secs) - 1
			continue
		}
		if cur < 0 {
			comment.WriteString(line)
		} else {
			secs[cur].data += line
		}
	}
	return comment.String(), secs
}

func loadCases(t *testing.T, path string) []tcase {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	comment, secs := parseTxtar(string(b))
	var base caseHeader
	hdrLine, _, _ := strings.Cut(strings.TrimSpace(comment), "\n")
	if err := json.Unmarshal([]byte(hdrLine), &base); err != nil {
		t.Fatalf("%s: header: %v", path, err)
	}
	var cases []tcase
	for i := 0; i < len(secs); i++ {
		s := secs[i]
		name, extra, _ := strings.Cut(s.name, " ")
		if name != "input" {
			t.Fatalf("%s: section %q where input was expected", path, s.name)
		}
		c := tcase{hdr: base, input: strings.TrimRight(s.data, "\n")}
		if extra != "" {
			if err := json.Unmarshal([]byte(extra), &c.hdr); err != nil {
				t.Fatalf("%s: case header %q: %v", path, extra, err)
			}
		}
		if i+1 >= len(secs) || secs[i+1].name != "timex" {
			t.Fatalf("%s: input %d has no timex section", path, len(cases)+1)
		}
		i++
		for l := range strings.SplitSeq(secs[i].data, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				c.timex = append(c.timex, l)
			}
		}
		c.name = fmt.Sprintf("%s/%02d", strings.TrimSuffix(filepath.Base(path), ".txtar"), len(cases)+1)
		cases = append(cases, c)
	}
	return cases
}

// formatTimex writes a timex as a line of a timex section:
// TYPE VALUE [mod=M] [quant=Q] [freq=F].
func formatTimex(x chronik.Timex) string {
	s := x.Type + " " + x.Value
	if x.Mod != "" {
		s += " mod=" + x.Mod
	}
	if x.Quant != "" {
		s += " quant=" + x.Quant
	}
	if x.Freq != "" {
		s += " freq=" + x.Freq
	}
	return s
}

func allCases(t *testing.T) []tcase {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	var all []tcase
	for _, f := range files {
		all = append(all, loadCases(t, f)...)
	}
	return all
}

func runCase(c tcase) (got, want []string, err error) {
	text, spans, err := spanmark.Strip(c.input, '«', '»')
	if err != nil {
		return nil, nil, err
	}
	if len(spans) != len(c.timex) {
		return nil, nil, fmt.Errorf("%d markers but %d timex lines", len(spans), len(c.timex))
	}
	dct, err := chronik.ParseDCT(c.hdr.DCT)
	if err != nil {
		return nil, nil, err
	}
	tg := NewTagger()
	tg.Narrative = c.hdr.Narrative
	for _, x := range tg.Tag(c.hdr.Lang, text, dct) {
		got = append(got, fmt.Sprintf("«%s» %s", text[x.Start:x.End], formatTimex(x)))
	}
	for i, sp := range spans {
		want = append(want, fmt.Sprintf("«%s» %s", text[sp.Start:sp.End], c.timex[i]))
	}
	return got, want, nil
}

func TestTxtar(t *testing.T) {
	counts := map[string]int{}
	for _, c := range allCases(t) {
		counts[c.hdr.Lang] += strings.Count(c.input, "\n") + 1
		t.Run(c.name, func(t *testing.T) {
			got, want, err := runCase(c)
			if err != nil {
				t.Fatal(err)
			}
			if c.hdr.Skip != "" {
				t.Skipf("known failure: %s", c.hdr.Skip)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("input: %s\ngot:\n\t%s\nwant:\n\t%s", c.input, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
	t.Logf("sentences (input lines) per language: %v", counts)
}
