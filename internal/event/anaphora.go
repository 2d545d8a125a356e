package event

import (
	"time"

	"github.com/chronik-dev/chronik"
)

// maxAnaphoraDistance is how many events back (or ahead) a report
// without participants looks for the event it names again.
const maxAnaphoraDistance = 12

// resolveAnaphora gives an event that names no participant ("der Gipfel",
// "the talks", "Der Besuch dauerte von Sonntag bis Mittwoch") the
// participants of the event of the same type that the document told
// before it (passing over a plan the text does not date when ev tells
// what happened), or, when none came before, of the next one (a headline
// names the summit, the lead sentence who met) unless that is a plan and
// ev dated before the document. The antecedent must
// agree in modality class and mode (a phone call is not a visit, a visit
// not the summit it is for; a plain meeting fits any) and in
// its date where both come from the text. The event keeps its own place
// and date when it has them; else it takes the antecedent's, for a
// definite mention without a date names the happening just told, not
// one of the document's date.
//
// An event marked in own ("his own meeting with Kim") is another
// happening than the one just told and is never taken as the antecedent.
func resolveAnaphora(evs []chronik.Event, own []bool, dct string) {
	other := func(k int) bool { return k < len(own) && own[k] }
	for i := range evs {
		ev := &evs[i]
		if len(ev.Actor) > 0 || len(ev.Recipient) > 0 {
			completeParticipants(evs, i, dct)
			datePlan(evs, i, dct)
			continue
		}
		j := -1
		for k := i - 1; k >= 0 && k >= i-maxAnaphoraDistance; k-- {
			if !other(k) && antecedent(ev, &evs[k], dct) {
				j = k
				break
			}
		}
		if j >= 0 && undatedPlan(&evs[j]) && ev.Modality == chronik.ModalityAsserted {
			// "he would discuss the meeting in Beijing. The talks on
			// Russky Island included …": what happened is named again
			// from the happening told before the plan, when there is one
			for k := j - 1; k >= 0 && k >= i-maxAnaphoraDistance; k-- {
				if a := &evs[k]; !other(k) && !undatedPlan(a) && antecedent(ev, a, dct) {
					j = k
					break
				}
			}
		}
		if j < 0 {
			// a headline names the summit, the lead sentence who met;
			// but a plan told later ("Trump, who wants to meet Kim in
			// the coming weeks") is not what the text dated before the
			// news ("the summits of 2000 and 2007")
			for k := i + 1; k < len(evs) && k <= i+maxAnaphoraDistance; k++ {
				if !other(k) && antecedent(ev, &evs[k], dct) && !planAndPast(ev, &evs[k], dct) {
					j = k
					break
				}
			}
		}
		if j < 0 {
			if k := placeAntecedent(evs, i, other, dct); k >= 0 {
				// "talks in Minsk … The talks had begun on Wednesday
				// evening": no one named either time, but the place is
				// the happening's
				p := *evs[k].Place
				ev.Place = &p
				takeDate(ev, &evs[k], dct)
			}
			continue
		}
		a := &evs[j]
		borrow(ev, a, dct)
	}
}

// placeAntecedent returns the nearest event before evs[i] (else after it)
// that names no participant either but a place, and that evs[i], naming
// no place, may name again ([namesAgain]), or -1.
func placeAntecedent(evs []chronik.Event, i int, other func(int) bool, dct string) int {
	ev := &evs[i]
	if ev.Place != nil {
		return -1
	}
	fits := func(k int) bool {
		a := &evs[k]
		return !other(k) && a.Place != nil && len(a.Actor)+len(a.Recipient) == 0 && namesAgain(ev, a, dct)
	}
	for k := i - 1; k >= 0 && k >= i-maxAnaphoraDistance; k-- {
		if fits(k) {
			return k
		}
	}
	for k := i + 1; k < len(evs) && k <= i+maxAnaphoraDistance; k++ {
		if fits(k) && !planAndPast(ev, &evs[k], dct) {
			return k
		}
	}
	return -1
}

// undatedPlan reports whether a is a plan the text does not date: "he
// would discuss the meeting with the Chinese leadership".
func undatedPlan(a *chronik.Event) bool {
	return a.Modality == chronik.ModalityFuture && a.Date.From != "text"
}

// takeDate gives ev, dated only by its document, the text date of a. A
// plan's date after the document date makes ev planned too: "Das
// Treffen findet in Hanoi statt" after "Sie wollen sich am 27. Februar
// treffen".
func takeDate(ev, a *chronik.Event, dct string) {
	if ev.Date.From == "text" || a.Date.From != "text" {
		return
	}
	ev.Date = a.Date
	if a.Modality == chronik.ModalityFuture && ev.Modality == chronik.ModalityAsserted && compareDates(a.Date.Value, dct) > 0 {
		ev.Modality = chronik.ModalityFuture
	}
}

// antecedent reports whether a, an event with participants, may be the
// one that ev names again. An event named as what came before the news
// (dated [pastRef]) names again only such an event or one the text dates
// before the document; the news does not name it again.
func antecedent(ev, a *chronik.Event, dct string) bool {
	return len(a.Actor)+len(a.Recipient) > 0 && namesAgain(ev, a, dct)
}

