package fold

import (
	"strings"
	"testing"
)

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "Nordkorea", "NORDKOREA", "Außenminister", "ÄÖÜ", "Élysée", "İstanbul", "x\xffY"} {
		if got, want := string(AppendLower([]byte("pre:"), s)), "pre:"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Pjöngjang")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
