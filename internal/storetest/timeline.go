package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

// TimelineStore is a store that also merges events into timelines.
type TimelineStore interface {
	chronik.Store
	chronik.TimelineService
}

// OpenTimeline returns a new, empty timeline store for one test; the
// test closes it.
type OpenTimeline func(tb testing.TB) TimelineStore

// RunTimeline runs the conformance suite of [chronik.TimelineService]
// against stores made by open. Every subtest opens its own store.
func RunTimeline(t *testing.T, open OpenTimeline) {
	t.Run("MergeAcrossLanguages", func(t *testing.T) { testMergeAcrossLanguages(t, open) })
	t.Run("MergeIdempotent", func(t *testing.T) { testMergeIdempotent(t, open) })
	t.Run("MergeUnknownDocument", func(t *testing.T) { testMergeUnknown(t, open) })
	t.Run("MergeOrderIndependent", func(t *testing.T) { testMergeOrder(t, open) })
	t.Run("ContradictoryDates", func(t *testing.T) { testContradictoryDates(t, open) })
	t.Run("FindMergedEvents", func(t *testing.T) { testFindMergedEvents(t, open) })
	t.Run("FindActors", func(t *testing.T) { testFindActors(t, open) })
	t.Run("MergePending", func(t *testing.T) { testMergePending(t, open) })
}

