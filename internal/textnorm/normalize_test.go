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
	{"many changes", strings.Repeat("„x“ – ", 12) + "…", strings.Repeat(`"x" - `, 12) + "..."},
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

// checkOffsets asserts the invariants of an offset map: its sparse form
// (header, pairs in order, no pair that the one before implies) and the
// offsets it gives, each in the text, non-decreasing, len(norm) mapping to
// len(in), the same through BodyOffset and through one Mapper in order.
func checkOffsets(t *testing.T, in, norm string, off []int32) {
	t.Helper()
	if off == nil {
		if norm != in {
			t.Fatalf("Normalize(%q): nil offsets for changed text %q", in, norm)
		}
		return
	}
	if len(off) < 4 || len(off)%2 != 0 || off[0] != chronik.SparseOffsets || int(off[1]) != len(norm) || off[2] != 0 {
		t.Fatalf("Normalize(%q): offsets %v do not start with SparseOffsets, %d, 0", in, off, len(norm))
	}
	for k := 4; k < len(off); k += 2 {
		n, t0, pn, pt := off[k], off[k+1], off[k-2], off[k-1]
		if n <= pn || int(n) > len(norm) || t0 == pt+n-pn {
			t.Fatalf("Normalize(%q): pair %d, %d after %d, %d in %v", in, n, t0, pn, pt, off)
		}
	}
	doc := chronik.Document{Text: in, Norm: norm, NormOffsets: off}
	m := doc.Mapper()
	prev := 0
	for i := 0; i <= len(norm); i++ {
		o := doc.BodyOffset(i)
		if o < prev || o > len(in) {
			t.Fatalf("Normalize(%q): offset %d maps to %d, after %d, text of %d bytes", in, i, o, prev, len(in))
		}
		if mo := m.Offset(i); mo != o {
			t.Fatalf("Normalize(%q): Mapper maps %d to %d, BodyOffset to %d", in, i, mo, o)
		}
		prev = o
	}
	if got := doc.BodyOffset(len(norm)); got != len(in) {
		t.Errorf("Normalize(%q): end maps to %d, want %d", in, got, len(in))
	}
	m = doc.Mapper()
	for i := len(norm) + 1; i >= -1; i-- {
		if mo, o := m.Offset(i), doc.BodyOffset(i); mo != o {
			t.Fatalf("Normalize(%q): Mapper backwards maps %d to %d, BodyOffset to %d", in, i, mo, o)
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
