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
