package chronik

import (
	"context"
	"time"
)

// Mention is one report of a [MergedEvent]: an event as one document
// tells it.
type Mention struct {
	// Doc is the stored id of the document.
	Doc string `json:"doc"`
	// Event is the id of the event within the document ("v3").
	Event string `json:"event"`
	DCT   DCT    `json:"dct"`
	Lang  string `json:"lang,omitempty"`
	// Date is the date this document gives the event.
	Date     EventDate `json:"date"`
	Modality string    `json:"modality"`
	Reported bool      `json:"reported"`
	Sentence Span      `json:"sentence"`
	Trigger  Trigger   `json:"trigger"`
	// Quote is the text of the sentence that supports the event,
	// Document.Text[Sentence.Start:Sentence.End], cut at 400 bytes.
	Quote string `json:"quote"`
}

// ModalityChange is one step of an event's modality history: document
// Doc, dated DCT, was the first to tell the event with Modality
// ("future" when it was announced, then "asserted" once it happened).
type ModalityChange struct {
	Modality string `json:"modality"`
	DCT      DCT    `json:"dct"`
	Doc      string `json:"doc"`
}

// DateReport is one date value that mentions give a merged event, with
// the number of mentions that give it.
type DateReport struct {
	Value    string `json:"value"`
	Mentions int    `json:"mentions"`
}

// MergedEvent is one happening told by one or more documents: the event
// fields of the contract (taken from the most precise and most certain
// mention) plus every mention and the number of distinct sources.
type MergedEvent struct {
	Event
	// Dates lists every distinct date the mentions give, most precise
	// first. DateConflict is true when two of them disagree; the values
	// are shown, never averaged.
	Dates        []DateReport `json:"dates"`
	DateConflict bool         `json:"date_conflict"`
	// Precision is the precision of Date ("day", "month", "week",
	// "season", "quarter", "year" or "none").
	Precision string `json:"precision"`
	// Modalities is the modality history: the first document to give
	// each modality, in order of the documents' dates.
	Modalities []ModalityChange `json:"modality_history"`
	Mentions   []Mention        `json:"mentions"`
	// Sources is the number of distinct documents among Mentions.
	Sources int `json:"sources"`
}

// TimelineFilter selects merged events. Zero fields do not filter.
type TimelineFilter struct {
	// Actor and With are actor keys (Wikidata ids or the local ids that
	// [TimelineService.FindActors] returns): the events must have an
	// actor or recipient matching one key of Actor, and one of With.
	Actor []string
	With  []string
	// Type is a PLOVER event type.
	Type string
	// Place keeps events whose place matches one of these refs, names
	// (in any case and without diacritics) or country codes.
	Place []string
	// From and To select events whose date overlaps [From, To).
	From, To time.Time
	// Modality keeps only events of this merged modality.
	Modality string
	// MinSources keeps events told by at least this many documents.
	MinSources int
	Offset     int
	Limit      int
}

// ActorMatch is a stored actor whose name or ref matched a query.
type ActorMatch struct {
	// Key is what [TimelineFilter.Actor] takes: the ref, or a local key
	// built from the name when the actor has no ref.
	Key     string `json:"key"`
	Name    string `json:"name"`
	Country string `json:"country"`
	// Events is the number of merged events the actor takes part in.
	Events int `json:"events"`
}

// MergeResult counts what [TimelineService.MergeEvents] did.
type MergeResult struct {
	// Mentions is the number of new event mentions merged.
	Mentions int
	// Created, Updated and Deleted count merged events written anew,
	// rewritten with changed mentions, and removed because their
	// mentions moved to other events.
	Created, Updated, Deleted int
}

// TimelineService merges the events of stored documents into one event
// per happening and finds the merged events again. Implementations must
// be safe for concurrent use.
type TimelineService interface {
	// MergeEvents merges the events of the given stored documents into
	// the merged events, in one transaction. Documents already merged are
	// skipped, so calling it twice is harmless; merging in any order
	// gives the same merged events. Unknown ids fail with ENOTFOUND.
	MergeEvents(ctx context.Context, docIDs []string) (MergeResult, error)

	// FindMergedEvents returns merged events that match the filter in
	// chronological order (by the start of their date, coarser dates
	// first), and the total number that match.
	FindMergedEvents(ctx context.Context, filter TimelineFilter) ([]*MergedEvent, int, error)

	// FindMergedEventByID returns one merged event, or an error with code
	// ENOTFOUND.
	FindMergedEventByID(ctx context.Context, id string) (*MergedEvent, error)

	// FindActors returns the stored actors whose ref, or name in any
	// spelling the store has seen, matches name; most active first. An
	// empty name lists the most active actors.
	FindActors(ctx context.Context, name string, limit int) ([]ActorMatch, error)
}
