package event

import "testing"

// TestBackgroundPlace checks the place of events named as what came
// before the news: where the news happens is not theirs, a place in their
// own phrase is; of two places as near, the one after the trigger.
func TestBackgroundPlace(t *testing.T) {
	tests := []struct {
		name, lang, dct, input, trigger, want string
	}{
		{"DestinationOfTheNews", "de", "2018-06-20",
			"«Eine Woche|P1W» nach seinem Gipfel mit [Donald Trump|PER|USA|GOV] ist [Kim Jong Un|PER|PRK|GOV] nach [Peking|GPE|CHN] gereist.",
			"Gipfel", ""},
		{"OwnPlace", "en", "2019-06-20",
			"[Xi Jinping|PER|CHN|GOV] arrived in [Pyongyang|GPE|PRK], the first visit «two months|P2M» after [Kim|PER|PRK|GOV]'s summit with [Trump|PER|USA|GOV] in [Hanoi|GPE|VNM].",
			"summit", "Hanoi"},
		{"NewsKeepsItsPlace", "de", "2018-06-20",
			"[Kim Jong Un|PER|PRK|GOV] ist nach [Peking|GPE|CHN] gereist.",
			"gereist", "Peking"},
		{"PlaceAfterTheTriggerNoun", "de", "2018-07-17",
			"Empörung in [Washington|GPE|USA] nach Gipfel in [Helsinki|GPE|FIN].",
			"Gipfel", "Helsinki"},
		{"PlaceAfterTheTriggerNounEn", "en", "2018-07-17",
			"Outrage in [Washington|GPE|USA] after summit in [Helsinki|GPE|FIN].",
			"summit", "Helsinki"},
		{"TimeZoneIsNoPlace", "en", "2023-03-21",
			"[Putin|PER|RUS|GOV] and [Xi|PER|CHN|GOV] met at «noon|2023-03-21T12:00» [Moscow|GPE|RUS] time.",
			"met", ""},
		{"TimeZoneIsNoPlaceDe", "de", "2023-03-21",
			"[Putin|PER|RUS|GOV] und [Xi|PER|CHN|GOV] trafen sich «um 12 Uhr|2023-03-21T12:00» [Moskauer|GPE|RUS|adj] Zeit in [Moskau|GPE|RUS].",
			"trafen", "Moskau"},
		{"PlaceBeforeTheTrigger", "de", "2018-07-17",
			"[Trump|PER|USA|GOV] hat sich in [Helsinki|GPE|FIN] mit [Putin|PER|RUS|GOV] getroffen, Proteste gab es in [Washington|GPE|USA].",
			"getroffen", "Helsinki"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := codeCase(t, testCase{name: tt.name, hdr: caseHeader{Lang: tt.lang, DCT: tt.dct}, input: tt.input})
			for _, ev := range doc.Events {
				if ev.Trigger.Text != tt.trigger {
					continue
				}
				got := ""
				if ev.Place != nil {
					got = ev.Place.Name
				}
				if got != tt.want {
					t.Errorf("place of %q = %q, want %q", tt.trigger, got, tt.want)
				}
				return
			}
			for i := range doc.Events {
				t.Log(formatEvent(&doc.Events[i]))
			}
			t.Errorf("no event %q", tt.trigger)
		})
	}
}

// TestAnaphoraPlace: a meeting told again with no participant and no
// place takes the place of the same meeting told before, when no one was
// named for that either.
func TestAnaphoraPlace(t *testing.T) {
	for _, tt := range []struct{ lang, input string }{
		{"en", "The talks in [Minsk|GPE|BLR] lasted all night. The talks had begun «on Wednesday evening|2015-02-11TEV»."},
		{"de", "Die Gespräche in [Minsk|GPE|BLR] dauerten die ganze Nacht. Die Gespräche hatten «am Mittwochabend|2015-02-11TEV» begonnen."},
	} {
		doc := codeCase(t, testCase{name: tt.lang, hdr: caseHeader{Lang: tt.lang, DCT: "2015-02-12"}, input: tt.input})
		var places []string
		for _, ev := range doc.Events {
			if ev.Type == "CONSULT" {
				p := ""
				if ev.Place != nil {
					p = ev.Place.Name
				}
				places = append(places, p)
			}
		}
		if len(places) != 2 || places[0] != "Minsk" || places[1] != "Minsk" {
			for i := range doc.Events {
				t.Log(formatEvent(&doc.Events[i]))
			}
			t.Errorf("%s: places of the two CONSULT events = %q, want both Minsk", tt.lang, places)
		}
	}
}
