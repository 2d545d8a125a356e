package gazetteer

import (
	"fmt"
	"sort"
	"strings"
	"time"
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
	// role expressions: a country (adjective, name or compound head) and a role word
	if len(words) >= 2 {
		country := ""
		for _, a := range kb.walk(strings.Join(words[:len(words)-1], " ")).Aliases() {
			if a.Entry >= 0 && (a.Kind == AliasAdjective || a.Kind == AliasName && kb.Entries[a.Entry].Kind == KindCountry) {
				country = kb.Entries[a.Entry].Country
				break
			}
		}
		for _, a := range kb.walk(words[len(words)-1]).Aliases() {
			if a.Kind != AliasRole || a.Role.Title || country == "" {
				continue
			}
			for _, key := range roleKeys(a.Role.Role) {
				for _, i := range kb.Holders(key+":"+country, date) {
					add(i, 4, fmt.Sprintf("held %s:%s on %s", key, country, date.Format("2006-01-02")))
				}
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

func roleKeys(role string) []string {
	switch role {
	case "president":
		return []string{"president", "head_of_state"}
	case "leader":
		return []string{"leader", "head_of_state"}
	}
	return []string{role}
}
