package temporal_test

import (
	"context"
	"fmt"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/temporal"
)

func ExampleTagText() {
	dct := chronik.MustParseDCT("2019-04-18")
	text := "Im Dezember hatte das Parlament abgelehnt, im Dezember soll gewählt werden."
	for _, x := range temporal.TagText("de", text, dct) {
		fmt.Println(x.Text, x.Type, x.Value)
	}
	// Output:
	// Dezember DATE 2018-12
	// Dezember DATE 2019-12
}

func ExampleTagger_Annotate() {
	doc := &chronik.Document{Lang: "en", DCT: chronik.MustParseDCT("2019-04"),
		Text: "Two years ago, on Wednesday, the talks began."}
	if err := temporal.NewTagger().Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
	}
	for _, x := range doc.Timexes {
		fmt.Println(x.ID, x.Text, x.Value)
	}
	// Output:
	// t1 Two years ago 2017
	// t2 Wednesday 2019-04-XX
}
