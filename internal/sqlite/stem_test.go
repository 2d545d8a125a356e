package sqlite

import (
	"slices"
	"testing"

	"github.com/ncruces/go-sqlite3/ext/fts5"
)

func TestStem(t *testing.T) {
	tests := []struct {
		word, lang string
		want       []string
	}{
		{"Atomwaffen", "de", []string{"atomwaff"}},
		{"Atomwaffe", "de", []string{"atomwaff"}},
		{"Gipfeltreffens", "de", []string{"gipfeltreff"}},
		{"Gipfeltreffen", "de", []string{"gipfeltreff"}},
		{"Präsident", "de", []string{"prasident"}},
		{"Straße", "de", []string{"strass"}},
		{"sanctions", "en", []string{"sanction"}},
		{"sanctioned", "en", []string{"sanction"}},
		{"Präsident", "en", []string{"prasident"}},
		{"Müller", "", []string{"mull", "muller"}},
		{"wages", "", []string{"wag", "wage"}},
		{"2019", "de", []string{"2019"}},
		{"São", "en", []string{"sao"}},
	}
	for _, tt := range tests {
		if got := Stem(tt.word, tt.lang); !slices.Equal(got, tt.want) {
			t.Errorf("Stem(%q, %q) = %q, want %q", tt.word, tt.lang, got, tt.want)
		}
	}
}

type token struct {
	flags      fts5.TokenFlag
	term       string
	start, end int
}

func tokenize(t *testing.T, flags fts5.TokenizeFlag, text, locale string) []token {
	t.Helper()
	var got []token
	err := stemTokenizer{}.Tokenize(flags, text, locale, func(f fts5.TokenFlag, term string, start, end int) error {
		got = append(got, token{f, term, start, end})
		return nil
	})
	if err != nil {
		t.Fatalf("Tokenize(%q): %v", text, err)
	}
	return got
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name   string
		flags  fts5.TokenizeFlag
		text   string
		locale string
		want   []token
	}{
		{
			name: "German", flags: fts5.TOKENIZE_DOCUMENT, locale: "de",
			text: "US-Präsident trifft Kim.",
			want: []token{{0, "us", 0, 2}, {0, "prasident", 3, 13}, {0, "trifft", 14, 20}, {0, "kim", 21, 24}},
		},
		{
			name: "English", flags: fts5.TOKENIZE_DOCUMENT, locale: "en",
			text: "Sanctions imposed",
			want: []token{{0, "sanction", 0, 9}, {0, "impos", 10, 17}},
		},
		{
			name: "QueryBoth", flags: fts5.TOKENIZE_QUERY, locale: "de",
			text: "Wages",
			want: []token{{0, "wag", 0, 5}, {fts5.TOKEN_COLOCATED, "wage", 0, 5}},
		},
		{
			name: "Prefix", flags: fts5.TOKENIZE_QUERY | fts5.TOKENIZE_PREFIX,
			text: "Schuld",
			want: []token{{0, "schuld", 0, 6}},
		},
		{
			name: "Punctuation", flags: fts5.TOKENIZE_DOCUMENT, locale: "de",
			text: "„…“ – ",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenize(t, tt.flags, tt.text, tt.locale)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q, %q) = %v, want %v", tt.text, tt.locale, got, tt.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"US-Präsident trifft Kim.", "Straße São Paulo", "\xff\xfe", "a\u0308b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, locale := range []string{"de", "en", ""} {
			prev := 0
			err := stemTokenizer{}.Tokenize(fts5.TOKENIZE_DOCUMENT, text, locale, func(_ fts5.TokenFlag, term string, start, end int) error {
				if start < prev || end <= start || end > len(text) || term == "" {
					t.Fatalf("Tokenize(%q): bad token %q [%d,%d) after %d", text, term, start, end, prev)
				}
				prev = start
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	})
}

func TestLangMode(t *testing.T) {
	tests := []struct {
		lang string
		want stemMode
	}{
		{"de", stemGerman}, {"de-AT", stemGerman}, {"DE", stemGerman}, {"de_CH", stemGerman},
		{"en", stemEnglish}, {"en-GB", stemEnglish},
		{"", stemBoth}, {"fr", stemBoth}, {"deu", stemBoth},
	}
	for _, tt := range tests {
		if got := langMode(tt.lang); got != tt.want {
			t.Errorf("langMode(%q) = %v, want %v", tt.lang, got, tt.want)
		}
	}
}
