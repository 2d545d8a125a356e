package temporal

import (
	"context"
	"testing"

	"github.com/chronik-dev/chronik"
)

// TestAnnotateNormOffsets checks that spans found in the normalized text
// are mapped back to the body.
func TestAnnotateNormOffsets(t *testing.T) {
	body := "Am  3.\u00a0Mai wurde gewählt."
	norm := "Am 3. Mai wurde gewählt."
	// Map each norm byte to its body byte: the double space and the
	// two-byte no-break space collapse into one space each.
	offs := make([]int32, 0, len(norm)+1)
	bi := 0
	for ni := 0; ni < len(norm); ni++ {
		offs = append(offs, int32(bi))
		switch {
		case ni == 2:
			bi += 2
		case ni == 5:
			bi += 2
		default:
			bi++
		}
	}
	offs = append(offs, int32(len(body)))
	doc := &chronik.Document{Lang: "de", DCT: chronik.MustParseDCT("2019-04-18"), Text: body, Norm: norm, NormOffsets: offs}
	if err := NewTagger().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Timexes) != 1 {
		t.Fatalf("got %d timexes, want 1", len(doc.Timexes))
	}
	x := doc.Timexes[0]
	if x.Text != "3.\u00a0Mai" || x.Value != "2018-05-03" || x.ID != "t1" {
		t.Errorf("Annotate = %+v, want text %q value 2018-05-03", x, "3.\u00a0Mai")
	}
}

func TestAnnotateLang(t *testing.T) {
	doc := &chronik.Document{Text: "The company said on Monday that it was sold last year.", DCT: chronik.MustParseDCT("2019-04-18")}
	if err := NewTagger().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Timexes) != 2 || doc.Timexes[1].Value != "2018" {
		t.Errorf("guessed language: timexes = %+v", doc.Timexes)
	}
	doc = &chronik.Document{Lang: "fr", Text: "le 3 mai 2019"}
	if err := NewTagger().Annotate(context.Background(), doc); err != nil || len(doc.Timexes) != 0 {
		t.Errorf("unknown language: %v, %+v", err, doc.Timexes)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := NewTagger().Annotate(ctx, doc); err == nil {
		t.Error("Annotate with a cancelled context: want error")
	}
}
