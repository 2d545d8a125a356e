package gazetteer

import "strings"

// germanAdjectiveForms inflects a German adjective stem: russisch →
// russisch, russische, russischen, russischer, russisches, russischem.
func germanAdjectiveForms(stem string) []string {
	return []string{stem, stem + "e", stem + "en", stem + "er", stem + "es", stem + "em"}
}

// germanNounForms inflects a German person noun in case, number and gender:
// Außenminister → -s, -n, -in, -innen; Präsident → -en, -in, -innen;
// Russe → Russen, Russin, Russinnen. Forms that do not exist do no harm:
// they never occur in text.
func germanNounForms(w string) []string {
	if strings.HasSuffix(w, "in") && !strings.HasSuffix(w, "ain") {
		// already feminine: Kanzlerin → Kanzlerinnen
		return []string{w, w + "nen"}
	}
	out := []string{w, w + "s", w + "n", w + "en", w + "in", w + "innen"}
	if strings.HasSuffix(w, "e") {
		s := strings.TrimSuffix(w, "e")
		out = append(out, s+"in", s+"innen")
	}
	return out
}

// englishNounForms adds the plural: minister → ministers.
func englishNounForms(w string) []string {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese") {
		return []string{w}
	}
	if strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") {
		return []string{w, strings.TrimSuffix(w, "y") + "ies"}
	}
	return []string{w, w + "s"}
}

// englishDemonyms derives the plural noun of an English adjective of
// nationality: Russian → Russians; Chinese, British and French stay.
func englishDemonyms(adj string) []string {
	if strings.HasSuffix(adj, "ese") || strings.HasSuffix(adj, "sh") || strings.HasSuffix(adj, "ch") || strings.HasSuffix(adj, "ss") {
		return nil
	}
	return []string{adj + "s"}
}

// germanNameForms returns the case forms of a German organisation's name
// whose first word is an adjective: Deutsche Presse-Agentur → Deutschen
// Presse-Agentur; Süddeutsche Zeitung → Süddeutschen Zeitung; Internationaler
// Gerichtshof → Internationalen, Internationales Gerichtshof. Place
// adjectives in -er do not inflect (Berliner Zeitung) and give nothing.
func germanNameForms(name string) []string {
	sp := strings.IndexByte(name, ' ')
	if sp <= 0 {
		return nil
	}
	first, rest := name[:sp], name[sp:]
	if first == "" || first[0] < 'A' || first[0] > 'Z' && first[0] < 0x80 {
		return nil
	}
	var stem string
	switch {
	case strings.HasSuffix(first, "e"):
		stem = first[:len(first)-1]
	case strings.HasSuffix(first, "er") || strings.HasSuffix(first, "es"):
		stem = first[:len(first)-2]
	default:
		return nil
	}
	if !adjectiveStem(stem) {
		return nil
	}
	var out []string
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if f := stem + e; f != first {
			out = append(out, f+rest)
		}
	}
	return out
}

// adjectiveStem reports whether a capitalised stem ends like a German
// adjective (deutsch, europäisch, international, evangelisch, frei, neu).
func adjectiveStem(s string) bool {
	for _, e := range []string{"isch", "sch", "al", "ig", "lich", "ell", "iv", "är", "frei", "neu", "alt", "groß", "klein", "ober", "nieder", "vereinigt"} {
		if strings.HasSuffix(strings.ToLower(s), e) {
			return true
		}
	}
	return false
}
