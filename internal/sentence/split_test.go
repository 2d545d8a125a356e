package sentence

import (
	"context"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/textnorm"
	"github.com/chronik-dev/chronik/internal/tokenize"
)

// Each sentence is marked with ⟦ ⟧.
var splitTests = []struct {
	name, lang, in string
}{
	{"two", "de", "⟦Kim reist nach Russland.⟧ ⟦Putin empfängt ihn.⟧"},
	{"abbreviations", "de", "⟦Das gilt z. B. für Dr. Müller, Prof. Schmidt u. a. Experten.⟧ ⟦Dann kam er.⟧"},
	{"abbrev end", "de", "⟦Er kaufte Brot, Milch usw.⟧ ⟦Dann ging er.⟧"},
	{"inner abbrev", "de", "⟦Er sprach mit Dr. Der Spiegel nannte ihn so.⟧"},
	{"ordinal", "de", "⟦Am 3. Oktober 1990 endete die Teilung.⟧ ⟦Der 1. Weltkrieg begann 1914.⟧ ⟦Dann kam der 2.⟧"},
	{"ordinal then starter", "de", "⟦Sie wurde am 1. Mai 3.⟧ ⟦Dann gewann sie.⟧"},
	{"date", "de", "⟦Die Mauer fiel am 9.11.1989.⟧ ⟦Am 3.5. kam er um 20.30 Uhr.⟧"},
	{"year", "de", "⟦Er wurde 1989 geboren.⟧ ⟦1990 zog er um.⟧"},
	{"question exclamation", "de", "⟦Warum?⟧ ⟦Darum!⟧ ⟦Und dann?!⟧ ⟦Nichts.⟧"},
	{"quote end", "de", `⟦Er hat es "klar gesagt."⟧ ⟦Dann ging er.⟧`},
	{"quote question inside", "de", `⟦"Warum?" fragte er.⟧ ⟦"Darum", sagte sie.⟧`},
	{"quote spaced closing", "de", `⟦Er sagte: " Wir gehen . "⟧ ⟦Dann ging er.⟧`},
	{"ellipsis", "de", "⟦Er zögerte ... und ging.⟧ ⟦Sie blieb...⟧ ⟦Dann kam sie.⟧"},
	{"paragraph", "de", "⟦Überschrift ohne Punkt⟧\n\n⟦Text beginnt hier, ohne Ende⟧\n\n⟦mehr kleines.⟧"},
	{"headline", "de", "⟦Kim besucht Putin⟧\n⟦Der Machthaber reist mit dem Zug.⟧"},
	{"line break in sentence", "de", "⟦Kim besucht Putin,\nder ihn eingeladen hat.⟧"},
	{"hard wrapped", "de", "⟦Der nordkoreanische Machthaber Kim Jong Un wird noch im\nApril nach Russland reisen, wie die staatlichen Medien des\nLandes am Mittwoch berichteten, und dort den Präsidenten\nWladimir Putin treffen.⟧ ⟦Das Treffen soll in Wladiwostok sein.⟧"},
	{"lowercase after period", "de", "⟦Er kam ca. fünf Minuten später. und ging.⟧"},
	{"en", "en", "⟦Mr. Trump met Kim in Hanoi.⟧ ⟦The talks broke off.⟧"},
	{"en US", "en", "⟦He lives in the U.S.⟧ ⟦The president said so.⟧ ⟦U.S. troops left.⟧"},
	{"en Inc", "en", "⟦It sold the unit to Seagate Technology Inc. for $10 million.⟧"},
	{"en initials", "en", "⟦J. F. Kennedy was shot in Dallas.⟧ ⟦He died.⟧"},
	{"en PTB quotes", "en", "⟦``It was a bomb,'' said a U.S. Embassy official.⟧ ⟦``You can see it.''⟧ ⟦He left.⟧"},
	{"en e.g.", "en", "⟦Some, e.g. Germany, agreed.⟧ ⟦Others, i.e. France, did not.⟧"},
	{"en paren", "en", "⟦He left (finally.)⟧ ⟦She stayed.⟧"},
	{"en url", "en", "⟦See https://example.com/a.⟧ ⟦Then go.⟧"},
	{"no final punctuation", "en", "⟦Trailing words⟧"},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			text, want := spanmark.MustStrip(tt.in, '⟦', '⟧')
			toks := tokenize.Text(nil, text, tt.lang)
			sents := Split(nil, text, toks, tt.lang)
			var got, ws []string
			for _, s := range sents {
				got = append(got, text[s.Start:s.End])
			}
			for _, s := range want {
				ws = append(ws, text[s.Start:s.End])
			}
			if strings.Join(got, "⟧⟦") != strings.Join(ws, "⟧⟦") {
				t.Errorf("Split(%q) =\n%q, want\n%q", text, got, ws)
			}
			checkSentences(t, text, toks, sents)
		})
	}
}

