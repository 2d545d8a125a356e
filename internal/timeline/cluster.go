package timeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// Group is a cluster of reports that tell one happening, ordered by key.
type Group struct {
	// ID is derived from the smallest report key, so the same reports get
	// the same id whatever the order they came in.
	ID      string
	Reports []*Report
}

// GroupID returns the id of a merged event whose smallest report key is
// key.
func GroupID(key string) string {
	h := sha256.Sum256([]byte(key))
	return "m" + hex.EncodeToString(h[:8])
}

// Cluster groups reports into happenings (see the package documentation).
// The result depends only on the set of reports: groups come ordered by
// id's source key, each with its reports ordered by key.
func Cluster(reports []*Report) []Group {
	rs := slices.Clone(reports)
	slices.SortFunc(rs, func(a, b *Report) int { return strings.Compare(a.Key(), b.Key()) })
	rs = slices.CompactFunc(rs, func(a, b *Report) bool { return a.Key() == b.Key() })
	markUnplaced(rs)
	byLevel := [4][]int{}
	for i, r := range rs {
		byLevel[r.Level()] = append(byLevel[r.Level()], i)
	}

	// clusterOf maps a report index to its cluster number; clusters lists
	// the members of each cluster.
	clusterOf := make([]int, len(rs))
	for i := range clusterOf {
		clusterOf[i] = -1
	}
	var clusters [][]int
	var spans []span // the dates each cluster's reports agree on
	link := func(idx []int) {
		uf := newUnionFind(len(idx))
		sp := make([]span, len(idx))
		byType := map[string][]int{}
		for k, i := range idx {
			sp[k] = sp[k].add(rs[i].iv)
			byType[rs[i].Event.Type] = append(byType[rs[i].Event.Type], k)
		}
		types := make([]string, 0, len(byType))
		for t := range byType {
			types = append(types, t)
		}
		slices.Sort(types)
		for _, typ := range types {
			ks := byType[typ]
			tol := tolerance(typ)
			// Pairs that match come from a sweep over the reports by
			// first day. Reports of the same dates that match are one
			// node. Nodes of different dates that match join only as a
			// whole: when every node they reach through matches matches
			// every other, and their dates agree (see span). A chain of
			// reports each a few days from the next is no such clique,
			// so it never becomes one event; and whether nodes join is
			// seen from any one of them and its neighbours, so that
			// merging one report more never changes events further than
			// two matches from it (see Plan).
			slices.SortStableFunc(ks, func(a, b int) int { return cmp.Compare(rs[idx[a]].iv.Lo, rs[idx[b]].iv.Lo) })
			type pair struct{ x, y int }
			var cross []pair
			for a := 0; a < len(ks); a++ {
				ra := rs[idx[ks[a]]]
				for b := a + 1; b < len(ks); b++ {
					rb := rs[idx[ks[b]]]
					if rb.iv.Lo > ra.iv.Hi+tol {
						break
					}
					if !Match(ra, rb) {
						continue
					}
					if ra.iv.Lo == rb.iv.Lo && ra.iv.Hi == rb.iv.Hi {
						uf.union(ks[a], ks[b])
					} else {
						cross = append(cross, pair{ks[a], ks[b]})
					}
				}
			}
			if len(cross) == 0 {
				continue
			}
			comp := newUnionFind(len(idx)) // nodes reached through matches
			nbrs := map[int][]int{}
			for _, p := range cross {
				x, y := uf.find(p.x), uf.find(p.y)
				if x != y && !slices.Contains(nbrs[x], y) {
					nbrs[x] = append(nbrs[x], y)
					nbrs[y] = append(nbrs[y], x)
					comp.union(x, y)
				}
			}
			members := map[int][]int{} // component root -> its nodes
			for x := range nbrs {
				members[comp.find(x)] = append(members[comp.find(x)], x)
			}
			for _, nodes := range members {
				ok := true
				var sc span
				for _, x := range nodes {
					ok = ok && len(nbrs[x]) == len(nodes)-1
					sc = sc.add(rs[idx[x]].iv)
				}
				if !ok || !sc.ok(tol) {
					continue
				}
				for _, x := range nodes[1:] {
					uf.union(nodes[0], x)
				}
			}
		}
		for k := range idx {
			r := uf.find(k)
			if r != k {
				sp[r] = sp[r].add(rs[idx[k]].iv)
			}
		}
		roots := map[int]int{}
		for k, i := range idx { // idx is in key order, so clusters are too
			root := uf.find(k)
			c, ok := roots[root]
			if !ok {
				c = len(clusters)
				roots[root] = c
				clusters = append(clusters, nil)
				spans = append(spans, sp[root])
			}
			clusters[c] = append(clusters[c], i)
			clusterOf[i] = c
		}
	}

	link(byLevel[0])
	for lvl := 1; lvl <= 2; lvl++ {
		n := len(clusters) // clusters of finer levels; attachments see only these
		var alone, ambiguous []int
		type attach struct{ report, cluster int }
		var attached []attach
		finer := newFinerIndex(rs, clusters[:n])
		for _, i := range byLevel[lvl] {
			switch c := bestCluster(rs, rs[i], clusters[:n], spans[:n], finer.clustersOf(rs[i])); {
			case c >= 0:
				attached = append(attached, attach{i, c})
			case c == -1:
				alone = append(alone, i)
			default:
				ambiguous = append(ambiguous, i)
			}
		}
		// Attachments go in key order; one whose date no longer agrees
		// with the reports attached before it is linked with the rest.
		for _, a := range attached {
			j := spans[a.cluster].add(rs[a.report].iv)
			if !j.ok(tolerance(rs[a.report].Event.Type)) {
				alone = append(alone, a.report)
				continue
			}
			spans[a.cluster] = j
			clusters[a.cluster] = append(clusters[a.cluster], a.report)
			clusterOf[a.report] = a.cluster
		}
		slices.Sort(alone)
		link(alone)
		for _, i := range ambiguous {
			clusterOf[i] = len(clusters)
			clusters = append(clusters, []int{i})
			spans = append(spans, span{}.add(rs[i].iv))
		}
	}
	for _, i := range byLevel[3] {
		clusterOf[i] = len(clusters)
		clusters = append(clusters, []int{i})
		spans = append(spans, span{})
	}

	groups := make([]Group, 0, len(clusters))
	for _, c := range clusters {
		slices.Sort(c)
		g := Group{Reports: make([]*Report, len(c))}
		for k, i := range c {
			g.Reports[k] = rs[i]
		}
		g.ID = GroupID(g.Reports[0].Key())
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b Group) int { return strings.Compare(a.Reports[0].Key(), b.Reports[0].Key()) })
	return groups
}