// Actors and places of the timeline tests.
var (
	tlKim    = chronik.Actor{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV"}
	tlKimEN  = chronik.Actor{Ref: "Q56226", Name: "Kim Jong-un", Country: "PRK", Sector: "GOV"}
	tlTrump  = chronik.Actor{Ref: "Q22686", Name: "Donald Trump", Country: "USA", Sector: "GOV"}
	tlPutin  = chronik.Actor{Ref: "Q7747", Name: "Wladimir Putin", Country: "RUS", Sector: "GOV"}
	tlXi     = chronik.Actor{Ref: "Q15031", Name: "Xi Jinping", Country: "CHN", Sector: "GOV"}
	tlHanoi  = &chronik.Place{Ref: "Q1858", Name: "Hanoi", Country: "VNM", Lat: 21.03, Lon: 105.85}
	tlVladi  = &chronik.Place{Ref: "Q959", Name: "Wladiwostok", Country: "RUS", Lat: 43.12, Lon: 131.89}
	tlBeijng = &chronik.Place{Ref: "Q956", Name: "Peking", Country: "CHN", Lat: 39.91, Lon: 116.40}
)

// tlEvent is a compact event for timeline tests.
type tlEvent struct {
	typ, date, from, modality string
	actor, recipient          chronik.Actor
	place                     *chronik.Place
}

// tlDoc builds a document whose single sentence supports each event.
func tlDoc(id, lang, dct string, evs ...tlEvent) *chronik.Document {
	text := "Bericht " + id + "."
	d := &chronik.Document{ID: id, Source: id + ".txt", Lang: lang, DCT: chronik.MustParseDCT(dct), Text: text}
	for i, e := range evs {
		from := e.from
		if from == "" {
			from = "text"
		}
		mod := e.modality
		if mod == "" {
			mod = chronik.ModalityAsserted
		}
		ev := chronik.Event{
			ID: "v" + string(rune('1'+i)), Type: e.typ, Actor: []chronik.Actor{e.actor},
			Date: chronik.EventDate{Value: e.date, From: from}, Place: e.place, Modality: mod,
			Trigger:  chronik.Trigger{Text: "Bericht", Span: chronik.Span{Start: 0, End: 7}},
			Sentence: chronik.Span{Start: 0, End: len(text)},
		}
		if e.recipient.Ref != "" {
			ev.Recipient = []chronik.Actor{e.recipient}
		}
		d.Events = append(d.Events, ev)
	}
	return d
}

// timelineCorpus: Hanoi told four times (announced, then reported in
// German and English), Vladivostok twice, Kim and Xi twice in different
// months (a distractor), and an unrelated sanction.
func timelineCorpus() []*chronik.Document {
	return []*chronik.Document{
		tlDoc("hanoi-plan", "de", "2019-02-09", tlEvent{typ: "CONSULT", date: "2019-02", modality: chronik.ModalityFuture, actor: tlTrump, recipient: tlKim, place: tlHanoi}),
		tlDoc("hanoi-de", "de", "2019-02-28", tlEvent{typ: "CONSULT", date: "2019-02-27", actor: tlTrump, recipient: tlKim, place: tlHanoi}),
		tlDoc("hanoi-en", "en", "2019-03-01", tlEvent{typ: "CONSULT", date: "2019-02-27", actor: tlKimEN, recipient: tlTrump}),
		tlDoc("vladi-de", "de", "2019-04-25", tlEvent{typ: "CONSULT", date: "2019-04-25", actor: tlPutin, recipient: tlKim, place: tlVladi},
			tlEvent{typ: "CONSULT", date: "2019-02", actor: tlKim, recipient: tlTrump}),
		tlDoc("vladi-en", "en", "2019-04-26", tlEvent{typ: "CONSULT", date: "2019-04-25", actor: tlKimEN, recipient: tlPutin, place: tlVladi}),
		tlDoc("xi-1", "de", "2018-03-28", tlEvent{typ: "CONSULT", date: "2018-03-26", actor: tlKim, recipient: tlXi, place: tlBeijng}),
		tlDoc("xi-2", "en", "2018-06-20", tlEvent{typ: "CONSULT", date: "2018-06-19", actor: tlXi, recipient: tlKimEN, place: tlBeijng}),
		tlDoc("sanction", "en", "2017-09-12", tlEvent{typ: "SANCTION", date: "2017-09-11",
			actor:     chronik.Actor{Ref: "Q37470", Name: "UN Security Council", Country: "UNO"},
			recipient: chronik.Actor{Ref: "Q423", Name: "North Korea", Country: "PRK", Sector: "GOV"}}),
	}
}

// createAndMerge stores docs and merges them in one call per document.
func createAndMerge(tb testing.TB, s TimelineStore, docs ...*chronik.Document) {
	tb.Helper()
	for _, d := range docs {
		res := mustCreate(tb, s, d)
		if _, err := s.MergeEvents(tbContext(tb), res.IDs); err != nil {
			tb.Fatalf("MergeEvents(%v): %v", res.IDs, err)
		}
	}
}

func allMerged(tb testing.TB, s TimelineStore) []*chronik.MergedEvent {
	tb.Helper()
	evs, _, err := s.FindMergedEvents(tbContext(tb), chronik.TimelineFilter{})
	if err != nil {
		tb.Fatalf("FindMergedEvents: %v", err)
	}
	return evs
}

// clusters renders merged events as "id: doc/event doc/event".
func clusters(evs []*chronik.MergedEvent) []string {
	var out []string
	for _, m := range evs {
		var ks []string
		for _, x := range m.Mentions {
			ks = append(ks, x.Doc+"/"+x.Event)
		}
		slices.Sort(ks)
		out = append(out, m.ID+": "+strings.Join(ks, " "))
	}
	slices.Sort(out)
	return out
}

func findByDoc(evs []*chronik.MergedEvent, doc string) *chronik.MergedEvent {
	for _, m := range evs {
		for _, x := range m.Mentions {
			if x.Doc == doc {
				return m
			}
		}
	}
	return nil
}

func testMergeAcrossLanguages(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	createAndMerge(t, s, timelineCorpus()...)
	evs := allMerged(t, s)
	if len(evs) != 5 {
		t.Fatalf("got %d merged events, want 5 (Hanoi, Vladivostok, Kim-Xi twice, sanction):\n%s", len(evs), strings.Join(clusters(evs), "\n"))
	}
	h := findByDoc(evs, "hanoi-de")
	if h == nil || h.Sources != 4 || len(h.Mentions) != 4 {
		t.Fatalf("Hanoi = %+v, want 4 mentions from 4 sources", h)
	}
	if h.Date.Value != "2019-02-27" || h.Precision != "day" || h.DateConflict {
		t.Errorf("Hanoi date = %q (%s, conflict %v), want 2019-02-27 (day, no conflict)", h.Date.Value, h.Precision, h.DateConflict)
	}
	if h.Modality != chronik.ModalityAsserted {
		t.Errorf("Hanoi modality = %q, want asserted", h.Modality)
	}
	if len(h.Modalities) != 2 || h.Modalities[0].Modality != chronik.ModalityFuture || h.Modalities[1].Modality != chronik.ModalityAsserted {
		t.Errorf("Hanoi modality history = %+v, want future then asserted", h.Modalities)
	}
	if h.Place == nil || h.Place.Ref != "Q1858" {
		t.Errorf("Hanoi place = %+v, want Q1858", h.Place)
	}
	for _, x := range h.Mentions {
		if x.Doc == "" || x.Quote == "" {
			t.Errorf("mention %+v lacks doc or quote", x)
		}
	}
	if a, b := findByDoc(evs, "xi-1"), findByDoc(evs, "xi-2"); a == b {
		t.Errorf("Kim and Xi in March and June merged into one event")
	}
	got, err := s.FindMergedEventByID(t.Context(), h.ID)
	if err != nil || got.ID != h.ID || len(got.Mentions) != 4 {
		t.Errorf("FindMergedEventByID(%s) = %+v, %v", h.ID, got, err)
	}
	if _, err := s.FindMergedEventByID(t.Context(), "nope"); chronik.ErrorCode(err) != chronik.ENOTFOUND {
		t.Errorf("FindMergedEventByID(nope) error = %v, want ENOTFOUND", err)
	}
}

func testMergeIdempotent(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	docs := timelineCorpus()
	res := mustCreate(t, s, docs...)
	first, err := s.MergeEvents(t.Context(), res.IDs)
	if err != nil {
		t.Fatal(err)
	}
	if first.Mentions != 9 {
		t.Errorf("first merge: %d mentions, want 9", first.Mentions)
	}
	before := clusters(allMerged(t, s))
	again, err := s.MergeEvents(t.Context(), res.IDs)
	if err != nil {
		t.Fatal(err)
	}
	if again.Mentions != 0 || again.Created != 0 {
		t.Errorf("second merge = %+v, want nothing done", again)
	}
	if after := clusters(allMerged(t, s)); !slices.Equal(before, after) {
		t.Errorf("merging twice changed the events:\n%v\n%v", before, after)
	}
}

func testMergeUnknown(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	_, err := s.MergeEvents(t.Context(), []string{"no-such-doc"})
	if chronik.ErrorCode(err) != chronik.ENOTFOUND {
		t.Errorf("MergeEvents(unknown) error = %v, want ENOTFOUND", err)
	}
}

func testMergeOrder(t *testing.T, open OpenTimeline) {
	docs := timelineCorpus()
	var want []string
	for i, perm := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {3, 0, 6, 2, 7, 1, 5, 4}, {2, 4, 1, 3, 0, 5, 7, 6}} {
		s := open(t)
		var ordered []*chronik.Document
		for _, k := range perm {
			ordered = append(ordered, docs[k])
		}
		createAndMerge(t, s, ordered...)
		got := clusters(allMerged(t, s))
		s.Close()
		if i == 0 {
			want = got
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: merged events\n%s\nwant\n%s", perm, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func testContradictoryDates(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	createAndMerge(t, s,
		tlDoc("a", "de", "2019-02-28", tlEvent{typ: "CONSULT", date: "2019-02-27", actor: tlTrump, recipient: tlKim, place: tlHanoi}),
		tlDoc("b", "en", "2019-03-01", tlEvent{typ: "CONSULT", date: "2019-02-28", actor: tlKim, recipient: tlTrump, place: tlHanoi}),
		tlDoc("c", "en", "2019-03-02", tlEvent{typ: "CONSULT", date: "2019-02-28", actor: tlKim, recipient: tlTrump}),
	)
	evs := allMerged(t, s)
	if len(evs) != 1 {
		t.Fatalf("got %d events, want one summit told with two dates:\n%s", len(evs), strings.Join(clusters(evs), "\n"))
	}
	m := evs[0]
	if !m.DateConflict || len(m.Dates) != 2 {
		t.Fatalf("dates = %+v (conflict %v), want both dates kept and the conflict shown", m.Dates, m.DateConflict)
	}
	if m.Date.Value != "2019-02-28" || m.Dates[0] != (chronik.DateReport{Value: "2019-02-28", Mentions: 2}) {
		t.Errorf("date = %s, dates %+v; want the date most sources give, never an average", m.Date.Value, m.Dates)
	}
}

func testFindMergedEvents(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	createAndMerge(t, s, timelineCorpus()...)
	// A month-precise event sorts with its month: before the days of it.
	createAndMerge(t, s, tlDoc("xi-month", "de", "2018-07-01", tlEvent{typ: "CONSULT", date: "2018-06", actor: tlKim, recipient: chronik.Actor{Ref: "Q30", Name: "USA", Country: "USA"}}))
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		name   string
		filter chronik.TimelineFilter
		want   []string // first mention's doc of each event, in order
		total  int
	}{
		{"Actor", chronik.TimelineFilter{Actor: []string{"Q22686"}}, []string{"hanoi-plan"}, 1},
		{"ActorOrdered", chronik.TimelineFilter{Actor: []string{"Q56226"}}, []string{"xi-1", "xi-month", "xi-2", "hanoi-plan", "vladi-de"}, 5},
		{"With", chronik.TimelineFilter{Actor: []string{"Q56226"}, With: []string{"Q15031"}}, []string{"xi-1", "xi-2"}, 2},
		{"Type", chronik.TimelineFilter{Type: "sanction"}, []string{"sanction"}, 1},
		{"PlaceByName", chronik.TimelineFilter{Place: []string{"wladiwostok"}}, []string{"vladi-de"}, 1},
		{"PlaceAny", chronik.TimelineFilter{Place: []string{"Q0", "Q959"}}, []string{"vladi-de"}, 1},
		{"PlaceByCountry", chronik.TimelineFilter{Place: []string{"CHN"}}, []string{"xi-1", "xi-2"}, 2},
		{"FromTo", chronik.TimelineFilter{From: day("2019-01-01"), To: day("2019-03-01")}, []string{"hanoi-plan"}, 1},
		{"FromToActor", chronik.TimelineFilter{Actor: []string{"Q56226"}, From: day("2018-06-01"), To: day("2018-07-01")}, []string{"xi-month", "xi-2"}, 2},
		{"MinSources", chronik.TimelineFilter{MinSources: 2}, []string{"hanoi-plan", "vladi-de"}, 2},
		{"Limit", chronik.TimelineFilter{Actor: []string{"Q56226"}, Limit: 2, Offset: 1}, []string{"xi-month", "xi-2"}, 5},
		{"LimitTo", chronik.TimelineFilter{Actor: []string{"Q56226"}, To: day("2019-01-01"), Limit: 1}, []string{"xi-1"}, 3},
		{"LimitWith", chronik.TimelineFilter{Actor: []string{"Q56226"}, With: []string{"Q15031"}, Limit: 1}, []string{"xi-1"}, 2},
		{"LimitFrom", chronik.TimelineFilter{Actor: []string{"Q56226"}, From: day("2019-01-01"), Limit: 1}, []string{"hanoi-plan"}, 2},
		{"Empty", chronik.TimelineFilter{Actor: []string{"Q0"}}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, total, err := s.FindMergedEvents(t.Context(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range evs {
				got = append(got, m.Mentions[0].Doc)
			}
			if !slices.Equal(got, tt.want) || total != tt.total {
				t.Errorf("FindMergedEvents(%+v) = %v (total %d), want %v (total %d)", tt.filter, got, total, tt.want, tt.total)
			}
		})
	}
}

func testFindActors(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	createAndMerge(t, s, timelineCorpus()...)
	for _, q := range []string{"Kim Jong Un", "kim jong-un", "KIM JONG UN", "Q56226", "Jong"} {
		got, err := s.FindActors(t.Context(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Key != "Q56226" || got[0].Events != 4 {
			t.Errorf("FindActors(%q) = %+v, want Q56226 with 4 events first", q, got)
		}
	}
	got, err := s.FindActors(t.Context(), "Nobody Known", 5)
	if err != nil || len(got) != 0 {
		t.Errorf("FindActors(unknown) = %+v, %v; want nothing", got, err)
	}
	top, err := s.FindActors(t.Context(), "", 2)
	if err != nil || len(top) != 2 || top[0].Key != "Q56226" {
		t.Errorf("FindActors(\"\") = %+v, %v; want Kim Jong Un first", top, err)
	}
}

func testMergePending(t *testing.T, open OpenTimeline) {
	s := open(t)
	defer s.Close()
	mustCreate(t, s, timelineCorpus()...)
	res, err := s.MergeEvents(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mentions != 9 || len(allMerged(t, s)) != 5 {
		t.Errorf("MergeEvents(nil) = %+v, %d events; want 9 mentions in 5 events", res, len(allMerged(t, s)))
	}
}
