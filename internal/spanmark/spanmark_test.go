package spanmark

import (
	"slices"
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestStrip(t *testing.T) {
	tests := []struct {
		in, text string
		spans    []chronik.Span
		err      bool
	}{
		{"Am «3. März» kam «er».", "Am 3. März kam er.", []chronik.Span{{Start: 3, End: 11}, {Start: 16, End: 18}}, false},
		{"ohne", "ohne", nil, false},
		{"«»", "", []chronik.Span{{Start: 0, End: 0}}, false},
		{"««x»»", "", nil, true},
		{"x»", "", nil, true},
		{"«x", "", nil, true},
	}
	for _, tt := range tests {
		text, spans, err := Strip(tt.in, '«', '»')
		if (err != nil) != tt.err {
			t.Errorf("Strip(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if !tt.err && (text != tt.text || !slices.Equal(spans, tt.spans)) {
			t.Errorf("Strip(%q) = %q %v, want %q %v", tt.in, text, spans, tt.text, tt.spans)
		}
	}
}
