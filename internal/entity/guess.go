package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
)

// guess reads a capitalised word the knowledge base does not know (atom k)
// by its shape and context: an acronym is an organisation ("ADAC"), a name
// before a legal form or after a club prefix is an organisation ("Bilfinger
// Berger AG", "FC Chelsea"), and a word next to a verb of saying is a person
// ("sagte Rummenigge", "Blatter erklärte"). It returns the atom after what
// it read, or k when it read nothing.
func (st *state) guess(k int) int {
	if end := st.clubName(k); end > k {
		return end
	}
	if end := st.legalForm(k); end > k {
		return end
	}
	if st.lang == "de" {
		if end := st.street(k); end > k {
			return end
		}
		if end := st.spa(k); end > k {
			return end
		}
	}
	a := &st.atoms[k]
	if a.j == a.i+1 && st.acronym(a.i) {
		// "Fraunhofer FIT", "Banco Santander": an acronym right after an
		// organisation's name is part of it
		if n := len(st.ments); n > 0 && a.i > 0 && st.words[a.i-1].gap == gazetteer.GapSpace {
			m := &st.ments[n-1]
			if m.typ == "ORG" && !m.nominal && m.end == int(st.words[a.i-1].end) {
				m.end = int(st.words[a.i].end)
				m.ref, m.entry, m.name = "chronik:org/"+slug(st.text[m.start:m.end]), -1, st.text[m.start:m.end]
				return k + 1
			}
		}
		// "ING Diba", "KfW IPEX": a name right after an acronym belongs to it
		end := k + 1
		for end < len(st.atoms) && end-k < 3 && st.adjacent(end-1, false) {
			nx := &st.atoms[end]
			if nx.j != nx.i+1 || !(nx.node == nil && st.acronym(nx.i) || legalForms[st.wordText(nx.i)]) {
				break
			}
			end++
		}
		st.addGuess(a.i, st.atoms[end-1].j, "ORG")
		return end
	}
	if st.lang == "de" && st.placeAfterPrep(a) {
		// "in San Remo", "in Bad Tölzing": up to two more such words
		end := k + 1
		for end < len(st.atoms) && end-k < 3 && st.adjacent(end-1, false) && st.nameLike(&st.atoms[end], true) && !st.germanNoun(st.wordText(st.atoms[end].i)) {
			end++
		}
		st.addGuess(a.i, st.atoms[end-1].j, "LOC")
		return end
	}
	if st.lang == "de" && st.genitiveName(a) {
		// "Brandlhubers Tor": a name in the genitive before a noun
		st.addGuess(a.i, a.j, "PER")
		return k + 1
	}
	if st.nameLike(a, true) && st.saidNear(a) && !st.sourceNoun(a) {
		st.addGuess(a.i, a.j, "PER")
		st.last[st.foldedKey(st.wordText(a.i))] = len(st.ments) - 1
		return k + 1
	}
	return k
}

func (st *state) addGuess(i, j int, typ string) {
	start, end := int(st.words[i].start), int(st.words[j-1].end)
	name := st.text[start:end]
	prefix := "chronik:per/"
	switch typ {
	case "ORG":
		prefix = "chronik:org/"
	case "LOC":
		prefix = "chronik:loc/"
	}
	st.ments = append(st.ments, mention{start: start, end: end, typ: typ, ref: prefix + slug(name), name: name, entry: -1})
}

// acronym reports whether word i is an unknown abbreviation in capitals
// (two to six letters, not a Roman numeral or a common non-name
// abbreviation).
func (st *state) acronym(i int) bool {
	w := st.wordText(i)
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	if strings.Trim(w, "IVXLCDM") == "" {
		return false
	}
	// a whole line in capitals is a headline, not a list of acronyms
	if i+1 < len(st.words) && st.words[i+1].upper && st.allCaps(i+1) && i > 0 && st.allCaps(i-1) {
		return false
	}
	return !notAcronyms[w]
}

