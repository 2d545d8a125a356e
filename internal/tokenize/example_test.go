package tokenize_test

import (
	"fmt"

	"github.com/chronik-dev/chronik/internal/tokenize"
)

func ExampleScanner() {
	var s tokenize.Scanner
	s.Init("Am 3. Oktober traf Dr. Kim z. B. den US-Präsidenten.", "de")
	for {
		t, ok := s.Scan()
		if !ok {
			break
		}
		fmt.Printf("%s/%s ", t.Form, t.Kind)
	}
	fmt.Println()
	// Output:
	// Am/word 3./ordinal Oktober/word traf/word Dr./abbrev Kim/word z.B./abbrev den/word US-Präsidenten/word ./punct
}
