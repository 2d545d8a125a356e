package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

func TestCluster(t *testing.T) {
	r := func(doc, date string, actor, recipient []chronik.Actor, place *chronik.Place) *Report {
		return rep(doc, "CONSULT", date, actor, recipient, place, "")
	}
	tests := []struct {
		name    string
		reports []*Report
		want    []string // groups as docs joined by "+", sorted
	}{
		{"SameMeetingTwoDays", []*Report{
			r("a", "2019-02-27", as(trump), as(kim), hanoi), r("b", "2019-02-28", as(kim), as(trump), hanoi), r("c", "2019-02", as(kim), as(trump), nil),
		}, []string{"a+b+c"}},
		{"SameLeadersTwiceInAYear", []*Report{
			r("mar", "2018-03-26", as(kim), as(xi), pek), r("jun", "2018-06-19", as(xi), as(kim), pek),
			r("mar-month", "2018-03", as(kim), as(xi), nil), r("year", "2018", as(kim), as(xi), pek),
		}, []string{"jun", "mar-month+mar", "year"}},
		{"TwoMeetingsInOneMonth", []*Report{
			r("m1", "2018-05-07", as(kim), as(xi), nil), r("m2", "2018-05-26", as(kim), as(moon), nil),
			r("month-xi", "2018-05", as(xi), as(kim), nil), r("month-moon", "2018-05", as(moon), as(kim), nil),
			r("month-kim", "2018-05", as(kim), nil, nil),
		}, []string{"m1+month-xi", "m2+month-moon", "month-kim"}},
		{"VagueOnlyLinkTogether", []*Report{
			r("x", "2018-05", as(kim), as(xi), nil), r("y", "2018-05", as(xi), as(kim), nil),
		}, []string{"x+y"}},
		{"PlanJoinsTheNextMeeting", []*Report{
			// a plan dated only by its document (2019-03-01) covers half a
			// year; of two meetings that fit alike, it is the next one
			r("soon", "2019-03-05", as(kim), as(xi), nil), r("later", "2019-06-20", as(xi), as(kim), nil),
			byDocument(r("plan", "", as(kim), as(xi), nil), chronik.ModalityFuture),
		}, []string{"later", "plan+soon"}},
		{"NewsJoinsTheLatestMeeting", []*Report{
			r("tue", "2019-02-26", as(kim), as(xi), nil), r("thu", "2019-02-28", as(xi), as(kim), nil),
			byDocument(r("news", "", as(kim), as(xi), nil), ""),
		}, []string{"news+thu", "tue"}},
		{"NewsPrefersThePast", []*Report{
			// the document is of 2019-03-01; a meeting a day after it is
			// less likely what it reports than one a day before
			r("before", "2019-02-28", as(kim), as(xi), nil), r("after", "2019-03-02", as(xi), as(kim), nil),
			byDocument(r("news", "", as(kim), as(xi), nil), ""),
		}, []string{"after", "before+news"}},
		{"PlaceOutvoted", []*Report{
			// the month report matches the one report without a place, but
			// the event's other reports put it in Hanoi, not Beijing
			r("a", "2019-02-27", as(trump), as(kim), hanoi), r("b", "2019-02-27", as(kim), as(trump), nil),
			r("c", "2019-02-28", as(trump), as(kim), hanoi), r("month", "2019-02", as(trump), as(kim), pek),
		}, []string{"a+b+c", "month"}},
		{"Undated", []*Report{
			r("u1", "", as(kim), as(xi), nil), r("u2", "", as(kim), as(xi), nil),
		}, []string{"u1", "u2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, x := range tt.reports {
				if x.Event.Date.Value == "" && x.Event.Date.From != "dct" {
					x.DCT = chronik.DCT{}
				}
			}
			var got []string
			for _, g := range Cluster(tt.reports) {
				var docs []string
				for _, x := range g.Reports {
					docs = append(docs, x.Doc)
				}
				got = append(got, strings.Join(docs, "+"))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Cluster = %v, want %v", got, tt.want)
			}
			// Any order gives the same groups.
			rev := slices.Clone(tt.reports)
			slices.Reverse(rev)
			if a, b := partition(Cluster(tt.reports)), partition(Cluster(rev)); !slices.Equal(a, b) {
				t.Errorf("reversed input: %v, want %v", b, a)
			}
		})
	}
}

// byDocument makes r a report dated only by its document's date.
func byDocument(r *Report, modality string) *Report {
	r.Event.Date = chronik.EventDate{Value: r.DCT.String(), From: "dct"}
	if modality != "" {
		r.Event.Modality = modality
	}
	return r
}

