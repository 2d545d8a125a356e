package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

func testSearch(t *testing.T, open Open) {
	s := openWithCorpus(t, open)
	tests := []struct {
		name string
		q    chronik.SearchQuery
		want []string // ids in any order
	}{
		{"GermanPlural", chronik.SearchQuery{Text: "Atomwaffe"}, []string{"de-kim-russland"}},
		{"GermanGenitive", chronik.SearchQuery{Text: "Gipfeltreffens"}, []string{"de-kim-russland", "de-hanoi"}},
		{"GermanCase", chronik.SearchQuery{Text: "wladiwostok"}, []string{"de-kim-russland"}},
		{"Umlaut", chronik.SearchQuery{Text: "Prasidenten"}, []string{"de-kim-russland", "de-singapur"}},
		{"UmlautQuery", chronik.SearchQuery{Text: "Hände"}, []string{"de-singapur"}},
		{"EnglishPlural", chronik.SearchQuery{Text: "sanctions"}, []string{"en-swift", "en-crimea"}},
		{"EnglishVerb", chronik.SearchQuery{Text: "freeze"}, []string{"en-crimea"}},
		{"GermanNoun", chronik.SearchQuery{Text: "Sanktion"}, []string{"de-hanoi"}},
		{"And", chronik.SearchQuery{Text: "Trump Singapur"}, []string{"de-singapur"}},
		{"Phrase", chronik.SearchQuery{Text: `"Kim Jong Un"`}, []string{"de-kim-russland", "de-hanoi", "de-singapur", "en-singapore"}},
		{"PhraseOrder", chronik.SearchQuery{Text: `"Un Jong Kim"`}, nil},
		{"PhraseStemmed", chronik.SearchQuery{Text: `"central banks"`}, []string{"en-swift"}},
		{"Or", chronik.SearchQuery{Text: "Singapur OR Singapore"}, []string{"de-singapur", "en-singapore"}},
		{"OrAnd", chronik.SearchQuery{Text: "Trump Singapur OR Hanoi"}, []string{"de-singapur", "de-hanoi", "de-kim-russland"}},
		{"Exclude", chronik.SearchQuery{Text: "Trump -Hanoi"}, []string{"de-singapur", "en-singapore"}},
		{"ExcludePhrase", chronik.SearchQuery{Text: `Trump -"Kim Jong Un" `}, nil},
		{"Prefix", chronik.SearchQuery{Text: "Schuld*"}, []string{"de-hilfspaket"}},
		{"Hyphenated", chronik.SearchQuery{Text: "US-Präsident"}, []string{"de-kim-russland", "de-singapur"}},
		{"Lang", chronik.SearchQuery{Text: "Trump", Lang: "en"}, []string{"en-singapore"}},
		{"From", chronik.SearchQuery{Text: "Trump", From: date("2019-01-01")}, []string{"de-kim-russland", "de-hanoi"}},
		{"To", chronik.SearchQuery{Text: "Trump", To: date("2019-01-01")}, []string{"de-singapur"}},
		{"Punctuation", chronik.SearchQuery{Text: `Hanoi: (Gipfel) AND "Trump" ^ :`}, []string{"de-hanoi"}},
		{"OperatorsAreWords", chronik.SearchQuery{Text: "Trump NOT Hanoi"}, nil},
		{"NoMatch", chronik.SearchQuery{Text: "Bundeskanzler"}, nil},
		{"Limit", chronik.SearchQuery{Text: "Kim", Limit: 1}, nil}, // checked below
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(t.Context(), tt.q)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.q.Text, err)
			}
			if tt.name == "Limit" {
				if len(hits) != 1 {
					t.Errorf("Search(%q, limit 1) = %v, want 1 hit", tt.q.Text, hitIDs(hits))
				}
				return
			}
			got := hitIDs(hits)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%+v) = %v, want %v", tt.q, got, want)
			}
		})
	}

	t.Run("Hit", func(t *testing.T) {
		hits, err := s.Search(t.Context(), chronik.SearchQuery{Text: "Atomwaffe"})
		if err != nil || len(hits) != 1 {
			t.Fatalf("Search = %v, %v; want one hit", hitIDs(hits), err)
		}
		h := hits[0]
		want := corpus[0].document()
		if h.ID != want.ID || h.Title != want.Title || h.Lang != "de" || h.DCT != want.DCT {
			t.Errorf("hit = %+v, want id, title, lang and DCT of %s", h, want.ID)
		}
		if !strings.Contains(h.Snippet, "«Atomwaffen»") {
			t.Errorf("hit snippet = %q, want «Atomwaffen» marked", h.Snippet)
		}
		if h.Score <= 0 {
			t.Errorf("hit score = %v, want > 0", h.Score)
		}
	})

	t.Run("Ranked", func(t *testing.T) {
		hits, err := s.Search(t.Context(), chronik.SearchQuery{Text: "Gipfeltreffen"})
		if err != nil || len(hits) != 2 {
			t.Fatalf("Search = %v, %v; want two hits", hitIDs(hits), err)
		}
		if hits[0].Score < hits[1].Score {
			t.Errorf("scores %v, %v not in descending order", hits[0].Score, hits[1].Score)
		}
	})

	t.Run("UnknownLang", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		mustCreate(t, s,
			&chronik.Document{ID: "none", Title: "Ohne Sprache", Text: "Verhandlungen über Atomwaffen; talks on sanctions."},
			&chronik.Document{ID: "regional", Lang: "de-AT", Text: "Die Gipfeltreffen in Wien."},
		)
		for _, q := range []string{"Atomwaffe", "sanctioned", "Verhandlung", "Gipfeltreffens"} {
			hits, err := s.Search(t.Context(), chronik.SearchQuery{Text: q})
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			if len(hits) != 1 {
				t.Errorf("Search(%q) = %v, want one hit", q, hitIDs(hits))
			}
		}
	})

	t.Run("TitleWeighsMore", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		body := "Die Regierung hat am Mittwoch über den Haushalt beraten. "
		mustCreate(t, s,
			&chronik.Document{ID: "a-body", Lang: "de", Title: "Haushalt beraten", Text: body + "Auch der Monsun war Thema."},
			&chronik.Document{ID: "b-title", Lang: "de", Title: "Monsun beraten", Text: body + "Auch das Wetter war Thema."},
		)
		hits, err := s.Search(t.Context(), chronik.SearchQuery{Text: "Monsun"})
		if err != nil {
			t.Fatalf("Search: %v", err)
		}
		if got := hitIDs(hits); !slices.Equal(got, []string{"b-title", "a-body"}) {
			t.Errorf("Search(Monsun) = %v, want title match first", got)
		}
	})

	errs := []struct {
		name string
		text string
	}{
		{"ErrEmpty", ""},
		{"ErrSpaces", "   "},
		{"ErrOnlyExcluded", "-Trump"},
		{"ErrOnlyPunctuation", `"" - ,`},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Search(t.Context(), chronik.SearchQuery{Text: tt.text})
			if code := chronik.ErrorCode(err); code != chronik.EINVALID {
				t.Errorf("Search(%q) error = %v, want code %s", tt.text, err, chronik.EINVALID)
			}
		})
	}
}
