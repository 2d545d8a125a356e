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