func TestSummarize(t *testing.T) {
	plan := rep("plan", "CONSULT", "2019-02", as(trump), as(kim), hanoi, chronik.ModalityFuture)
	plan.DCT = chronik.MustParseDCT("2019-02-09")
	a := rep("a", "CONSULT", "2019-02-27", as(trump), as(kim), nil, "")
	a.DCT = chronik.MustParseDCT("2019-02-28")
	b := rep("b", "CONSULT", "2019-02-28", as(kimEN), as(trump), nil, "")
	b.DCT = chronik.MustParseDCT("2019-03-01")
	c := rep("c", "CONSULT", "2019-02-28", as(kim), as(trump), nil, "")
	c.DCT = chronik.MustParseDCT("2019-03-02")
	gs := Cluster([]*Report{c, b, a, plan})
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1", len(gs))
	}
	m := Summarize(gs[0])
	if m.Date.Value != "2019-02-28" || !m.DateConflict || m.Precision != PrecDay {
		t.Errorf("date %q conflict %v precision %s, want 2019-02-28 (two of three sources), conflict, day", m.Date.Value, m.DateConflict, m.Precision)
	}
	wantDates := []chronik.DateReport{{Value: "2019-02-28", Mentions: 2}, {Value: "2019-02-27", Mentions: 1}, {Value: "2019-02", Mentions: 1}}
	if !slices.Equal(m.Dates, wantDates) {
		t.Errorf("dates = %v, want %v", m.Dates, wantDates)
	}
	if m.Modality != chronik.ModalityAsserted || len(m.Modalities) != 2 || m.Modalities[0].Doc != "plan" || m.Modalities[1].Doc != "a" {
		t.Errorf("modality %s history %+v, want future (plan) then asserted (a)", m.Modality, m.Modalities)
	}
	if m.Sources != 4 || len(m.Mentions) != 4 || m.Mentions[0].Doc != "plan" {
		t.Errorf("sources %d mentions %d, want 4 and 4 in order of date", m.Sources, len(m.Mentions))
	}
	if m.Place == nil || m.Place.Ref != hanoi.Ref {
		t.Errorf("place = %+v, want Hanoi from the announcement", m.Place)
	}
	// Kim appears once although one source has no ref for him... by ref.
	if n := len(m.Actor) + len(m.Recipient); n != 3 {
		t.Errorf("participants %v / %v: want Trump, Kim (ref) and Kim Jong-un (name only)", m.Actor, m.Recipient)
	}
}

