package eval

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// BoundaryScore compares predicted sentence boundaries with gold ones. A
// boundary is the byte offset where a sentence ends, other than the end
// of the text; it is correct when a gold sentence ends at the same offset.
type BoundaryScore struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Add accumulates the counts of o into s and recomputes the ratios.
func (s *BoundaryScore) Add(o BoundaryScore) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Correct += o.Correct
	s.compute()
}

func (s *BoundaryScore) compute() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// ScoreBoundaries scores predicted boundary offsets against gold ones.
// Both may be unsorted and hold duplicates.
func ScoreBoundaries(gold, pred []int) BoundaryScore {
	g := slices.Compact(slices.Sorted(slices.Values(gold)))
	p := slices.Compact(slices.Sorted(slices.Values(pred)))
	s := BoundaryScore{Gold: len(g), Predicted: len(p)}
	i, j := 0, 0
	for i < len(g) && j < len(p) {
		switch {
		case g[i] == p[j]:
			s.Correct++
			i++
			j++
		case g[i] < p[j]:
			i++
		default:
			j++
		}
	}
	s.compute()
	return s
}

// Segmenter splits text in the language lang into sentence spans.
type Segmenter func(text, lang string) []chronik.Span

// DefaultSegmenter is chronik's language layer: textnorm, then
// sentence.Stage (tokens and sentences).
func DefaultSegmenter(text, lang string) []chronik.Span {
	doc := chronik.Document{Text: text, Lang: lang}
	_ = textnorm.Stage{}.Annotate(context.Background(), &doc)
	_ = sentence.Stage{}.Annotate(context.Background(), &doc)
	spans := make([]chronik.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = s.Span
	}
	return spans
}

// innerEnds returns the end offsets of all spans but those that end at or
// after textLen.
func innerEnds(spans []chronik.Span, textLen int) []int {
	var ends []int
	for _, s := range spans {
		if s.End < textLen {
			ends = append(ends, s.End)
		}
	}
	return ends
}