func (st *state) allCaps(i int) bool {
	for _, r := range st.wordText(i) {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// notAcronyms are capitalised abbreviations that name no organisation.
var notAcronyms = map[string]bool{
	"TV": true, "PC": true, "CD": true, "DVD": true, "GPS": true, "SMS": true, "DNA": true, "DNS": true, "AIDS": true,
	"HIV": true, "WM": true, "EM": true, "OK": true, "KO": true, "USB": true, "PS": true, "KW": true, "MW": true,
	"GB": true, "MB": true, "KB": true, "TB": true, "LED": true, "LCD": true, "UKW": true, "PKW": true, "LKW": true,
	"ICE": true, "IC": true, "SUV": true, "CEO": true, "CFO": true, "MP": true, "PR": true, "IT": true, "AG": true,
	"GMBH": true, "NS": true, "SS": true, "DDR": true, "BRD": true, "ABC": true, "FAQ": true, "PDF": true, "HTML": true,
	"URL": true, "WLAN": true, "LTE": true, "UMTS": true, "RAM": true, "CPU": true, "GPU": true, "MRT": true,
	"CT": true, "EKG": true, "BMI": true, "NO": true, "CO": true, "ID": true, "VIP": true, "US": true, "UK": true,
	"A": true, "I": true, "OSTERN": true, "UHR": true, "II": true, "AM": true, "PM": true, "AN": true,
	"HD": true, "MP3": true, "SPORT": true, "FOTO": true, "VIDEO": true, "NEU": true,
	// currencies, stock indices, licences and substances
	"EUR": true, "USD": true, "CHF": true, "GBP": true, "JPY": true, "DAX": true, "MDAX": true, "SDAX": true,
	"GNU": true, "GPL": true, "FCKW": true, "CO2": true, "PVC": true, "THC": true, "LSD": true,
	// missile and weapon classes
	"ICBM": true, "ICBMS": true, "IRBM": true, "MRBM": true, "SRBM": true, "SLBM": true, "SLBMS": true, "THAAD": true,
	"SAM": true, "MIRV": true, "UAV": true, "UAVS": true,
}

// legalForms end a company name: "Bilfinger Berger AG".
var legalForms = map[string]bool{"AG": true, "GmbH": true, "SE": true, "KG": true, "KGaA": true, "Inc": true,
	"Ltd": true, "Corp": true, "Corporation": true, "plc": true, "SA": true, "NV": true, "Holding": true, "Holdings": true, "Group": true}

// legalForm reads up to three capitalised words before a legal form.
func (st *state) legalForm(k int) int {
	as := st.atoms
	start := k
	end := k
	for end < len(as) && end-start < 3 {
		a := &as[end]
		if a.j != a.i+1 || !st.words[a.i].upper || legalForms[st.wordText(a.i)] {
			break
		}
		// "der Versicherer KLV Holdings": a common noun before the name is no part of it
		if end == start && st.lang == "de" && st.germanNoun(st.wordText(a.i)) && !(a.node != nil && st.hasName(a)) {
			start++
			end = start
			continue
		}
		if end > start && (as[end-1].j != a.i || st.words[a.i-1].gap != gazetteer.GapSpace && st.words[a.i-1].gap != gazetteer.GapHyphen) {
			break
		}
		end++
		last := as[end-1].j - 1
		if last+1 < len(st.words) && st.words[last].gap == gazetteer.GapSpace && legalForms[st.wordText(last+1)] {
			j := last + 2
			if end < len(as) && as[end].i == last+1 {
				end++
			}
			st.addGuess(as[start].i, j, "ORG")
			return end
		}
	}
	return k
}

// clubPrefixes start the name of a sports club: "FC Chelsea", "1. FC Köln".
var clubPrefixes = map[string]bool{"FC": true, "SC": true, "SV": true, "TSV": true, "VfB": true, "VfL": true, "FSV": true,
	"TSG": true, "SpVgg": true, "SG": true, "TuS": true, "AS": true, "AC": true, "SSC": true, "Borussia": true,
	"Eintracht": true, "Fortuna": true, "Hertha": true, "Werder": true, "Alemannia": true, "Arminia": true, "Dynamo": true,
	"Lokomotive": true, "Real": true, "Atlético": true, "Olympique": true, "Sporting": true, "Rapid": true}

// clubName reads a club prefix and the capitalised word after it.
func (st *state) clubName(k int) int {
	as := st.atoms
	a := &as[k]
	if a.j != a.i+1 || !clubPrefixes[st.wordText(a.i)] || k+1 >= len(as) || !st.adjacent(k, false) && !st.adjacent(k, true) {
		return k
	}
	nx := &as[k+1]
	if !st.words[nx.i].upper || nx.node != nil && (nx.has(gazetteer.AliasNoun) || nx.has(gazetteer.AliasRole)) {
		return k
	}
	i := a.i
	// "1. FC Köln": the number belongs to the name
	if i > 0 && st.words[i-1].digit && st.words[i-1].gap == gazetteer.GapDot && st.words[i-1].end-st.words[i-1].start == 1 {
		i--
	}
	st.addGuess(i, nx.j, "ORG")
	return k + 2
}

// saidNear reports whether a verb of saying stands right before or after
// the atom ("sagte Blatter", "Blatter erklärte", "so Blatter"), and the word
// before is no article or adjective (which would make it a noun).
func (st *state) saidNear(a *atom) bool {
	if a.i > 0 && st.words[a.i-1].gap == gazetteer.GapSpace && sayVerbs[st.wordText(a.i-1)] && !st.zusagen(a.i-1) {
		return true
	}
	if a.j < len(st.words) && st.words[a.j-1].gap == gazetteer.GapSpace && sayVerbs[st.wordText(a.j)] && !st.zusagen(a.j) {
		if a.i > 0 && st.words[a.i-1].gap == gazetteer.GapSpace {
			w := st.wordText(a.i - 1)
			if determiners[strings.ToLower(w)] {
				return false
			}
			if !st.words[a.i-1].upper && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")) {
				return false
			}
		}
		return true
	}
	return false
}

// zusagen reports whether the German "sagte"/"sagt" at word v is the
// separable verb zusagen, whose particle "zu" closes the clause ("Trump
// sagte Sicherheitsgarantien zu", "Darin sagt Nordkorea zu, …"): then the
// words around it are no speaker.
func (st *state) zusagen(v int) bool {
	if st.lang != "de" || !strings.HasPrefix(st.wordText(v), "sagt") {
		return false
	}
	for k := v + 1; k < len(st.words) && k <= v+12; k++ {
		if st.words[k].sent {
			return false
		}
		last := k+1 == len(st.words) || st.words[k].gap != gazetteer.GapSpace
		if last && st.wordText(k) == "zu" {
			return true
		}
		if st.words[k].gap != gazetteer.GapSpace && st.words[k].gap != gazetteer.GapHyphen {
			return false
		}
	}
	return false
}

// sourceNouns are the plural nouns that news uses for unnamed speakers
// ("Analysts said", "Experten sagten"): no names, even before a verb of
// saying at the start of a sentence.
var sourceNouns = map[string]bool{"Analysts": true, "Experts": true, "Officials": true, "Diplomats": true,
	"Observers": true, "Critics": true, "Sources": true, "Witnesses": true, "Residents": true, "Lawmakers": true,
	"Researchers": true, "Scientists": true, "Economists": true, "Activists": true, "Investigators": true,
	"Authorities": true, "Prosecutors": true, "Police": true, "Protesters": true, "Officers": true, "Aides": true,
	"Analysten": true, "Experten": true, "Beobachter": true, "Kritiker": true, "Diplomaten": true, "Fachleute": true,
	"Beamte": true, "Ermittler": true, "Augenzeugen": true, "Anwohner": true, "Forscher": true, "Ökonomen": true}

// sourceNoun reports whether an atom is one of the sourceNouns.
func (st *state) sourceNoun(a *atom) bool {
	return a.j == a.i+1 && sourceNouns[st.wordText(a.i)]
}

var sayVerbs = map[string]bool{"sagte": true, "sagt": true, "erklärte": true, "erklärt": true, "betonte": true,
	"betont": true, "meinte": true, "meint": true, "so": true, "said": true, "says": true, "told": true}

var determiners = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true, "kein": true, "keine": true,
	"the": true, "a": true, "an": true}