func TestSummarizeParticipants(t *testing.T) {
	tests := []struct {
		name    string
		reports []*Report
		want    string // actor keys, then recipient keys
	}{
		{"TwoDocumentsKeepAll", []*Report{
			rep("a", "CONSULT", "2018-05-09", as(trump), as(kim), nil, ""),
			rep("b", "CONSULT", "2018-05-09", as(xi), as(kim), nil, ""),
		}, "Q22686 Q15031 / Q56226"},
		{"ThreeDocumentsDropAStray", []*Report{
			rep("a", "CONSULT", "2018-05-09", as(trump), as(kim), nil, ""),
			rep("b", "CONSULT", "2018-05-09", as(kim), as(trump), nil, ""),
			rep("c", "CONSULT", "2018-05-09", as(xi), as(kim), nil, ""),
		}, "Q22686 / Q56226"},
		{"NoConsensusKeepsAll", []*Report{
			rep("a", "CONSULT", "2018-05-09", as(trump), nil, nil, ""),
			rep("b", "CONSULT", "2018-05-09", as(kim), nil, nil, ""),
			rep("c", "CONSULT", "2018-05-09", as(xi), nil, nil, ""),
		}, "Q22686 Q56226 Q15031 / "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Summarize(Group{ID: "m1", Reports: tt.reports})
			keys := func(as []chronik.Actor) string {
				var ks []string
				for _, a := range as {
					ks = append(ks, ActorKey(a))
				}
				return strings.Join(ks, " ")
			}
			if got := keys(m.Actor) + " / " + keys(m.Recipient); got != tt.want {
				t.Errorf("participants %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSummarizePlace(t *testing.T) {
	china := &chronik.Place{Ref: "Q148", Name: "China", Country: "CHN"}
	r := func(doc, id, date string, place *chronik.Place) *Report {
		x := rep(doc, "CONSULT", date, as(kim), as(xi), place, "")
		x.Event.ID = id
		if date == "" {
			byDocument(x, "")
		}
		return x
	}
	tests := []struct {
		name    string
		reports []*Report
		want    string
	}{
		{"CityOverItsCountry", []*Report{r("a", "v1", "2018-03-26", pek), r("b", "v1", "2018-03", china), r("c", "v1", "2018-03", china)}, "Peking"},
		{"TextBeforeDocumentDate", []*Report{r("a", "v1", "2018-03-26", pek), r("b", "v1", "", hanoi), r("c", "v1", "", hanoi)}, "Peking"},
		{"OneDocumentDatedPlaceDropped", []*Report{r("a", "v1", "2018-03-26", nil), r("b", "v1", "", hanoi), r("b", "v2", "", hanoi)}, ""},
		{"TwoDocumentsDatedPlaceStands", []*Report{r("a", "v1", "2018-03-26", nil), r("b", "v1", "", hanoi), r("c", "v1", "", hanoi)}, "Hanoi"},
		{"SingleDocument", []*Report{r("a", "v1", "", hanoi), r("a", "v2", "", nil)}, "Hanoi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Summarize(Group{ID: "m1", Reports: tt.reports})
			got := ""
			if m.Place != nil {
				got = m.Place.Name
			}
			if got != tt.want {
				t.Errorf("place %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClusterNoChain checks that reports each close in date to the next
// do not chain into one event that spans months or years: every event's
// reports agree with each other on a date, and merging them one by one,
// in either order, gives the same events.
func TestClusterNoChain(t *testing.T) {
	day := func(n int) string {
		return DayTime(Day(time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC)) + n).Format("2006-01-02")
	}
	byDoc := func(doc string, n int) *Report {
		x := rep(doc, "AGREE", "", as(kim), as(xi), nil, "")
		x.DCT = chronik.MustParseDCT(day(n))
		return byDocument(x, "")
	}
	var everyThirdDay, daily, months []*Report
	for i := range 30 {
		everyThirdDay = append(everyThirdDay, byDoc(fmt.Sprintf("d%02d", i), 3*i))
		daily = append(daily, rep(fmt.Sprintf("d%02d", i), "CONSULT", day(i), as(kim), as(xi), nil, ""))
	}
	for m := 1; m <= 12; m++ {
		months = append(months, rep(fmt.Sprintf("m%02d", m), "AGREE", fmt.Sprintf("2018-%02d", m), as(kim), as(xi), nil, ""))
	}
	years := []*Report{
		rep("y16", "AGREE", "2016", as(kim), as(xi), nil, ""), rep("y17", "AGREE", "2017", as(xi), as(kim), nil, ""),
		rep("y18a", "AGREE", "2018", as(kim), as(xi), nil, ""), rep("y18b", "AGREE", "2018", as(kim), nil, nil, ""),
		rep("y19", "AGREE", "2019", as(kim), as(xi), nil, ""),
	}
	tests := []struct {
		name    string
		reports []*Report
		maxDays int // the widest an event's dates may reach, first to last day
		groups  int // how many events, 0 for any
	}{
		// Documents every three days, each dated only by its document
		// (the week before it): neighbours overlap, the chain must not.
		{"EveryThirdDayByDocument", everyThirdDay, 15, 0},
		// A meeting a day, with a day's tolerance for meetings.
		{"DailyMeetings", daily, 2, 0},
		// Months meet at their ends, but a day's tolerance is for days.
		{"ConsecutiveMonths", months, 31, 12},
		{"YearPrecise", years, 366, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs := Cluster(tt.reports)
			if tt.groups > 0 && len(gs) != tt.groups {
				t.Errorf("%d events, want %d: %v", len(gs), tt.groups, partition(gs))
			}
			if len(gs) < 2 {
				t.Errorf("%d events from %d reports", len(gs), len(tt.reports))
			}
			for _, g := range gs {
				lo, hi := g.Reports[0].Interval().Lo, g.Reports[0].Interval().Hi
				for _, a := range g.Reports {
					lo, hi = min(lo, a.Interval().Lo), max(hi, a.Interval().Hi)
					for _, b := range g.Reports {
						if !a.Interval().Overlaps(b.Interval(), pairTolerance(a, b)) {
							t.Errorf("event %s: %s (%s) and %s (%s) disagree on the date", g.ID, a.Key(), a.Event.Date.Value, b.Key(), b.Event.Date.Value)
						}
					}
				}
				if hi-lo+1 > tt.maxDays {
					t.Errorf("event %s spans %d days (%s to %s), want at most %d", g.ID, hi-lo+1, DayTime(lo).Format(time.DateOnly), DayTime(hi).Format(time.DateOnly), tt.maxDays)
				}
			}
			want := partition(gs)
			for _, reverse := range []bool{false, true} {
				order := slices.Clone(tt.reports)
				if reverse {
					slices.Reverse(order)
				}
				m := NewMemory()
				for _, r := range order {
					c := *r
					if _, err := m.Merge(t.Context(), []*Report{&c}); err != nil {
						t.Fatal(err)
					}
				}
				if got := partition(m.Groups()); !slices.Equal(got, want) {
					t.Errorf("merged one by one (reverse %v):\n got %v\nwant %v", reverse, got, want)
				}
			}
		})
	}
}
