package gazetteer

import (
	"regexp"
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

// TestRefsWellFormedAndUnique checks the ids of the knowledge base: a Wikidata
// id is Q and digits without a leading zero, no two entries share one, and no
// person is listed twice under two ids (once with a Wikidata id and once with a
// local one, or under two Wikidata ids).
func TestRefsWellFormedAndUnique(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	wellFormed := regexp.MustCompile(`^Q[1-9][0-9]*$`)
	byRef := make(map[string]string)
	byName := make(map[string]string)
	people, wikidata := 0, 0
	for _, e := range kb.Entries {
		if strings.HasPrefix(e.Ref, "Q") {
			if !wellFormed.MatchString(e.Ref) {
				t.Errorf("%s (%s): malformed Wikidata id %q", e.Name, e.Source, e.Ref)
			}
			if other, dup := byRef[e.Ref]; dup {
				t.Errorf("%s is the id of both %s and %s", e.Ref, other, e.Name)
			}
			byRef[e.Ref] = e.Name
		}
		if e.Kind != KindPerson {
			continue
		}
		people++
		if strings.HasPrefix(e.Ref, "Q") {
			wikidata++
		} else if !strings.HasPrefix(e.Ref, "chronik:per/") {
			t.Errorf("%s: person ref %q is neither a Wikidata id nor chronik:per/…", e.Name, e.Ref)
		}
		for _, name := range []string{e.Name, e.NameEN} {
			key := foldString(name)
			if other, dup := byName[key]; dup && other != e.Ref {
				t.Errorf("%q names both %s and %s: one person with two ids?", name, other, e.Ref)
			}
			byName[key] = e.Ref
		}
	}
	if people == 0 || wikidata == 0 {
		t.Fatalf("%d people, %d with Wikidata ids", people, wikidata)
	}
	t.Logf("%d people, %d with Wikidata ids", people, wikidata)
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Élysée-Palast", "elysee-palast"},
		{"FRA/Société Générale", "fra/societe-generale"},
		{"Kraków", "krakow"},
		{"Weißes Haus", "weisses-haus"},
		{"Nürnberg", "nuernberg"},
		{"Oświęcim", "oswiecim"},
		{"People's Liberation Army", "people-s-liberation-army"},
	} {
		if got := slug(c.in); got != c.want {
			t.Errorf("slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
