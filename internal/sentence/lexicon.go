package sentence

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// Languages lists the languages with splitter data.
var Languages = []string{"de", "en"}

// lexicon is the language knowledge of the splitter.
type lexicon struct {
	lang     string
	starters map[string]bool
}

var lexicons = sync.OnceValues(func() (map[string]*lexicon, error) {
	m := make(map[string]*lexicon, len(Languages))
	for _, l := range Languages {
		lx, err := loadLexicon(dataFS, l)
		if err != nil {
			return nil, err
		}
		m[l] = lx
	}
	return m, nil
})

// lexiconFor returns the lexicon of a language, English for others. It
// panics if the embedded data is broken, which the tests rule out.
func lexiconFor(lang string) *lexicon {
	m, err := lexicons()
	if err != nil {
		panic(err)
	}
	if lx, ok := m[lang]; ok {
		return lx
	}
	return m["en"]
}

func loadLexicon(fsys fs.FS, lang string) (*lexicon, error) {
	lx := &lexicon{lang: lang, starters: map[string]bool{}}
	name := "data/" + lang + "/starters.txt"
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
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
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("load %s:%d: more than one word", name, n)
		}
		lx.starters[line] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	return lx, nil
}
