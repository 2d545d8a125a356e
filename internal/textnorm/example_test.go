package textnorm_test

import (
	"fmt"

	"github.com/chronik-dev/chronik/internal/textnorm"
)

func ExampleNormalize() {
	in := "„Wir kommen“ – sagte er…"
	norm, off := textnorm.Normalize(in)
	fmt.Println(norm)
	// The closing quote of the normalized text comes from byte 13 of in.
	fmt.Println(off[11], in[off[11]:off[12]])
	// Output:
	// "Wir kommen" - sagte er...
	// 13 “
}
