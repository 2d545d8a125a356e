package textnorm

import (
	"strings"
	"testing"
)

// benchText is German news prose with typographic quotes and dashes.
var benchText = strings.Repeat("Der russische Außenminister Sergej Lawrow hatte Kim Jong Un „vergangenen Mai“ eingeladen – das Treffen in Wladiwostok soll noch im April stattfinden… ", 2000)

func BenchmarkNormalize(b *testing.B) {
	b.Run("changed", func(b *testing.B) {
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			Normalize(benchText)
		}
	})
	plain := strings.NewReplacer("„", `"`, "“", `"`, "–", "-", "…", "...").Replace(benchText)
	b.Run("unchanged", func(b *testing.B) {
		b.SetBytes(int64(len(plain)))
		for b.Loop() {
			Normalize(plain)
		}
	})
}
