package sentence

import (
	"embed"
	"errors"
	"io/fs"

	"github.com/chronik-dev/chronik/internal/datafile"
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

var lexicons = datafile.PerLanguage(Languages, func(l string) (*lexicon, error) {
	return loadLexicon(dataFS, l)
})

// lexiconFor returns the lexicon of a language, English for others. It
// panics if the embedded data is broken, which the tests rule out.
func lexiconFor(lang string) *lexicon {
	return datafile.MustPick(lexicons, lang, "en")
}

func loadLexicon(fsys fs.FS, lang string) (*lexicon, error) {
	lx := &lexicon{lang: lang, starters: map[string]bool{}}
	err := datafile.Lines(fsys, "data/"+lang+"/starters.txt", func(fields []string) error {
		if len(fields) != 1 {
			return errors.New("more than one word")
		}
		lx.starters[fields[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}
