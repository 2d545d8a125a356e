package demo

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

//go:embed corpus/*.txt
var corpusFS embed.FS

//go:embed gold.json
var goldJSON []byte

// Modalities used in [GoldEvent.Modality].
const (
	ModalityAsserted = "asserted" // reported as having happened
	ModalityFuture   = "future"   // announced or planned at the article's date
)

// GoldEvent is one happening that one corpus file reports.
type GoldEvent struct {
	// File is the corpus file name, as returned by [Files].
	File string `json:"file"`
	// Happening is a stable key shared by all files that report the same
	// real-world happening, such as "hanoi-summit-2019".
	Happening string `json:"happening"`
	// Date is the TIMEX3 value of when the happening took place (or is
	// planned to), at the precision the article supports.
	Date string `json:"date"`
	// Modality is [ModalityAsserted] or [ModalityFuture].
	Modality string `json:"modality"`
}

// Corpus returns the demo articles as a file system whose root holds the
// corpus files.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpusFS, "corpus")
	if err != nil {
		panic(fmt.Sprintf("demo: embedded corpus: %v", err)) // "corpus" is a valid path
	}
	return sub
}

// Files returns the names of the corpus files in sorted order.
func Files() []string {
	entries, err := fs.ReadDir(corpusFS, "corpus")
	if err != nil {
		panic(fmt.Sprintf("demo: embedded corpus: %v", err)) // the directory is embedded
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return names
}

var loadGold = sync.OnceValues(func() ([]GoldEvent, error) {
	dec := json.NewDecoder(bytes.NewReader(goldJSON))
	dec.DisallowUnknownFields()
	var events []GoldEvent
	if err := dec.Decode(&events); err != nil {
		return nil, fmt.Errorf("decode gold.json: %w", err)
	}
	for i, ev := range events {
		if ev.File == "" || ev.Happening == "" || ev.Date == "" {
			return nil, fmt.Errorf("gold.json entry %d: missing field", i)
		}
		if ev.Modality != ModalityAsserted && ev.Modality != ModalityFuture {
			return nil, fmt.Errorf("gold.json entry %d: unknown modality %q", i, ev.Modality)
		}
	}
	return events, nil
})

// Gold returns the gold happenings of the corpus, ordered by file. The
// caller may modify the returned slice.
func Gold() ([]GoldEvent, error) {
	events, err := loadGold()
	if err != nil {
		return nil, err
	}
	return slices.Clone(events), nil
}
