package lang

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/chronik-dev/chronik"
)

var identifyTests = []struct {
	name, text, want string // want "" means ErrUnsupported
}{
	{"de news", "Kim Jong Un will noch im April nach Russland reisen. Der russische Außenminister hatte ihn im vergangenen Mai eingeladen.", "de"},
	{"de short", "Der Präsident ist nicht nach Hanoi gereist.", "de"},
	{"de umlauts", "Über die Sanktionen wird seit Wochen gestritten, sagte ein Sprecher.", "de"},
	{"en news", "Kim Jong Un will visit Russia later in April, state media said on Wednesday. The second summit with Trump broke off.", "en"},
	{"en short", "The talks were held in Hanoi.", "en"},
	{"en quote", `"It was definitely a bomb," said a U.S. Embassy official who refused to identify himself.`, "en"},
	{"fr", "Le président de la République est arrivé à Paris pour une visite officielle avec sa délégation.", ""},
	{"es", "El presidente del gobierno llegó a Madrid para una visita oficial con su esposa y los ministros.", ""},
	{"it", "Il presidente della Repubblica è arrivato a Roma per una visita ufficiale che non era prevista.", ""},
	{"nl", "De minister van Buitenlandse Zaken heeft een bezoek gebracht aan het land en dat werd niet verwacht.", ""},
	{"ru", "Президент России прибыл в Москву с официальным визитом и встретился с министрами.", ""},
	{"zh", "习近平主席今天抵达北京进行国事访问。", ""},
	{"gibberish", "asdkj qwe zxcv lkjh poiu mnbv trewq", ""},
	{"too short", "Hallo", ""},
	{"names only", "Kim Jong Un Wladimir Putin Wladiwostok", ""},
	{"empty", "", ""},
	{"numbers", "1989 2019 3,5 % 100", ""},
}

func TestIdentify(t *testing.T) {
	for _, tt := range identifyTests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf, err := Identify(tt.text)
			if tt.want == "" {
				if !errors.Is(err, ErrUnsupported) {
					t.Errorf("Identify(%q) = %q, %v, %v, want ErrUnsupported", tt.text, got, conf, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Identify(%q) = %q, %v, want %q", tt.text, got, err, tt.want)
			}
			if conf <= 0 || conf > 1 {
				t.Errorf("Identify(%q) confidence = %v, want (0, 1]", tt.text, conf)
			}
		})
	}
}

func TestIdentifyLong(t *testing.T) {
	text := strings.Repeat("Die Regierung hat am Mittwoch neue Sanktionen beschlossen. ", 2000)
	if got, _, err := Identify(text); err != nil || got != "de" {
		t.Errorf("Identify(long German) = %q, %v, want de", got, err)
	}
}

