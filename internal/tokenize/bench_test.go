package tokenize

import (
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

func BenchmarkTokenize(b *testing.B) {
	for _, lang := range []string{"de", "en"} {
		text, _ := textnorm.Normalize(corpusgen.New(1).Text(lang, 1<<20))
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			toks := make([]chronik.Token, 0, len(text)/4)
			for b.Loop() {
				toks = Text(toks[:0], text, lang)
			}
		})
	}
}
