package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "chronik-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db := sqlite.NewDB(filepath.Join(dir, "chronik.db"))
	if err := db.Open(); err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	ctx := context.Background()
	res, err := db.CreateDocuments(ctx, []*chronik.Document{
		{ID: "kim", Lang: "de", DCT: chronik.MustParseDCT("2019-04"), Title: "Kim reist nach Russland",
			Text: "Nach dem Abbruch der Gespräche über Atomwaffen in Hanoi trifft Kim Jong Un Präsident Putin."},
		{ID: "swift", Lang: "en", DCT: chronik.MustParseDCT("2022-02-26"), Title: "Banks cut off",
			Text: "The EU sanctioned Russia's central bank."},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created:", res.Created)

	for _, q := range []string{"Atomwaffe", "sanctions", `"Kim Jong Un" -Trump`} {
		hits, err := db.Search(ctx, chronik.SearchQuery{Text: q})
		if err != nil {
			log.Fatal(err)
		}
		for _, h := range hits {
			fmt.Printf("%s: %s %s\n", q, h.ID, h.Snippet)
		}
	}
	// Output:
	// created: 2
	// Atomwaffe: kim Nach dem Abbruch der Gespräche über «Atomwaffen» in Hanoi trifft Kim Jong Un Präsident Putin.
	// sanctions: swift The EU «sanctioned» Russia's central bank.
	// "Kim Jong Un" -Trump: kim Nach dem Abbruch der Gespräche über Atomwaffen in Hanoi trifft «Kim Jong Un» Präsident Putin.
}
