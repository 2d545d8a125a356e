package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/chronik-dev/chronik"
)

// DocTimexes is one document's time expressions, gold or system, with
// spans into the same text.
type DocTimexes struct {
	// Name pairs gold and system documents; see [DocKey].
	Name    string
	Timexes []chronik.Timex
}

// PRF holds precision, recall and F1 with the counts they come from.
type PRF struct {
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newPRF(matched, gold, system int) PRF {
	p := PRF{Matched: matched}
	if system > 0 {
		p.Precision = float64(matched) / float64(system)
	}
	if gold > 0 {
		p.Recall = float64(matched) / float64(gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// TimexScores are the TempEval-3 figures for time expressions, pooled
// over a corpus.
type TimexScores struct {
	Docs   int `json:"docs"`
	Gold   int `json:"gold"`
	System int `json:"system"`
	// Strict pairs identical spans, Relaxed overlapping ones, one to one.
	Strict  PRF `json:"strict"`
	Relaxed PRF `json:"relaxed"`
	// TypeAccuracy and ValueAccuracy are over the relaxed pairs; pairs
	// whose gold has no type (TIMEX2) are left out of TypeAccuracy.
	TypeAccuracy  float64 `json:"type_accuracy"`
	ValueAccuracy float64 `json:"value_accuracy"`
	// TypeF1 and ValueF1 are the accuracies times the relaxed F1; ValueF1
	// is TempEval-3's ranking metric.
	TypeF1  float64 `json:"type_f1"`
	ValueF1 float64 `json:"value_f1"`

	typed, typeOK, valueOK int
}

// TimexError is one disagreement, for error analysis.
type TimexError struct {
	Doc    string
	Kind   string // "missed", "spurious", "value", "type"
	Gold   chronik.Timex
	System chronik.Timex
}

// ScoreTimex pairs gold and system expressions document by document (by
// Name) and computes the TempEval-3 figures. Documents missing on the
// system side count as finding nothing.
func ScoreTimex(gold, system []DocTimexes) TimexScores {
	s, _ := scoreTimex(gold, system, false)
	return s
}

// ScoreTimexErrors is [ScoreTimex] that also lists every disagreement.
func ScoreTimexErrors(gold, system []DocTimexes) (TimexScores, []TimexError) {
	return scoreTimex(gold, system, true)
}

func scoreTimex(gold, system []DocTimexes, wantErrs bool) (TimexScores, []TimexError) {
	sys := map[string][]chronik.Timex{}
	for _, d := range system {
		sys[d.Name] = append(sys[d.Name], d.Timexes...)
	}
	var s TimexScores
	var errs []TimexError
	strict, relaxed := 0, 0
	for _, g := range gold {
		st := sys[g.Name]
		s.Docs++
		s.Gold += len(g.Timexes)
		s.System += len(st)
		strict += countStrict(g.Timexes, st)
		pairs := pairRelaxed(g.Timexes, st)
		used := make([]bool, len(st))
		for gi, si := range pairs {
			gx := g.Timexes[gi]
			if si < 0 {
				if wantErrs {
					errs = append(errs, TimexError{Doc: g.Name, Kind: "missed", Gold: gx})
				}
				continue
			}
			used[si] = true
			sx := st[si]
			relaxed++
			if gx.Type != "" {
				s.typed++
				if gx.Type == sx.Type {
					s.typeOK++
				} else if wantErrs {
					errs = append(errs, TimexError{Doc: g.Name, Kind: "type", Gold: gx, System: sx})
				}
			}
			if sameValue(gx.Value, sx.Value) {
				s.valueOK++
			} else if wantErrs {
				errs = append(errs, TimexError{Doc: g.Name, Kind: "value", Gold: gx, System: sx})
			}
		}
		if wantErrs {
			for i, u := range used {
				if !u {
					errs = append(errs, TimexError{Doc: g.Name, Kind: "spurious", System: st[i]})
				}
			}
		}
	}
	s.Strict = newPRF(strict, s.Gold, s.System)
	s.Relaxed = newPRF(relaxed, s.Gold, s.System)
	if relaxed > 0 {
		s.ValueAccuracy = float64(s.valueOK) / float64(relaxed)
	}
	if s.typed > 0 {
		s.TypeAccuracy = float64(s.typeOK) / float64(s.typed)
	}
	s.TypeF1 = s.TypeAccuracy * s.Relaxed.F1
	s.ValueF1 = s.ValueAccuracy * s.Relaxed.F1
	return s, errs
}

// sameValue compares TIMEX3 values; TIMEX2 keeps seconds and writes
// times with seconds ("T17:00:00"), which equal our "T17:00". A week
// number written with one digit ("2000-W7", as some gold files do) equals
// its two-digit ISO form ("2000-W07").
func sameValue(g, s string) bool {
	g = padWeek(g)
	if g == s {
		return true
	}
	return strings.TrimSuffix(g, ":00") == s && strings.Count(g, ":") == 2
}

// padWeek writes a one-digit week number of a value with two digits.
func padWeek(v string) string {
	i := strings.Index(v, "-W")
	if i < 0 || i+3 > len(v) || v[i+2] < '0' || v[i+2] > '9' {
		return v
	}
	if i+3 == len(v) || v[i+3] < '0' || v[i+3] > '9' {
		return v[:i+2] + "0" + v[i+2:]
	}
	return v
}

func countStrict(gold, sys []chronik.Timex) int {
	n := 0
	used := make([]bool, len(sys))
	for _, g := range gold {
		for i, x := range sys {
			if !used[i] && x.Span == g.Span {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}

// pairRelaxed pairs each gold expression with at most one overlapping
// system expression, each used once, preferring the largest overlap.
func pairRelaxed(gold, sys []chronik.Timex) []int {
	out := make([]int, len(gold))
	used := make([]bool, len(sys))
	for gi, g := range gold {
		out[gi] = -1
		best := 0
		for si, x := range sys {
			if used[si] || !x.Span.Overlaps(g.Span) {
				continue
			}
			ov := min(x.End, g.End) - max(x.Start, g.Start)
			if ov > best {
				best, out[gi] = ov, si
			}
		}
		if out[gi] >= 0 {
			used[out[gi]] = true
		}
	}
	return out
}

// WriteTimexScores prints the scores as a table, one corpus a row.
func WriteTimexScores(w io.Writer, names []string, scores []TimexScores) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tdocs\tgold\tsystem\tstrict P\tstrict R\tstrict F1\trelaxed P\trelaxed R\trelaxed F1\ttype acc\tvalue acc\tvalue F1\t")
	for i, s := range scores {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", names[i], s.Docs, s.Gold, s.System,
			s.Strict.Precision, s.Strict.Recall, s.Strict.F1, s.Relaxed.Precision, s.Relaxed.Recall, s.Relaxed.F1,
			s.TypeAccuracy, s.ValueAccuracy, s.ValueF1)
	}
	return tw.Flush()
}

// DocKey names a document by its file name without the extensions the
// gold and system formats add (.tml, .key.xml, .sgm, .xml), so
// "01_WW2.key.xml" and "01_WW2.tml" pair up.
func DocKey(path string) string {
	b := filepath.Base(path)
	for _, ext := range []string{".key.xml", ".tml", ".sgm", ".xml", ".TE3input"} {
		if s, ok := strings.CutSuffix(b, ext); ok {
			return s
		}
	}
	return b
}

// GoldDoc is a gold document: its text, DCT, language and expressions.
type GoldDoc struct {
	Name string
	Lang string
	// Text is the document body the spans index: the text content of
	// the TimeML TEXT element, XML entities decoded.
	Text    string
	DCT     chronik.DCT
	Timexes []chronik.Timex
}

// ReadTimexDir reads every gold document of a directory: TimeML (*.tml,
// English) or TIMEX2 inline key files (*.key.xml, German, as WikiWarsDE),
// in the directory or its keyinline/ subdirectory, sorted by name.
func ReadTimexDir(dir string) ([]GoldDoc, error) {
	var files []string
	for _, pat := range []string{"*.tml", "*.key.xml", "keyinline/*.key.xml", "*/keyinline/*.key.xml"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read %s: no .tml or .key.xml files", dir)
	}
	slices.Sort(files)
	var docs []GoldDoc
	for _, f := range files {
		d, err := readGoldFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readGoldFile(path string) (GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return GoldDoc{}, err
	}
	defer f.Close()
	var d GoldDoc
	if strings.HasSuffix(path, ".tml") {
		d, err = ReadTimeML(f)
		d.Lang = "en"
	} else {
		d, err = ReadTimex2(f)
		d.Lang = "de"
	}
	if err != nil {
		return GoldDoc{}, fmt.Errorf("read %s: %w", path, err)
	}
	d.Name = DocKey(path)
	return d, nil
}

// EvalTimexDir runs tag over every gold document of dir (see
// [ReadTimexDir]) and scores what it leaves in doc.Timexes. Each document
// has Text, Lang and the gold DCT; WikiWarsDE documents have no DCT (their
// DATETIME is a download date), so tag should anchor narratively.
func EvalTimexDir(dir string, tag func(doc *chronik.Document)) (TimexScores, error) {
	s, _, err := EvalTimexDirErrors(dir, tag)
	return s, err
}

// EvalTimexDirErrors is [EvalTimexDir] that also returns the disagreements.
func EvalTimexDirErrors(dir string, tag func(doc *chronik.Document)) (TimexScores, []TimexError, error) {
	docs, err := ReadTimexDir(dir)
	if err != nil {
		return TimexScores{}, nil, err
	}
	var gold, sys []DocTimexes
	for _, g := range docs {
		doc := &chronik.Document{ID: g.Name, Source: g.Name, Lang: g.Lang, DCT: g.DCT, Text: g.Text}
		tag(doc)
		gold = append(gold, DocTimexes{Name: g.Name, Timexes: g.Timexes})
		sys = append(sys, DocTimexes{Name: g.Name, Timexes: doc.Timexes})
	}
	s, errs := ScoreTimexErrors(gold, sys)
	return s, errs, nil
}

// ScoreTimexDirs scores the system TimeML files in systemDir against the
// gold files in goldDir, pairing them by [DocKey]: this is
// `chronik eval timex GOLD_DIR SYSTEM_DIR`, where the system files are
// written by `chronik extract --format timeml` and keep the gold text.
// A gold document without a system file counts as finding nothing.
func ScoreTimexDirs(goldDir, systemDir string) (TimexScores, error) {
	golds, err := ReadTimexDir(goldDir)
	if err != nil {
		return TimexScores{}, err
	}
	sysFiles, err := filepath.Glob(filepath.Join(systemDir, "*.tml"))
	if err != nil {
		return TimexScores{}, err
	}
	if len(sysFiles) == 0 {
		return TimexScores{}, fmt.Errorf("read %s: no .tml files", systemDir)
	}
	var gold, sys []DocTimexes
	for _, g := range golds {
		gold = append(gold, DocTimexes{Name: g.Name, Timexes: g.Timexes})
	}
	for _, f := range sysFiles {
		d, err := readGoldFile(f)
		if err != nil {
			return TimexScores{}, err
		}
		sys = append(sys, DocTimexes{Name: d.Name, Timexes: d.Timexes})
	}
	return ScoreTimex(gold, sys), nil
}