// span is what the dates of a cluster's reports agree on: the latest
// first day and the earliest last day of its one-day dates, and the same
// of its wider dates. The reports of a happening agree with each other,
// not only each with the next: the one-day dates lie within the type's
// tolerance of each other, the wider dates share a day, and that day
// falls among the one-day dates.
type span struct {
	day, wide bool
	dlo, dhi  int
	wlo, whi  int
}

// add returns the span with one more date.
func (s span) add(iv Interval) span {
	if !iv.Valid() {
		return s
	}
	if iv.Width() == 1 {
		if !s.day {
			s.day, s.dlo, s.dhi = true, iv.Lo, iv.Hi
		} else {
			s.dlo, s.dhi = max(s.dlo, iv.Lo), min(s.dhi, iv.Hi)
		}
		return s
	}
	return s.addWide(iv.Lo, iv.Hi)
}

// addWide returns the span with one more wide date, days lo to hi.
func (s span) addWide(lo, hi int) span {
	if !s.wide {
		s.wide, s.wlo, s.whi = true, lo, hi
	} else {
		s.wlo, s.whi = max(s.wlo, lo), min(s.whi, hi)
	}
	return s
}

// ok reports whether the dates of the span agree, one-day dates within
// tol days of each other.
func (s span) ok(tol int) bool {
	if s.day && s.dlo > s.dhi+tol || s.wide && s.wlo > s.whi {
		return false
	}
	if s.day && s.wide {
		lo, hi := min(s.dlo, s.dhi), max(s.dlo, s.dhi)
		return s.wlo <= hi && lo <= s.whi
	}
	return true
}

// ambiguousCluster is what bestCluster returns when two clusters fit
// equally well; such a report stays alone.
const ambiguousCluster = -2