// placeAfterPrep reports whether an unknown capitalised word follows "in",
// "nach" or "aus" and looks like no noun ("in Herzogenaurach"): it is a
// place.
func (st *state) placeAfterPrep(a *atom) bool {
	if a.i == 0 || st.words[a.i-1].gap != gazetteer.GapSpace || a.j != a.i+1 {
		return false
	}
	switch st.wordText(a.i - 1) {
	case "in", "nach", "aus":
	default:
		return false
	}
	w := st.wordText(a.i)
	if prepNouns[w] {
		return false
	}
	if st.words[a.i].upper && !st.words[a.i].digit && (a.node == nil || !a.has(gazetteer.AliasNoun)) && placeShaped(w) {
		return true
	}
	return st.nameLike(a, true) && !st.germanNoun(w)
}

// prepNouns are common nouns of fixed phrases after "in", "nach" and
// "aus" ("in Kürze", "in Höhe von", "nach Angaben", "aus Sicht"), no
// places.
var prepNouns = map[string]bool{"Kürze": true, "Nähe": true, "Höhe": true, "Folge": true, "Frage": true,
	"Zukunft": true, "Ruhe": true, "Eile": true, "Gefahr": true, "Haft": true, "Kraft": true, "Betrieb": true,
	"Sicht": true, "Aussicht": true, "Anspruch": true, "Angaben": true, "Ansicht": true, "Absprache": true}

