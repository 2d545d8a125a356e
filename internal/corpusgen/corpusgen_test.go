package corpusgen

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDeterministic(t *testing.T) {
	a, b := New(7), New(7)
	for range 50 {
		x, y := a.Next(), b.Next()
		if x.Text != y.Text || x.DCT != y.DCT || x.ID != y.ID {
			t.Fatalf("same seed gave different articles: %q vs %q", x.ID, y.ID)
		}
	}
}

func TestArticles(t *testing.T) {
	g := New(1)
	langs := map[string]int{}
	for range 200 {
		d := g.Next()
		langs[d.Lang]++
		if !utf8.ValidString(d.Text) || strings.Contains(d.Text, "{") {
			t.Fatalf("article %s has an unfilled slot or bad UTF-8: %q", d.ID, d.Text)
		}
		if d.DCT.Time.Year() < 2017 || d.DCT.Time.Year() > 2019 {
			t.Errorf("article %s dated %s", d.ID, d.DCT)
		}
	}
	if langs["de"] < 50 || langs["en"] < 50 {
		t.Errorf("languages = %v, want both", langs)
	}
	if s := g.Text("de", 10000); len(s) < 10000 {
		t.Errorf("Text returned %d bytes", len(s))
	}
}