// bestCluster returns the cluster a vaguely dated report joins, -1 when
// none fits, or ambiguousCluster. Candidates are the clusters with a
// finer report that matches; they are ranked by a report at the same
// place, then by the most participants shared with one report, then by
// how many of the report's countries the cluster's participants and
// places cover, then, for a report dated only by its document, by how
// close the cluster's dates come to the document's (news tells the
// latest meeting, a plan the next one). A report joins the first only
// when it ranks strictly above the second: "2018" for a meeting of two leaders who met three
// times that year joins none. A report that fits none is linked with the
// other reports of its level that fit none; an ambiguous one stays alone.
func bestCluster(rs []*Report, r *Report, clusters [][]int, spans []span, near []int) int {
	type cand struct {
		c, n, shared, countries int
		place                   bool
		dist                    int // days from the document date, for reports dated by it
		key                     string
	}
	anchor, byDCT := 0, !r.fromText() && !r.DCT.IsZero()
	if byDCT {
		anchor = ParseValue(r.DCT.String()).Lo
	}
	var cands []cand
	for _, c := range near {
		members := clusters[c]
		x := cand{c: c, dist: math.MaxInt}
		if !spans[c].add(r.iv).ok(tolerance(r.Event.Type)) || placeOutvoted(rs, r, members) {
			continue
		}
		for _, i := range members {
			m := rs[i]
			if m.Level() >= r.Level() || !Match(r, m) {
				continue
			}
			x.n++
			x.place = x.place || samePlace(r.Event.Place, m.Event.Place)
			x.shared = max(x.shared, intersects(r.keys, m.keys))
			if byDCT {
				x.dist = min(x.dist, daysApart(anchor, m.iv, r.Event.Modality == chronik.ModalityFuture))
			} else {
				x.dist = 0
			}
		}
		if x.n > 0 {
			// Countries of the cluster's participants and places that
			// the report's participants come from.
			var cs []string
			for _, i := range members {
				if rs[i].Level() < r.Level() {
					cs = union(cs, rs[i].cAll)
					if p := rs[i].Event.Place; p != nil && p.Country != "" {
						cs = appendUnique(cs, p.Country)
					}
				}
			}
			x.countries = intersects(r.cAll, cs)
			x.key = minKey(rs, members)
			cands = append(cands, x)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	rank := func(x cand) int {
		return boolInt(x.place)<<16 | x.shared<<8 | x.countries
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(-cmp.Compare(rank(a), rank(b)), cmp.Compare(a.dist, b.dist), strings.Compare(a.key, b.key))
	})
	if len(cands) > 1 && rank(cands[0]) == rank(cands[1]) && cands[0].dist == cands[1].dist {
		return ambiguousCluster
	}
	return cands[0].c
}

// finerIndex finds the clusters a report may join without looking at
// every cluster: the reports of the clusters by type, ordered by first
// day, with the widest date of each type.
type finerIndex struct {
	rs      []*Report
	byType  map[string][]finerEntry
	widest  map[string]int
	scratch map[int]bool
}

type finerEntry struct {
	lo, report, cluster int
}

func newFinerIndex(rs []*Report, clusters [][]int) *finerIndex {
	f := &finerIndex{rs: rs, byType: map[string][]finerEntry{}, widest: map[string]int{}, scratch: map[int]bool{}}
	for c, members := range clusters {
		for _, i := range members {
			t := rs[i].Event.Type
			f.byType[t] = append(f.byType[t], finerEntry{rs[i].iv.Lo, i, c})
			f.widest[t] = max(f.widest[t], rs[i].iv.Width())
		}
	}
	for _, es := range f.byType {
		slices.SortFunc(es, func(a, b finerEntry) int { return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.report, b.report)) })
	}
	return f
}

// clustersOf returns, in increasing order, the clusters with a report
// that matches r.
func (f *finerIndex) clustersOf(r *Report) []int {
	es := f.byType[r.Event.Type]
	tol := tolerance(r.Event.Type)
	from, _ := slices.BinarySearchFunc(es, r.iv.Lo-tol-f.widest[r.Event.Type], func(e finerEntry, lo int) int { return cmp.Compare(e.lo, lo) })
	clear(f.scratch)
	var out []int
	for _, e := range es[from:] {
		if e.lo > r.iv.Hi+tol {
			break
		}
		if !f.scratch[e.cluster] && Match(r, f.rs[e.report]) {
			f.scratch[e.cluster] = true
			out = append(out, e.cluster)
		}
	}
	slices.Sort(out)
	return out
}

// placeOutvoted reports whether more of the finer reports of a cluster
// that name a place put it where r's place is not than where it is: a
// report of "their first summit in Singapore" does not join the event
// in Hanoi through a report of it that names no place.
func placeOutvoted(rs []*Report, r *Report, members []int) bool {
	if r.Event.Place == nil {
		return false
	}
	agree, disagree := 0, 0
	for _, i := range members {
		m := rs[i]
		if m.Level() >= r.Level() || m.Event.Place == nil {
			continue
		}
		if placesMatch(r.Event.Place, m.Event.Place) {
			agree++
		} else {
			disagree++
		}
	}
	return disagree > agree
}

// daysApart is how many days day lies outside iv, 0 inside, in half
// days: a day on the wrong side of the document date (after it for news
// of what happened, before it for a plan) counts one half more.
func daysApart(day int, iv Interval, future bool) int {
	switch {
	case day < iv.Lo:
		return 2*(iv.Lo-day) + boolInt(!future)
	case day > iv.Hi:
		return 2*(day-iv.Hi) + boolInt(future)
	}
	return 0
}

func minKey(rs []*Report, members []int) string {
	k := rs[members[0]].Key()
	for _, i := range members[1:] {
		k = min(k, rs[i].Key())
	}
	return k
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins two sets; the smaller index becomes the root, which keeps
// roots independent of the order of calls.
func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}
