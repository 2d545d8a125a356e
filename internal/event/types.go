package event

import (
	"slices"

	"github.com/chronik-dev/chronik"
)

var eventTypes = chronik.EventTypes

// Modes lists the modes of each PLOVER event type, as the PLOVER manual
// (draft 2.0) defines them. Types without modes are absent.
var Modes = map[string][]string{
	"CONSULT":  {"visit", "third-party", "multilateral", "phone"},
	"RETREAT":  {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
	"REQUEST":  {"assist", "change", "yield", "meet"},
	"ACCUSE":   {"disapprove", "investigate", "allege"},
	"REJECT":   {"assist", "change", "yield", "meet"},
	"THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
	"PROTEST":  {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
	"SANCTION": {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE": {"troops", "weapons", "police", "militia"},
	"COERCE":   {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
	"ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
		"explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}

func validMode(typ, mode string) bool { return slices.Contains(Modes[typ], mode) }

// cooperative types whose future form PLOVER codes as AGREE.
var futureToAgree = map[string]bool{"CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true}
