package timeline

import (
	"cmp"
	"slices"

	"github.com/chronik-dev/chronik"
)

// Weight is the cooperation (positive) or conflict (negative) weight of a
// PLOVER event type, on a scale from -10 to +10 in the spirit of the
// Goldstein scale that GDELT uses. The numbers are chronik's choice,
// written for ranking and network weights, not part of PLOVER.
var Weight = map[string]float64{
	"AGREE": 3, "CONSULT": 1, "SUPPORT": 3, "CONCEDE": 5, "COOPERATE": 4, "AID": 7, "RETREAT": 5,
	"REQUEST": -1, "ACCUSE": -2, "REJECT": -4, "THREATEN": -6, "PROTEST": -5, "SANCTION": -7,
	"MOBILIZE": -6, "COERCE": -8, "ASSAULT": -10,
}

// QuadClass returns GDELT's quad class of a PLOVER type: 1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict; 0 for an unknown type.
func QuadClass(typ string) int {
	switch typ {
	case "AGREE", "CONSULT", "SUPPORT":
		return 1
	case "CONCEDE", "COOPERATE", "AID", "RETREAT":
		return 2
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST":
		return 3
	case "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return 4
	}
	return 0
}

// Cooperative reports whether a PLOVER type is cooperative.
func Cooperative(typ string) bool { return Weight[typ] > 0 }

// ActorStats is how active one actor is in a set of merged events.
type ActorStats struct {
	Key     string `json:"key"`
	Name    string `json:"name"`
	Country string `json:"country"`
	// Events counts merged events the actor takes part in; Cooperation
	// and Conflict split them by type, Balance is Cooperation minus
	// Conflict, and Score sums the type weights.
	Events      int            `json:"events"`
	Cooperation int            `json:"cooperation"`
	Conflict    int            `json:"conflict"`
	Balance     int            `json:"balance"`
	Score       float64        `json:"score"`
	Sources     int            `json:"sources"`
	Types       map[string]int `json:"types"`
}

// Actors ranks the participants of merged events by the number of events,
// then by key. Negated and hypothetical events do not count.
func Actors(evs []*chronik.MergedEvent) []ActorStats {
	byKey := map[string]*ActorStats{}
	for _, m := range evs {
		if !happened(m) {
			continue
		}
		seen := map[string]bool{}
		for _, a := range slices.Concat(m.Actor, m.Recipient) {
			k := ActorKey(a)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			s := byKey[k]
			if s == nil {
				s = &ActorStats{Key: k, Name: a.Name, Country: a.Country, Types: map[string]int{}}
				byKey[k] = s
			}
			s.Events++
			s.Sources += m.Sources
			s.Types[m.Type]++
			s.Score += Weight[m.Type]
			if Cooperative(m.Type) {
				s.Cooperation++
			} else if Weight[m.Type] < 0 {
				s.Conflict++
			}
		}
	}
	out := make([]ActorStats, 0, len(byKey))
	for _, s := range byKey {
		s.Balance = s.Cooperation - s.Conflict
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ActorStats) int {
		return cmp.Or(-cmp.Compare(a.Events, b.Events), cmp.Compare(a.Key, b.Key))
	})
	return out
}

// happened reports whether a merged event counts for rankings and
// networks: asserted or planned, not denied or hypothetical.
func happened(m *chronik.MergedEvent) bool {
	return m.Modality == chronik.ModalityAsserted || m.Modality == chronik.ModalityFuture
}

// Node is an actor of a [Network].
type Node struct {
	Key     string `json:"key"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Events  int    `json:"events"`
}

// Edge joins two actors of a [Network]: Source acted on Target, or, for
// the symmetric types (meetings, agreements), the two met, with Source
// the smaller key.
type Edge struct {
	Source      string         `json:"source"`
	Target      string         `json:"target"`
	Events      int            `json:"events"`
	Cooperation int            `json:"cooperation"`
	Conflict    int            `json:"conflict"`
	Weight      float64        `json:"weight"`
	Types       map[string]int `json:"types"`
}

// Network is an actor graph weighted by event counts and type weights.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// BuildNetwork builds the actor graph of merged events: an edge from every
// actor to every recipient. Negated and hypothetical events do not count.
func BuildNetwork(evs []*chronik.MergedEvent) Network {
	nodes := map[string]*Node{}
	edges := map[[2]string]*Edge{}
	node := func(a chronik.Actor) string {
		k := ActorKey(a)
		if k != "" && nodes[k] == nil {
			nodes[k] = &Node{Key: k, Name: a.Name, Country: a.Country}
		}
		return k
	}
	for _, m := range evs {
		if !happened(m) {
			continue
		}
		seen := map[string]bool{}
		for _, a := range slices.Concat(m.Actor, m.Recipient) {
			if k := node(a); k != "" && !seen[k] {
				seen[k] = true
				nodes[k].Events++
			}
		}
		for _, a := range m.Actor {
			for _, r := range m.Recipient {
				s, t := ActorKey(a), ActorKey(r)
				if s == "" || t == "" || s == t {
					continue
				}
				if symmetric[m.Type] && t < s {
					s, t = t, s
				}
				e := edges[[2]string{s, t}]
				if e == nil {
					e = &Edge{Source: s, Target: t, Types: map[string]int{}}
					edges[[2]string{s, t}] = e
				}
				e.Events++
				e.Types[m.Type]++
				e.Weight += Weight[m.Type]
				if Cooperative(m.Type) {
					e.Cooperation++
				} else if Weight[m.Type] < 0 {
					e.Conflict++
				}
			}
		}
	}
	var n Network
	for _, v := range nodes {
		n.Nodes = append(n.Nodes, *v)
	}
	for _, e := range edges {
		n.Edges = append(n.Edges, *e)
	}
	slices.SortFunc(n.Nodes, func(a, b Node) int { return cmp.Or(-cmp.Compare(a.Events, b.Events), cmp.Compare(a.Key, b.Key)) })
	slices.SortFunc(n.Edges, func(a, b Edge) int {
		return cmp.Or(-cmp.Compare(a.Events, b.Events), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return n
}
