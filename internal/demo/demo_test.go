package demo

import (
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// header is the dated-text header of a corpus file, parsed by a small
// reader of its own so that this package does not depend on
// internal/reader.
type header struct {
	dct       string // the date as written: YYYY, YYYY-MM or YYYY-MM-DD
	body      []byte
	bom       bool // the file starts with a UTF-8 byte-order mark
	leadSpace bool // whitespace precedes "date"
	sameLine  bool // the body starts on the header line
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func parseHeader(data []byte) (header, error) {
	var h header
	if rest, ok := bytes.CutPrefix(data, []byte("\uFEFF")); ok {
		h.bom = true
		data = rest
	}
	trimmed := bytes.TrimLeftFunc(data, unicode.IsSpace)
	h.leadSpace = len(trimmed) != len(data)
	rest, ok := bytes.CutPrefix(trimmed, []byte("date"))
	if !ok || len(rest) == 0 || !unicode.IsSpace(rune(rest[0])) {
		return h, fmt.Errorf("no date header")
	}
	rest = bytes.TrimLeft(rest, " \t")
	end := bytes.IndexFunc(rest, unicode.IsSpace)
	if end < 0 {
		return h, fmt.Errorf("no body after date")
	}
	h.dct = string(rest[:end])
	if !dateRE.MatchString(h.dct) {
		return h, fmt.Errorf("malformed date %q", h.dct)
	}
	body := rest[end:]
	h.sameLine = !bytes.HasPrefix(bytes.TrimLeft(body, " \t"), []byte("\n"))
	h.body = bytes.TrimLeftFunc(body, unicode.IsSpace)
	return h, nil
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, in, dct, body string
		bom, lead, same     bool
		wantErr             bool
	}{
		{name: "Day", in: "date 2018-06-12\n\nText", dct: "2018-06-12", body: "Text"},
		{name: "Month", in: "date 2019-04 Kim wird", dct: "2019-04", body: "Kim wird", same: true},
		{name: "BOM", in: "\uFEFFdate 2018-01-02\nText", dct: "2018-01-02", body: "Text", bom: true},
		{name: "Blank", in: "\n \ndate 2019\tText", dct: "2019", body: "Text", lead: true, same: true},
		{name: "ErrNoDate", in: "Kim Jong Un", wantErr: true},
		{name: "ErrNoSpace", in: "date2019-01-01 Text", wantErr: true},
		{name: "ErrNoBody", in: "date 2019-01-01", wantErr: true},
		{name: "ErrBadDate", in: "date 1.5.2019 Text", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := parseHeader([]byte(tt.in))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("parseHeader(%q) = %+v, want error", tt.in, h)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseHeader(%q): %v", tt.in, err)
			}
			got := fmt.Sprint(h.dct, "|", string(h.body), "|", h.bom, h.leadSpace, h.sameLine)
			want := fmt.Sprint(tt.dct, "|", tt.body, "|", tt.bom, tt.lead, tt.same)
			if got != want {
				t.Errorf("parseHeader(%q) = %s, want %s", tt.in, got, want)
			}
		})
	}
}

// interval returns the first and last day a TIMEX3 date value covers:
// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or a season YYYY-SP|SU|FA|WI.
func interval(v string) (first, last time.Time, err error) {
	var y, m int
	switch {
	case len(v) == 4:
		if _, err := fmt.Sscanf(v, "%4d", &y); err != nil {
			return first, last, err
		}
		first = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(1, 0, -1), nil
	case len(v) == 8 && v[5] == 'W':
		return weekInterval(v)
	case len(v) == 7 && unicode.IsLetter(rune(v[5])):
		if _, err := fmt.Sscanf(v[:4], "%4d", &y); err != nil {
			return first, last, err
		}
		start, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[v[5:]]
		if !ok {
			return first, last, fmt.Errorf("unknown season in %q", v)
		}
		first = time.Date(y, time.Month(start), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 3, -1), nil
	case len(v) == 7:
		if _, err := fmt.Sscanf(v, "%4d-%2d", &y, &m); err != nil || m < 1 || m > 12 {
			return first, last, fmt.Errorf("bad month value %q", v)
		}
		first = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1), nil
	case len(v) == 10:
		t, err := time.Parse(time.DateOnly, v)
		return t, t, err
	}
	return first, last, fmt.Errorf("unsupported TIMEX3 value %q", v)
}

func weekInterval(v string) (first, last time.Time, err error) {
	var y, w int
	if _, err := fmt.Sscanf(v, "%4d-W%2d", &y, &w); err != nil || w < 1 || w > 53 {
		return first, last, fmt.Errorf("bad week value %q", v)
	}
	// ISO week 1 contains January 4th.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	first = monday.AddDate(0, 0, 7*(w-1))
	return first, first.AddDate(0, 0, 6), nil
}

