package temporal

import (
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/spanmark"

	"github.com/chronik-dev/chronik"
)

// FuzzTagText checks the tagger's invariants on any input: no panic, every
// value well-formed TIMEX3, spans inside the text and in order, output stable.
func FuzzTagText(f *testing.F) {
	for _, c := range allCases(&testing.T{}) {
		text, _, err := spanmark.Strip(c.input, '«', '»')
		if err == nil {
			f.Add(c.hdr.Lang == "en", text, c.hdr.DCT, c.hdr.Narrative)
		}
	}
	for _, s := range []string{
		"am 31. Februar", "im Jahr 99999", "vor 5000000 Jahren", "den 45. Mai", "vor 99999999999 Jahren",
		"in 9999 Jahren", "9999-12-31", "0000-01-01", "am 29. Februar 2100", "um 24:00 Uhr", "1.1.00",
		"im 99. Jahrhundert v. Chr.", "vor 8000 Jahrhunderten", "«", "\xff\xfe", "KW 53 1999",
	} {
		f.Add(false, s, "2019-04-18", false)
		f.Add(false, s, "", true)
	}
	f.Fuzz(func(t *testing.T, en bool, text, dct string, narrative bool) {
		d, err := chronik.ParseDCT(dct)
		if err != nil {
			return
		}
		lang := "de"
		if en {
			lang = "en"
		}
		tg := NewTagger()
		tg.Narrative = narrative
		got := tg.Tag(lang, text, d)
		prev := 0
		for _, x := range got {
			if err := CheckTimex(x.Type, x.Value, x.Mod, x.Start, x.End, len(text)); err != nil {
				t.Fatalf("Tag(%q) gave %+v: %v", text, x, err)
			}
			if x.Start < prev {
				t.Fatalf("Tag(%q): overlapping or unordered spans at %+v", text, x)
			}
			prev = x.End
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Tag(%q): text %q does not match span", text, x.Text)
			}
		}
		again := tg.Tag(lang, text, d)
		if len(again) != len(got) {
			t.Fatalf("Tag(%q) not stable: %d then %d expressions", text, len(got), len(again))
		}
		for i := range got {
			if got[i] != again[i] {
				t.Fatalf("Tag(%q) not stable: %+v then %+v", text, got[i], again[i])
			}
		}
	})
}

// FuzzNormalize drives the resolver directly with arbitrary field values.
func FuzzNormalize(f *testing.F) {
	f.Add("date", 2019, 2, 31, 0, 5.0, "Y", 1, "2019-04-18")
	f.Add("ago", 2019, 0, 0, 0, 5000000.0, "Y", 0, "2019-04-18")
	f.Add("later", 0, 0, 0, 0, 1e12, "CE", 1, "")
	f.Add("rel", 0, 5, 0, 3, 0.0, "WE", -1, "2019-04")
	f.Add("dur", 0, 0, 0, 0, 1.25, "Q", 0, "2019")
	f.Fuzz(func(t *testing.T, action string, y, m, d, wd int, num float64, unit string, rel int, dct string) {
		if !actions[action] {
			return
		}
		dc, err := chronik.ParseDCT(dct)
		if err != nil {
			return
		}
		r := resolver{dct: anchorFromDCT(dc)}
		if dc.IsZero() {
			r.dct = anchor{}
		}
		if _, ok := unitCodes[unit]; !ok {
			unit = "D"
		}
		fr := frame{year: y, hasYear: y != 0, month: m, day: d, wd: wd, num: num, hasNum: num != 0,
			unit: unit, unitMul: 1, rel: rel, hasRel: rel != 0, ord: m, hasOrd: m != 0, decade: y, hasDec: y != 0}
		res, ok := r.resolve(action, &fr)
		if ok && (!ValidValue(res.val) || !ValidMod(res.mod) || !strings.Contains("DATE TIME DURATION SET", res.typ)) {
			t.Fatalf("resolve(%s, %+v) = %+v: invalid", action, fr, res)
		}
	})
}