// namesAgain reports whether ev may name a again, whoever takes part:
// same type, modality class and mode, places in one country, agreeing
// dates, and what came before the news not taken for the news.
func namesAgain(ev, a *chronik.Event, dct string) bool {
	if a.Type != ev.Type {
		return false
	}
	if modalityGroup(a.Modality) != modalityGroup(ev.Modality) {
		return false
	}
	if ev.Date.Value == pastRef && a.Date.Value != pastRef && (a.Date.From != "text" || !isCalendar(a.Date.Value) || compareDates(a.Date.Value, dct) >= 0) ||
		a.Date.Value == pastRef && ev.Date.Value != pastRef {
		// what came before the news is not the news: "nach seinem Gipfel
		// mit Trump" and "das dritte Treffen" with Xi
		return false
	}
	if a.Mode != ev.Mode && a.Mode != "" && ev.Mode != "" {
		// a phone call is not a visit, an arrival not the summit
		return false
	}
	if ev.Place != nil && a.Place != nil && ev.Place.Country != "" && a.Place.Country != "" && ev.Place.Country != a.Place.Country {
		return false
	}
	return ev.Date.From != "text" || a.Date.From != "text" || datesAgree(ev.Date.Value, a.Date.Value)
}

// planAndPast reports whether a is a plan and ev told as what happened
// (dated by the text before the document, or only by the document): a
// plan told later does not name it ("The talks lasted until the evening
// … Trump, who wants to meet Kim in the coming weeks").
func planAndPast(ev, a *chronik.Event, dct string) bool {
	return a.Modality == chronik.ModalityFuture && ev.Modality == chronik.ModalityAsserted &&
		(ev.Date.From != "text" || isCalendar(ev.Date.Value) && compareDates(ev.Date.Value, dct) < 0)
}

// pastRef is the date of an event the document names only as what came
// before its news ("since the Hanoi summit").
const pastRef = "PAST_REF"

// sameDate reports whether two values name the same date: equal, or
// calendar dates that agree at their shared precision.
func sameDate(a, b string) bool {
	if a == b {
		return true
	}
	return isCalendar(a) && isCalendar(b) && compareDates(a, b) == 0
}

func isCalendar(v string) bool { return v != "" && v[0] >= '0' && v[0] <= '9' }

// modalityGroup puts planned and past events together: "the summit" may
// name again the summit a previous sentence announced.
func modalityGroup(m string) string {
	if m == chronik.ModalityFuture {
		return chronik.ModalityAsserted
	}
	return m
}

// datesAgree reports whether two TIMEX3 values agree on the part both
// give, or are days at most one day apart (a summit lasts two days).
func datesAgree(a, b string) bool {
	if compareDates(a, b) == 0 {
		return true
	}
	da, errA := time.Parse(time.DateOnly, dayPart(a))
	db, errB := time.Parse(time.DateOnly, dayPart(b))
	if errA != nil || errB != nil {
		return false
	}
	d := da.Sub(db)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// dayPart returns the date of a value with a time ("2019-02-27TEV").
func dayPart(v string) string {
	if len(v) > 10 && v[10] == 'T' {
		return v[:10]
	}
	return v
}

// completeParticipants gives an event that names only some of the
// participants of an earlier event of the document ("Kim held talks"
// after "Trump met Kim at the border") the other participants too, and
// its date when it has none of its own, when that event may be the one
// it names again (see [antecedent]) and its date is the same: Kim's
// arrival the day before his talks with Putin does not become a meeting
// with Putin. An event with a participant the earlier one lacks is
// another happening and keeps its own.
func completeParticipants(evs []chronik.Event, i int, dct string) {
	ev := &evs[i]
	for k := i - 1; k >= 0 && k >= i-maxAnaphoraDistance; k-- {
		a := &evs[k]
		if !antecedent(ev, a, dct) || !sameDate(ev.Date.Value, a.Date.Value) {
			continue
		}
		if !participantsWithin(ev, a) {
			continue
		}
		if len(ev.Actor)+len(ev.Recipient) == len(a.Actor)+len(a.Recipient) {
			return // nothing to add
		}
		borrow(ev, a, dct)
		return
	}
}

// datePlan gives a plan that names participants but has no date of its
// own (a headline: "Trump and Putin to hold first summit in Helsinki")
// the date of the nearest plan of the same type and the same
// participants that the text dates after the document ("will meet in
// Helsinki on July 16"): both announce one happening.
func datePlan(evs []chronik.Event, i int, dct string) {
	ev := &evs[i]
	if ev.Modality != chronik.ModalityFuture || ev.Date.From == "text" {
		return
	}
	fits := func(a *chronik.Event) bool {
		return a.Modality == chronik.ModalityFuture && a.Date.From == "text" && isCalendar(a.Date.Value) &&
			compareDates(a.Date.Value, dct) > 0 && antecedent(ev, a, dct) &&
			participantsWithin(ev, a) && participantsWithin(a, ev)
	}
	for d := 1; d <= maxAnaphoraDistance; d++ {
		for _, k := range [2]int{i - d, i + d} {
			if k >= 0 && k < len(evs) && fits(&evs[k]) {
				ev.Date = evs[k].Date
				return
			}
		}
	}
}

// participantsWithin reports whether every participant of ev is a
// participant of a, on either side.
func participantsWithin(ev, a *chronik.Event) bool {
	for _, x := range [][]chronik.Actor{ev.Actor, ev.Recipient} {
		for _, p := range x {
			if !hasActor(a.Actor, p) && !hasActor(a.Recipient, p) {
				return false
			}
		}
	}
	return true
}

func hasActor(as []chronik.Actor, p chronik.Actor) bool {
	for _, a := range as {
		if a.Ref != "" && a.Ref == p.Ref || a.Ref == "" && p.Ref == "" && a.Name == p.Name {
			return true
		}
	}
	return false
}

// borrow gives ev the participants of the earlier event a it names
// again, a's place when ev has none, and a's date as takeDate allows.
func borrow(ev, a *chronik.Event, dct string) {
	ev.Actor = append([]chronik.Actor{}, a.Actor...)
	ev.Recipient = append([]chronik.Actor{}, a.Recipient...)
	if ev.Place == nil && a.Place != nil {
		p := *a.Place
		ev.Place = &p
	}
	takeDate(ev, a, dct)
}
