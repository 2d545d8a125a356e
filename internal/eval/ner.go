package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronik-dev/chronik"
)

// NERSentence is one sentence of a CoNLL-style NER gold file (GermEval 2014:
// "idx token outer inner" lines, a "#" source line before each sentence).
type NERSentence struct {
	// Source is the "#" line's URL or name; Date its bracketed date, if any.
	Source, Date string
	Tokens       []string
	// Outer holds the outer BIO labels, one per token.
	Outer []string
}

// Text joins the tokens with single spaces and returns the byte span of
// each token in the result.
func (s NERSentence) Text() (string, []chronik.Span) {
	var b strings.Builder
	spans := make([]chronik.Span, len(s.Tokens))
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		spans[i].Start = b.Len()
		b.WriteString(t)
		spans[i].End = b.Len()
	}
	return b.String(), spans
}

// ReadGermEvalNER reads a GermEval 2014 file.
func ReadGermEvalNER(r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		f := strings.Split(l, "\t")
		if f[0] == "#" {
			flush()
			if len(f) > 1 {
				cur.Source = f[1]
			}
			if len(f) > 2 {
				cur.Date = strings.Trim(f[2], "[]")
			}
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("germeval line %d: want idx, token, outer label: %q", line, l)
		}
		cur.Tokens = append(cur.Tokens, f[1])
		cur.Outer = append(cur.Outer, f[2])
	}
	flush()
	return out, sc.Err()
}

// NERTypes are the entity types scored on GermEval: our GPE counts as LOC,
// OTH is not produced and not scored, and *deriv/*part labels (adjectives
// such as "russisch", compound parts such as "EU-Budget") are treated as O:
// chronik does not emit them as names (adjective mentions carry
// Adjective=true and are left out of scoring).
var NERTypes = []string{"PER", "LOC", "ORG"}

// NERCount is precision, recall and F1 of one type.
type NERCount struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP).
func (c NERCount) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN).
func (c NERCount) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c NERCount) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERError is one false positive or false negative, for error analysis.
type NERError struct {
	Kind     string // "FP" (system only), "FN" (gold only) or "TYPE" (same span, other type)
	Type     string
	Text     string
	Sentence string
}

// NERResult is the outcome of [ScoreNER].
type NERResult struct {
	ByType map[string]*NERCount
	Micro  NERCount
	Errors []NERError
}

// ScoreNER tags every sentence with tag and scores exact outer spans per
// type, CoNLL style. tag receives the sentence text and its date.
func ScoreNER(sents []NERSentence, tag func(text, date string) ([]chronik.Entity, error)) (*NERResult, error) {
	res := &NERResult{ByType: make(map[string]*NERCount)}
	for _, t := range NERTypes {
		res.ByType[t] = &NERCount{}
	}
	type key struct{ start, end int }
	for _, s := range sents {
		text, spans := s.Text()
		gold := make(map[key]string)
		for i := 0; i < len(s.Outer); i++ {
			l := s.Outer[i]
			if !strings.HasPrefix(l, "B-") {
				continue
			}
			typ := l[2:]
			j := i + 1
			for j < len(s.Outer) && s.Outer[j] == "I-"+typ {
				j++
			}
			if res.ByType[typ] != nil {
				gold[key{spans[i].Start, spans[j-1].End}] = typ
			}
		}
		ents, err := tag(text, s.Date)
		if err != nil {
			return nil, err
		}
		sys := make(map[key]string)
		for _, e := range ents {
			if e.Adjective {
				continue
			}
			typ := e.Type
			if typ == "GPE" {
				typ = "LOC"
			}
			if res.ByType[typ] == nil {
				continue
			}
			sys[key{e.Start, e.End}] = typ
		}
		for k, gt := range gold {
			st, ok := sys[k]
			switch {
			case ok && st == gt:
				res.ByType[gt].TP++
			case ok:
				res.ByType[gt].FN++
				res.ByType[st].FP++
				res.Errors = append(res.Errors, NERError{"TYPE", gt + "→" + st, text[k.start:k.end], text})
			default:
				res.ByType[gt].FN++
				res.Errors = append(res.Errors, NERError{"FN", gt, text[k.start:k.end], text})
			}
		}
		for k, st := range sys {
			if _, ok := gold[k]; !ok {
				res.ByType[st].FP++
				res.Errors = append(res.Errors, NERError{"FP", st, text[k.start:k.end], text})
			}
		}
	}
	for _, t := range NERTypes {
		c := res.ByType[t]
		res.Micro.TP += c.TP
		res.Micro.FP += c.FP
		res.Micro.FN += c.FN
	}
	sort.SliceStable(res.Errors, func(a, b int) bool { return res.Errors[a].Kind < res.Errors[b].Kind })
	return res, nil
}

// Report formats a result as a small table.
func (r *NERResult) Report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	for _, t := range NERTypes {
		c := r.ByType[t]
		fmt.Fprintf(&b, "%-6s %6.3f %6.3f %6.3f %6d %6d %6d\n", t, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	c := r.Micro
	fmt.Fprintf(&b, "%-6s %6.3f %6.3f %6.3f %6d %6d %6d\n", "micro", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	return b.String()
}
