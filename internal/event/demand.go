package event

import (
	"slices"

	"github.com/chronik-dev/chronik"
)

// demandMode maps the type of a demanded action to REQUEST's mode.
var demandMode = map[string]string{
	"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "SUPPORT": "assist", "COOPERATE": "assist",
	"RETREAT": "yield", "CONCEDE": "yield",
}

// demand recodes an action that someone must take as a REQUEST of it:
// "Russia said Sudan must return the helicopter", "die USA müssten
// vermitteln". The speaker of the clause before is the actor, the one
// who must act the recipient.
func (ss *sentState) demand(m match, c int, ev *chronik.Event) {
	cl := ss.clauses[c]
	t, ok := ss.cueIn(cueDemand, max(cl[0], m.first-4), m.first, [2]int{})
	if !ok && ss.words[m.head] == "must" {
		ok, t = true, m.head
	}
	if !ok || ev.Type == "REQUEST" && t != m.head {
		return
	}
	ss.demanded = true
	if ev.Type != "REQUEST" {
		ev.Mode = demandMode[ev.Type]
		if ev.Mode == "" {
			ev.Mode = "change"
		}
		ev.Type = "REQUEST"
	}
	if c > 0 {
		if g := ss.subjectOf(c-1, ss.clauses[c-1][1]); g >= 0 {
			speaker := ss.actorsOf(g)
			subj := ev.Actor
			ev.Actor = speaker
			ev.Recipient = ss.removeShared(subj, speaker)
			return
		}
		if ss.cueAt(cueComplementizer, cl[0]) > 0 || ss.clauses[c-1][1] < cl[0] {
			// a speaker we cannot name: the one who must act is the recipient
			ev.Recipient, ev.Actor = ev.Actor, nil
			return
		}
	}
	// "The Red Cross said US forces must …": speaker before the reporting verb
	cl = ss.clauses[c]
	if rt, ok := ss.cueIn(cueReported, cl[0], t, [2]int{}); ok {
		speaker, addressee := -1, -1
		for k := range ss.nps {
			p := &ss.nps[k]
			if p.prep != prepNone || p.first < cl[0] {
				continue
			}
			if p.end <= rt {
				speaker = p.group
			} else if p.first > rt && p.end <= t && addressee < 0 {
				addressee = p.group
			}
		}
		if speaker >= 0 {
			ev.Actor = ss.actorsOf(speaker)
			ev.Recipient = nil
			if addressee >= 0 {
				ev.Recipient = ss.removeShared(ss.actorsOf(addressee), ev.Actor)
			}
		}
	}
}

// mergeDemand folds a demanded action into the request of the clause
// before when both come from the same actor: "Peking forderte, Washington
// und Seoul sollten ihre Manöver aussetzen" is one REQUEST, to Washington
// and Seoul. It reports whether ev was merged.
func (ss *sentState) mergeDemand(ev *chronik.Event) bool {
	if !ss.demanded || len(ss.doc.Events) == 0 {
		return false
	}
	prev := &ss.doc.Events[len(ss.doc.Events)-1]
	if prev.Type != "REQUEST" || prev.Sentence != ev.Sentence || prev.Trigger.End > ev.Trigger.Start ||
		!slices.Equal(distinctCountries(prev.Actor), distinctCountries(ev.Actor)) {
		return false
	}
	if len(prev.Recipient) == 0 {
		prev.Recipient = ev.Recipient
		if prev.Recipient == nil {
			prev.Recipient = []chronik.Actor{}
		}
	}
	if prev.Mode == "" {
		prev.Mode = ev.Mode
	}
	return true
}
