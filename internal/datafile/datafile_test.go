package datafile

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLines(t *testing.T) {
	fsys := fstest.MapFS{"de/words.txt": {Data: []byte("# source: written for chronik\n\nder\t3\n  die 2 \n#x\nbad\n")}}
	var got []string
	err := Lines(fsys, "de/words.txt", func(f []string) error {
		if len(f) != 2 {
			return errors.New("want two fields")
		}
		got = append(got, strings.Join(f, "="))
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "de/words.txt:6: want two fields") {
		t.Errorf("Lines error = %v, want one naming line 6", err)
	}
	if !slices.Equal(got, []string{"der=3", "die=2"}) {
		t.Errorf("Lines fields = %q", got)
	}
	if err := Lines(fsys, "missing.txt", func([]string) error { return nil }); err == nil {
		t.Error("Lines on a missing file = nil error")
	}
}

func TestPerLanguage(t *testing.T) {
	calls := 0
	loaded := PerLanguage([]string{"de", "en"}, func(l string) (string, error) {
		calls++
		return "rules:" + l, nil
	})
	if got := MustPick(loaded, "de", "en"); got != "rules:de" {
		t.Errorf("MustPick(de) = %q", got)
	}
	if got := MustPick(loaded, "fr", "en"); got != "rules:en" {
		t.Errorf("MustPick(fr) = %q, want the fallback", got)
	}
	if calls != 2 {
		t.Errorf("load ran %d times, want once per language", calls)
	}
	broken := PerLanguage([]string{"de"}, func(string) (int, error) { return 0, errors.New("broken") })
	defer func() {
		if recover() == nil {
			t.Error("MustPick on broken data did not panic")
		}
	}()
	MustPick(broken, "de", "de")
}
