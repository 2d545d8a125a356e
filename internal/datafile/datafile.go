// Package datafile reads the line-oriented language data files that
// chronik embeds (word lists, abbreviations, profiles): one entry a line,
// fields separated by tabs or spaces, blank lines and # comments skipped.
package datafile

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// Lines calls fn with the fields of every entry line of the named file.
// An error from fn is returned with the file name and line number.
func Lines(fsys fs.FS, name string, fn func(fields []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("load %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("load %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load %s: %w", name, err)
	}
	return nil
}

// PerLanguage returns a function that loads one value per language on its
// first call, with load, and returns the same map (or the first error)
// on every later call.
func PerLanguage[T any](langs []string, load func(lang string) (T, error)) func() (map[string]T, error) {
	return sync.OnceValues(func() (map[string]T, error) {
		m := make(map[string]T, len(langs))
		for _, l := range langs {
			v, err := load(l)
			if err != nil {
				return nil, err
			}
			m[l] = v
		}
		return m, nil
	})
}

// MustPick returns the value loaded for lang, or the one for fallback when
// lang has none. It panics when loading failed: the data is embedded, and
// each package's tests load it, so a failure is a programmer error.
func MustPick[T any](loaded func() (map[string]T, error), lang, fallback string) T {
	m, err := loaded()
	if err != nil {
		panic(err)
	}
	if v, ok := m[lang]; ok {
		return v
	}
	return m[fallback]
}
