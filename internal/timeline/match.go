package timeline

import (
	"math"

	"github.com/chronik-dev/chronik"
)

// symmetric lists the PLOVER types whose actor and recipient may swap
// between reports: who met whom is told from either side.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// tolerance is how many days two dates of a type may differ and still be
// one happening: a day for meetings, which last several days and which
// reports date by different days, none for the rest.
func tolerance(typ string) int {
	if symmetric[typ] {
		return 1
	}
	return 0
}

// pairTolerance is the tolerance of the reports' type, applied only
// between two dates of one day each (a month and the next one are not one
// happening: "2018-12" and "2019-01" must not meet across the new year)
// and only when the participants of one are among those of the other:
// Kim's arrival in Vladivostok (Kim, Russia) the day before his summit
// with Putin (Kim, Putin) stays a happening of its own.
func pairTolerance(a, b *Report) int {
	tol := tolerance(a.Event.Type)
	if tol == 0 || a.iv.Width() != 1 || b.iv.Width() != 1 {
		return 0
	}
	if len(a.keys) == 0 || len(b.keys) == 0 || !subset(a.keys, b.keys) && !subset(b.keys, a.keys) {
		return 0
	}
	return tol
}

// maxPlaceKm is the distance beyond which two places are different.
const maxPlaceKm = 100

// Match reports whether two reports may tell the same happening: same
// type, compatible modes and modalities, overlapping participants,
// agreeing dates and compatible places. It is symmetric.
func Match(a, b *Report) bool {
	a.prepare()
	b.prepare()
	ea, eb := &a.Event, &b.Event
	if ea.Type != eb.Type || modalityClass(ea.Modality) != modalityClass(eb.Modality) {
		return false
	}
	if !modesMatch(ea.Mode, eb.Mode) {
		return false
	}
	if a.lvl == 3 || b.lvl == 3 || !a.iv.Overlaps(b.iv, pairTolerance(a, b)) {
		return false
	}
	if !placesMatch(ea.Place, eb.Place) || !placesMatch(firstPlace(a), firstPlace(b)) {
		return false
	}
	if len(a.keys)+len(a.cAll) == 0 || len(b.keys)+len(b.cAll) == 0 {
		return placeAnchored(a, b)
	}
	if symmetric[ea.Type] {
		return participantsMatch(a, b)
	}
	return directedMatch(a, b)
}

// placeAnchored matches a report without participants ("the summit in
// Hanoi") with another by their place alone: both name one, and it is
// the same or nearby. The dates must agree as well (checked by Match).
func placeAnchored(a, b *Report) bool {
	for _, p := range a.places {
		for _, q := range b.places {
			if samePlace(p, q) || hasCoords(p) && hasCoords(q) && distanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= maxPlaceKm/4 {
				return true
			}
		}
	}
	return false
}

// modalityClass groups modalities that may merge: a planned and a past
// happening are one; denials and hypotheticals stay apart from both.
func modalityClass(m string) string {
	switch m {
	case chronik.ModalityNegated, chronik.ModalityHypothetical:
		return m
	}
	return chronik.ModalityAsserted
}

// modesMatch keeps phone calls apart from visits and summits.
func modesMatch(a, b string) bool {
	if a == b || a == "" || b == "" {
		return true
	}
	return a != "phone" && b != "phone"
}

// participantsMatch compares the participants of symmetric events in
// either direction: they share an actor (or two countries), and neither
// brings a country the other lacks unless they share two.
func participantsMatch(a, b *Report) bool {
	shared := intersects(a.keys, b.keys) > 0
	nc := intersects(a.cAll, b.cAll)
	if !shared && nc < 2 {
		return false
	}
	if len(a.cAll) == 0 || len(b.cAll) == 0 || nc >= 2 {
		return true
	}
	return subset(a.cAll, b.cAll) || subset(b.cAll, a.cAll)
}

// directedMatch compares actor with actor and recipient with recipient,
// by entity key or country; an unknown side matches anything, but one
// side must be known and match.
func directedMatch(a, b *Report) bool {
	am, aKnown := sideMatch(a.actors, a.cActors, b.actors, b.cActors)
	rm, rKnown := sideMatch(a.recips, a.cRecips, b.recips, b.cRecips)
	if aKnown && !am || rKnown && !rm {
		return false
	}
	return aKnown || rKnown
}

func sideMatch(ka, ca, kb, cb []string) (match, known bool) {
	if len(ka)+len(ca) == 0 || len(kb)+len(cb) == 0 {
		return false, false
	}
	return intersects(ka, kb) > 0 || intersects(ca, cb) > 0, true
}

// placesMatch: no place matches any; the same ref matches; places in
// different countries never match; two places with coordinates match
// within maxPlaceKm; a place without coordinates (a country, a region)
// matches any place of its country.
func placesMatch(a, b *chronik.Place) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Ref != "" && a.Ref == b.Ref {
		return true
	}
	if a.Ref == "" && b.Ref == "" && Fold(a.Name) == Fold(b.Name) {
		return true
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	if hasCoords(a) && hasCoords(b) {
		return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= maxPlaceKm
	}
	return true
}

// firstPlace returns the report's place, or a city named as a participant.
func firstPlace(r *Report) *chronik.Place {
	if len(r.places) == 0 {
		return nil
	}
	return r.places[0]
}

func samePlace(a, b *chronik.Place) bool {
	return a != nil && b != nil && (a.Ref != "" && a.Ref == b.Ref || a.Ref == "" && b.Ref == "" && Fold(a.Name) == Fold(b.Name))
}

func hasCoords(p *chronik.Place) bool { return p.Lat != 0 || p.Lon != 0 }

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}
