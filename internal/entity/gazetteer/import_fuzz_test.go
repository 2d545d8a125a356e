package gazetteer

import (
	"errors"
	"strings"
	"testing"
)

// checkImport checks what every reader of user files promises: an error
// names the file (and, for a bad line, its number), and a rejected file adds
// nothing, while an accepted one adds what the count says.
func checkImport(t *testing.T, kb *KB, file string, load func() (int, error), people bool) {
	t.Helper()
	before := len(kb.Entries)
	n, err := load()
	if err != nil {
		if !strings.Contains(err.Error(), file) {
			t.Fatalf("error %q does not name the file %s", err, file)
		}
		var pe *ParseError
		if errors.As(err, &pe) && (pe.File != file || pe.Line < 1) {
			t.Fatalf("error %v: file %q line %d", err, pe.File, pe.Line)
		}
		if len(kb.Entries) != before {
			t.Fatalf("rejected file half loaded: %d entries added (%v)", len(kb.Entries)-before, err)
		}
		return
	}
	if n < 0 || people && len(kb.Entries)-before != n {
		t.Fatalf("accepted %d, but %d entries were added", n, len(kb.Entries)-before)
	}
}

// FuzzAddActors feeds arbitrary actor lists, seeded from TestAddActors.
func FuzzAddActors(f *testing.F) {
	kb, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"name,ref,country,sector,type,from,to\nErika Mustermann|E. Mustermann,local:erika,DEU,GOV,PER,2019-01,2021\n",
		"name\tref\tcountry\tsector\nJohn Doe\tlocal:doe\tUSA\tMIL\n",
		"name,ref,country,sector,from\nA B,local:a,DEU,GOV,2019\nC D,local:c,DEU,GOV,yesterday\n",
		"name,ref,country\n\"A B,local:a,DEU\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkImport(t, kb, "actors.csv", func() (int, error) { return kb.AddActors(strings.NewReader(in), "actors.csv") }, false)
	})
}

// FuzzImportGeoNames feeds arbitrary GeoNames tables in both formats,
// seeded from the samples of TestImportGeoNames.
func FuzzImportGeoNames(f *testing.F) {
	kb, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(citiesSample, true)
	f.Add(altSample, false)
	f.Add(citiesSample+"123\tBroken\tBroken\t\tnorth\t8.2\tP\tPPL\tDE\t\t\t\t\t\t1\t\t1\tX\t2022\n", true)
	f.Fuzz(func(t *testing.T, in string, cities bool) {
		format, file := FormatGeoNamesAlternateNames, "alternateNamesV2.txt"
		if cities {
			format, file = FormatGeoNamesCities, "cities5000.txt"
		}
		checkImport(t, kb, file, func() (int, error) { return kb.ImportGeoNames(strings.NewReader(in), file, format) }, cities)
	})
}
