package timeline

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronik-dev/chronik"
	"golang.org/x/text/unicode/norm"
)

// Report is one event as one document tells it: the unit that merging
// clusters.
type Report struct {
	// Doc is the stored document id, DCT and Lang its date and language.
	Doc  string
	DCT  chronik.DCT
	Lang string
	// Event is the event as the coder found it.
	Event chronik.Event
	// Quote is the sentence that supports the event.
	Quote string
	// Cluster is the id of the merged event a stored report belongs to,
	// "" for a new one.
	Cluster string
	// Unplaced marks a vaguely dated report that fits finer reports on
	// so many different days that it cannot tell which happening it
	// means (see [PlaceDays]): it stays an event of its own, and once set
	// the mark never goes, since stored reports are never taken away.
	// Stores keep it with the report; [Plan] and [Cluster] set it.
	Unplaced bool

	prepared bool
	iv       Interval
	lvl      int
	keys     []string // entity keys of all participants
	actors   []string // entity keys of the actors
	recips   []string // entity keys of the recipients
	cAll     []string // countries of all participants
	cActors  []string
	cRecips  []string
	places   []*chronik.Place // the event's place and cities named as participants
}

// Key identifies the report: its document id and event id.
func (r *Report) Key() string { return r.Doc + "/" + r.Event.ID }

// Interval returns the days the report's date covers.
func (r *Report) Interval() Interval { r.prepare(); return r.iv }

// Level returns the clustering level of the report (see the package
// documentation): 0 day, 1 week or month, 2 season to year, 3 undated
// (or unplaced).
func (r *Report) Level() int {
	r.prepare()
	if r.Unplaced {
		return 3
	}
	return r.lvl
}

// fromText reports whether the date comes from a time expression.
func (r *Report) fromText() bool {
	return r.Event.Date.Value != "" && r.Event.Date.From != "dct"
}

func (r *Report) prepare() {
	if r.prepared {
		return
	}
	r.prepared = true
	switch {
	case r.fromText():
		r.iv = ParseValue(r.Event.Date.Value)
	case r.Event.Date.Value != "" && !ParseValue(r.Event.Date.Value).Valid():
		// the document says only that it came before ("since the Hanoi
		// summit": PAST_REF): no date to merge by
		r.iv = Interval{Precision: PrecNone}
	default:
		r.iv = dctInterval(r.DCT, r.Event.Modality)
	}
	r.lvl = level(r.iv, r.fromText())
	// A season, quarter or year that ended more than a year before the
	// document is background ("in 2010 the two met"): it would match every
	// report of its type and actor that year, a share of the store that
	// grows with every article that looks back, so it is not merged.
	if r.lvl == 2 && r.fromText() && !r.DCT.IsZero() {
		if d := ParseValue(r.DCT.String()); d.Valid() && r.iv.Hi < d.Lo-365 {
			r.lvl = 3
		}
	}
	var acts, recs []chronik.Actor
	acts, r.places = splitCities(r.Event.Actor, nil)
	recs, r.places = splitCities(r.Event.Recipient, r.places)
	if r.Event.Place != nil {
		r.places = append([]*chronik.Place{r.Event.Place}, r.places...)
	}
	r.actors, r.cActors = actorKeys(acts)
	r.recips, r.cRecips = actorKeys(recs)
	r.keys = union(r.actors, r.recips)
	r.cAll = union(r.cActors, r.cRecips)
}

// IndexKeys returns the keys under which the report is indexed for
// candidate search: the entity key of every participant, "c:" plus every
// participant's country (for meetings, every pair of countries), and
// "p:" plus its place.
func (r *Report) IndexKeys() []string {
	r.prepare()
	out := make([]string, 0, len(r.keys)+len(r.cAll)+len(r.places))
	out = append(out, r.keys...)
	if symmetric[r.Event.Type] {
		// Meetings match by country only when they share two countries,
		// so they are indexed under each pair: "c:KOR|PRK".
		cs := slices.Clone(r.cAll)
		slices.Sort(cs)
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				out = append(out, "c:"+cs[i]+"|"+cs[j])
			}
		}
	} else {
		for _, c := range r.cAll {
			out = append(out, "c:"+c)
		}
	}
	for _, p := range r.places {
		if k := placeKey(p); k != "" {
			out = appendUnique(out, k)
		}
	}
	return out
}

// IndexMonths returns the months under which the report is indexed, or
// nil for an undated report, which is never a candidate.
func (r *Report) IndexMonths() []int {
	r.prepare()
	if r.lvl == 3 {
		return nil
	}
	return r.iv.Months(0, 24)
}

// QueryMonths returns the months whose indexed reports may match r: its
// own, widened by the date tolerance of its type.
func (r *Report) QueryMonths() []int {
	r.prepare()
	if r.lvl == 3 {
		return nil
	}
	return r.iv.Months(tolerance(r.Event.Type), 24)
}

// ActorKey returns the key that identifies an actor across documents and
// languages: its ref, else "name:" and its folded name.
func ActorKey(a chronik.Actor) string {
	if a.Ref != "" {
		return a.Ref
	}
	if f := Fold(a.Name); f != "" {
		return "name:" + f
	}
	return ""
}

// Fold lowercases a name and drops diacritics, spaces and punctuation, so
// "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" fold alike.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// cityRef marks the refs of cities in the knowledge base. A coder that
// names a city as a participant ("Hanoi" for the summit held there) gives
// a place, not an actor.
const cityRef = "chronik:city/"

// splitCities returns the actors that are not cities, and appends the
// cities to places.
func splitCities(as []chronik.Actor, places []*chronik.Place) ([]chronik.Actor, []*chronik.Place) {
	var out []chronik.Actor
	for _, a := range as {
		if strings.HasPrefix(a.Ref, cityRef) {
			places = append(places, &chronik.Place{Ref: a.Ref, Name: a.Name, Country: a.Country})
			continue
		}
		out = append(out, a)
	}
	return out, places
}

// placeKey is the index key of a place: "p:" and its ref or folded name.
func placeKey(p *chronik.Place) string {
	if p.Ref != "" {
		return "p:" + p.Ref
	}
	if f := Fold(p.Name); f != "" {
		return "p:" + f
	}
	return ""
}

// actorKeys returns the keys and countries of actors. An actor with a
// ref is also known by its folded name, so that a source that names
// "Kim Jong-un" without a ref meets one that links "Kim Jong Un" to
// Q56226.
func actorKeys(as []chronik.Actor) (keys, countries []string) {
	for _, a := range as {
		if k := ActorKey(a); k != "" {
			keys = appendUnique(keys, k)
		}
		if f := Fold(a.Name); a.Ref != "" && f != "" {
			keys = appendUnique(keys, "name:"+f)
		}
		if a.Country != "" {
			countries = appendUnique(countries, a.Country)
		}
	}
	return keys, countries
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, v := range b {
		out = appendUnique(out, v)
	}
	return out
}

func intersects(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

func subset(a, b []string) bool { return intersects(a, b) == len(a) }
