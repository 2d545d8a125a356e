package tokenize

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// Token expectations mark every token with ⟦ ⟧; kinds lists the kind of
// some tokens by form (word tokens need not be listed) and forms the
// Form of tokens whose Form differs from their text.
var scanTests = []struct {
	name, lang, in string
	kinds          map[string]chronik.TokenKind
	forms          map[string]string
}{
	{name: "plain de", lang: "de", in: "⟦Kim⟧ ⟦reist⟧ ⟦nach⟧ ⟦Russland⟧⟦.⟧"},
	{name: "abbrev spaced", lang: "de", in: "⟦Das⟧ ⟦gilt⟧ ⟦z. B.⟧ ⟦und⟧ ⟦u. a.⟧ ⟦für⟧ ⟦Kim⟧⟦.⟧",
		kinds: map[string]chronik.TokenKind{"z. B.": chronik.TokenAbbrev, "u. a.": chronik.TokenAbbrev},
		forms: map[string]string{"z. B.": "z.B.", "u. a.": "u.a."}},
	{name: "abbrev compact", lang: "de", in: "⟦z.B.⟧ ⟦bzw.⟧ ⟦Dr.⟧ ⟦Prof.⟧ ⟦Nr.⟧ ⟦5⟧ ⟦St.⟧ ⟦Petersburg⟧ ⟦usw.⟧ ⟦ca.⟧ ⟦vs.⟧ ⟦Jan.⟧",
		kinds: map[string]chronik.TokenKind{"z.B.": chronik.TokenAbbrev, "bzw.": chronik.TokenAbbrev, "Dr.": chronik.TokenAbbrev,
			"Prof.": chronik.TokenAbbrev, "Nr.": chronik.TokenAbbrev, "St.": chronik.TokenAbbrev, "usw.": chronik.TokenAbbrev,
			"ca.": chronik.TokenAbbrev, "vs.": chronik.TokenAbbrev, "Jan.": chronik.TokenAbbrev, "5": chronik.TokenNumber}},
	{name: "abbrev capitalized", lang: "de", in: "⟦Bzw.⟧ ⟦so⟧", kinds: map[string]chronik.TokenKind{"Bzw.": chronik.TokenAbbrev}},
	{name: "abbrev en", lang: "en", in: "⟦Mr.⟧ ⟦Smith⟧ ⟦of⟧ ⟦the⟧ ⟦U.S.⟧⟦,⟧ ⟦e.g.⟧ ⟦this⟧⟦,⟧ ⟦i.e.⟧ ⟦that⟧",
		kinds: map[string]chronik.TokenKind{"Mr.": chronik.TokenAbbrev, "U.S.": chronik.TokenAbbrev, "e.g.": chronik.TokenAbbrev, "i.e.": chronik.TokenAbbrev}},
	{name: "initials", lang: "en", in: "⟦J.⟧ ⟦F.⟧ ⟦Kennedy⟧ ⟦said⟧",
		kinds: map[string]chronik.TokenKind{"J.": chronik.TokenAbbrev, "F.": chronik.TokenAbbrev}},
	{name: "unknown abbrev", lang: "de", in: "⟦Er⟧ ⟦kam⟧⟦.⟧ ⟦Dann⟧", kinds: map[string]chronik.TokenKind{".": chronik.TokenPunct}},
	{name: "ordinal month", lang: "de", in: "⟦am⟧ ⟦3.⟧ ⟦Oktober⟧ ⟦1990⟧",
		kinds: map[string]chronik.TokenKind{"3.": chronik.TokenOrdinal, "1990": chronik.TokenNumber}},
	{name: "ordinal article", lang: "de", in: "⟦der⟧ ⟦1.⟧ ⟦Weltkrieg⟧", kinds: map[string]chronik.TokenKind{"1.": chronik.TokenOrdinal}},
	{name: "ordinal adjective", lang: "de", in: "⟦die⟧ ⟦neuen⟧ ⟦3.⟧ ⟦Liga⟧", kinds: map[string]chronik.TokenKind{"3.": chronik.TokenOrdinal}},
	{name: "ordinal lowercase", lang: "de", in: "⟦3.⟧ ⟦und⟧ ⟦4.⟧ ⟦Mai⟧", kinds: map[string]chronik.TokenKind{"3.": chronik.TokenOrdinal, "4.": chronik.TokenOrdinal}},
	{name: "year ends sentence", lang: "de", in: "⟦Er⟧ ⟦kam⟧ ⟦1989⟧⟦.⟧ ⟦Dann⟧", kinds: map[string]chronik.TokenKind{"1989": chronik.TokenNumber, ".": chronik.TokenPunct}},
	{name: "number ends sentence", lang: "de", in: "⟦Platz⟧ ⟦3⟧⟦.⟧ ⟦Die⟧", kinds: map[string]chronik.TokenKind{"3": chronik.TokenNumber}},
	{name: "no ordinal en", lang: "en", in: "⟦in⟧ ⟦3⟧⟦.⟧ ⟦October⟧", kinds: map[string]chronik.TokenKind{"3": chronik.TokenNumber}},
	{name: "ordinal en", lang: "en", in: "⟦the⟧ ⟦1st⟧ ⟦and⟧ ⟦22nd⟧", kinds: map[string]chronik.TokenKind{"1st": chronik.TokenOrdinal, "22nd": chronik.TokenOrdinal}},
	{name: "date", lang: "de", in: "⟦am⟧ ⟦9.11.1989⟧ ⟦und⟧ ⟦3.5.⟧ ⟦und⟧ ⟦1.1.90⟧", kinds: map[string]chronik.TokenKind{
		"9.11.1989": chronik.TokenDate, "3.5.": chronik.TokenDate, "1.1.90": chronik.TokenDate}},
	{name: "date at end", lang: "de", in: "⟦am⟧ ⟦9.11.1989⟧⟦.⟧", kinds: map[string]chronik.TokenKind{"9.11.1989": chronik.TokenDate}},
	{name: "time", lang: "de", in: "⟦um⟧ ⟦20.30⟧ ⟦Uhr⟧ ⟦bzw.⟧ ⟦20:30⟧", kinds: map[string]chronik.TokenKind{
		"20.30": chronik.TokenDate, "20:30": chronik.TokenDate}},
	{name: "iso date", lang: "en", in: "⟦on⟧ ⟦2019-04-12⟧", kinds: map[string]chronik.TokenKind{"2019-04-12": chronik.TokenDate}},
	{name: "decimal comma", lang: "de", in: "⟦3,5⟧ ⟦Prozent⟧⟦,⟧ ⟦1.000.000⟧ ⟦und⟧ ⟦1.250,50⟧ ⟦€⟧", kinds: map[string]chronik.TokenKind{
		"3,5": chronik.TokenNumber, "1.000.000": chronik.TokenNumber, "1.250,50": chronik.TokenNumber, "€": chronik.TokenSymbol}},
	{name: "thousands en", lang: "en", in: "⟦$⟧⟦1,000,000.50⟧ ⟦and⟧ ⟦3.5⟧⟦%⟧", kinds: map[string]chronik.TokenKind{
		"$": chronik.TokenSymbol, "1,000,000.50": chronik.TokenNumber, "3.5": chronik.TokenNumber, "%": chronik.TokenSymbol}},
	{name: "percent", lang: "de", in: "⟦3,5⟧ ⟦%⟧ ⟦und⟧ ⟦4⟧⟦%⟧"},
	{name: "compounds", lang: "de", in: "⟦US-Präsident⟧ ⟦Nordkorea-Sanktionen⟧ ⟦3-jährige⟧ ⟦90er-Jahre⟧ ⟦COVID-19⟧"},
	{name: "truncated compound", lang: "de", in: "⟦Vor-⟧ ⟦und⟧ ⟦Nachteile⟧⟦,⟧ ⟦Ein-⟧⟦,⟧ ⟦Aus-⟧ ⟦oder⟧ ⟦Umstieg⟧"},
	{name: "dash", lang: "de", in: "⟦Kim⟧ ⟦-⟧ ⟦und⟧ ⟦Putin⟧ ⟦--⟧ ⟦ja⟧"},
	{name: "Kim Jong-un's", lang: "en", in: "⟦Kim⟧ ⟦Jong-un⟧⟦'s⟧ ⟦visit⟧"},
	{name: "clitics", lang: "en", in: "⟦Trump⟧⟦'s⟧ ⟦men⟧ ⟦do⟧⟦n't⟧ ⟦know⟧⟦,⟧ ⟦they⟧⟦'re⟧ ⟦sure⟧ ⟦I⟧⟦'ll⟧ ⟦go⟧"},
	{name: "inner apostrophe", lang: "en", in: "⟦O'Brien⟧ ⟦and⟧ ⟦D'Alema⟧"},
	{name: "german clitic", lang: "de", in: "⟦Wie⟧ ⟦geht⟧⟦'s⟧⟦?⟧"},
	{name: "url", lang: "de", in: "⟦Siehe⟧ ⟦https://example.com/a?b=1&c=2⟧⟦.⟧ ⟦Und⟧ ⟦www.spiegel.de⟧⟦,⟧ ⟦spiegel.de/politik⟧⟦!⟧",
		kinds: map[string]chronik.TokenKind{"https://example.com/a?b=1&c=2": chronik.TokenURL, "www.spiegel.de": chronik.TokenURL, "spiegel.de/politik": chronik.TokenURL}},
	{name: "email", lang: "en", in: "⟦Mail⟧ ⟦info@chronik.example.org⟧⟦.⟧", kinds: map[string]chronik.TokenKind{"info@chronik.example.org": chronik.TokenURL}},
	{name: "quotes", lang: "de", in: `⟦"⟧⟦Wir⟧ ⟦kommen⟧⟦"⟧⟦,⟧ ⟦sagte⟧ ⟦er⟧⟦.⟧ ⟦'⟧⟦so⟧⟦'⟧`, kinds: map[string]chronik.TokenKind{`"`: chronik.TokenPunct, "'": chronik.TokenPunct}},
	{name: "PTB quotes", lang: "en", in: "⟦``⟧⟦It⟧ ⟦was⟧⟦,⟧⟦''⟧ ⟦he⟧ ⟦said⟧"},
	{name: "stops", lang: "de", in: "⟦Was⟧⟦?!⟧ ⟦Und⟧ ⟦dann⟧⟦...⟧ ⟦nichts⟧"},
	{name: "brackets", lang: "de", in: "⟦(⟧⟦dpa⟧⟦)⟧ ⟦[⟧⟦1⟧⟦]⟧ ⟦§⟧ ⟦5⟧"},
	{name: "umlauts", lang: "de", in: "⟦Übergriffe⟧ ⟦in⟧ ⟦Pjöngjang⟧ ⟦außerhalb⟧"},
	{name: "emoji", lang: "en", in: "⟦great⟧ ⟦🙂⟧", kinds: map[string]chronik.TokenKind{"🙂": chronik.TokenSymbol}},
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		t.Run(tt.name, func(t *testing.T) {
			text, want := spanmark.MustStrip(tt.in, '⟦', '⟧')
			toks := Text(nil, text, tt.lang)
			var got []string
			for _, tk := range toks {
				got = append(got, text[tk.Start:tk.End])
			}
			var ws []string
			for _, sp := range want {
				ws = append(ws, text[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(ws, "|") {
				t.Fatalf("Text(%q) = %q, want %q", text, got, ws)
			}
			for _, tk := range toks {
				src := text[tk.Start:tk.End]
				if k, ok := tt.kinds[src]; ok && tk.Kind != k {
					t.Errorf("Text(%q): %q kind %v, want %v", text, src, tk.Kind, k)
				}
				wantForm := src
				if f, ok := tt.forms[src]; ok {
					wantForm = f
				}
				if tk.Form != wantForm {
					t.Errorf("Text(%q): %q form %q, want %q", text, src, tk.Form, wantForm)
				}
			}
		})
	}
}

func TestTokensMapsSpans(t *testing.T) {
	doc := chronik.Document{Text: "„Der Bun\u00ADdes\u00ADpräsident“ kam am 3.\u00A0Oktober…", Lang: "de"}
	if err := (textnorm.Stage{}).Annotate(context.Background(), &doc); err != nil {
		t.Fatal(err)
	}
	want := []string{"„", "Der", "Bun\u00ADdes\u00ADpräsident", "“", "kam", "am", "3.", "Oktober", "…"}
	forms := []string{`"`, "Der", "Bundespräsident", `"`, "kam", "am", "3.", "Oktober", "..."}
	toks := Tokens(&doc)
	if len(toks) != len(want) {
		t.Fatalf("Tokens = %v, want %d tokens", toks, len(want))
	}
	for i, tk := range toks {
		if got := doc.Slice(tk.Span); got != want[i] || tk.Form != forms[i] {
			t.Errorf("token %d = %q (form %q), want %q (form %q)", i, got, tk.Form, want[i], forms[i])
		}
	}
}

// TestData loads every data file of every language.
func TestData(t *testing.T) {
	for _, l := range Languages {
		lx, err := loadLexicon(dataFS, l)
		if err != nil {
			t.Fatal(err)
		}
		if len(lx.abbrev) < 20 {
			t.Errorf("%s: %d abbreviations", l, len(lx.abbrev))
		}
		// The prefilter of abbrevEnd lets every key through, also with
		// a capital first letter, and keeps out ordinary words.
		for _, m := range []map[string]bool{lx.abbrev, lx.prefix} {
			for k := range m {
				if !lx.mayBeKey(k) || !lx.mayBeKey(capitalize(k)) {
					t.Errorf("%s: mayBeKey(%q) = false", l, k)
				}
			}
		}
		if lx.anyKey || lx.mayBeKey("Wirtschaftsministerium.") {
			t.Errorf("%s: mayBeKey rules nothing out", l)
		}
	}
	if known, inner := Abbreviation("de", "z.B."); !known || !inner {
		t.Errorf(`Abbreviation("de", "z.B.") = %v, %v, want true, true`, known, inner)
	}
	if known, inner := Abbreviation("en", "Inc."); !known || inner {
		t.Errorf(`Abbreviation("en", "Inc.") = %v, %v, want true, false`, known, inner)
	}
	for _, l := range []string{"de", "en", "fr"} {
		ab := Abbreviations(l)
		for _, f := range []string{"z.B.", "Inc.", "Dr.", "bzw.", "Berlin.", ""} {
			k1, i1 := Abbreviation(l, f)
			if k2, i2 := ab.Lookup(f); k1 != k2 || i1 != i2 {
				t.Errorf("Abbreviations(%q)(%q) = %v, %v; Abbreviation gives %v, %v", l, f, k2, i2, k1, i1)
			}
		}
	}
}

// checkTokens asserts the invariants of a token list over text.
func checkTokens(t *testing.T, text string, toks []chronik.Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.Start >= tk.End || tk.End > len(text) {
			t.Fatalf("Text(%q): token %d span %v after %d", text, i, tk.Span, prev)
		}
		if tk.Form == "" {
			t.Fatalf("Text(%q): token %d has no form", text, i)
		}
		prev = tk.End
	}
}

func FuzzScan(f *testing.F) {
	for _, tt := range scanTests {
		text, _ := spanmark.MustStrip(tt.in, '⟦', '⟧')
		f.Add(text, tt.lang)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		toks := Text(nil, text, lang)
		checkTokens(t, text, toks)
		// Exact (pre-sized slice) and Scan (one token at a time) agree
		// with Text.
		if ex := Exact(text, lang); !slices.Equal(ex, toks) {
			t.Fatalf("Exact(%q) = %v, Text gives %v", text, ex, toks)
		}
		var sc Scanner
		sc.Init(text, lang)
		for i := 0; ; i++ {
			tk, ok := sc.Scan()
			if !ok {
				if i != len(toks) {
					t.Fatalf("Scan(%q) gave %d tokens, Text %d", text, i, len(toks))
				}
				break
			}
			if i >= len(toks) || tk != toks[i] {
				t.Fatalf("Scan(%q): token %d = %v, Text gives %v", text, i, tk, toks)
			}
		}
		if utf8.ValidString(text) {
			// Every non-space rune is inside a token.
			n := 0
			for _, tk := range toks {
				n += len(strings.Join(strings.Fields(text[tk.Start:tk.End]), ""))
			}
			if m := len(strings.Join(strings.Fields(text), "")); n != m {
				t.Errorf("Text(%q): tokens cover %d non-space bytes, want %d", text, n, m)
			}
		}
	})
}

// TestEstimate checks that the size estimate of Exact is close to the
// number of tokens of news text and above it.
func TestEstimate(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"de", `Der Bundespräsident sagte am 3. Oktober in Berlin: "Wir sind z.B. 1,5 Mio. Menschen." Die Ost-West-Beziehungen (seit 1990) bleiben.`},
		{"en", `U.S. officials said on Jan. 5 that Mr. Smith's plan isn't ready - see www.example.com/news, 2.5% more.`},
		{"de", "Vor- und Nachteile; 9.11.1989, 20.30 Uhr, Berlin/Bonn.\n\nNeuer Absatz mit Wörtern äöü."},
	} {
		n, e := len(Text(nil, tt.text, tt.lang)), estimate(tt.text)
		if e+e>>6+1 < n || e > n+n/5 {
			t.Errorf("estimate(%q) = %d for %d tokens", tt.text, e, n)
		}
	}
}
