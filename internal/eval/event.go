package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/pipeline"
)

// EventGold is one PLOVER gold-standard record: an English sentence with
// its event type and the countries of its actors and recipients.
type EventGold struct {
	ID   string
	Text string
	// Type is the PLOVER 2021 type, old names mapped (see [PLOVERTypeNames]).
	Type      string
	Actor     []string
	Recipient []string
	// Trigger is the first event word of the record's markup, "" if none.
	Trigger string
}

// PLOVERTypeNames maps the event names of the PLOVER gold records (PLOVER
// 0.5b1) to the current ones.
var PLOVERTypeNames = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

var evtMarkup = regexp.MustCompile(`\(EVT:\s*([^)]*)\)`)

// ReadEventGold reads PLOVER_GSR_CAMEO.txt, a JSON array of records, and
// returns the event records (not the DOCUMENT record).
func ReadEventGold(path string) ([]EventGold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read event gold: %w", err)
	}
	var raw []struct {
		ID       string          `json:"id"`
		Event    string          `json:"event"`
		Text     string          `json:"text"`
		Source   json.RawMessage `json:"source"`
		Target   json.RawMessage `json:"target"`
		TextInfo json.RawMessage `json:"textInfo"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("parse event gold %s: %w", path, err)
	}
	var out []EventGold
	for _, r := range raw {
		if r.Event == "DOCUMENT" || r.Text == "" {
			continue
		}
		g := EventGold{ID: r.ID, Text: r.Text, Type: r.Event}
		if n, ok := PLOVERTypeNames[g.Type]; ok {
			g.Type = n
		}
		g.Actor = goldCodes(r.Source)
		g.Recipient = goldCodes(r.Target)
		var info struct {
			Markup string `json:"markup"`
		}
		_ = json.Unmarshal(r.TextInfo, &info) // some records hold a string here
		if m := evtMarkup.FindStringSubmatch(info.Markup); m != nil {
			g.Trigger = strings.TrimSpace(m[1])
		}
		out = append(out, g)
	}
	return out, nil
}

// goldCodes reads a source or target field: a list of actors with codes,
// or an empty string.
func goldCodes(raw json.RawMessage) []string {
	var list []struct {
		Code string `json:"code"`
	}
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, a := range list {
		if a.Code != "" && !slices.Contains(out, a.Code) {
			out = append(out, a.Code)
		}
	}
	sort.Strings(out)
	return out
}

// EventScore holds the figures of an event evaluation on gold records.
type EventScore struct {
	Records int `json:"records"`
	// Coded counts records for which the coder found any event.
	Coded int `json:"coded"`
	// TypeCorrect counts records whose chosen event has the gold type.
	TypeCorrect int `json:"type_correct"`
	// Actor and recipient country sets compared on records whose type is
	// correct and whose gold side is not empty.
	ActorGold        int `json:"actor_gold"`
	ActorCorrect     int `json:"actor_correct"`
	RecipientGold    int `json:"recipient_gold"`
	RecipientCorrect int `json:"recipient_correct"`
	// Confusion counts gold type → coded type ("" for none).
	Confusion map[string]map[string]int `json:"confusion"`
}

// TypeAccuracy is the share of records whose chosen event has the gold type.
func (s *EventScore) TypeAccuracy() float64 { return eventRatio(s.TypeCorrect, s.Records) }

// ActorAccuracy is the share of gold actor sets matched exactly.
func (s *EventScore) ActorAccuracy() float64 { return eventRatio(s.ActorCorrect, s.ActorGold) }

// RecipientAccuracy is the share of gold recipient sets matched exactly.
func (s *EventScore) RecipientAccuracy() float64 {
	return eventRatio(s.RecipientCorrect, s.RecipientGold)
}

func eventRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreEvents runs annotate (a pipeline ending in the event coder) over
// every gold sentence as an English document without a DCT and scores the event it
// chooses: the one whose trigger overlaps the gold event word, else the
// first. Types are compared after [event.PLOVERType] with strict rules, as
// the gold records code future meetings as AGREE.
func ScoreEvents(ctx context.Context, gold []EventGold, annotate pipeline.Stage) (EventScore, error) {
	s := EventScore{Confusion: map[string]map[string]int{}}
	// The records' dates are all a placeholder (2000-01-01), so the
	// documents get no DCT: a placeholder would make later dates look future.
	var dct chronik.DCT
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		doc := &chronik.Document{ID: g.ID, Text: g.Text, Lang: "en", DCT: dct}
		if err := annotate.Annotate(ctx, doc); err != nil {
			return s, fmt.Errorf("annotate %s: %w", g.ID, err)
		}
		s.Records++
		ev := chooseEvent(doc, g.Trigger)
		got := ""
		if ev != nil {
			s.Coded++
			got, _ = event.PLOVERType(ev, true)
		}
		if s.Confusion[g.Type] == nil {
			s.Confusion[g.Type] = map[string]int{}
		}
		s.Confusion[g.Type][got]++
		if got != g.Type {
			continue
		}
		s.TypeCorrect++
		if len(g.Actor) > 0 {
			s.ActorGold++
			if slices.Equal(g.Actor, eventCountries(ev.Actor)) {
				s.ActorCorrect++
			}
		}
		if len(g.Recipient) > 0 {
			s.RecipientGold++
			if slices.Equal(g.Recipient, eventCountries(ev.Recipient)) {
				s.RecipientCorrect++
			}
		}
	}
	return s, nil
}

// chooseEvent picks the coded event that stands for the gold record.
func chooseEvent(doc *chronik.Document, trigger string) *chronik.Event {
	if len(doc.Events) == 0 {
		return nil
	}
	if trigger != "" {
		if i := strings.Index(doc.Text, trigger); i >= 0 {
			sp := chronik.Span{Start: i, End: i + len(trigger)}
			for k := range doc.Events {
				if doc.Events[k].Trigger.Overlaps(sp) {
					return &doc.Events[k]
				}
			}
		}
	}
	return &doc.Events[0]
}

func eventCountries(as []chronik.Actor) []string {
	var out []string
	for _, a := range as {
		if a.Country != "" && !slices.Contains(out, a.Country) {
			out = append(out, a.Country)
		}
	}
	sort.Strings(out)
	return out
}
