package event

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronik-dev/chronik"
)

// ploverRecord is one event in PLOVER's JSON data format (manual, chapter
// "Data Fields"). Field names are PLOVER's.
type ploverRecord struct {
	ID        string         `json:"id"`
	HasEvent  bool           `json:"has_event"`
	Date      string         `json:"date"`
	Time      string         `json:"time,omitempty"`
	Actor     []ploverEntity `json:"actor"`
	Recipient []ploverEntity `json:"recipient"`
	Event     []string       `json:"event"`
	Mode      []string       `json:"mode"`
	Context   []string       `json:"context"`
	EventLoc  *ploverLoc     `json:"event_loc,omitempty"`
	EventText []string       `json:"event_text"`
	TextInfo  ploverTextInfo `json:"text_info"`
	CiteInfo  ploverCite     `json:"cite_info"`
	Coder     string         `json:"coder"`
	Comment   string         `json:"comment,omitempty"`
	// Fields beyond PLOVER's, which PLOVER allows.
	DateFrom string `json:"date_from"`
	Reported bool   `json:"reported"`
	Modality string `json:"modality"`
}

type ploverEntity struct {
	Code           string `json:"code"`
	Sector         string `json:"sector,omitempty"`
	EntityText     string `json:"entity_text,omitempty"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

type ploverLoc struct {
	ExtractedPlace string  `json:"extracted_place,omitempty"`
	ResolvedPlace  string  `json:"resolved_place"`
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	CountryCode    string  `json:"country_code,omitempty"`
	Identifier     string  `json:"identifier_id,omitempty"`
}

type ploverTextInfo struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
	// TriggerStart and TriggerEnd locate the trigger; byte offsets like
	// start and end.
	TriggerStart int `json:"trigger_start"`
	TriggerEnd   int `json:"trigger_end"`
}

type ploverCite struct {
	Corpus   string `json:"corpus,omitempty"`
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	Language string `json:"language,omitempty"`
	Coder    string `json:"coder"`
	Codebook string `json:"codebook"`
}

// futureToThreat maps conflict types announced for the future to the mode
// of the threat they make.
var futureToThreat = map[string]string{
	"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence", "PROTEST": "restrict", "MOBILIZE": "violence",
}

// auxiliary maps chronik's modalities to PLOVER's auxiliary modes, which
// the manual puts in the context field.
var auxiliary = map[string]string{
	chronik.ModalityFuture:       "future",
	chronik.ModalityHypothetical: "hypothetical",
	chronik.ModalityNegated:      "negation",
}

// PLOVERType returns the PLOVER event type and mode of an event. With
// strict set it applies the manual's rules for future events: future
// CONSULT, SUPPORT, COOPERATE and AID are AGREE, a future RETREAT is
// CONCEDE, and a future SANCTION, COERCE, ASSAULT, PROTEST or MOBILIZE is
// THREATEN (the manual's "THREATEN could be ASSAULT + hypothetical"; a
// single category wins over category plus auxiliary mode); a negated
// AGREE ("will not accept") is REJECT. Without strict the type stays and
// the future is a modality.
func PLOVERType(ev *chronik.Event, strict bool) (typ, mode string) {
	typ, mode = ev.Type, ev.Mode
	if !strict {
		return typ, mode
	}
	switch ev.Modality {
	case chronik.ModalityFuture:
		switch {
		case futureToAgree[typ]:
			return "AGREE", ""
		case typ == "RETREAT":
			return "CONCEDE", ""
		case futureToThreat[typ] != "":
			return "THREATEN", futureToThreat[typ]
		}
	case chronik.ModalityNegated:
		if typ == "AGREE" {
			return "REJECT", "" // "will not accept"
		}
	}
	return typ, mode
}

// WritePLOVER writes the document's events as PLOVER JSON Lines, one
// record per event: id, date, actor, recipient, event, mode, context
// (PLOVER's auxiliary modes: future, hypothetical, negation), event_loc,
// event_text, text_info (sentence number and byte offsets into the body)
// and cite_info. With strict set, future cooperative events are coded as
// the manual asks (see [PLOVERType]). Record ids are the document id and
// the event id joined by '-'.
func WritePLOVER(w io.Writer, doc *chronik.Document, strict bool) error {
	ents := make(map[string]*chronik.Entity, len(doc.Entities))
	for i := range doc.Entities {
		ents[doc.Entities[i].ID] = &doc.Entities[i]
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range doc.Events {
		ev := &doc.Events[i]
		typ, mode := PLOVERType(ev, strict)
		rec := ploverRecord{
			ID:        doc.ID + "-" + ev.ID,
			HasEvent:  true,
			Actor:     ploverEntities(ev.Actor, ents),
			Recipient: ploverEntities(ev.Recipient, ents),
			Event:     []string{typ},
			Mode:      []string{},
			Context:   []string{},
			EventText: []string{ev.Trigger.Text},
			Coder:     "chronik",
			DateFrom:  ev.Date.From,
			Reported:  ev.Reported,
			Modality:  ev.Modality,
			TextInfo: ploverTextInfo{
				Sequence: sentenceIndex(doc, ev.Sentence), Start: ev.Sentence.Start, End: ev.Sentence.End,
				TriggerStart: ev.Trigger.Start, TriggerEnd: ev.Trigger.End,
			},
			CiteInfo: ploverCite{
				Corpus: doc.Source, URL: doc.URL, Title: doc.Title, Language: doc.Lang,
				Coder: "chronik", Codebook: "plover-2.0",
			},
		}
		rec.Date, rec.Time, _ = strings.Cut(ev.Date.Value, "T")
		if mode != "" {
			rec.Mode = []string{mode}
		}
		if typ != ev.Type {
			rec.Comment = fmt.Sprintf("coded %s %s with modality %s", ev.Type, ev.Mode, ev.Modality)
		}
		if aux, ok := auxiliary[ev.Modality]; ok && typ == ev.Type {
			rec.Context = append(rec.Context, aux)
		}
		if p := ev.Place; p != nil {
			rec.EventLoc = &ploverLoc{ResolvedPlace: p.Name, Lat: p.Lat, Lon: p.Lon, CountryCode: p.Country, Identifier: p.Ref}
		}
		if err := enc.Encode(&rec); err != nil {
			return fmt.Errorf("write plover %s: %w", rec.ID, err)
		}
	}
	return nil
}

func ploverEntities(as []chronik.Actor, ents map[string]*chronik.Entity) []ploverEntity {
	out := make([]ploverEntity, 0, len(as))
	for _, a := range as {
		pe := ploverEntity{Code: a.Country, Sector: a.Sector, IdentifierID: a.Ref, IdentifierText: a.Name}
		if e, ok := ents[a.Entity]; ok {
			pe.EntityText = e.Text
		}
		out = append(out, pe)
	}
	return out
}

// sentenceIndex returns the 1-based number of the sentence with span sp.
func sentenceIndex(doc *chronik.Document, sp chronik.Span) int {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Start >= sp.Start })
	if i < len(doc.Sentences) && doc.Sentences[i].Span == sp {
		return i + 1
	}
	return 0
}
