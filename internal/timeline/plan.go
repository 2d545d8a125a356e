package timeline

import (
	"context"
	"fmt"
	"slices"
)

// Query asks an [Index] for stored reports of one type indexed under any
// of the keys in any of the months, whose date interval overlaps the days
// [Lo, Hi].
type Query struct {
	Type   string
	Keys   []string
	Months []int
	Lo, Hi int
}

// Index is what [Plan] needs from a store: candidate reports and the
// members of stored merged events. Returned reports carry their Cluster.
type Index interface {
	// Candidates returns the stored reports that match the query.
	Candidates(ctx context.Context, q Query) ([]*Report, error)
	// Members returns every stored report of the given merged events.
	Members(ctx context.Context, ids []string) ([]*Report, error)
}

// Change is what merging new reports does to the stored merged events:
// the ids to delete (merged events that vanished or changed) and the
// groups to write (new or changed).
type Change struct {
	Delete []string
	Put    []Group
	// Unchanged counts groups of the neighbourhood that stayed as stored.
	Unchanged int
	// Region is the number of reports that were re-clustered.
	Region int
}

// expandRounds is how many times Plan widens the neighbourhood of the new
// reports by candidates of candidates.
const expandRounds = 6

// Plan merges new reports into the stored merged events: it gathers the
// neighbourhood of the new reports (their candidates, the events those
// belong to, and their candidates in turn), clusters it with [Cluster]
// and returns the change to write.
func Plan(ctx context.Context, idx Index, reports []*Report) (Change, error) {
	region := map[string]*Report{}
	loaded := map[string]bool{}
	var frontier []*Report
	for _, r := range reports {
		r.Cluster = ""
		if _, ok := region[r.Key()]; !ok {
			region[r.Key()] = r
			frontier = append(frontier, r)
		}
	}
	for round := 0; round < expandRounds && len(frontier) > 0; round++ {
		var next []*Report
		var want []string
		for _, r := range frontier {
			months := r.QueryMonths()
			if len(months) == 0 {
				continue
			}
			iv, tol := r.Interval(), tolerance(r.Event.Type)
			cands, err := idx.Candidates(ctx, Query{Type: r.Event.Type, Keys: r.IndexKeys(), Months: months, Lo: iv.Lo - tol, Hi: iv.Hi + tol})
			if err != nil {
				return Change{}, fmt.Errorf("find candidates: %w", err)
			}
			for _, c := range cands {
				if _, ok := region[c.Key()]; ok || !Match(r, c) {
					continue
				}
				region[c.Key()] = c
				next = append(next, c)
				if c.Cluster != "" && !loaded[c.Cluster] {
					loaded[c.Cluster] = true
					want = append(want, c.Cluster)
				}
			}
		}
		if len(want) > 0 {
			slices.Sort(want)
			members, err := idx.Members(ctx, want)
			if err != nil {
				return Change{}, fmt.Errorf("load merged events: %w", err)
			}
			for _, m := range members {
				if _, ok := region[m.Key()]; !ok {
					region[m.Key()] = m
					next = append(next, m)
				}
			}
		}
		frontier = next
	}

	all := make([]*Report, 0, len(region))
	old := map[string]int{} // stored merged event id -> members in region
	for _, r := range region {
		all = append(all, r)
		if r.Cluster != "" {
			old[r.Cluster]++
		}
	}
	ch := Change{Region: len(all)}
	keep := map[string]bool{}
	for _, g := range Cluster(all) {
		same := old[g.ID] == len(g.Reports)
		for _, r := range g.Reports {
			same = same && r.Cluster == g.ID
		}
		if same {
			keep[g.ID] = true
			ch.Unchanged++
			continue
		}
		ch.Put = append(ch.Put, g)
	}
	for id := range old {
		if !keep[id] {
			ch.Delete = append(ch.Delete, id)
		}
	}
	slices.Sort(ch.Delete)
	return ch, nil
}
