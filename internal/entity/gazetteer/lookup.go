package gazetteer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Candidate is one answer of [KB.Lookup].
type Candidate struct {
	Entry *Entry
	// Score orders candidates, best first.
	Score float64
	// Reasons explains the score in words.
	Reasons []string
}

// Lookup returns the entries a name may refer to on date (zero: any date),
// best first, each with the reasons for its score. The name may be a full
// name ("Kim Jong Un"), a short form ("Kim"), an inflected form
// ("Russlands") or a role expression ("US-Präsident", "russischer
// Außenminister"), which resolves to the holder on date.
func (kb *KB) Lookup(name string, date time.Time) []Candidate {
	words, _ := Words(name)
	if len(words) == 0 {
		return nil
	}
	byEntry := make(map[int32]*Candidate)
	add := func(i int32, score float64, reason string) {
		c := byEntry[i]
		if c == nil {
			c = &Candidate{Entry: &kb.Entries[i]}
			byEntry[i] = c
		}
		c.Score += score
		c.Reasons = append(c.Reasons, reason)
	}
	node := kb.walk(name)
	if node == nil && strings.HasSuffix(name, "s") {
		if node = kb.walk(name[:len(name)-1]); node != nil {
			name = name[:len(name)-1]
		}
	}
	for _, a := range node.Aliases() {
		if a.Entry < 0 {
			continue
		}
		switch a.Kind {
		case AliasName:
			add(a.Entry, 2, fmt.Sprintf("name %q", name))
		case AliasShort:
			add(a.Entry, 1, fmt.Sprintf("short form %q", name))
		case AliasAdjective, AliasDemonym:
			add(a.Entry, 1, fmt.Sprintf("adjective or demonym %q of %s", name, kb.Entries[a.Entry].Country))
		}
	}
	// role expressions resolve to who held the office on date, through
	// the first of the role's keys that has a holder, as linking does
	for _, r := range kb.roleReadings(words) {
		for _, key := range RoleKeys(r.role) {
			hs := kb.Holders(key+":"+r.country, date)
			for _, i := range hs {
				add(i, 4, fmt.Sprintf("held %s:%s on %s", key, r.country, date.Format("2006-01-02")))
			}
			if len(hs) > 0 {
				break
			}
		}
	}
	out := make([]Candidate, 0, len(byEntry))
	for _, c := range byEntry {
		e := c.Entry
		if !date.IsZero() {
			if !e.Exists(date) {
				c.Score -= 3
				c.Reasons = append(c.Reasons, "did not exist on "+date.Format("2006-01-02"))
			}
			if r, ok := e.ActiveRole("", date); ok {
				c.Score++
				c.Reasons = append(c.Reasons, "in office on "+date.Format("2006-01-02")+" as "+r.Key)
			}
		}
		switch e.Kind {
		case KindCountry:
			c.Score += 0.6
		case KindCity:
			c.Score += 0.3
			if e.Capital {
				c.Score += 0.2
				c.Reasons = append(c.Reasons, "capital of "+e.Country)
			}
		}
		c.Reasons = append(c.Reasons, "from "+e.Source)
		out = append(out, *c)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Score != out[b].Score {
			return out[a].Score > out[b].Score
		}
		return out[a].Entry.Ref < out[b].Entry.Ref
	})
	return out
}

// RoleKeys lists the role keys a role word may resolve through, best
// first: "Präsident" through president (Iran's) and head_of_state, a
// "Machthaber" through leader, head_of_state, monarch and
// head_of_government. A monarch is never a president.
func RoleKeys(role string) []string {
	switch role {
	case "president":
		return []string{"president", "head_of_state"}
	case "leader":
		return []string{"leader", "head_of_state", "monarch", "head_of_government"}
	case "head_of_state":
		return []string{"head_of_state", "monarch", "leader"}
	}
	return []string{role}
}

// roleReading is one way to read a phrase as an office: a role without its
// country and the country.
type roleReading struct{ role, country string }

// maxFunctionWords bounds the lowercase words a role expression may carry
// besides its country and role ("der", "of the").
const maxFunctionWords = 2

// roleReadings reads words as a role expression: a role word and a country
// in either order, with a few lowercase function words around them ("der
// russische Außenminister", "the Russian foreign minister", "Außenminister
// Russlands", "Präsident der USA", "foreign minister of Russia"), or a role
// word that implies its country ("die Kanzlerin"). Which words are
// function words is not listed: any lowercase word the country and role
// leave over counts, as long as there are few of them.
func (kb *KB) roleReadings(words []string) []roleReading {
	var out []roleReading
	for i := range words {
		node := &kb.root
		for j := i; j < len(words); j++ {
			if node = node.Next(foldString(words[j])); node == nil {
				break
			}
			before, after := words[:i], words[j+1:]
			for _, a := range node.Aliases() {
				if a.Kind != AliasRole || a.Role.Title || a.Role.Plural {
					continue
				}
				country := ""
				switch {
				case functionWords(after):
					country = kb.countryPart(before)
				case functionWords(before):
					country = kb.countryPart(after)
				}
				if country == "" && functionWords(before) && functionWords(after) {
					country = a.Role.Country
				}
				if r := (roleReading{a.Role.Role, country}); country != "" && !slices.Contains(out, r) {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// countryPart returns the country that words name, as an adjective or a
// country's name (also in the genitive: "Russlands"), once up to
// maxFunctionWords lowercase words are dropped from its front ("der
// russische", "of the United States").
func (kb *KB) countryPart(words []string) string {
	for k := 0; k <= maxFunctionWords && k < len(words); k++ {
		if k > 0 && !functionWords(words[k-1:k]) {
			break
		}
		phrase := strings.Join(words[k:], " ")
		node := kb.walk(phrase)
		if node == nil && strings.HasSuffix(phrase, "s") {
			node = kb.walk(phrase[:len(phrase)-1])
		}
		for _, a := range node.Aliases() {
			if a.Entry >= 0 && (a.Kind == AliasAdjective || a.Kind == AliasName && kb.Entries[a.Entry].Kind == KindCountry) {
				return kb.Entries[a.Entry].Country
			}
		}
	}
	return ""
}

// functionWords reports whether words are at most maxFunctionWords words,
// each starting with a lowercase letter.
func functionWords(words []string) bool {
	if len(words) > maxFunctionWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
