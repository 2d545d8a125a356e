package gazetteer

import (
	"sort"
	"time"
)

// Kind says what an [Entry] is.
type Kind uint8

// Kinds of entries.
const (
	KindCountry Kind = iota + 1 // a state or territory, current or former
	KindCity                    // a city or town
	KindRegion                  // a region, sea or area without a government
	KindOrg                     // an organisation
	KindPerson                  // a person
	KindMetonym                 // a place that stands for an institution: Kreml
)

var kindNames = [...]string{"", "country", "city", "region", "org", "person", "metonym"}

// String returns the lowercase name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Entry is one thing the knowledge base knows.
type Entry struct {
	// Ref is the Wikidata id when known, else a stable local id such as
	// "iso:ABW" or "chronik:city/DEU/bonn".
	Ref string
	// Name is the canonical German name; NameEN the English one.
	Name   string
	NameEN string
	Kind   Kind
	// Type is the entity type a mention gets: PER, LOC, ORG or GPE.
	Type string
	// Country is the ISO 3166-1 alpha-3 code or PLOVER's code for
	// non-state actors (UNO, EUR, IGO, NGO, …).
	Country string
	// Sector is PLOVER's sector code (GOV, MIL, JRN, …) or empty.
	Sector string
	// Lat and Lon are WGS84 coordinates of places (zero when unknown).
	Lat, Lon float64
	// Population of a city, for ranking homonyms.
	Population int
	// Capital marks the capital city of Country.
	Capital bool
	// From and To bound the existence of a state or organisation; zero
	// means open.
	From, To time.Time
	// Roles lists the offices a person held.
	Roles []Role
	// Names lists every name the entry is indexed under.
	Names []string
	// Source names the file the entry comes from, for Lookup's reasons.
	Source string
}

// Role is an office held between two dates.
type Role struct {
	// Key is "role:CODE", e.g. "head_of_state:USA", "foreign_minister:RUS".
	Key string
	// From and To bound the term; a zero To means still in office.
	From, To time.Time
}

// Active reports whether the role was held on date t.
func (r Role) Active(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	if !r.To.IsZero() && !t.Before(r.To) {
		return false
	}
	return true
}

// ActiveRole returns the first role of e that matches key (or any role when
// key is empty) and is held on date t.
func (e *Entry) ActiveRole(key string, t time.Time) (Role, bool) {
	for _, r := range e.Roles {
		if (key == "" || r.Key == key) && r.Active(t) {
			return r, true
		}
	}
	return Role{}, false
}

// Exists reports whether the entry existed on date t; an unknown date
// counts as existing.
func (e *Entry) Exists(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !e.From.IsZero() && t.Before(e.From) {
		return false
	}
	if !e.To.IsZero() && !t.Before(e.To) {
		return false
	}
	return true
}

// AliasKind says how a name in the trie relates to its entry.
type AliasKind uint8

// Kinds of aliases.
const (
	AliasName      AliasKind = iota + 1 // a full name: Nordkorea, Kim Jong Un
	AliasShort                          // a short form that needs context: Kim, Moon
	AliasAdjective                      // an adjective of a country: nordkoreanischen
	AliasDemonym                        // a noun for its people: Russen, Americans
	AliasRole                           // a role noun: Außenministerin, President
	AliasSector                         // a sector noun: Regierung, Staatsmedien
	AliasFirstName                      // a first name: Angela
	AliasTitle                          // a title before a name: Herr, Dr, Mr
	AliasNoun                           // a capitalised common word that is never a name alone
	AliasVerb                           // a verb after which a capital acts as its government
	AliasCapital                        // the noun for a capital after a country's adjective: Hauptstadt, capital
)

// Alias is one way to name something, stored at a trie node.
type Alias struct {
	Kind AliasKind
	// Lang restricts the alias to documents in one language ("" = any).
	Lang string
	// Exact, when set, is the only spelling the text may have (acronyms:
	// "US" but not "us").
	Exact string
	// Entry indexes [KB.Entries] for names, short forms, adjectives and
	// demonyms; it is -1 otherwise.
	Entry int32
	// Role is the role word's meaning (AliasRole).
	Role *RoleWord
	// Sector is the sector code of a sector noun (AliasSector).
	Sector string
	// Lower marks a name written in lowercase in the knowledge base
	// (al-Qaida, von der Leyen): it may start with a lowercase letter in text.
	Lower bool
}

// RoleWord is what a role noun means.
type RoleWord struct {
	// Role is the role without its country: "head_of_state".
	Role string
	// Country is the country implied by the word itself ("Kanzlerin" in a
	// German text: DEU; "UN-Generalsekretär": UNO) or empty.
	Country string
	// Sector is the sector of holders: GOV, MIL, …
	Sector string
	// Title marks words that only introduce a name (Senator, Sprecher) and
	// never resolve through the role tables.
	Title bool
	// Plural marks an English plural form ("leaders"): it names no one
	// holder.
	Plural bool
}

// Node is a trie node over folded words.
type Node struct {
	next    map[string]*Node
	aliases []Alias
	// gaps records which gap classes were seen before each child word.
	gaps map[string]byte
}

// Next returns the child reached by the folded word w, or nil.
func (n *Node) Next(w string) *Node {
	if n == nil || n.next == nil {
		return nil
	}
	return n.next[w]
}

// NextBytes is [Node.Next] for a folded word held in a byte slice; it does
// not allocate.
func (n *Node) NextBytes(w []byte) *Node {
	if n == nil || n.next == nil {
		return nil
	}
	return n.next[string(w)]
}

// Gap returns the gap class that precedes the child word w in the names
// indexed under n.
func (n *Node) Gap(w string) byte { return n.gaps[w] }