// TestData loads every data file of every language.
func TestData(t *testing.T) {
	p, err := readProfiles(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range Languages {
		if len(p.lang[l].words) < 50 || len(p.lang[l].ngrams) < 10 {
			t.Errorf("%s: %d words, %d n-grams", l, len(p.lang[l].words), len(p.lang[l].ngrams))
		}
	}
	if len(p.other) < 50 {
		t.Errorf("other: %d words", len(p.other))
	}
	// The hash table Identify uses holds exactly the function words.
	for w, l := range p.words {
		if got, ok := p.table.lookup(wordHash(w), []byte(w)); !ok || got != l {
			t.Errorf("table.lookup(%q) = %d, %v, want %d", w, got, ok, l)
		}
	}
	for _, w := range []string{"", "x", "chronik", "hanoi", "derr", "th"} {
		if _, listed := p.words[w]; listed {
			continue
		}
		if l, ok := p.table.lookup(wordHash(w), []byte(w)); ok {
			t.Errorf("table.lookup(%q) = %d for an unlisted word", w, l)
		}
	}
}

// titledTests pairs titles and texts for identifyTitled, which must
// agree with Identify on the title, a line break and the text.
var titledTests = []struct{ title, text string }{
	{"Gipfel in Hanoi", identifyTests[0].text},
	{"Summit in Hanoi", identifyTests[0].text},
	{"Der Gipfel", identifyTests[3].text},
	{"", identifyTests[3].text},
	{"The", "Die"},
	{"Über", "die and the der"},
	{"Kim und", " Putin"},
	{"Sprecher sagte", strings.Repeat("Die Regierung hat am Mittwoch neue Sanktionen beschlossen. ", 300)},
	{strings.Repeat("Ä", 9000), strings.Repeat("The talks were held in Hanoi. ", 100)},
}

func TestIdentifyTitled(t *testing.T) {
	for _, tt := range titledTests {
		checkTitled(t, tt.title, tt.text)
	}
}

func checkTitled(t *testing.T, title, text string) {
	t.Helper()
	whole := text
	if len(whole) > maxScan {
		whole = whole[:maxScan]
	}
	wc, wconf, werr := Identify(title + "\n" + whole)
	c, conf, err := identifyTitled(title, text)
	if c != wc || conf != wconf || fmt.Sprint(err) != fmt.Sprint(werr) {
		t.Errorf("identifyTitled(%.20q, %.20q) = %q, %v, %v; Identify of both = %q, %v, %v", title, text, c, conf, err, wc, wconf, werr)
	}
}

func FuzzIdentifyTitled(f *testing.F) {
	for _, tt := range titledTests {
		f.Add(tt.title, tt.text)
	}
	f.Fuzz(checkTitled)
}

func TestCanonical(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"de", "de", true}, {"DE", "de", true}, {"de-AT", "de", true}, {"deu", "de", true},
		{"ger", "de", true}, {"German", "de", true}, {"en", "en", true}, {"en_US", "en", true},
		{"eng", "en", true}, {"fr", "", false}, {"", "", false}, {"x", "", false},
	} {
		if got, ok := Canonical(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStage(t *testing.T) {
	de := "Der Präsident ist nicht nach Hanoi gereist, sagte ein Sprecher am Mittwoch."
	for _, tt := range []struct {
		name      string
		stage     Stage
		lang      string
		text      string
		want      string
		wantError bool
	}{
		{"identify", Stage{}, "", de, "de", false},
		{"keep de", Stage{}, "de", "The talks were held in Hanoi.", "de", false},
		{"canonical", Stage{}, "en-GB", de, "en", false},
		{"keep unsupported", Stage{}, "fr", de, "fr", true},
		{"force", Stage{Force: "en"}, "de", de, "en", false},
		{"force unsupported", Stage{Force: "fr"}, "", de, "", true},
		{"unknown", Stage{}, "", "Bonjour à tous les amis de la France et de la musique.", "", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := chronik.Document{Text: tt.text, Lang: tt.lang}
			err := tt.stage.Annotate(context.Background(), &doc)
			if doc.Lang != tt.want || (err != nil) != tt.wantError {
				t.Errorf("Annotate: Lang = %q, err %v, want %q, error %v", doc.Lang, err, tt.want, tt.wantError)
			}
			if err != nil && !errors.Is(err, ErrUnsupported) {
				t.Errorf("Annotate: err %v, want ErrUnsupported", err)
			}
		})
	}
}

func FuzzIdentify(f *testing.F) {
	for _, tt := range identifyTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, conf, err := Identify(s)
		if err != nil {
			if !errors.Is(err, ErrUnsupported) || code != "" {
				t.Errorf("Identify(%q) = %q, %v", s, code, err)
			}
			return
		}
		if code != "de" && code != "en" || conf <= 0 || conf > 1 {
			t.Errorf("Identify(%q) = %q, %v", s, code, conf)
		}
	})
}

func BenchmarkIdentify(b *testing.B) {
	text := strings.Repeat(identifyTests[0].text+" ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Identify(text)
	}
}

// TestLatin1Letters checks the shortcut of counts.feed for U+00C0-U+00FF
// against the unicode package: which are letters and their lowercase.
func TestLatin1Letters(t *testing.T) {
	p, err := loadProfiles()
	if err != nil {
		t.Fatal(err)
	}
	for r := rune(0xC0); r <= 0xFF; r++ {
		var c counts
		c.feed(p, "a"+string(r)+"b")
		want := "a" + string(unicode.ToLower(r)) + "b"
		if !unicode.IsLetter(r) {
			want = "b" // the rune ended the word "a"
		}
		wantLetters := 2
		if unicode.IsLetter(r) {
			wantLetters = 3
		}
		if got := string(c.buf[:c.n]); got != want || c.letters != wantLetters || c.latin != wantLetters {
			t.Errorf("feed(a%cb): word %q, %d letters, want %q", r, got, c.letters, want)
		}
	}
}

// TestASCIILetters checks the eight-byte letter test of counts.feed
// against isASCIILetter for every byte value at every position.
func TestASCIILetters(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', ' ', 0xc3, 0xff} {
		for c := range 256 {
			for p := range 8 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[p] = byte(c)
				var x uint64
				for i := 7; i >= 0; i-- {
					x = x<<8 | uint64(b[i])
				}
				lower, run := asciiLetters(x)
				want := 0
				for want < 8 && isASCIILetter[b[want]] {
					want++
				}
				if run != want {
					t.Fatalf("asciiLetters(% x) run %d, want %d", b, run, want)
				}
				for i := 0; i < run; i++ {
					if got := byte(lower >> (8 * i)); got != b[i]|0x20 {
						t.Fatalf("asciiLetters(% x) byte %d = %x, want %x", b, i, got, b[i]|0x20)
					}
				}
			}
		}
	}
}