var nameRE = regexp.MustCompile(`^(\d{4}-\d{2}(?:-\d{2})?)-[a-z0-9]+(?:-[a-z0-9]+)*-(de|en)\.txt$`)

func TestCorpus(t *testing.T) {
	files := Files()
	if len(files) < 40 {
		t.Errorf("len(Files()) = %d, want at least 40", len(files))
	}
	langs := map[string]int{}
	var bom, lead, month, sameLine int
	for _, name := range files {
		data, err := fs.ReadFile(Corpus(), name)
		if err != nil {
			t.Fatalf("ReadFile(%q): %v", name, err)
		}
		m := nameRE.FindStringSubmatch(name)
		if m == nil {
			t.Errorf("%s: name is not <date>-<kebab-subject>-<de|en>.txt", name)
			continue
		}
		langs[m[2]]++
		h, err := parseHeader(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if h.dct != m[1] {
			t.Errorf("%s: header date %s, file name says %s", name, h.dct, m[1])
		}
		first, _, err := interval(h.dct)
		if err != nil {
			t.Errorf("%s: date %s: %v", name, h.dct, err)
		} else if first.Year() < 2017 || first.Year() > 2019 {
			t.Errorf("%s: date %s outside 2017–2019", name, h.dct)
		}
		if len(h.dct) == 10 {
			// time.Parse rejects 2018-02-30; make sure nothing was normalised.
			if got := first.Format(time.DateOnly); got != h.dct {
				t.Errorf("%s: date %s is not a calendar date", name, h.dct)
			}
		}
		if !utf8.Valid(h.body) {
			t.Errorf("%s: body is not valid UTF-8", name)
		}
		words := len(strings.Fields(string(h.body)))
		if words < 120 || words > 300 {
			t.Errorf("%s: %d words, want 120–300", name, words)
		}
		if bytes.ContainsRune(h.body, '\uFEFF') || bytes.ContainsRune(h.body, '\r') {
			t.Errorf("%s: body contains a byte-order mark or carriage return", name)
		}
		if h.bom {
			bom++
		}
		if h.leadSpace {
			lead++
		}
		if h.sameLine {
			sameLine++
		}
		if len(h.dct) == 7 {
			month++
		}
	}
	if langs["de"] == 0 || langs["en"] == 0 {
		t.Errorf("languages = %v, want both de and en", langs)
	}
	if share := float64(langs["de"]) / float64(len(files)); share < 0.5 || share > 0.7 {
		t.Errorf("German share = %.2f, want about 0.6", share)
	}
	// The corpus must keep exercising the less common header forms.
	for what, n := range map[string]int{"byte-order mark": bom, "leading whitespace": lead,
		"month-precision date": month, "body on the header line": sameLine} {
		if n == 0 {
			t.Errorf("no file with a %s", what)
		}
	}
}

func TestCorpusFS(t *testing.T) {
	files := Files()
	for i := 1; i < len(files); i++ {
		if files[i-1] >= files[i] {
			t.Fatalf("Files() not sorted: %q before %q", files[i-1], files[i])
		}
	}
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatalf("ReadDir(Corpus(), \".\"): %v", err)
	}
	if len(entries) != len(files) {
		t.Errorf("Corpus() root has %d entries, Files() %d", len(entries), len(files))
	}
}

// keyHappenings are the happenings that timeline merging is evaluated on;
// each must be told by at least three articles.
var keyHappenings = []string{
	"singapore-summit-2018",
	"hanoi-summit-2019",
	"vladivostok-summit-2019",
	"panmunjom-summit-2018-04",
	"kim-xi-beijing-2018-03",
	"panmunjom-summit-2018-05",
	"kim-xi-dalian-2018-05",
	"kim-xi-beijing-2018-06",
	"kim-xi-beijing-2019-01",
	"lavrov-pyongyang-2018-05",
	"pyongyang-summit-2018-09",
	"xi-pyongyang-2019-06",
	"dmz-meeting-2019-06",
	"stockholm-talks-2019-10",
	"nuclear-test-2017-09",
	"hwasong15-test-2017-11",
	"kcna-weapon-test-2019-04",
}

// bilingual are the happenings that both German and English articles tell.
var bilingual = []string{
	"singapore-summit-2018",
	"hanoi-summit-2019",
	"vladivostok-summit-2019",
	"panmunjom-summit-2018-04",
	"kim-xi-beijing-2018-03",
}

var keyRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestGold(t *testing.T) {
	gold, err := Gold()
	if err != nil {
		t.Fatalf("Gold(): %v", err)
	}
	dcts := map[string]string{}
	for _, name := range Files() {
		data, err := fs.ReadFile(Corpus(), name)
		if err != nil {
			t.Fatalf("ReadFile(%q): %v", name, err)
		}
		h, err := parseHeader(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		dcts[name] = h.dct
	}

	perFile := map[string]int{}
	tellers := map[string]map[string]bool{} // happening → files
	langs := map[string]map[string]bool{}   // happening → languages
	seen := map[[2]string]bool{}
	for _, ev := range gold {
		dct, ok := dcts[ev.File]
		if !ok {
			t.Errorf("%+v: no such corpus file", ev)
			continue
		}
		perFile[ev.File]++
		if !keyRE.MatchString(ev.Happening) {
			t.Errorf("%+v: happening key is not kebab case", ev)
		}
		k := [2]string{ev.File, ev.Happening}
		if seen[k] {
			t.Errorf("%+v: duplicate entry", ev)
		}
		seen[k] = true
		if tellers[ev.Happening] == nil {
			tellers[ev.Happening] = map[string]bool{}
			langs[ev.Happening] = map[string]bool{}
		}
		tellers[ev.Happening][ev.File] = true
		langs[ev.Happening][ev.File[len(ev.File)-6:len(ev.File)-4]] = true

		first, last, err := interval(ev.Date)
		if err != nil {
			t.Errorf("%+v: %v", ev, err)
			continue
		}
		dFirst, dLast, _ := interval(dct)
		switch ev.Modality {
		case ModalityAsserted:
			if first.After(dLast) {
				t.Errorf("%+v: asserted, but starts after the article date %s", ev, dct)
			}
		case ModalityFuture:
			if last.Before(dFirst) {
				t.Errorf("%+v: future, but ends before the article date %s", ev, dct)
			}
		}
	}
	for _, name := range Files() {
		if perFile[name] == 0 {
			t.Errorf("%s: no gold happening", name)
		}
	}
	for _, key := range keyHappenings {
		if n := len(tellers[key]); n < 3 {
			t.Errorf("happening %s told by %d files, want at least 3", key, n)
		}
	}
	for _, key := range bilingual {
		if !langs[key]["de"] || !langs[key]["en"] {
			t.Errorf("happening %s told in %v, want de and en", key, langs[key])
		}
	}
}

// TestGoldDatesAgree checks that the articles telling one happening agree
// on its date: every value must cover the most precise one.
func TestGoldDatesAgree(t *testing.T) {
	gold, err := Gold()
	if err != nil {
		t.Fatalf("Gold(): %v", err)
	}
	byKey := map[string][]GoldEvent{}
	for _, ev := range gold {
		byKey[ev.Happening] = append(byKey[ev.Happening], ev)
	}
	for key, evs := range byKey {
		var day time.Time
		var dayFrom GoldEvent
		for _, ev := range evs {
			first, last, err := interval(ev.Date)
			if err == nil && first.Equal(last) {
				if !day.IsZero() && !day.Equal(first) {
					t.Errorf("%s: %s says %s, %s says %s", key, dayFrom.File, dayFrom.Date, ev.File, ev.Date)
				}
				day, dayFrom = first, ev
			}
		}
		if day.IsZero() {
			continue
		}
		for _, ev := range evs {
			first, last, err := interval(ev.Date)
			if err != nil {
				continue // reported by TestGold
			}
			if day.Before(first) || day.After(last) {
				t.Errorf("%s: %s says %s, which does not cover %s (%s)", key, ev.File, ev.Date, dayFrom.Date, dayFrom.File)
			}
		}
	}
}

func TestInterval(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2019", "2019-01-01", "2019-12-31"},
		{"2019-02", "2019-02-01", "2019-02-28"},
		{"2019-02-27", "2019-02-27", "2019-02-27"},
		{"2018-W21", "2018-05-21", "2018-05-27"},
		{"2020-W01", "2019-12-30", "2020-01-05"},
		{"2018-FA", "2018-09-01", "2018-11-30"},
	}
	for _, tt := range tests {
		first, last, err := interval(tt.in)
		if err != nil {
			t.Errorf("interval(%q): %v", tt.in, err)
			continue
		}
		got := first.Format(time.DateOnly) + "/" + last.Format(time.DateOnly)
		if want := tt.first + "/" + tt.last; got != want {
			t.Errorf("interval(%q) = %s, want %s", tt.in, got, want)
		}
	}
	for _, bad := range []string{"2019-13", "2019-02-30", "2019-XX", "19"} {
		if _, _, err := interval(bad); err == nil {
			t.Errorf("interval(%q) succeeded, want error", bad)
		}
	}
}
