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

// How Plan gathers the neighbourhood from a report.
const (
	// expandAll: every report that matches joins the neighbourhood, with
	// its whole merged event; from a day-dated report, the day-dated
	// ones are expanded in the same way.
	expandAll = iota
	// expandFiner: only the matching reports of finer dates join, with
	// their events: the events a vaguely dated report may move to.
	expandFiner
)

// Plan merges new reports into the stored merged events: it gathers the
// neighbourhood of the new reports, clusters it with [Cluster] and
// returns the change to write.
//
// The neighbourhood holds what [Cluster] may place differently once the
// new reports are in, and what that placing depends on; a change moves
// from day-dated reports to vaguer ones, never back:
//
//   - from a new report, and from the day-dated reports that a new
//     day-dated report reaches through day-dated matches (up to six
//     steps), every report it matches, with its whole merged event;
//   - from a report whose events changed or may change, every vaguer
//     report of those events or that matches it: such a report may move
//     to another event, so the events of the finer reports it matches
//     come too, and in turn the still vaguer reports of those;
//   - a vague report that stayed alone in its stored event (two events
//     fitted it alike, or none) is decided again, so the events of the
//     finer reports it matches come too; one that joined an event keeps
//     it, as that event comes whole and none of its finer reports moves.
//
// A vaguely dated report (week, month, year, or only its document's date:
// a plan covers six months) is thus never a bridge: a month's report that
// matches every meeting of its actor that month brings those meetings'
// events, not what those meetings match in turn.
func Plan(ctx context.Context, idx Index, reports []*Report) (Change, error) {
	region := map[string]*Report{}
	queued := map[string]int{} // report key -> the widest mode queued
	type loadInfo struct {
		level int  // the finest level of a report that may join or leave it
		byDay bool // reached from a new day-dated report through day-dated ones
	}
	loaded := map[string]loadInfo{}
	members := map[string][]*Report{}
	type item struct {
		r    *Report
		mode int
	}
	var frontier, next []item
	enqueue := func(r *Report, mode int) {
		if q, ok := queued[r.Key()]; ok && q <= mode {
			return
		}
		queued[r.Key()] = mode
		next = append(next, item{r, mode})
	}
	// follow queues the reports of a merged event that may move when a
	// report of level lvl joins or leaves it. A vague report of the same
	// level or finer is looked at once its event is loaded (see settle).
	var unsettled []*Report
	follow := func(m *Report, info loadInfo) {
		switch {
		case info.byDay && m.Level() == 0:
			enqueue(m, expandAll)
		case m.Level() == 0 || m.Level() >= 3:
		case info.byDay || m.Level() > info.level:
			enqueue(m, expandFiner)
		default:
			unsettled = append(unsettled, m)
		}
	}
	// settle queues a vague report whose stored event has no finer report:
	// it stayed alone (two events fitted alike, or none), and re-clustering
	// decides it again from the events it matches. One that joined an event
	// keeps it: that event comes whole, and no finer report moves.
	settle := func() {
		for _, m := range unsettled {
			attached := false
			for _, o := range members[m.Cluster] {
				attached = attached || o.Level() < m.Level()
			}
			if !attached {
				enqueue(m, expandFiner)
			}
		}
		unsettled = unsettled[:0]
	}
	var want []string
	load := func(id string, info loadInfo) {
		old, ok := loaded[id]
		if !ok {
			loaded[id] = info
			want = append(want, id)
			return
		}
		if info.level >= old.level && (old.byDay || !info.byDay) {
			return
		}
		info.level, info.byDay = min(info.level, old.level), info.byDay || old.byDay
		loaded[id] = info
		for _, m := range members[id] {
			follow(m, info)
		}
	}
	// batch indexes the new reports: a vague report's days are counted
	// over the stored reports it fits and the new ones.
	batch := NewMemory()
	for _, r := range reports {
		r.Cluster = ""
		if _, ok := region[r.Key()]; !ok {
			region[r.Key()] = r
			batch.indexReport(r)
			enqueue(r, expandAll)
		}
	}
	unplaced := map[string]bool{} // reports marked in this plan
	frontier, next = next, nil
	for round := 0; round < expandRounds && len(frontier) > 0; round++ {
		for _, it := range frontier {
			r := it.r
			months := r.QueryMonths()
			if len(months) == 0 {
				continue
			}
			iv, tol := r.Interval(), tolerance(r.Event.Type)
			q := Query{Type: r.Event.Type, Keys: r.IndexKeys(), Months: months, Lo: iv.Lo - tol, Hi: iv.Hi + tol}
			cands, err := idx.Candidates(ctx, q)
			if err != nil {
				return Change{}, fmt.Errorf("find candidates: %w", err)
			}
			lvl := r.Level()
			info := loadInfo{level: lvl, byDay: it.mode == expandAll && lvl == 0}
			if lvl == 1 || lvl == 2 {
				fresh, err := batch.Candidates(ctx, q)
				if err != nil {
					return Change{}, fmt.Errorf("find candidates among new reports: %w", err)
				}
				if fitsManyDays(r, cands, fresh) {
					r.Unplaced = true
					unplaced[r.Key()] = true
				}
			}
			for _, c := range cands {
				if it.mode == expandFiner && c.Level() >= lvl || !Match(r, c) {
					continue
				}
				if r.Unplaced && c.Level() <= lvl {
					// r stays alone: of what it fits, only the
					// coarser reports that count its day may change.
					continue
				}
				if _, ok := region[c.Key()]; !ok {
					region[c.Key()] = c
				}
				if it.mode == expandAll {
					follow(c, info)
				}
				if c.Cluster != "" {
					load(c.Cluster, info)
				}
			}
		}
		if len(want) > 0 {
			slices.Sort(want)
			ms, err := idx.Members(ctx, want)
			if err != nil {
				return Change{}, fmt.Errorf("load merged events: %w", err)
			}
			want = nil
			for _, m := range ms {
				if _, ok := region[m.Key()]; !ok {
					region[m.Key()] = m
				}
				members[m.Cluster] = append(members[m.Cluster], m)
				follow(m, loaded[m.Cluster])
			}
		}
		settle()
		frontier, next = next, nil
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
			same = same && r.Cluster == g.ID && !unplaced[r.Key()]
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
