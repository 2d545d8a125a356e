package entity

import (
	"strings"
	"time"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// atom is a run of words that matched the knowledge base, or one
// capitalised word that did not (node == nil).
type atom struct {
	i, j int // words [i, j)
	node *gazetteer.Node
	mask uint64 // which of node.Aliases() are valid here
	gen  bool   // the last word carries a genitive -s the name lacks
}

// state is the per-document working memory of a Recognizer, pooled.
type state struct {
	r     *Recognizer
	kb    *gazetteer.KB
	text  string
	lang  string
	dct   time.Time
	words []word
	atoms []atom
	ments []mention
	fold  []byte
	// seen counts earlier mentions of each entry; last maps a folded
	// surname to the mention that introduced it.
	seen map[int32]int
	last map[string]int
	// countries holds the states the document names anywhere (by name,
	// adjective or a city); see foreignInitial.
	countries map[string]bool
}

func (st *state) reset(r *Recognizer, text, lang string, dct time.Time) {
	st.r, st.kb, st.text, st.lang, st.dct = r, r.KB, text, lang, dct
	st.words = st.words[:0]
	st.atoms = st.atoms[:0]
	st.ments = st.ments[:0]
	if st.seen == nil {
		st.seen = make(map[int32]int)
		st.last = make(map[string]int)
		st.countries = make(map[string]bool)
	}
	clear(st.seen)
	clear(st.last)
	clear(st.countries)
}

func (st *state) wordText(i int) string { return st.text[st.words[i].start:st.words[i].end] }

// next follows word i from node n, returning the child (nil if none).
func (st *state) next(n *gazetteer.Node, w string) *gazetteer.Node {
	if gazetteer.IsFolded(w) {
		return n.Next(w)
	}
	st.fold = gazetteer.Fold(st.fold[:0], w)
	return n.NextBytes(st.fold)
}

// gap returns n.Gap of the folded form of w without allocating.
func (st *state) gap(n *gazetteer.Node, w string) byte {
	if gazetteer.IsFolded(w) {
		return n.Gap(w)
	}
	st.fold = gazetteer.Fold(st.fold[:0], w)
	return n.GapBytes(st.fold)
}

// run finds atoms, then applies the rules to them.
func (st *state) run() {
	st.words = scanWords(st.text, st.words)
	root := st.kb.Root()
	for i := 0; i < len(st.words); {
		a, ok := st.match(root, i)
		if ok {
			st.atoms = append(st.atoms, a)
			i = a.j
			continue
		}
		w := st.words[i]
		if w.upper {
			st.atoms = append(st.atoms, atom{i: i, j: i + 1})
		}
		i++
	}
	for k := range st.atoms {
		st.noteCountries(&st.atoms[k])
	}
	st.rules()
	st.cataphora()
}

// cataphora links a surname that was read as an unknown person before the
// full name came ("Haley says …" in a headline, "Ambassador Nikki Haley
// told …" below) to the person the full name names: a one-word unknown
// person that is a short form of a person of the knowledge base mentioned
// later, or the last word of an unknown person's full name.
func (st *state) cataphora() {
	for k := range st.ments {
		m := &st.ments[k]
		if m.entry >= 0 || m.typ != "PER" || m.nominal || strings.IndexByte(st.text[m.start:m.end], ' ') >= 0 {
			continue
		}
		w := st.text[m.start:m.end]
		n := st.next(st.kb.Root(), w)
		for l := range st.ments {
			o := &st.ments[l]
			if o.start <= m.start || o.typ != "PER" || o.nominal {
				continue
			}
			if o.entry >= 0 {
				if n == nil || st.kb.Entry(o.entry).Kind != gazetteer.KindPerson || !shortOf(n, o.entry) {
					continue
				}
			} else if full := st.text[o.start:o.end]; len(full) <= len(w)+1 || !strings.HasSuffix(full, w) || full[len(full)-len(w)-1] != ' ' {
				// an unknown full name ending in the word: "Nikki Haley"
				continue
			}
			start, end := m.start, m.end
			*m = *o
			m.start, m.end, m.nominal = start, end, false
			break
		}
	}
}

// shortOf reports whether node n holds a short form of entry e.
func shortOf(n *gazetteer.Node, e int32) bool {
	for _, al := range n.Aliases() {
		if al.Kind == gazetteer.AliasShort && al.Entry == e {
			return true
		}
	}
	return false
}

// match finds the longest name starting at word i that has a valid alias.
func (st *state) match(root *gazetteer.Node, i int) (atom, bool) {
	var best atom
	found := false
	n := root
	for j := i; j < len(st.words); j++ {
		if j > i {
			g := st.words[j-1].gap
			if g == gazetteer.GapOther {
				break
			}
		}
		w := st.wordText(j)
		child := st.next(n, w)
		if child != nil && j > i && !gazetteer.GapsMatch(st.gap(n, w), st.words[j-1].gap) {
			child = nil
		}
		// genitive -s on the last word: Russlands, Putins, Nordkoreas
		if st.lang == "de" && len(w) > 3 && w[len(w)-1] == 's' {
			if g := st.next(n, w[:len(w)-1]); g != nil && (j == i || gazetteer.GapsMatch(st.gap(n, w[:len(w)-1]), st.words[j-1].gap)) {
				if m := st.valid(g, i, j+1, true); m != 0 && (!found || j+1 > best.j) {
					best, found = atom{i: i, j: j + 1, node: g, mask: m, gen: true}, true
				}
			}
		}
		if child == nil {
			break
		}
		if m := st.valid(child, i, j+1, false); m != 0 {
			best, found = atom{i: i, j: j + 1, node: child, mask: m}, true
		}
		n = child
	}
	return best, found
}

// foldedKey returns the folded form of w as a string (allocating only for
// words with uppercase or non-ASCII letters, and only on multi-word paths).
func (st *state) foldedKey(w string) string {
	if gazetteer.IsFolded(w) {
		return w
	}
	return string(gazetteer.Fold(nil, w))
}

// valid returns the mask of aliases at n that may match words [i, j).
func (st *state) valid(n *gazetteer.Node, i, j int, gen bool) uint64 {
	as := n.Aliases()
	var mask uint64
	first := st.words[i]
	for k, a := range as {
		if k >= 64 {
			break
		}
		if a.Lang != "" && a.Lang != st.lang {
			continue
		}
		if gen && a.Kind != gazetteer.AliasName && a.Kind != gazetteer.AliasShort {
			continue
		}
		if a.Exact != "" {
			if gen || !st.exact(i, j, a.Exact) {
				continue
			}
		}
		switch a.Kind {
		case gazetteer.AliasName, gazetteer.AliasShort, gazetteer.AliasFirstName, gazetteer.AliasTitle:
			if !first.upper && !a.Lower {
				continue
			}
		case gazetteer.AliasDemonym:
			if !first.upper {
				continue
			}
		}
		mask |= 1 << uint(k)
	}
	return mask
}

// exact compares the words [i, j) joined without gaps to want.
func (st *state) exact(i, j int, want string) bool {
	for k := i; k < j; k++ {
		w := st.wordText(k)
		if !strings.HasPrefix(want, w) {
			return false
		}
		want = want[len(w):]
	}
	return want == ""
}

// aliases returns the valid aliases of an atom.
func (a *atom) each(f func(gazetteer.Alias)) {
	if a.node == nil {
		return
	}
	for k, al := range a.node.Aliases() {
		if k < 64 && a.mask&(1<<uint(k)) != 0 {
			f(al)
		}
	}
}

// has reports whether the atom has a valid alias of kind k.
func (a *atom) has(k gazetteer.AliasKind) bool {
	if a.node == nil {
		return false
	}
	for i, al := range a.node.Aliases() {
		if i < 64 && a.mask&(1<<uint(i)) != 0 && al.Kind == k {
			return true
		}
	}
	return false
}

// first returns the first valid alias of kind k.
func (a *atom) first(k gazetteer.AliasKind) (gazetteer.Alias, bool) {
	if a.node == nil {
		return gazetteer.Alias{}, false
	}
	for i, al := range a.node.Aliases() {
		if i < 64 && a.mask&(1<<uint(i)) != 0 && al.Kind == k {
			return al, true
		}
	}
	return gazetteer.Alias{}, false
}

// noteCountries records the states an atom names or lies in.
func (st *state) noteCountries(a *atom) {
	if a.node == nil {
		return
	}
	if code := st.countryOf(a); code != "" {
		st.countries[code] = true
	}
	a.each(func(al gazetteer.Alias) {
		if al.Entry >= 0 && al.Kind == gazetteer.AliasName {
			if e := st.kb.Entry(al.Entry); e.Kind == gazetteer.KindCity && e.Country != "" {
				st.countries[e.Country] = true
			}
		}
	})
}
