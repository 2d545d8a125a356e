package timeline

import (
	"cmp"
	"slices"
)

// PlaceDays bounds how vague a report may be and still be placed: a
// report dated to a week, month, season or year, or only by its article,
// that fits finer reports on PlaceDays different days or more ("North
// Korea will send aid", dated by its article: every report of aid to
// North Korea in half a year; "the talks in Geneva in 2017": every
// meeting there that year) cannot tell which of them it means, so it
// stays an event of its own (Report.Unplaced). At 32 every vague report
// of the merge test sets is placed as before; at 12 or 16, plans and
// year reports about Kim Jong Un in 2018 were left alone although the
// meeting they name was among the days.
//
// The days are counted over every report of the store, so the mark only
// comes, never goes, and it does not depend on the order the reports
// came in. It also bounds the cost of merging: without it, each new
// report that such a vague report fits would make Plan fetch and
// re-cluster everything the vague report fits, a share of the store
// that grows with every article.
const PlaceDays = 32

// fitsManyDays reports whether the vaguely dated report r (level 1 or 2)
// matches finer reports of the lists on PlaceDays different days or
// more. Levels are the reports' own (an unplaced report still counts), so
// the count only grows with the store.
func fitsManyDays(r *Report, lists ...[]*Report) bool {
	r.prepare()
	if r.lvl != 1 && r.lvl != 2 {
		return false
	}
	var days []int
	for _, cs := range lists {
		for _, c := range cs {
			c.prepare()
			if c.lvl >= r.lvl || slices.Contains(days, c.iv.Lo) || !Match(r, c) {
				continue
			}
			days = append(days, c.iv.Lo)
			if len(days) >= PlaceDays {
				return true
			}
		}
	}
	return false
}

// maxFinerWidth is the most days a report of level 0 or 1 covers.
const maxFinerWidth = 31

// markUnplaced sets Unplaced on every vaguely dated report of rs that
// fits finer reports of rs on PlaceDays days or more. Given every report
// of a store it finds all of them; given a part (Plan's neighbourhood) it
// finds no more than there are.
func markUnplaced(rs []*Report) {
	byType := map[string][]*Report{}
	for _, r := range rs {
		r.prepare()
		if r.lvl <= 1 && r.iv.Valid() {
			byType[r.Event.Type] = append(byType[r.Event.Type], r)
		}
	}
	for _, fs := range byType {
		slices.SortFunc(fs, func(a, b *Report) int { return cmp.Compare(a.iv.Lo, b.iv.Lo) })
	}
	for _, r := range rs {
		if r.Unplaced || r.lvl != 1 && r.lvl != 2 {
			continue
		}
		fs := byType[r.Event.Type]
		tol := tolerance(r.Event.Type)
		lo, _ := slices.BinarySearchFunc(fs, r.iv.Lo-tol-maxFinerWidth, func(c *Report, day int) int { return cmp.Compare(c.iv.Lo, day) })
		hi, _ := slices.BinarySearchFunc(fs, r.iv.Hi+tol+1, func(c *Report, day int) int { return cmp.Compare(c.iv.Lo, day) })
		if hi-lo >= PlaceDays && fitsManyDays(r, fs[lo:hi]) {
			r.Unplaced = true
		}
	}
}
