package reader_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik/internal/reader"
)

func ExampleRead() {
	in := strings.NewReader(" date 2019-04 Kim Jong Un will noch im April nach Russland reisen.")
	for it := range reader.Read(context.Background(), []string{"-", "testdata/bad-month.txt"}, reader.Options{Stdin: in}) {
		if it.Doc == nil {
			fmt.Println("error:", it.Err)
			continue
		}
		fmt.Printf("%s %s %q\n", it.Doc.ID, it.Doc.DCT, it.Doc.Text)
	}
	// Output:
	// stdin 2019-04 "Kim Jong Un will noch im April nach Russland reisen."
	// error: testdata/bad-month.txt:1: malformed date header: "2019-13" is not a calendar date
}
