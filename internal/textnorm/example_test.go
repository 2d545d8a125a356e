package textnorm_test

import (
	"fmt"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

func ExampleNormalize() {
	in := "„Wir kommen“ – sagte er…"
	norm, off := textnorm.Normalize(in)
	fmt.Println(norm)
	// The closing quote of the normalized text comes from byte 13 of in.
	doc := chronik.Document{Text: in, Norm: norm, NormOffsets: off}
	sp := doc.BodySpan(chronik.Span{Start: 11, End: 12})
	fmt.Println(sp.Start, doc.Slice(sp))
	// Output:
	// "Wir kommen" - sagte er...
	// 13 “
}
