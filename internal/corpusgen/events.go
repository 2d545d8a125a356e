package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/chronik-dev/chronik"
)

// Happenings is a generated world of events that articles report, for
// timeline benchmarks: each happening has a type, two actors, a day and
// a place; [Happenings.Annotate] gives an article events that report
// happenings of the days before its date, with the variation of real
// reports (date only to the month, sides swapped, a side missing, the
// document date standing in, a planned event).
type Happenings struct {
	rng   *rand.Rand
	list  []happening // by day
	days  []int       // list[i].day, for search
	zipf  *rand.Zipf
	nActs int
	// MaxEvents bounds the events Annotate gives one article; they are
	// uniform from 1 to MaxEvents (default 5).
	MaxEvents int
}

type happening struct {
	typ              string
	actor, recipient int
	day              int // days since Start
	place            int
}

// Happening types, weighted: meetings are the most common news.
var genTypes = []string{"CONSULT", "CONSULT", "CONSULT", "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"}

var genCountries = []string{"DEU", "FRA", "USA", "RUS", "CHN", "PRK", "KOR", "JPN", "GBR", "ITA", "ESP", "POL", "UKR", "TUR", "IRN", "ISR", "IND", "BRA", "ZAF", "EGY"}

// NewHappenings returns n happenings over the days of g (g.Start plus
// g.Days), between actors popular by a Zipf law among actors actors.
func NewHappenings(g *Generator, seed uint64, n, actors int) *Happenings {
	rng := rand.New(rand.NewPCG(seed, seed^0x51a3))
	h := &Happenings{rng: rng, nActs: actors, zipf: rand.NewZipf(rng, 1.2, 4, uint64(actors-1)), MaxEvents: 5}
	h.list = make([]happening, n)
	for i := range h.list {
		a := int(h.zipf.Uint64())
		r := int(h.zipf.Uint64())
		for r == a {
			r = rng.IntN(actors)
		}
		h.list[i] = happening{typ: genTypes[rng.IntN(len(genTypes))], actor: a, recipient: r, day: rng.IntN(g.Days + 30), place: rng.IntN(500)}
	}
	sort.Slice(h.list, func(i, j int) bool { return h.list[i].day < h.list[j].day })
	h.days = make([]int, n)
	for i, x := range h.list {
		h.days[i] = x.day
	}
	return h
}

// Annotate gives doc between one and MaxEvents events that report happenings
// of the 30 days before its date (or, as plans, of the 30 after).
func (h *Happenings) Annotate(g *Generator, doc *chronik.Document) {
	dct := int(doc.DCT.Time.Sub(g.Start).Hours() / 24)
	lo := sort.SearchInts(h.days, dct-30)
	hi := sort.SearchInts(h.days, dct+30)
	if hi <= lo {
		return
	}
	n := 1 + h.rng.IntN(max(h.MaxEvents, 1))
	for i := range n {
		x := h.list[lo+h.rng.IntN(hi-lo)]
		day := g.Start.AddDate(0, 0, x.day)
		ev := chronik.Event{
			ID:       fmt.Sprintf("v%d", i+1),
			Type:     x.typ,
			Modality: chronik.ModalityAsserted,
			Date:     chronik.EventDate{Value: day.Format("2006-01-02"), From: "text"},
			Actor:    []chronik.Actor{h.actor(x.actor)},
			Trigger:  chronik.Trigger{Text: "x", Span: chronik.Span{Start: 0, End: 1}},
			Sentence: chronik.Span{Start: 0, End: min(len(doc.Text), 80)},
		}
		if x.day > dct {
			ev.Modality = chronik.ModalityFuture
		}
		switch v := h.rng.IntN(20); {
		case v < 3:
			ev.Date.Value = day.Format("2006-01")
		case v < 4 && x.day <= dct && dct-x.day <= 7:
			ev.Date = chronik.EventDate{Value: doc.DCT.String(), From: "dct"}
		}
		if h.rng.IntN(6) > 0 {
			ev.Recipient = []chronik.Actor{h.actor(x.recipient)}
		}
		if (ev.Type == "CONSULT" || ev.Type == "AGREE" || ev.Type == "COOPERATE") && h.rng.IntN(2) == 0 && len(ev.Recipient) > 0 {
			ev.Actor, ev.Recipient = ev.Recipient, ev.Actor
		}
		if h.rng.IntN(3) > 0 {
			c := genCountries[x.place%len(genCountries)]
			ev.Place = &chronik.Place{Ref: fmt.Sprintf("gen:place/%d", x.place), Name: fmt.Sprintf("Stadt %d", x.place), Country: c,
				Lat: float64(x.place%90) - 45, Lon: float64(x.place%180) - 90}
		}
		doc.Events = append(doc.Events, ev)
	}
}

func (h *Happenings) actor(i int) chronik.Actor {
	return chronik.Actor{Ref: fmt.Sprintf("gen:actor/%d", i), Name: fmt.Sprintf("Akteur %d", i),
		Country: genCountries[i%len(genCountries)], Sector: "GOV"}
}
