package sqlite

import (
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/google/go-cmp/cmp"
)

func TestLayersRoundTrip(t *testing.T) {
	text := "Kim reist nach Russland. Dort trifft er Putin."
	tokens := []chronik.Token{
		{Span: chronik.Span{Start: 0, End: 3}, Kind: chronik.TokenWord, Form: "Kim"},
		{Span: chronik.Span{Start: 4, End: 9}, Kind: chronik.TokenWord, Form: "reist"},
		{Span: chronik.Span{Start: 23, End: 24}, Kind: chronik.TokenPunct, Form: "."},
		{Span: chronik.Span{Start: 10, End: 14}, Kind: chronik.TokenAbbrev, Form: "nach"}, // goes back
		{Span: chronik.Span{Start: 25, End: 29}, Kind: chronik.TokenWord, Form: "DORT"},   // own form
		{Span: chronik.Span{Start: 45, End: 45}, Kind: chronik.TokenSymbol, Form: ""},
	}
	gotTokens, err := decodeTokens(encodeTokens(tokens, text), text)
	if err != nil {
		t.Fatalf("decodeTokens: %v", err)
	}
	if diff := cmp.Diff(tokens, gotTokens); diff != "" {
		t.Errorf("tokens round trip (-want +got):\n%s", diff)
	}

	sents := []chronik.Sentence{
		{Span: chronik.Span{Start: 0, End: 24}, FirstToken: 0, EndToken: 3},
		{Span: chronik.Span{Start: 25, End: 46}, FirstToken: 3, EndToken: 6},
	}
	gotSents, err := decodeSentences(encodeSentences(sents))
	if err != nil {
		t.Fatalf("decodeSentences: %v", err)
	}
	if diff := cmp.Diff(sents, gotSents); diff != "" {
		t.Errorf("sentences round trip (-want +got):\n%s", diff)
	}

	for _, offs := range [][]int32{nil, {}, {0, 3, 4, 3, 100000}} {
		got, err := decodeOffsets(encodeOffsets(offs))
		if err != nil {
			t.Fatalf("decodeOffsets: %v", err)
		}
		if diff := cmp.Diff(offs, got); diff != "" {
			t.Errorf("offsets %v round trip (-want +got):\n%s", offs, diff)
		}
	}
}

func TestLayersCorrupt(t *testing.T) {
	for _, b := range [][]byte{{2, 1, 0}, {1, 5, 0}, {1, 1, 0x80}, {1, 1, 0, 0, 0, 0, 9}} {
		if _, err := decodeTokens(b, "abc"); err == nil {
			t.Errorf("decodeTokens(%v) = nil error, want one", b)
		}
		if _, err := decodeSentences(b); err == nil {
			t.Errorf("decodeSentences(%v) = nil error, want one", b)
		}
	}
}

func FuzzDecodeLayers(f *testing.F) {
	f.Add(encodeTokens([]chronik.Token{{Span: chronik.Span{Start: 0, End: 3}, Form: "Kim"}}, "Kim"))
	f.Add(encodeSentences([]chronik.Sentence{{Span: chronik.Span{Start: 0, End: 3}, EndToken: 1}}))
	f.Add(encodeOffsets([]int32{0, 1, 2}))
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeTokens(b, "Kim reist")
		decodeSentences(b)
		decodeOffsets(b)
	})
}
