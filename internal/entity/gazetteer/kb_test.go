package gazetteer

import (
	"strings"
	"testing"
)

// TestLoadEveryFile loads the embedded knowledge base, so that a broken data
// file fails here and not in production, and checks every file's header.
func TestLoadEveryFile(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	all, err := EmbeddedFiles()
	if err != nil {
		t.Fatal(err)
	}
	loaded := make(map[string]bool)
	for _, f := range kb.Files {
		loaded[f] = true
	}
	for _, f := range all {
		if !loaded[f] {
			t.Errorf("%s is embedded but not loaded", f)
		}
		data, err := ReadEmbedded(f)
		if err != nil {
			t.Fatal(err)
		}
		head := string(data)
		if len(head) > 800 {
			head = head[:800]
		}
		if !strings.Contains(head, "facts:") || !strings.Contains(head, "written for chronik") {
			t.Errorf("%s: header must name its sources (facts: …) and say it was written for chronik", f)
		}
	}
	if len(kb.Entries) < 500 {
		t.Errorf("only %d entries", len(kb.Entries))
	}
}