// ReadGermEval reads the sentences of a GermEval 2014 NER file
// ("#" source lines, "idx<TAB>token<TAB>…" lines, a blank line after each
// sentence) as lists of tokens.
func ReadGermEval(r io.Reader) ([][]string, error) {
	var (
		sents [][]string
		cur   []string
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("read germeval: malformed line %q", line)
		}
		cur = append(cur, f[1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read germeval: %w", err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents, nil
}

// JoinSentences writes tokenized sentences as running text with natural
// spacing (no space before , . ; : ! ? ) ] % or a closing quote, none
// after ( [ or an opening quote; straight quotes alternate between
// opening and closing within a sentence, and one that ends a sentence
// closes it) and one space between
// sentences. It returns the text and the end offset of every sentence.
func JoinSentences(sents [][]string) (string, []int) {
	var b strings.Builder
	ends := make([]int, 0, len(sents))
	for si, toks := range sents {
		if si > 0 {
			b.WriteByte(' ')
		}
		open := false // a straight quote is open
		glue := true  // no space before the next token
		for ti, t := range toks {
			closing := false
			switch t {
			case ",", ".", ";", ":", "!", "?", ")", "]", "%", "...":
				closing = true
			case `"`:
				// A quote that ends a sentence closes it.
				closing = open || ti == len(toks)-1 && ti > 0
			}
			if !glue && !closing {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			glue = false
			switch t {
			case "(", "[":
				glue = true
			case `"`:
				if !open {
					glue = true
				}
				open = !open
			}
		}
		ends = append(ends, b.Len())
	}
	return b.String(), ends
}

// SentenceBoundariesGermEval scores seg on a GermEval 2014 file: all
// sentences joined into one German text by [JoinSentences], the end of
// each sentence but the last being a gold boundary.
func SentenceBoundariesGermEval(path string, seg Segmenter) (BoundaryScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return BoundaryScore{}, fmt.Errorf("sentence boundaries: %w", err)
	}
	defer f.Close()
	sents, err := ReadGermEval(f)
	if err != nil {
		return BoundaryScore{}, fmt.Errorf("sentence boundaries %s: %w", path, err)
	}
	text, ends := JoinSentences(sents)
	gold := ends
	if len(gold) > 0 {
		gold = gold[:len(gold)-1]
	}
	return ScoreBoundaries(gold, innerEnds(seg(text, "de"), len(text))), nil
}

var (
	timemlText = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	xmlTag     = regexp.MustCompile(`<[^>]*>`)
	blankLine  = regexp.MustCompile(`\n[ \t\r]*\n\s*`)
)

// TimeMLParagraphs returns the paragraphs (blocks separated by blank
// lines) of the TEXT element of a TimeML document, tags removed and
// entities decoded.
func TimeMLParagraphs(doc string) []string {
	m := timemlText.FindStringSubmatch(doc)
	if m == nil {
		return nil
	}
	text := html.UnescapeString(xmlTag.ReplaceAllString(m[1], ""))
	var paras []string
	for _, p := range blankLine.Split(text, -1) {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// ParagraphScore is the result on data whose only sentence-level gold is
// the paragraph: Boundaries scores the ends of paragraphs joined with a
// single space (Precision counts every sentence end inside a paragraph as
// wrong, so only Recall is meaningful); Sentences and Paragraphs count
// what the segmenter found with the blank lines kept.
type ParagraphScore struct {
	Documents  int           `json:"documents"`
	Paragraphs int           `json:"paragraphs"`
	Sentences  int           `json:"sentences"`
	Boundaries BoundaryScore `json:"boundaries"`
}

// SentenceBoundariesTimeML runs seg over every .tml file under dir
// (English). TimeML files carry no sentence markup, so it measures the
// recall of paragraph ends when the paragraphs are joined by a space,
// and counts sentences when they are kept apart.
func SentenceBoundariesTimeML(dir string, seg Segmenter) (ParagraphScore, error) {
	var ps ParagraphScore
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		paras := TimeMLParagraphs(string(b))
		if len(paras) == 0 {
			return nil
		}
		ps.Documents++
		ps.Paragraphs += len(paras)
		ps.Sentences += len(seg(strings.Join(paras, "\n\n"), "en"))
		var ends []int
		n := 0
		for i, p := range paras {
			if i > 0 {
				n++
			}
			n += len(p)
			ends = append(ends, n)
		}
		text := strings.Join(paras, " ")
		ps.Boundaries.Add(ScoreBoundaries(ends[:len(ends)-1], innerEnds(seg(text, "en"), len(text))))
		return nil
	})
	if err != nil {
		return ps, fmt.Errorf("sentence boundaries %s: %w", dir, err)
	}
	return ps, nil
}

// SentenceReport holds the sentence-boundary figures of the standard
// evaluation.
type SentenceReport struct {
	GermEval BoundaryScore  `json:"germeval"`
	TimeML   ParagraphScore `json:"timeml"`
}

// SentenceBoundaries evaluates chronik's sentence splitter on a GermEval
// 2014 file (e.g. ../shared/data/ner/germeval2014/NER-de-dev.tsv) and a
// directory of TimeML files (e.g. ../shared/data/temporal/tbaq/TBAQ-cleaned).
// An empty path skips that part.
func SentenceBoundaries(germevalPath, timemlDir string) (SentenceReport, error) {
	var r SentenceReport
	var err error
	if germevalPath != "" {
		if r.GermEval, err = SentenceBoundariesGermEval(germevalPath, DefaultSegmenter); err != nil {
			return r, err
		}
	}
	if timemlDir != "" {
		if r.TimeML, err = SentenceBoundariesTimeML(timemlDir, DefaultSegmenter); err != nil {
			return r, err
		}
	}
	return r, nil
}
