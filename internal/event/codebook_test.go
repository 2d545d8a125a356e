package event

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCodebookLoads parses every embedded codebook file of every language.
func TestCodebookLoads(t *testing.T) {
	books, err := loadCodebooks()
	if err != nil {
		t.Fatal(err)
	}
	files, err := CodebookFiles()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2*len(Languages) {
		t.Fatalf("CodebookFiles() = %v, want files for %v", files, Languages)
	}
	for _, lang := range Languages {
		b := books[lang]
		if b == nil {
			t.Fatalf("no codebook for %s", lang)
		}
		types := map[string]bool{}
		for _, p := range b.patterns {
			types[p.Type] = true
		}
		for _, typ := range eventTypes {
			if !types[typ] {
				t.Errorf("%s codebook has no trigger for %s", lang, typ)
			}
		}
		for _, cat := range []string{"negation", "hypothetical", "future", "reported", "article", "coordination"} {
			c := b.cue(cat)
			if len(c.single) == 0 && len(c.multi) == 0 && len(c.prefix) == 0 {
				t.Errorf("%s codebook has no %s cues", lang, cat)
			}
		}
	}
}

func TestCodebookErrors(t *testing.T) {
	const head = "# test file\n# written for chronik\n"
	tests := []struct {
		name, data, want string
	}{
		{"NoHeader", "AGREE\tzusagen\n", "header"},
		{"BadType", head + "AGRE\tzusagen\n", "unknown type"},
		{"BadMode", head + "CONSULT riot\ttreffen\n", "not a mode"},
		{"Upper", head + "CONSULT\tTreffen\n", "lowercase"},
		{"Columns", head + "CONSULT\n", "columns"},
		{"ShortPrefix", head + "CONSULT\tab*\n", "too short"},
		{"BadFlag", head + "CONSULT\ttreffen\tfoo\n", "unknown flag"},
		{"ThreeWay", head + "CONSULT\ta ~ b ~ c\n", "exactly two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"codebook/xx/a.txt": {Data: []byte(tt.data)}}
			_, err := parseBook(fsys, "xx")
			if !errors.Is(err, ErrCodebook) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseBook(%q) = %v, want ErrCodebook with %q", tt.data, err, tt.want)
			}
		})
	}
}

// TestCueIDs checks that the cue category constants follow cueCategories.
func TestCueIDs(t *testing.T) {
	if len(cueCategories) != numCues || numCues > 64 {
		t.Fatalf("%d cue categories, %d ids (at most 64)", len(cueCategories), numCues)
	}
	books, err := loadCodebooks()
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range cueCategories {
		if books["de"].cueList[i] != books["de"].cue(name) {
			t.Errorf("cue id %d is not %q", i, name)
		}
	}
	if cueCategories[cueQuantity] != "quantity" || cueCategories[cueArticle] != "article" {
		t.Error("cue constants out of order")
	}
}
