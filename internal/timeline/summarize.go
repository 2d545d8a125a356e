package timeline

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronik-dev/chronik"
)

// maxQuote bounds the sentence kept with a mention.
const maxQuote = 400

// Quote returns the text of a sentence cut to 400 bytes at a rune
// boundary, with an ellipsis when cut.
func Quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxQuote {
		return s
	}
	i := maxQuote
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// Summarize builds the merged event of a group: the event fields of its
// most precise and most certain report, the participants its documents
// name (those two documents name, when three or more tell it), the
// most precise date with every disagreeing date kept, the modality
// history and every mention.
func Summarize(g Group) *chronik.MergedEvent {
	rs := slices.Clone(g.Reports)
	// Mentions in order of their documents' dates.
	slices.SortFunc(rs, func(a, b *Report) int {
		return cmp.Or(cmp.Compare(a.DCT.String(), b.DCT.String()), strings.Compare(a.Key(), b.Key()))
	})
	rep := representative(rs)
	m := &chronik.MergedEvent{Event: rep.Event}
	m.ID = g.ID
	m.Date.Timex = "" // timex ids belong to one document

	// Participants: the representative's first, then by first mention.
	// An event told by three documents or more keeps those that two of
	// them name; one article's stray participant (a released detainee
	// coded as meeting Kim) does not become the event's.
	docsOf := participantDocs(rs)
	minDocs := 1
	if len(docsOf[""]) >= 3 && hasConsensus(docsOf) {
		minDocs = 2
	}
	seen := map[string]bool{}
	m.Actor, m.Recipient = nil, nil
	add := func(dst *[]chronik.Actor, as []chronik.Actor) {
		for _, a := range as {
			k := ActorKey(a)
			if k == "" || seen[k] || strings.HasPrefix(a.Ref, cityRef) || len(docsOf[k]) < minDocs {
				continue // cities named as participants are places
			}
			seen[k] = true
			a.Entity = ""
			*dst = append(*dst, a)
		}
	}
	add(&m.Actor, rep.Event.Actor)
	add(&m.Recipient, rep.Event.Recipient)
	for _, r := range rs {
		add(&m.Actor, r.Event.Actor)
	}
	for _, r := range rs {
		add(&m.Recipient, r.Event.Recipient)
	}
	if m.Actor == nil {
		m.Actor = []chronik.Actor{}
	}
	if m.Recipient == nil {
		m.Recipient = []chronik.Actor{}
	}
	if m.Mode == "" {
		for _, r := range rs {
			if r.Event.Mode != "" {
				m.Mode = r.Event.Mode
				break
			}
		}
	}
	m.Place = commonPlace(rs, rep)

	// Dates: every value the texts give, most precise first.
	counts := map[string]int{}
	for _, r := range rs {
		if r.fromText() {
			counts[r.Event.Date.Value]++
		}
	}
	for v, n := range counts {
		m.Dates = append(m.Dates, chronik.DateReport{Value: v, Mentions: n})
	}
	slices.SortFunc(m.Dates, func(a, b chronik.DateReport) int {
		ia, ib := ParseValue(a.Value), ParseValue(b.Value)
		return cmp.Or(cmp.Compare(validWidth(ia), validWidth(ib)), -cmp.Compare(a.Mentions, b.Mentions), strings.Compare(a.Value, b.Value))
	})
	if len(m.Dates) > 0 {
		m.Date = chronik.EventDate{Value: m.Dates[0].Value, From: "text"}
	} else {
		m.Date = chronik.EventDate{Value: rep.Event.Date.Value, From: "dct"}
	}
	for i := range m.Dates {
		for j := i + 1; j < len(m.Dates); j++ {
			if !ParseValue(m.Dates[i].Value).Overlaps(ParseValue(m.Dates[j].Value), 0) {
				m.DateConflict = true
			}
		}
	}
	if m.Date.From == "text" {
		m.Precision = ParseValue(m.Date.Value).Precision
	} else {
		m.Precision = rep.Interval().Precision
	}

	// Modality: asserted once any source reports it as having happened.
	m.Modality = rep.Event.Modality
	m.Reported = true
	for _, r := range rs {
		if r.Event.Modality == chronik.ModalityAsserted {
			m.Modality = chronik.ModalityAsserted
		}
		m.Reported = m.Reported && r.Event.Reported
	}
	docs := map[string]bool{}
	for _, r := range rs {
		docs[r.Doc] = true
		if !slices.ContainsFunc(m.Modalities, func(c chronik.ModalityChange) bool { return c.Modality == r.Event.Modality }) {
			m.Modalities = append(m.Modalities, chronik.ModalityChange{Modality: r.Event.Modality, DCT: r.DCT, Doc: r.Doc})
		}
		m.Mentions = append(m.Mentions, chronik.Mention{
			Doc: r.Doc, Event: r.Event.ID, DCT: r.DCT, Lang: r.Lang,
			Date: r.Event.Date, Modality: r.Event.Modality, Reported: r.Event.Reported,
			Sentence: r.Event.Sentence, Trigger: r.Event.Trigger, Quote: r.Quote,
		})
	}
	m.Sources = len(docs)
	return m
}

