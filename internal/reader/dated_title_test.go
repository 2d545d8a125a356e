package reader

import "testing"

func TestHeadline(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Headline", "Kim reist nach Wladiwostok\nKim Jong Un ist am Mittwoch eingetroffen.", "Kim reist nach Wladiwostok"},
		{"LeadingBlank", "\n\n  Summit in Hanoi \r\nThe talks ended early.", "Summit in Hanoi"},
		{"Sentence", "Kim ist eingetroffen.\nMehr folgt.", ""},
		{"OneLine", "Kim reist nach Wladiwostok", ""},
		{"Colon", "Laut KCNA:\nEin Test.", ""},
		{"NothingAfter", "Titel\n   \n", ""},
		{"TooShort", "Ab\nText.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.in); got != tt.want {
				t.Errorf("headline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
