package textnorm

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

var normalizeTests = []struct {
	name, in, want string
}{
	{"ASCII", "Kim met Trump in Hanoi.", "Kim met Trump in Hanoi."},
	{"NFC already", "Pjöngjang, Lawrow, Außenminister", "Pjöngjang, Lawrow, Außenminister"},
	{"NFD", "Pjo\u0308ngjang", "Pjöngjang"},
	{"soft hyphen", "Bun\u00ADdes\u00ADregierung", "Bundesregierung"},
	{"zero width", "a\u200Bb\u2060c\uFEFF", "abc"},
	{"nbsp", "3,5\u00A0%", "3,5 %"},
	{"narrow nbsp", "20\u202F000", "20 000"},
	{"German quotes", "„Wir kommen“, sagte er.", `"Wir kommen", sagte er.`},
	{"English quotes", "“It’s done,” he said.", `"It's done," he said.`},
	{"single German", "‚so‘", "'so'"},
	{"guillemets", "«Nein» und ‹ja›", `"Nein" und 'ja'`},
	{"en dash", "1989–1990", "1989-1990"},
	{"em dash", "Er — der Präsident — kam", "Er - der Präsident - kam"},
	{"minus", "−3 Grad", "-3 Grad"},
	{"figure dash", "030‒123", "030-123"},
	{"ellipsis", "Und dann…", "Und dann..."},
	{"NFD and quote", "„Mu\u0308ller“", `"Müller"`},
	{"line separator", "a\u2028b", "a\nb"},
	{"empty", "", ""},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, off := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if (off == nil) != (tt.in == tt.want) {
				t.Errorf("Normalize(%q) offsets nil = %v, want %v", tt.in, off == nil, tt.in == tt.want)
			}
			checkOffsets(t, tt.in, got, off)
		})
	}
}

// checkOffsets asserts the invariants of an offset map.
func checkOffsets(t *testing.T, in, norm string, off []int32) {
	t.Helper()
	if off == nil {
		if norm != in {
			t.Fatalf("Normalize(%q): nil offsets for changed text %q", in, norm)
		}
		return
	}
	if len(off) != len(norm)+1 {
		t.Fatalf("Normalize(%q): %d offsets for %d bytes", in, len(off), len(norm))
	}
	if int(off[len(norm)]) != len(in) {
		t.Errorf("Normalize(%q): last offset %d, want %d", in, off[len(norm)], len(in))
	}
	for i, o := range off {
		if o < 0 || int(o) > len(in) {
			t.Fatalf("Normalize(%q): offset[%d] = %d outside the text", in, i, o)
		}
		if i > 0 && o < off[i-1] {
			t.Fatalf("Normalize(%q): offset[%d] = %d < offset[%d] = %d", in, i, o, i-1, off[i-1])
		}
	}
}

// TestNormalizeSpans checks that a word found in the normalized text maps
// back to the original word.
func TestNormalizeSpans(t *testing.T) {
	in := "„Der Bun\u00ADdes\u00ADpräsident“ sagte…\u00A0Pjo\u0308ngjang – ja."
	norm, off := Normalize(in)
	doc := chronik.Document{Text: in, Norm: norm, NormOffsets: off}
	for _, tt := range []struct{ word, orig string }{
		{"Bundespräsident", "Bun\u00ADdes\u00ADpräsident"},
		{"Pjöngjang", "Pjo\u0308ngjang"},
		{`"Der`, "„Der"},
		{"...", "…"},
		{"-", "–"},
	} {
		i := strings.Index(norm, tt.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.word, norm)
		}
		sp := doc.BodySpan(chronik.Span{Start: i, End: i + len(tt.word)})
		if got := doc.Slice(sp); got != tt.orig {
			t.Errorf("BodySpan(%q) = %q, want %q", tt.word, got, tt.orig)
		}
	}
}

func TestNormalizeNoAlloc(t *testing.T) {
	for _, s := range []string{"Kim met Trump in Hanoi.", "Außenminister Lawrow in Pjöngjang"} {
		if n := testing.AllocsPerRun(10, func() { Normalize(s) }); n != 0 {
			t.Errorf("Normalize(%q) allocates %v times, want 0", s, n)
		}
	}
}

func TestStage(t *testing.T) {
	doc := chronik.Document{Text: "„Ja“"}
	if err := (Stage{}).Annotate(context.Background(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.NormText() != `"Ja"` || doc.NormOffsets == nil {
		t.Errorf("Stage: Norm = %q, offsets %v", doc.Norm, doc.NormOffsets)
	}
	doc = chronik.Document{Text: "plain", Norm: "stale", NormOffsets: []int32{0}}
	if err := (Stage{}).Annotate(context.Background(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Norm != "" || doc.NormOffsets != nil {
		t.Errorf("Stage on normal text: Norm = %q, offsets %v, want empty", doc.Norm, doc.NormOffsets)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	f.Add("\xff\xfe„a\u0308\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		norm, off := Normalize(s)
		checkOffsets(t, s, norm, off)
		if utf8.ValidString(s) && !utf8.ValidString(norm) {
			t.Errorf("Normalize(%q) = %q, not valid UTF-8", s, norm)
		}
		norm2, _ := Normalize(norm)
		if utf8.ValidString(s) && norm2 != norm {
			t.Errorf("Normalize not idempotent: %q → %q → %q", s, norm, norm2)
		}
	})
}
