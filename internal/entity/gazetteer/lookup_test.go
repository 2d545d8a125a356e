package gazetteer

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// lookupTests are names and the entry Lookup must rank first on a date.
var lookupTests = []struct {
	name, date, want string
}{
	{"Kim", "2019-04-25", "Q56226"},
	{"Kim Jong-un", "", "Q56226"},
	{"US-Präsident", "2010-05-01", "Q76"},
	{"US-Präsident", "2019-04-25", "Q22686"},
	{"russischer Außenminister", "2019-04-25", "Q58217"},
	{"der russische Außenminister", "2019-04-25", "Q58217"},
	{"Außenminister Russlands", "2019-04-25", "Q58217"},
	{"the Russian foreign minister", "2019-04-25", "Q58217"},
	{"foreign minister of Russia", "2019-04-25", "Q58217"},
	{"Präsident der USA", "2010-05-01", "Q76"},
	{"President of the United States", "2019-04-25", "Q22686"},
	{"die Kanzlerin", "2015-06-01", "Q567"},
	{"Nordkoreas Machthaber", "2019-04-25", "Q56226"},
	{"Nordkoreas Machthaber", "2019-04-01", "Q56226"}, // not the premier: leader comes first
	{"the Japanese emperor", "2019-06-01", "Q217096"},
	{"der spanische König", "2019-04-25", "Q191045"},
	{"Irans oberster Führer", "2019-04-25", "Q57336"},
	{"the EU's foreign policy chief", "2019-04-25", "Q3741557"},
	{"Russlands", "", "Q159"},
	{"Pjöngjang", "", "chronik:city/PRK/pyongyang"},
	{"Beijing", "", "chronik:city/CHN/beijing"},
	{"Wladiwostok", "", "chronik:city/RUS/vladivostok"},
	{"UdSSR", "", "Q15180"},
	{"Sergey Lavrov", "", "Q58217"},
}

func TestLookup(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range lookupTests {
		var d time.Time
		if tt.date != "" {
			d = date(tt.date)
		}
		got := kb.Lookup(tt.name, d)
		if len(got) == 0 || got[0].Entry.Ref != tt.want {
			var refs []string
			for _, c := range got {
				refs = append(refs, c.Entry.Ref+" "+strings.Join(c.Reasons, "; "))
			}
			t.Errorf("Lookup(%q, %s) = %v, want %s first", tt.name, tt.date, refs, tt.want)
		}
	}
}

// FuzzLookup checks that any name, however odd, gives candidates that are
// entries of the knowledge base, each with its reasons, best first.
func FuzzLookup(f *testing.F) {
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, tt := range lookupTests {
		f.Add(tt.name, tt.date)
	}
	f.Fuzz(func(t *testing.T, name, day string) {
		d, _ := ParseDate(day)
		got := kb.Lookup(name, d)
		for i, c := range got {
			if c.Entry == nil || len(c.Reasons) == 0 {
				t.Fatalf("Lookup(%q): candidate %d has no entry or no reasons", name, i)
			}
			if i > 0 && c.Score > got[i-1].Score {
				t.Fatalf("Lookup(%q): candidates out of order", name)
			}
		}
	})
}

const citiesSample = "2950159\tBerlin\tBerlin\tBerlino,Berlín\t52.52437\t13.41053\tP\tPPLC\tDE\t\t16\t00\t11000\t11000000\t3426354\t\t74\tEurope/Berlin\t2022-10-04\n" +
	"9999001\tNeustadt-Test\tNeustadt-Test\t\t50.1\t8.2\tP\tPPL\tDE\t\t07\t\t\t\t6000\t\t120\tEurope/Berlin\t2022-10-04\n"

const altSample = "1\t9999001\tde\tTeststädtchen\t\t\t\t\t\t\n2\t9999001\tde\tTeststadt\t1\t\t\t\t\t\n3\t9999001\tde\tAlt-Teststadt\t\t\t\t\t\t\n4\t9999001\tfr\tVille-Test\t\t\t\t\t\t\n5\t9999001\tlink\thttps://example.org\t\t\t\t\t\t\n"

