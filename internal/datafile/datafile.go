// Package datafile reads the line-oriented language data files that
// chronik embeds (word lists, abbreviations, profiles): one entry a line,
// fields separated by tabs or spaces, blank lines and # comments skipped.
package datafile

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
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
