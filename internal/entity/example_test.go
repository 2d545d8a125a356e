package entity_test

import (
	"fmt"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

func ExampleRecognizer_Recognize() {
	kb, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	r := entity.NewRecognizer(kb)
	ents, err := r.Recognize("Der russische Außenminister traf Kim in Wladiwostok.", "de", chronik.MustParseDCT("2019-04-25"))
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		fmt.Println(e.ID, e.Text, e.Type, e.Ref, e.Name, e.Country, e.Sector)
	}
	// Output:
	// e1 russische Außenminister PER Q58217 Sergej Lawrow RUS GOV
	// e2 Kim PER Q56226 Kim Jong Un PRK GOV
	// e3 Wladiwostok LOC chronik:city/RUS/vladivostok Wladiwostok RUS
}
