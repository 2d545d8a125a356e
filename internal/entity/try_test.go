package entity

import (
	"fmt"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

func TestTry(t *testing.T) {
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecognizer(kb)
	for _, c := range []struct{ lang, dct, text string }{
		{"de", "2019-04-25", "Nordkoreas Machthaber Kim Jong Un will noch im April nach Russland reisen. Der russische Außenminister hatte Kim im Mai eingeladen. Pjöngjang verkündete am Mittwoch einen Waffentest, berichteten nordkoreanische Staatsmedien. Kim traf US-Präsident Donald Trump in Hanoi."},
		{"de", "2015-06-01", "Die Kanzlerin reiste mit Außenminister Steinmeier nach Peking. Hans-Peter Meier sagte, Meier sei zufrieden. Der Kreml und das Weiße Haus schwiegen."},
		{"en", "2010-03-01", "U.S. President Barack Obama met Russia's foreign minister in Moscow. The U.S. president said North Korean state media lied."},
	} {
		ents, err := r.Recognize(c.text, c.lang, chronik.MustParseDCT(c.dct))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			fmt.Printf("%-30q %s %-28s %-25s %s %s adj=%v\n", e.Text, e.Type, e.Ref, e.Name, e.Country, e.Sector, e.Adjective)
		}
		fmt.Println()
	}
}