// commonPlace returns the place most documents give (by ref, else by
// name; a document that gives only the country counts for each city in
// it), preferring the representative's among equals, then one with
// coordinates. Places of reports that the text dates count first: a
// report dated only by its document joined the event by that week, and
// its place ("verhandelte in New York", about another meeting that week)
// is weaker evidence. Such a place stands only when two documents give
// it or the event has a single document.
func commonPlace(rs []*Report, rep *Report) *chronik.Place {
	key := func(p *chronik.Place) string {
		if p.Ref != "" {
			return p.Ref
		}
		return "name:" + Fold(p.Name)
	}
	pick := func(fromText bool) (*chronik.Place, int) {
		// support counts the documents that give p, or its country
		// without naming a place in it ("in China" for Beijing).
		support := func(p *chronik.Place) int {
			var docs []string
			for _, r := range rs {
				q := r.Event.Place
				if q == nil || r.fromText() != fromText {
					continue
				}
				if key(q) == key(p) || hasCoords(p) && !hasCoords(q) && q.Country != "" && q.Country == p.Country {
					docs = appendUnique(docs, r.Doc)
				}
			}
			return len(docs)
		}
		var best *chronik.Place
		nb := 0
		for _, r := range append([]*Report{rep}, rs...) {
			p := r.Event.Place
			if p == nil || r.fromText() != fromText {
				continue
			}
			n := support(p)
			if best == nil || n > nb || n == nb && key(p) == key(best) && !hasCoords(best) && hasCoords(p) {
				best, nb = p, n
			}
		}
		return best, nb
	}
	best, _ := pick(true)
	if best == nil {
		var n int
		best, n = pick(false)
		if best != nil && n < 2 && len(participantDocs(rs)[""]) > 1 {
			best = nil
		}
	}
	if best == nil {
		return nil
	}
	p := *best
	return &p
}

func validWidth(iv Interval) int {
	if !iv.Valid() {
		return 1 << 30
	}
	return iv.Width()
}

// representative picks the report whose fields stand for the event: an
// asserted one before a planned one, the most precise date, a direct
// report before an attributed one, the earliest document.
func representative(rs []*Report) *Report {
	rank := func(r *Report) int {
		if r.Event.Modality == chronik.ModalityAsserted {
			return 0
		}
		return 1
	}
	best := rs[0]
	for _, r := range rs[1:] {
		c := cmp.Or(
			cmp.Compare(rank(r), rank(best)),
			cmp.Compare(validWidth(r.Interval())+boolInt(!r.fromText()), validWidth(best.Interval())+boolInt(!best.fromText())),
			cmp.Compare(boolInt(r.Event.Reported), boolInt(best.Event.Reported)),
		)
		if c < 0 {
			best = r
		}
	}
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Span returns the days a merged event's date covers, for sorting and
// filtering: the interval of its date value, else of its first mention's
// document date.
func Span(m *chronik.MergedEvent) Interval {
	if m.Date.From != "dct" {
		if iv := ParseValue(m.Date.Value); iv.Valid() {
			return iv
		}
	}
	for _, x := range m.Mentions {
		if iv := dctInterval(x.DCT, x.Modality); iv.Valid() {
			return iv
		}
	}
	return Interval{Precision: PrecNone}
}

// participantDocs maps each participant key to the documents that name
// it, and "" to all documents of the reports.
func participantDocs(rs []*Report) map[string][]string {
	out := map[string][]string{}
	for _, r := range rs {
		out[""] = appendUnique(out[""], r.Doc)
		for _, as := range [][]chronik.Actor{r.Event.Actor, r.Event.Recipient} {
			keys, _ := actorKeys(as) // ref and folded name, so "Kim Jong-un" without a ref counts for Kim
			for _, k := range keys {
				out[k] = appendUnique(out[k], r.Doc)
			}
		}
	}
	return out
}

// hasConsensus reports whether two documents name some participant that
// is not a city.
func hasConsensus(docsOf map[string][]string) bool {
	for k, docs := range docsOf {
		if k != "" && len(docs) >= 2 && !strings.HasPrefix(k, cityRef) {
			return true
		}
	}
	return false
}
