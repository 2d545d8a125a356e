package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func testFindDocuments(t *testing.T, open Open) {
	s := openWithCorpus(t, open)
	tests := []struct {
		name   string
		filter chronik.DocumentFilter
		want   []string
		count  int
	}{
		{
			name: "All", // by DCT, undated last
			want: []string{"en-crimea", "de-singapur", "de-hanoi", "de-kim-russland", "de-hilfspaket", "en-swift", "en-singapore"},
		},
		{
			name:   "Lang",
			filter: chronik.DocumentFilter{Lang: "en"},
			want:   []string{"en-crimea", "en-swift", "en-singapore"},
		},
		{
			name:   "From",
			filter: chronik.DocumentFilter{From: date("2019-02-28")},
			want:   []string{"de-hanoi", "de-kim-russland", "de-hilfspaket", "en-swift"},
		},
		{
			name:   "FromTo",
			filter: chronik.DocumentFilter{From: date("2018-01-01"), To: date("2019-04-19")},
			want:   []string{"de-singapur", "de-hanoi"},
		},
		{
			name:   "MonthPrecision", // 2020-03 counts as 2020-03-01
			filter: chronik.DocumentFilter{From: date("2020-03-01"), To: date("2020-03-02")},
			want:   []string{"de-hilfspaket"},
		},
		{
			name:   "LangAndDate",
			filter: chronik.DocumentFilter{Lang: "de", To: date("2019-01-01")},
			want:   []string{"de-singapur"},
		},
		{
			name:   "Page",
			filter: chronik.DocumentFilter{Offset: 2, Limit: 3},
			want:   []string{"de-hanoi", "de-kim-russland", "de-hilfspaket"},
			count:  7,
		},
		{
			name:   "OffsetOnly",
			filter: chronik.DocumentFilter{Offset: 5},
			want:   []string{"en-swift", "en-singapore"},
			count:  7,
		},
		{
			name:   "PastEnd",
			filter: chronik.DocumentFilter{Offset: 10, Limit: 3},
			count:  7,
		},
		{
			name:   "None",
			filter: chronik.DocumentFilter{Lang: "fr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, n, err := s.FindDocuments(t.Context(), tt.filter)
			if err != nil {
				t.Fatalf("FindDocuments: %v", err)
			}
			if got := ids(docs); !slices.Equal(got, tt.want) {
				t.Errorf("FindDocuments(%+v) = %v, want %v", tt.filter, got, tt.want)
			}
			wantCount := tt.count
			if wantCount == 0 {
				wantCount = len(tt.want)
			}
			if n != wantCount {
				t.Errorf("FindDocuments(%+v) count = %d, want %d", tt.filter, n, wantCount)
			}
		})
	}

	t.Run("Fields", func(t *testing.T) {
		docs, _, err := s.FindDocuments(t.Context(), chronik.DocumentFilter{Lang: "de", From: date("2020-01-01")})
		if err != nil || len(docs) != 1 {
			t.Fatalf("FindDocuments = %v, %v; want one document", ids(docs), err)
		}
		want := corpus[2].document()
		got := docs[0]
		if got.Title != want.Title || got.Text != want.Text || got.DCT != want.DCT || got.URL != want.URL || got.Source != want.Source {
			t.Errorf("FindDocuments()[0] = %+v, want %+v", got, want)
		}
	})
}