// placeEndings end German place names (Sindelfingen, Oberkirchhausen,
// Neustadt, Ebersberg).
var placeEndings = []string{"ingen", "hausen", "heim", "dorf", "burg", "berg", "bach", "feld", "felde", "stadt", "stedt",
	"hofen", "kirchen", "rode", "leben", "brück", "brücken", "furt", "hagen", "born", "beck", "büttel", "ow", "itz", "au"}

// placeShaped reports whether a capitalised word ends like a German place name.
func placeShaped(w string) bool {
	for _, e := range placeEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// germanNoun reports whether w is a known German noun, an inflected form
// of one (Gaststätten, Einzelfällen) or a compound whose last part is one
// (Einsatzgebiet, Branchenangaben).
func (st *state) germanNoun(w string) bool {
	st.fold = gazetteer.Fold(st.fold[:0], w)
	s := string(st.fold)
	if st.nounForm(s) {
		return true
	}
	// compound: a head of at least four letters after a part of at least three
	for p := 3; p+4 <= len(s); p++ {
		if !utf8.RuneStart(s[p]) {
			continue
		}
		if st.nounForm(s[p:]) && !nameHeads[s[p:]] {
			return true
		}
	}
	return false
}

// nameHeads end surnames and place names as often as compounds
// (Oberndorfer, Wendelstein, Kranzberger), so they make no noun.
var nameHeads = map[string]bool{"dorf": true, "dorfer": true, "stein": true, "steiner": true, "berg": true, "berger": true,
	"burg": true, "burger": true, "bach": true, "bacher": true, "feld": true, "felder": true, "haus": true, "hausen": true,
	"hauser": true, "heim": true, "heimer": true, "mann": true, "wald": true, "walder": true, "hof": true, "hofer": true,
	"brunn": true, "brunner": true, "see": true, "tal": true, "thal": true, "bauer": true, "meier": true, "müller": true,
	"schmidt": true, "huber": true, "mayer": true, "gruber": true, "kirch": true, "kirchen": true,
	"bruck": true, "brück": true, "brücke": true, "rode": true, "born": true, "hagen": true, "furt": true, "stadt": true,
	"städter": true, "ecker": true, "egger": true, "moser": true, "wiese": true, "wieser": true}

// nounEndings are German plural and case endings, longest first.
var nounEndings = []string{"ern", "ens", "en", "er", "es", "n", "e", "s"}

// nounForm reports whether the folded word s, or s without a plural or
// case ending, is a known German noun.
func (st *state) nounForm(s string) bool {
	if st.isNoun(s) {
		return true
	}
	for _, e := range nounEndings {
		if len(s) > len(e)+3 && strings.HasSuffix(s, e) && st.isNoun(s[:len(s)-len(e)]) {
			return true
		}
	}
	return false
}

func (st *state) isNoun(folded string) bool {
	n := st.kb.Root().Next(folded)
	if n == nil {
		return false
	}
	for _, al := range n.Aliases() {
		if al.Kind == gazetteer.AliasNoun && (al.Lang == "" || al.Lang == "de") {
			return true
		}
	}
	return false
}

// streetEndings end the one-word names of streets and squares (Lindenstraße,
// Lindenallee).
var streetEndings = []string{"straße", "strasse", "allee", "gasse", "chaussee", "damm"}

// streetPrefixes make a generic noun, not a name: Bundesstraße, Seitengasse.
var streetPrefixes = map[string]bool{"bundes": true, "land": true, "seiten": true, "neben": true, "einbahn": true,
	"durchgangs": true, "umgehungs": true, "schnell": true, "fern": true, "kreis": true, "staats": true, "orts": true,
	"fußgänger": true, "einkaufs": true, "haupt": true, "zufahrts": true, "wohn": true, "anlieger": true, "ausfall": true,
	"damm": true, "deich": true, "bahn": true, "sack": true, "quer": true, "park": true, "bau": true}

// placeHeads follow a place adjective in -er to name a place: Bamberger
// Straße, Starnberger See, Frankfurter Hauptbahnhof.
var placeHeads = map[string]bool{"Straße": true, "Strasse": true, "Allee": true, "Platz": true, "Weg": true, "Ring": true,
	"Damm": true, "Ufer": true, "Brücke": true, "Tor": true, "See": true, "Bahnhof": true, "Hauptbahnhof": true,
	"Flughafen": true, "Hafen": true, "Chaussee": true, "Landstraße": true, "Kreuz": true, "Bucht": true, "Forst": true}

// orgHeads follow a place adjective in -er to name an organisation:
// Hamburger Mieterverein, Kieler Nachrichten, Freiburger Landgericht.
var orgHeads = map[string]bool{"Zeitung": true, "Rundschau": true, "Nachrichten": true, "Allgemeine": true, "Kurier": true,
	"Anzeiger": true, "Morgenpost": true, "Tagblatt": true, "Abendblatt": true, "Presse": true, "Volkszeitung": true,
	"Stadtwerke": true, "Verkehrsbetriebe": true, "Volksbank": true, "Sparkasse": true, "Mieterverein": true,
	"Philharmoniker": true, "Symphoniker": true, "Staatsoper": true, "Staatstheater": true, "Schauspielhaus": true,
	"Landgericht": true, "Amtsgericht": true, "Oberlandesgericht": true, "Verwaltungsgericht": true, "Staatsanwaltschaft": true,
	"Universität": true, "Hochschule": true, "Uniklinik": true, "Universitätsklinikum": true, "Verkehrsverbund": true,
	"Tafel": true, "Kunsthalle": true, "Stadtrat": true, "Landtag": true}

// street reads the name of a street or a place named after a town: one
// word ending in -straße whose first part is no common noun
// ("Lindenstraße"), or a place adjective in -er before a place noun
// ("Bamberger Straße").
func (st *state) street(k int) int {
	a := &st.atoms[k]
	if a.j != a.i+1 || !st.words[a.i].upper {
		return k
	}
	w := st.wordText(a.i)
	if strings.HasSuffix(w, "er") && len(w) > 4 && k+1 < len(st.atoms) && st.adjacent(k, false) {
		nx := &st.atoms[k+1]
		if nx.j == nx.i+1 && !st.nounForm(string(gazetteer.Fold(st.fold[:0], w))) {
			if h := st.wordText(nx.i); placeHeads[h] {
				st.addGuess(a.i, nx.j, "LOC")
				return k + 2
			} else if orgHeads[h] {
				// "Hamburger Mieterverein", "Kieler Stadtwerke"
				st.addGuess(a.i, nx.j, "ORG")
				return k + 2
			}
		}
	}
	st.fold = gazetteer.Fold(st.fold[:0], w)
	l := string(st.fold)
	for _, e := range streetEndings {
		if len(l) < len(e)+3 || !strings.HasSuffix(l, e) {
			continue
		}
		pre := strings.TrimRight(l[:len(l)-len(e)], "-")
		if streetPrefixes[pre] || st.nounForm(pre) {
			return k
		}
		st.addGuess(a.i, a.j, "LOC")
		return k + 1
	}
	return k
}

// instHeads end hyphenated names of institutions (Otto-Hahn-Gymnasium) and
// start institutions named after their town (Universität Tübingen).
var instHeads = map[string]bool{"Gymnasium": true, "Schule": true, "Realschule": true, "Grundschule": true, "Hauptschule": true,
	"Gesamtschule": true, "Berufsschule": true, "Universität": true, "Hochschule": true, "Fachhochschule": true, "Klinik": true,
	"Klinikum": true, "Krankenhaus": true, "Stiftung": true, "Institut": true, "Museum": true, "Gesellschaft": true,
	"Verlag": true, "Theater": true, "Orchester": true, "Akademie": true, "Sparkasse": true, "Volksbank": true,
	"Stadtwerke": true, "Kraftwerk": true, "Landgericht": true, "Amtsgericht": true, "Oberlandesgericht": true,
	"Verwaltungsgericht": true, "Staatsanwaltschaft": true, "Polizeidirektion": true, "Polizeipräsidium": true,
	"Bistum": true, "Erzbistum": true, "Handwerkskammer": true, "Bibliothek": true, "Kunsthalle": true}

// hyphenPlaceHeads end hyphenated names of places (Konrad-Adenauer-Straße, Otto-Lilienthal-Platz).
var hyphenPlaceHeads = map[string]bool{"Straße": true, "Strasse": true, "Platz": true, "Allee": true, "Ring": true, "Weg": true,
	"Brücke": true, "Arena": true, "Stadion": true, "Halle": true, "Park": true, "Kaserne": true, "Flughafen": true, "Kirche": true}

// institution reads a hyphenated name ending in an institution or place
// noun ("Otto-Hahn-Gymnasium", "Konrad-Adenauer-Straße") or an institution
// noun before its town ("Universität Tübingen"). It returns the atom after
// what it read, or k.
func (st *state) institution(k int) int {
	if st.lang != "de" {
		return k
	}
	a := &st.atoms[k]
	i := a.i
	if i > 0 && st.words[i-1].gap == gazetteer.GapHyphen {
		return k
	}
	if st.words[i].gap == gazetteer.GapHyphen {
		last := i
		for last+1 < len(st.words) && st.words[last].gap == gazetteer.GapHyphen && st.words[last+1].upper {
			last++
		}
		if last == i {
			return k
		}
		typ := ""
		h := st.wordText(last)
		if len(h) > 4 && h[len(h)-1] == 's' && !instHeads[h] && !hyphenPlaceHeads[h] {
			h = h[:len(h)-1] // genitive: des Otto-Hahn-Gymnasiums
		}
		if instHeads[h] {
			typ = "ORG"
		} else if hyphenPlaceHeads[h] {
			typ = "LOC"
		}
		if typ == "" || st.germanNoun(st.wordText(i)) && !st.hasName(a) {
			return k
		}
		st.addGuess(i, last+1, typ)
		end := k + 1
		for end < len(st.atoms) && st.atoms[end].i <= last {
			end++
		}
		return end
	}
	if a.j == a.i+1 && instHeads[st.wordText(i)] && k+1 < len(st.atoms) && st.adjacent(k, false) {
		nx := &st.atoms[k+1]
		if nx.j == nx.i+1 && (st.cityEntry(nx) >= 0 || nx.node == nil && st.words[nx.i].upper && placeShaped(st.wordText(nx.i)) ||
			nx.node == nil && st.nameLike(nx, true) && !st.germanNoun(st.wordText(nx.i))) {
			st.addGuess(i, nx.j, "ORG")
			return k + 2
		}
	}
	return k
}

// spa reads a town named "Bad …" or "Sankt …" ("Bad Wildungen", "Sankt
// Ingbert"), unless an article makes "Bad" a noun ("das Bad").
func (st *state) spa(k int) int {
	a := &st.atoms[k]
	if a.j != a.i+1 || k+1 >= len(st.atoms) || !st.adjacent(k, false) {
		return k
	}
	if w := st.wordText(a.i); w != "Bad" && w != "Sankt" {
		return k
	}
	if a.i > 0 && determiners[strings.ToLower(st.wordText(a.i-1))] {
		return k
	}
	nx := &st.atoms[k+1]
	if nx.j != nx.i+1 || nx.node != nil && (nx.has(gazetteer.AliasNoun) || nx.has(gazetteer.AliasRole)) {
		return k
	}
	if w := st.wordText(nx.i); !placeShaped(w) && (!st.nameLike(nx, true) || st.germanNoun(w)) {
		return k
	}
	st.addGuess(a.i, nx.j, "LOC")
	return k + 2
}

// titleCompound reports whether a capitalised German word the knowledge
// base does not know ends in a title of five letters or more
// ("Bundestrainer", "Konzernsprecher", "Vereinspräsident").
func (st *state) titleCompound(a *atom) bool {
	if st.lang != "de" || a.j != a.i+1 || !st.words[a.i].upper {
		return false
	}
	st.fold = gazetteer.Fold(st.fold[:0], st.wordText(a.i))
	w := st.fold
	for p := 3; p+5 <= len(w); p++ {
		if !utf8.RuneStart(w[p]) {
			continue
		}
		if n := st.kb.Root().NextBytes(w[p:]); n != nil {
			for _, al := range n.Aliases() {
				if al.Kind == gazetteer.AliasTitle && (al.Lang == "" || al.Lang == "de") {
					return true
				}
			}
		}
	}
	return false
}

// genitiveName reports whether an unknown capitalised word inside a sentence
// is a name in the genitive before a common noun ("Brandlhubers Tor",
// "Oberndorfers Nachfolger"): it ends in -s, neither it nor its stem is a
// noun, no article or adjective stands before it, and a known noun follows.
func (st *state) genitiveName(a *atom) bool {
	if a.j != a.i+1 || a.j >= len(st.words) || st.words[a.i].sent || st.words[a.i].gap != gazetteer.GapSpace || !st.words[a.j].upper {
		return false
	}
	w := st.wordText(a.i)
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if !st.nameLike(a, false) || st.germanNoun(w) || st.germanNoun(w[:len(w)-1]) {
		return false
	}
	if a.i > 0 {
		p := strings.ToLower(st.wordText(a.i - 1))
		if determiners[p] || !st.words[a.i-1].upper && (strings.HasSuffix(p, "e") || strings.HasSuffix(p, "en") || strings.HasSuffix(p, "er") || strings.HasSuffix(p, "es")) {
			return false
		}
	}
	return st.germanNoun(st.wordText(a.j))
}