func TestImportGeoNames(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	n, err := kb.ImportGeoNames(strings.NewReader(citiesSample), "cities5000.txt", FormatGeoNamesCities)
	if err != nil || n != 2 {
		t.Fatalf("ImportGeoNames(cities) = %d, %v", n, err)
	}
	if _, err := kb.ImportGeoNames(strings.NewReader(altSample), "alternateNamesV2.txt", FormatGeoNamesAlternateNames); err != nil {
		t.Fatal(err)
	}
	got := kb.Lookup("Teststadt", time.Time{})
	if len(got) == 0 || got[0].Entry.Ref != "geonames:9999001" || got[0].Entry.Country != "DEU" {
		t.Errorf("Lookup(Teststadt) after import = %v", got)
	} else if got[0].Entry.Name != "Teststadt" {
		t.Errorf("imported place is named %q, want its preferred German name Teststadt", got[0].Entry.Name)
	}
	if n, err := kb.ImportGeoNames(strings.NewReader(citiesSample), "cities5000.txt", FormatGeoNamesCities); err != nil || n != 0 {
		t.Errorf("importing the same cities again = %d, %v; want 0 added", n, err)
	}
	if len(kb.Lookup("Ville-Test", time.Time{})) != 0 {
		t.Errorf("a French alternate name was imported")
	}
}

func TestImportGeoNamesMalformed(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	before := len(kb.Entries)
	bad := citiesSample + "123\tBroken\tBroken\t\tnorth\t8.2\tP\tPPL\tDE\t\t\t\t\t\t1\t\t1\tX\t2022\n"
	_, err = kb.ImportGeoNames(strings.NewReader(bad), "cities5000.txt", FormatGeoNamesCities)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "cities5000.txt" || pe.Line != 3 {
		t.Fatalf("ImportGeoNames(bad) error = %v, want cities5000.txt:3", err)
	}
	if len(kb.Entries) != before {
		t.Errorf("half loaded: %d entries added", len(kb.Entries)-before)
	}
}

func TestAddActors(t *testing.T) {
	tests := []struct {
		name, file, in string
		n              int
		errLine        int
	}{
		{"CSV", "actors.csv", "name,ref,country,sector,type,from,to\nErika Mustermann|E. Mustermann,local:erika,DEU,GOV,PER,2019-01,2021\nBeispiel-Front,local:front,SYR,REB,ORG,,\n", 2, 0},
		{"TSV", "actors.tsv", "name\tref\tcountry\tsector\nJohn Doe\tlocal:doe\tUSA\tMIL\n", 1, 0},
		{"ErrDate", "actors.csv", "name,ref,country,sector,from\nA B,local:a,DEU,GOV,2019\nC D,local:c,DEU,GOV,yesterday\n", 0, 3},
		{"ErrCountry", "actors.tsv", "name\tref\tcountry\nA B\tlocal:a\tGermany\n", 0, 2},
		{"ErrMissingRef", "actors.csv", "name,ref,country\nA B,,DEU\n", 0, 2},
		{"ErrQuote", "actors.csv", "name,ref,country\n\"A B,local:a,DEU\n", 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kb, err := Load()
			if err != nil {
				t.Fatal(err)
			}
			before := len(kb.Entries)
			n, err := kb.AddActors(strings.NewReader(tt.in), tt.file)
			if tt.errLine == 0 {
				if err != nil || n != tt.n {
					t.Fatalf("AddActors = %d, %v, want %d", n, err, tt.n)
				}
				return
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != tt.file || pe.Line != tt.errLine {
				t.Fatalf("AddActors error = %v, want %s:%d", err, tt.file, tt.errLine)
			}
			if len(kb.Entries) != before {
				t.Errorf("half loaded: %d entries added", len(kb.Entries)-before)
			}
		})
	}
	kb, _ := Load()
	if _, err := kb.AddActors(strings.NewReader(tests[0].in), "actors.csv"); err != nil {
		t.Fatal(err)
	}
	if got := kb.Lookup("E. Mustermann", time.Time{}); len(got) == 0 || got[0].Entry.Ref != "local:erika" {
		t.Errorf("Lookup(E. Mustermann) = %v", got)
	}
}
