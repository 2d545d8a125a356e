package chronik

// Span is a half-open range [Start, End) of byte offsets into
// [Document.Text].
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds produced by the tokenizer.
const (
	TokenWord    TokenKind = iota // letters, possibly with hyphens or apostrophes: US-Präsident
	TokenNumber                   // digits with decimal comma or point: 3,5 1.000
	TokenOrdinal                  // digits followed by a period used as an ordinal: 3.
	TokenDate                     // numeric dates and times: 9.11.1989, 20.30
	TokenAbbrev                   // abbreviations and initials with their periods: z. B., Dr., U.S.
	TokenPunct                    // punctuation and quotes
	TokenURL                      // URLs and e-mail addresses
	TokenSymbol                   // anything else: %, €, emoji
)

var tokenKindNames = [...]string{"word", "number", "ordinal", "date", "abbrev", "punct", "url", "symbol"}

// String returns the lowercase name of the kind.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is one token of the body.
type Token struct {
	Span
	Kind TokenKind `json:"kind"`
	// Form is the normalized token text (NFC, straight quotes, soft hyphens
	// removed); the original is Document.Text[Start:End].
	Form string `json:"form"`
}

// Sentence is one sentence of the body and the tokens it holds,
// Document.Tokens[FirstToken:EndToken].
type Sentence struct {
	Span
	FirstToken int `json:"first_token"`
	EndToken   int `json:"end_token"`
}

// Timex is a TIMEX3 time expression normalized against the DCT.
type Timex struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Span
	// Type is DATE, TIME, DURATION or SET.
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
	Quant string `json:"quant"`
	Freq  string `json:"freq"`
	// Anchor says what the value was computed from: "dct", "text"
	// (the last mentioned date) or "" for an absolute expression.
	Anchor string `json:"anchor,omitempty"`
}

// Entity is a mention of a person, place, organisation or state.
type Entity struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Span
	// Type is PER, LOC, ORG or GPE.
	Type string `json:"type"`
	// Ref is the Wikidata id when known, else a stable local id.
	Ref     string `json:"ref"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	// Adjective marks a mention by adjective ("russischen") that links to
	// its country without naming a place.
	Adjective bool `json:"adjective,omitempty"`
}

// Actor is a participant of an event.
type Actor struct {
	Ref     string `json:"ref"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	// Entity is the id of the mention this actor comes from.
	Entity string `json:"entity,omitempty"`
}

// EventDate is when an event happened and where that date comes from.
type EventDate struct {
	Value string `json:"value"`
	// Timex is the id of the time expression the date comes from.
	Timex string `json:"timex,omitempty"`
	// From is "text" when a time expression gave the date, "dct" when the
	// document date stands in for a missing one.
	From string `json:"from"`
}

// Place is where an event happened.
type Place struct {
	Ref     string  `json:"ref"`
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Trigger is the words that name an event.
type Trigger struct {
	Text string `json:"text"`
	Span
}

// Modalities of an event.
const (
	ModalityAsserted     = "asserted"
	ModalityFuture       = "future"
	ModalityHypothetical = "hypothetical"
	ModalityNegated      = "negated"
)

// Event is one coded event: who did what to whom, when, where and how
// certainly, in the PLOVER ontology.
type Event struct {
	ID string `json:"id"`
	// Type is one of PLOVER's 16 event types; Mode its mode.
	Type      string    `json:"type"`
	Mode      string    `json:"mode"`
	Actor     []Actor   `json:"actor"`
	Recipient []Actor   `json:"recipient"`
	Date      EventDate `json:"date"`
	Place     *Place    `json:"place,omitempty"`
	Modality  string    `json:"modality"`
	Reported  bool      `json:"reported"`
	Trigger   Trigger   `json:"trigger"`
	Sentence  Span      `json:"sentence"`
}

// EventTypes lists PLOVER's 16 event types in the manual's order.
var EventTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
