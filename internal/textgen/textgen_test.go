package textgen

import "testing"

func TestCorpus(t *testing.T) {
	for _, lang := range []string{"de", "en", "mixed"} {
		a, b := Corpus(lang, 10000, 1), Corpus(lang, 10000, 1)
		if a != b {
			t.Errorf("Corpus(%q) is not deterministic", lang)
		}
		if len(a) < 10000 || len(a) > 12000 {
			t.Errorf("Corpus(%q, 10000) has %d bytes", lang, len(a))
		}
	}
}
