package gazetteer

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// coveredCountries are the countries whose heads of state and government,
// foreign and defence ministers the knowledge base lists for every day since
// 2000: the G20 members (the permanent members of the UN Security Council
// are among them) and thirty further countries often in the news.
var coveredCountries = []string{
	// G20
	"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND",
	"ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF",
	// thirty further
	"AFG", "AUT", "BEL", "BLR", "CHE", "CUB", "CZE", "DNK", "EGY", "ESP",
	"GRC", "HUN", "IRN", "IRQ", "ISR", "MMR", "NLD", "NOR", "PAK", "PHL",
	"POL", "PRK", "QAT", "SRB", "SWE", "SYR", "THA", "UKR", "VEN", "VNM",
}

// coveredRoles are the offices checked for every covered country.
var coveredRoles = []string{"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}

// coveredInternational are the offices of international organisations
// checked from 2000 (or from when the office was created).
var coveredInternational = []struct{ key, from string }{
	{"secretary_general:UNO", "2000-01-01"},
	{"secretary_general:NATO", "2000-01-01"},
	{"commission_president:EUR", "2000-01-01"},
	{"council_president:EUR", "2009-12-01"}, // a standing office since the Lisbon Treaty
	{"high_representative:EUR", "2000-01-01"},
	{"parliament_president:EUR", "2000-01-01"},
	{"ecb_president:EUR", "2000-01-01"},
}

// officeGaps are periods in which a covered office had no holder the
// knowledge base could name, each with its reason. A gap in the table must
// still be a gap: if the data come to cover it, the entry goes.
var officeGaps = []struct {
	key, from, to, reason string
}{
	{"head_of_government:CHE", "2000-01-01", "", "no such office: the Federal Council governs as a body; its president is head_of_state:CHE"},
	{"defence_minister:CHN", "2023-10-24", "2023-12-29", "vacant between Li Shangfu's removal and Dong Jun's appointment"},
	{"defence_minister:PRK", "2015-04-01", "2015-07-01", "unknown: Hyon Yong Chol was purged about the end of April; Pak Yong Sik is first reported as minister in the summer"},
	{"defence_minister:BLR", "2001-03-28", "2001-09-01", "unknown: Chumakov left in March 2001, Maltsev is first recorded as minister that September; who led the ministry in between was not found"},
	{"head_of_government:SYR", "2025-03-29", "", "abolished: the transitional government formed that day has no prime minister; the president heads it"},
	{"head_of_government:AFG", "2001-11-13", "2014-09-29", "no prime minister: the president headed the government (Interim/Transitional Administration, Islamic Republic)"},
	{"head_of_government:AFG", "2020-03-09", "2021-09-07", "Chief Executive post lapsed with Ghani's second term (2020-03-09); Taliban takeover 2021-08-15, interim cabinet named 2021-09-07"},
	{"foreign_minister:AFG", "2021-08-15", "2021-09-07", "Taliban takeover; interim cabinet named 2021-09-07"},
	{"defence_minister:AFG", "2021-08-15", "2021-08-24", "Taliban takeover; Zakir named acting defence minister 2021-08-24"},
	{"head_of_state:IRQ", "2003-04-09", "2003-07-13", "US occupation: Coalition Provisional Authority (Jay Garner, then Paul Bremer); Governing Council formed 2003-07-13"},
	{"head_of_government:IRQ", "2003-04-09", "2004-06-28", "Coalition Provisional Authority (administrator Paul Bremer); no Iraqi government until the interim government took power 2004-06-28"},
	{"foreign_minister:IRQ", "2003-04-09", "2003-09-03", "no Iraqi government (CPA) until the Governing Council cabinet was named 2003-09-03"},
	{"defence_minister:IRQ", "2003-04-09", "2004-04-01", "ministry dissolved by the CPA; re-established 2004"},
	{"defence_minister:IRQ", "2016-08-25", "2017-01-30", "post vacant after parliament sacked Khaled al-Obeidi (Aug 2016) until al-Hiyali was approved 2017-01-30"},
	{"foreign_minister:THA", "2014-05-22", "2014-08-30", "military junta (NCPO) after the 2014-05-22 coup; no foreign minister until the Prayut cabinet"},
	{"defence_minister:THA", "2014-05-07", "2014-08-30", "Yingluck (PM and defence minister) removed by the court 2014-05-07; no defence minister in the remaining caretaker cabinet (unverified), then NCPO junta rule from 2014-05-22 until the Prayut cabinet (Prawit) 2014-08-30"},
	{"foreign_minister:THA", "2006-09-19", "2006-10-09", "coup of 2006-09-19; Surayud cabinet named 2006-10-09"},
	{"defence_minister:THA", "2006-09-19", "2006-10-09", "coup of 2006-09-19; Surayud cabinet named 2006-10-09"},
	{"head_of_government:MMR", "2011-03-30", "2016-04-06", "office of prime minister abolished by the 2008 constitution; the president headed the government until the State Counsellor post was created 2016-04-06"},
	{"foreign_minister:SRB", "2000-01-01", "2004-03-03", "no Serbian foreign minister: foreign affairs were federal (FR Yugoslavia, then Serbia and Montenegro: codes YUG, SCG)"},
	{"defence_minister:SRB", "2000-01-01", "2006-06-04", "no Serbian defence minister: defence was federal (FR Yugoslavia, then Serbia and Montenegro: codes YUG, SCG) until Montenegro's independence"},
	{"defence_minister:AFG", "2015-01-01", "2015-05-21", "post vacant after Bismillah Khan Mohammadi left: the only unfilled cabinet post until Ghani named Stanekzai"},
}

// officeTerm is one holder's term of an office; an open end is far ahead.
type officeTerm struct {
	who      string
	from, to time.Time
}

// officeTerms returns the terms of every office of the knowledge base by
// role key; a monarch's terms count as head of state of the country.
func officeTerms(kb *KB) map[string][]officeTerm {
	terms := make(map[string][]officeTerm)
	for _, e := range kb.Entries {
		for _, r := range e.Roles {
			to := r.To
			if to.IsZero() {
				to = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			key := strings.Replace(r.Key, "monarch:", "head_of_state:", 1)
			terms[key] = append(terms[key], officeTerm{e.Name, r.From, to})
		}
	}
	return terms
}

// coverageSlack is the longest stretch between two holders that counts as a
// handover rather than a gap: caretaker days between a resignation and the
// successor's swearing-in are not always recorded as an acting term.
const coverageSlack = 45 * 24 * time.Hour

// TestOfficeCoverage checks that every covered office has a holder on every
// day from 2000 to the date the data were last brought up to date, apart
// from the gaps listed in officeGaps.
func TestOfficeCoverage(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	terms := officeTerms(kb)
	day := func(s string) time.Time {
		if s == "" {
			return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, g := range officeGaps {
		terms[g.key] = append(terms[g.key], officeTerm{"gap: " + g.reason, day(g.from), day(g.to)})
	}
	type office struct {
		key   string
		start time.Time
	}
	var offices []office
	for _, cc := range coveredCountries {
		for _, role := range coveredRoles {
			offices = append(offices, office{role + ":" + cc, day("2000-01-01")})
		}
	}
	for _, o := range coveredInternational {
		offices = append(offices, office{o.key, day(o.from)})
	}
	end := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, o := range offices {
		ts := terms[o.key]
		sort.Slice(ts, func(i, j int) bool { return ts[i].from.Before(ts[j].from) })
		var gaps []string
		covered := o.start
		for _, tm := range ts {
			if tm.from.Sub(covered) > coverageSlack {
				gaps = append(gaps, covered.Format(time.DateOnly)+"…"+tm.from.Format(time.DateOnly))
			}
			if tm.to.After(covered) {
				covered = tm.to
			}
		}
		if covered.Before(end) {
			gaps = append(gaps, covered.Format(time.DateOnly)+"…")
		}
		if len(gaps) > 0 {
			t.Errorf("%s has no holder %s", o.key, strings.Join(gaps, ", "))
		}
	}
	for _, g := range officeGaps {
		for _, tm := range terms[g.key] {
			if tm.from.Before(day(g.to)) && tm.to.After(day(g.from)) && !strings.HasPrefix(tm.who, "gap: ") {
				t.Errorf("%s %s…%s is listed as a gap (%s) but %s held it", g.key, g.from, g.to, g.reason, tm.who)
			}
		}
	}
}

// sharedOffices are terms in which several people held one office together.
var sharedOffices = []struct{ key, from string }{
	{"head_of_state:AUT", "2016-07-08"}, // the three presidents of the National Council, acting jointly
}

// overlapSlack is the longest overlap of two holders' terms that counts as a
// handover recorded to slightly different days by different sources.
const overlapSlack = 20 * 24 * time.Hour

// TestOfficeTermsDoNotOverlap checks that no covered office has two holders
// at once, which would make a role expression ambiguous on those days,
// except where sharedOffices says the office was shared.
func TestOfficeTermsDoNotOverlap(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	shared := make(map[string]bool)
	for _, s := range sharedOffices {
		shared[s.key+"@"+s.from] = true
	}
	keys := make(map[string]bool)
	for _, role := range coveredRoles {
		for _, cc := range coveredCountries {
			keys[role+":"+cc] = true
		}
	}
	for _, o := range coveredInternational {
		keys[o.key] = true
	}
	since := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for key, ts := range officeTerms(kb) {
		if !keys[key] {
			continue
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].from.Before(ts[j].from) })
		for i := range ts {
			for j := i + 1; j < len(ts) && ts[j].from.Before(ts[i].to); j++ {
				a, b := ts[i], ts[j]
				end := a.to
				if b.to.Before(end) {
					end = b.to
				}
				if end.Before(since) || shared[key+"@"+b.from.Format(time.DateOnly)] {
					continue
				}
				if a.who == b.who || end.Sub(b.from) > overlapSlack {
					t.Errorf("%s: %s (%s…) and %s (%s…) overlap until %s", key, a.who, a.from.Format(time.DateOnly),
						b.who, b.from.Format(time.DateOnly), end.Format(time.DateOnly))
				}
			}
		}
	}
}
