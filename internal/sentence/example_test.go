package sentence_test

import (
	"context"
	"fmt"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

func ExampleStage() {
	doc := chronik.Document{Lang: "de", Text: "Kim reist am 3. Oktober nach Wladiwostok. „Wir sind bereit“, sagte er."}
	ctx := context.Background()
	_ = textnorm.Stage{}.Annotate(ctx, &doc)
	_ = sentence.Stage{}.Annotate(ctx, &doc)
	for _, s := range doc.Sentences {
		fmt.Printf("%d tokens: %s\n", s.EndToken-s.FirstToken, doc.Slice(s.Span))
	}
	// Output:
	// 8 tokens: Kim reist am 3. Oktober nach Wladiwostok.
	// 9 tokens: „Wir sind bereit“, sagte er.
}
