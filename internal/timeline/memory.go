package timeline

import (
	"context"
	"slices"
	"strings"
)

// Memory is an [Index] held in memory, with the merged events it stores.
// It serves tests, evaluation and benchmarks, and shows what a store must
// do; it is not safe for concurrent use.
type Memory struct {
	index  map[memKey][]*Report
	groups map[string][]*Report
}

type memKey struct {
	typ, key string
	month    int
}

// NewMemory returns an empty in-memory index.
func NewMemory() *Memory {
	return &Memory{index: map[memKey][]*Report{}, groups: map[string][]*Report{}}
}

// Candidates implements [Index].
func (m *Memory) Candidates(ctx context.Context, q Query) ([]*Report, error) {
	seen := map[*Report]bool{}
	var out []*Report
	for _, k := range q.Keys {
		for _, mo := range q.Months {
			for _, r := range m.index[memKey{q.Type, k, mo}] {
				if iv := r.Interval(); !seen[r] && iv.Lo <= q.Hi && iv.Hi >= q.Lo {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
	}
	return out, nil
}

// Members implements [Index].
func (m *Memory) Members(ctx context.Context, ids []string) ([]*Report, error) {
	var out []*Report
	for _, id := range ids {
		out = append(out, m.groups[id]...)
	}
	return out, nil
}

// Merge plans and applies the merging of new reports.
func (m *Memory) Merge(ctx context.Context, reports []*Report) (Change, error) {
	ch, err := Plan(ctx, m, reports)
	if err != nil {
		return ch, err
	}
	m.Apply(ch)
	return ch, nil
}

// Apply writes a change: it removes deleted groups and indexes the new
// ones.
func (m *Memory) Apply(ch Change) {
	for _, id := range ch.Delete {
		for _, r := range m.groups[id] {
			m.unindex(r)
			r.Cluster = ""
		}
		delete(m.groups, id)
	}
	for _, g := range ch.Put {
		for _, r := range g.Reports {
			// Every stored report of a changed group was in a deleted
			// group, so only new reports remain to index.
			r.Cluster = g.ID
			m.indexReport(r)
		}
		m.groups[g.ID] = slices.Clone(g.Reports)
	}
}

func (m *Memory) indexReport(r *Report) {
	for _, k := range r.IndexKeys() {
		for _, mo := range r.IndexMonths() {
			mk := memKey{r.Event.Type, k, mo}
			if !slices.Contains(m.index[mk], r) {
				m.index[mk] = append(m.index[mk], r)
			}
		}
	}
}

func (m *Memory) unindex(r *Report) {
	for _, k := range r.IndexKeys() {
		for _, mo := range r.IndexMonths() {
			mk := memKey{r.Event.Type, k, mo}
			m.index[mk] = slices.DeleteFunc(m.index[mk], func(x *Report) bool { return x == r })
		}
	}
}

// Groups returns the stored groups ordered by their smallest report key.
func (m *Memory) Groups() []Group {
	out := make([]Group, 0, len(m.groups))
	for id, rs := range m.groups {
		rs = slices.Clone(rs)
		slices.SortFunc(rs, func(a, b *Report) int { return strings.Compare(a.Key(), b.Key()) })
		out = append(out, Group{ID: id, Reports: rs})
	}
	slices.SortFunc(out, func(a, b Group) int { return strings.Compare(a.Reports[0].Key(), b.Reports[0].Key()) })
	return out
}

// Len returns the number of stored merged events.
func (m *Memory) Len() int { return len(m.groups) }
