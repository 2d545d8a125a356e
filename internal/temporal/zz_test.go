package temporal

import (
	"fmt"
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestZZ(t *testing.T) {
	d, _ := chronik.ParseDCT("1989-11-02")
	for _, s := range []string{"The plant won't be turning out product until 1993, so the cost rises.", "Analysts were predicting 1990 BellSouth earnings in the range.", "It cut expectations for 1989.", "Iraq was punished after its 1990 invasion of Kuwait.", "They overruled a 1971 Convention.", "Bonds due 1993 rose.", "Sales fell in both 1990 and 1991."} {
		for _, x := range TagText("en", s, d) {
			fmt.Printf("%s | %s %s %s %s\n", s, x.Text, x.Type, x.Value, x.Mod)
		}
	}
}
