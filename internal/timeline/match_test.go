package timeline

import (
	"testing"

	"github.com/chronik-dev/chronik"
)

var (
	kim   = chronik.Actor{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK"}
	kimEN = chronik.Actor{Name: "Kim Jong-un", Country: "PRK"} // no ref: matched by folded name
	trump = chronik.Actor{Ref: "Q22686", Name: "Donald Trump", Country: "USA"}
	xi    = chronik.Actor{Ref: "Q15031", Name: "Xi Jinping", Country: "CHN"}
	moon  = chronik.Actor{Ref: "Q21001", Name: "Moon Jae-in", Country: "KOR"}
	prk   = chronik.Actor{Ref: "Q423", Name: "Nordkorea", Country: "PRK"}
	chn   = chronik.Actor{Ref: "Q148", Name: "China", Country: "CHN"}
	unsc  = chronik.Actor{Ref: "Q37470", Name: "UN Security Council", Country: "UNO"}
	hanoi = &chronik.Place{Ref: "Q1858", Name: "Hanoi", Country: "VNM", Lat: 21.03, Lon: 105.85}
	hpong = &chronik.Place{Ref: "Q1858x", Name: "Haiphong", Country: "VNM", Lat: 20.86, Lon: 106.68}
	hcmc  = &chronik.Place{Ref: "Q1854", Name: "Ho-Chi-Minh-Stadt", Country: "VNM", Lat: 10.82, Lon: 106.63}
	pek   = &chronik.Place{Ref: "Q956", Name: "Peking", Country: "CHN", Lat: 39.9, Lon: 116.4}
)

// rep builds a report of document doc.
func rep(doc, typ, date string, actor []chronik.Actor, recipient []chronik.Actor, place *chronik.Place, modality string) *Report {
	if modality == "" {
		modality = chronik.ModalityAsserted
	}
	return &Report{Doc: doc, DCT: chronik.MustParseDCT("2019-03-01"), Event: chronik.Event{
		ID: "v1", Type: typ, Actor: actor, Recipient: recipient, Place: place, Modality: modality,
		Date: chronik.EventDate{Value: date, From: "text"},
	}}
}

func as(a ...chronik.Actor) []chronik.Actor { return a }

func TestMatch(t *testing.T) {
	base := rep("a", "CONSULT", "2019-02-27", as(trump), as(kim), hanoi, "")
	tests := []struct {
		name string
		b    *Report
		want bool
	}{
		{"SameDay", rep("b", "CONSULT", "2019-02-27", as(trump), as(kim), hanoi, ""), true},
		{"Swapped", rep("b", "CONSULT", "2019-02-27", as(kim), as(trump), nil, ""), true},
		{"NameWithoutRef", rep("b", "CONSULT", "2019-02-27", as(kimEN), as(trump), nil, ""), true},
		{"NextDayMeeting", rep("b", "CONSULT", "2019-02-28", as(kim), as(trump), nil, ""), true},
		{"TwoDaysLater", rep("b", "CONSULT", "2019-03-01", as(kim), as(trump), nil, ""), false},
		{"Month", rep("b", "CONSULT", "2019-02", as(kim), as(trump), nil, ""), true},
		{"OtherMonth", rep("b", "CONSULT", "2019-03", as(kim), as(trump), nil, ""), false},
		{"Future", rep("b", "CONSULT", "2019-02", as(trump), as(kim), hanoi, chronik.ModalityFuture), true},
		{"Negated", rep("b", "CONSULT", "2019-02-27", as(trump), as(kim), hanoi, chronik.ModalityNegated), false},
		{"OtherType", rep("b", "AGREE", "2019-02-27", as(trump), as(kim), hanoi, ""), false},
		{"OtherPartner", rep("b", "CONSULT", "2019-02-27", as(kim), as(xi), nil, ""), false},
		{"OneSide", rep("b", "CONSULT", "2019-02-27", as(kim), nil, nil, ""), true},
		{"Countries", rep("b", "CONSULT", "2019-02-27", as(prk), as(chronik.Actor{Ref: "Q30", Country: "USA"}), nil, ""), true},
		{"NearbyCity", rep("b", "CONSULT", "2019-02-27", as(kim), as(trump), hpong, ""), true},
		{"FarCity", rep("b", "CONSULT", "2019-02-27", as(kim), as(trump), hcmc, ""), false},
		{"OtherCountry", rep("b", "CONSULT", "2019-02-27", as(kim), as(trump), pek, ""), false},
		{"Undated", rep("b", "CONSULT", "XXXX-02", as(kim), as(trump), nil, ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Match(base, tt.b); got != tt.want {
				t.Errorf("Match(base, %s) = %v, want %v", tt.name, got, tt.want)
			}
			if got := Match(tt.b, base); got != tt.want {
				t.Errorf("Match(%s, base) = %v, want %v (not symmetric)", tt.name, got, tt.want)
			}
		})
	}
}

// TestMatchPastRef: a report the coder dated only as before its document
// ("since the Hanoi summit": PAST_REF from the document date) has no date
// to merge by, though its document's week holds the summit.
func TestMatchPastRef(t *testing.T) {
	base := rep("a", "CONSULT", "2019-02-27", as(trump), as(kim), hanoi, "")
	for _, tt := range []struct {
		value string
		want  bool
		level int
	}{
		{"2019-03-01", true, 1},
		{"PAST_REF", false, 3},
	} {
		b := rep("b", "CONSULT", "", as(kim), as(trump), hanoi, "")
		b.Event.Date = chronik.EventDate{Value: tt.value, From: "dct"}
		if got := Match(base, b); got != tt.want {
			t.Errorf("%s: Match = %v, want %v", tt.value, got, tt.want)
		}
		if got := b.Level(); got != tt.level {
			t.Errorf("%s: Level = %d, want %d", tt.value, got, tt.level)
		}
	}
}

func TestMatchDirected(t *testing.T) {
	base := rep("a", "SANCTION", "2017-09-11", as(unsc), as(prk), nil, "")
	tests := []struct {
		name string
		b    *Report
		want bool
	}{
		{"Same", rep("b", "SANCTION", "2017-09-11", as(unsc), as(kim), nil, ""), true},
		{"NoActor", rep("b", "SANCTION", "2017-09-11", nil, as(prk), nil, ""), true},
		{"Reversed", rep("b", "SANCTION", "2017-09-11", as(prk), as(unsc), nil, ""), false},
		{"NoDayTolerance", rep("b", "SANCTION", "2017-09-12", as(unsc), as(prk), nil, ""), false},
		{"OtherTarget", rep("b", "SANCTION", "2017-09-11", as(unsc), as(chn), nil, ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Match(base, tt.b); got != tt.want {
				t.Errorf("Match(base, %s) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for _, s := range []string{"Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "kim  jong un"} {
		if got := Fold(s); got != "kimjongun" {
			t.Errorf("Fold(%q) = %q, want kimjongun", s, got)
		}
	}
	if got := Fold("Straße Müller"); got != "strassemuller" {
		t.Errorf("Fold = %q", got)
	}
}