// GapBytes is Gap for a word held in a byte slice.
func (n *Node) GapBytes(w []byte) byte { return n.gaps[string(w)] }

// Aliases returns the aliases of the names that end at n.
func (n *Node) Aliases() []Alias {
	if n == nil {
		return nil
	}
	return n.aliases
}

func (n *Node) insert(words []string, gaps []byte, a Alias) {
	cur := n
	for i, w := range words {
		w = foldString(w)
		if cur.next == nil {
			cur.next = make(map[string]*Node)
		}
		nx := cur.next[w]
		if nx == nil {
			nx = &Node{}
			cur.next[w] = nx
			if i > 0 {
				if cur.gaps == nil {
					cur.gaps = make(map[string]byte)
				}
				cur.gaps[w] = gaps[i-1]
			}
		}
		cur = nx
	}
	for _, old := range cur.aliases {
		if old.Kind == a.Kind && old.Entry == a.Entry && old.Lang == a.Lang && old.Exact == a.Exact && old.Role == a.Role && old.Sector == a.Sector && old.Lower == a.Lower {
			return
		}
	}
	cur.aliases = append(cur.aliases, a)
}

// KB is a knowledge base. A KB is safe for concurrent lookups; the methods
// that extend it ([KB.ImportGeoNames], [KB.AddActors]) must not run
// concurrently with anything else.
type KB struct {
	// Entries holds every entry; aliases refer to them by index.
	Entries  []Entry
	root     Node
	holders  map[string][]int32 // role key → person entries
	byRef    map[string]int32
	byCode   map[string]int32 // alpha-3 / PLOVER code → country or org entry
	capitals []capitalRef
	capital  map[string]int32  // alpha-3 → capital city entry
	a2       map[string]string // ISO alpha-2 → alpha-3
	// Files lists the embedded or imported files the KB was built from.
	Files []string
}

func newKB() *KB {
	return &KB{holders: make(map[string][]int32), byRef: make(map[string]int32), byCode: make(map[string]int32),
		a2: make(map[string]string), capital: make(map[string]int32)}
}

// CapitalOf returns the entry of the capital city of the country with the
// alpha-3 code.
func (kb *KB) CapitalOf(code string) (int32, bool) {
	e, ok := kb.capital[code]
	return e, ok
}

// Root returns the root of the name trie.
func (kb *KB) Root() *Node { return &kb.root }

// Entry returns the entry with index i.
func (kb *KB) Entry(i int32) *Entry { return &kb.Entries[i] }

// ByRef returns the entry with the given ref.
func (kb *KB) ByRef(ref string) (*Entry, bool) {
	i, ok := kb.byRef[ref]
	if !ok {
		return nil, false
	}
	return &kb.Entries[i], true
}

// Country returns the country or non-state actor with the given ISO
// alpha-3 or PLOVER code.
func (kb *KB) Country(code string) (*Entry, bool) {
	i, ok := kb.byCode[code]
	if !ok {
		return nil, false
	}
	return &kb.Entries[i], true
}

// CountryIndex returns the index of the entry of the country or non-state
// actor with the given code.
func (kb *KB) CountryIndex(code string) (int32, bool) {
	i, ok := kb.byCode[code]
	return i, ok
}

// Holders returns the indexes of the people who held role key on date t,
// those whose term started most recently first. A zero t returns none.
func (kb *KB) Holders(key string, t time.Time) []int32 {
	if t.IsZero() {
		return nil
	}
	var out []int32
	var starts []time.Time
	for _, i := range kb.holders[key] {
		for _, r := range kb.Entries[i].Roles {
			if r.Key == key && r.Active(t) {
				out = append(out, i)
				starts = append(starts, r.From)
				break
			}
		}
	}
	if len(out) > 1 {
		idx := make([]int, len(out))
		for k := range idx {
			idx[k] = k
		}
		sort.SliceStable(idx, func(a, b int) bool { return starts[idx[a]].After(starts[idx[b]]) })
		sorted := make([]int32, len(out))
		for k, j := range idx {
			sorted[k] = out[j]
		}
		out = sorted
	}
	return out
}

// add appends an entry and indexes its ref, code and roles.
func (kb *KB) add(e Entry) int32 {
	i := int32(len(kb.Entries))
	kb.Entries = append(kb.Entries, e)
	if e.Ref != "" {
		if _, dup := kb.byRef[e.Ref]; !dup {
			kb.byRef[e.Ref] = i
		}
	}
	if (e.Kind == KindCountry || e.Kind == KindOrg && len(e.Country) == 3 && e.Sector == "") && e.Country != "" {
		if _, dup := kb.byCode[e.Country]; !dup {
			kb.byCode[e.Country] = i
		}
	}
	for _, r := range e.Roles {
		kb.holders[r.Key] = append(kb.holders[r.Key], i)
	}
	return i
}

// addName indexes a name of entry i.
func (kb *KB) addName(name string, kind AliasKind, lang string, entry int32) {
	words, gaps := Words(name)
	if len(words) == 0 {
		return
	}
	a := Alias{Kind: kind, Lang: lang, Entry: entry, Lower: !isUpperStart(name)}
	if isAllUpper(name) && len([]rune(name)) <= 6 || len(words) == 1 && hasInnerUpper(name) {
		a.Exact = joinWords(words)
	}
	kb.root.insert(words, gaps, a)
	if entry >= 0 && (kind == AliasName || kind == AliasShort) {
		e := &kb.Entries[entry]
		e.Names = append(e.Names, name)
	}
}

func hasInnerUpper(s string) bool {
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for _, w := range ws {
		b = append(b, w...)
	}
	return string(b)
}