// checkSentences asserts that sentences are ordered, inside the text and
// cover every token exactly once.
func checkSentences(t *testing.T, text string, toks []chronik.Token, sents []chronik.Sentence) {
	t.Helper()
	next := 0
	for i, s := range sents {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(toks) {
			t.Fatalf("Split(%q): sentence %d tokens [%d,%d) after %d of %d", text, i, s.FirstToken, s.EndToken, next, len(toks))
		}
		if s.Start != toks[s.FirstToken].Start || s.End != toks[s.EndToken-1].End || s.Start < 0 || s.End > len(text) {
			t.Fatalf("Split(%q): sentence %d span %v does not match its tokens", text, i, s.Span)
		}
		next = s.EndToken
	}
	if next != len(toks) {
		t.Fatalf("Split(%q): sentences cover %d of %d tokens", text, next, len(toks))
	}
}

func TestStage(t *testing.T) {
	doc := chronik.Document{Text: "„Kim kommt“, sagte er.\u00A0Dann…\n\nEnde", Lang: "de"}
	ctx := context.Background()
	if err := (textnorm.Stage{}).Annotate(ctx, &doc); err != nil {
		t.Fatal(err)
	}
	if err := (Stage{}).Annotate(ctx, &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, doc.Slice(s.Span))
	}
	want := []string{"„Kim kommt“, sagte er.", "Dann…", "Ende"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Stage sentences = %q, want %q", got, want)
	}
	if len(doc.Tokens) != 11 {
		t.Errorf("Stage: %d tokens, want 11", len(doc.Tokens))
	}
}

// TestData loads every data file of every language.
func TestData(t *testing.T) {
	for _, l := range Languages {
		lx, err := loadLexicon(dataFS, l)
		if err != nil {
			t.Fatal(err)
		}
		if len(lx.starters) < 20 {
			t.Errorf("%s: %d sentence starters", l, len(lx.starters))
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, tt := range splitTests {
		text, _ := spanmark.MustStrip(tt.in, '⟦', '⟧')
		f.Add(text, tt.lang)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		doc := chronik.Document{Text: text, Lang: lang}
		ctx := context.Background()
		_ = textnorm.Stage{}.Annotate(ctx, &doc)
		norm := doc.NormText()
		toks := tokenize.Text(nil, norm, lang)
		checkSentences(t, norm, toks, Split(nil, norm, toks, lang))
		_ = Stage{}.Annotate(ctx, &doc)
		prev := 0
		for _, tk := range doc.Tokens {
			if tk.Start < prev || tk.Start > tk.End || tk.End > len(text) {
				t.Fatalf("Stage(%q): token span %v after %d", text, tk.Span, prev)
			}
			prev = tk.End
		}
		for _, s := range doc.Sentences {
			if s.Start > s.End || s.End > len(text) {
				t.Fatalf("Stage(%q): sentence span %v", text, s.Span)
			}
		}
	})
}
