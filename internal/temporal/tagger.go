package temporal

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronik-dev/chronik"
)

// Tagger finds time expressions and normalizes them against the document
// creation time. Its exported fields are options; set them before the
// first call. A Tagger is safe for concurrent use.
type Tagger struct {
	// Narrative anchors relative expressions on the last date mentioned
	// in the text instead of the DCT, as history and encyclopedia texts
	// need. Without a DCT the tagger anchors on the last mentioned date
	// only when Narrative is set; otherwise unknown parts stay X.
	Narrative bool
	// DefaultLang is used when a document has no language. Empty means
	// guess from a few frequent function words (see GuessLang).
	DefaultLang string

	pool  sync.Pool
	trace func(*pattern) // tests: called for every pattern that produced output
}

// NewTagger returns a tagger for news text.
func NewTagger() *Tagger { return &Tagger{} }

// state is the reusable scratch space of one tagging run.
type state struct {
	toks  []token
	m     matcher
	fr    [2]frame
	sents []chronik.Span
	// nameEnd is the token after a match emit took for part of a name
	// ("Stadion Erster Mai"), which the scan then skips whole.
	nameEnd int
	// idiom: the best match was a "none" pattern, which hides the
	// shorter matches at its start.
	idiom bool
	// dayless: indices in out of clock times that name no day ("4 in
	// the morning"), which a conversion in parentheses may date.
	dayless []int
	out     []chronik.Timex
}

// Annotate tags doc.NormText() in doc.Lang and replaces doc.Timexes.
// Spans are mapped back to doc.Text with doc.BodySpan. When doc.Lang is
// empty the language is taken from DefaultLang or guessed; languages
// without rules are left alone.
func (t *Tagger) Annotate(ctx context.Context, doc *chronik.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	lang := doc.Lang
	if lang == "" {
		lang = t.DefaultLang
	}
	if lang == "" {
		lang = GuessLang(doc.NormText())
	}
	text := doc.NormText()
	// Sentence spans index Text, not Norm: with an offset map the tagger
	// splits sentences itself.
	useSents := len(doc.Sentences) > 0 && doc.NormOffsets == nil
	tx, err := t.tag(lang, text, doc.DCT, doc.Sentences, useSents, doc.Timexes[:0])
	if err != nil {
		return err
	}
	for i := range tx {
		x := &tx[i]
		x.Span = doc.BodySpan(x.Span)
		x.Text = doc.Slice(x.Span)
	}
	doc.Timexes = tx
	return nil
}

// TagText tags text in lang ("de" or "en") against dct with a news tagger
// and returns the expressions with spans into text.
func TagText(lang, text string, dct chronik.DCT) []chronik.Timex {
	tx, _ := NewTagger().tag(lang, text, dct, nil, false, nil)
	return tx
}

// Tag is like [TagText] with the tagger's options.
func (t *Tagger) Tag(lang, text string, dct chronik.DCT) []chronik.Timex {
	tx, _ := t.tag(lang, text, dct, nil, false, nil)
	return tx
}

// GuessLang tells German from English by counting a few function words
// in the first 2000 bytes; it returns "de" when in doubt.
func GuessLang(text string) string {
	if len(text) > 2000 {
		text = text[:2000]
	}
	de, en := 0, 0
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		switch strings.Trim(w, ".,;:!?\"'()") {
		case "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "ein", "eine", "im", "sich":
			de++
		case "the", "and", "is", "of", "to", "with", "was", "that", "for", "on", "it", "he":
			en++
		}
	}
	if en > de {
		return "en"
	}
	return "de"
}

// tag appends the expressions of text to dst. When useSents is set,
// sents give the sentence spans in text.
func (t *Tagger) tag(lang, text string, dct chronik.DCT, sents []chronik.Sentence, useSents bool, dst []chronik.Timex) ([]chronik.Timex, error) {
	all, err := loadRules()
	if err != nil {
		return nil, err
	}
	rs := all[lang]
	if rs == nil {
		return nil, nil
	}
	st, _ := t.pool.Get().(*state)
	if st == nil {
		st = &state{}
	}
	defer t.pool.Put(st)
	st.toks = rs.tokenize(text, st.toks)
	toks := st.toks
	if useSents {
		assignSentences(toks, sents)
	} else {
		splitSentences(text, toks, lang == "en")
	}
	m := &st.m
	*m = matcher{r: rs, text: text, toks: toks, en: lang == "en", caps: m.caps[:0], best: m.best[:0],
		cands: m.cands[:0], pool: m.pool[:0], idx: m.idx[:0]}
	res := resolver{dct: anchorFromDCT(dct), narrative: t.Narrative, nearest: lang == "en", yearUnits: lang == "en"}
	if dct.IsZero() {
		res.dct = anchor{}
	}
	out := st.out[:0]
	defer func() { clear(out); st.out = out[:0] }()
	st.dayless = st.dayless[:0]
	curSent := int32(-1)
	for i := 0; i < len(toks); {
		cands := m.matchAt(i)
		if len(cands) == 0 {
			i++
			continue
		}
		// A match that begins with context ("am" in "am frühen Morgen")
		// must not hide a longer match starting at its first own word.
		if s0 := spanStart(cands[0].caps); s0 > i {
			end := cands[0].end
			if c2 := m.matchAt(s0); len(c2) > 0 && c2[0].end > end {
				i = s0
				continue
			}
			cands = m.matchAt(i)
		}
		if toks[i].sent != curSent {
			curSent = toks[i].sent
			res.hasSent, res.hasRelYear = false, false
		}
		res.tense, res.reported = tenseAt(text, toks, i)
		res.endpoint, res.target = endpointBefore(toks, i)
		res.deferred = res.endpoint && deferBefore(toks, i)
		res.superl = superlBefore(toks, i)
		res.sent = toks[i].sent
		emitted := false
		st.nameEnd = 0
		st.idiom = false
		for _, c := range cands {
			res.possessive = lang == "en" && possessiveAfter(text, toks[c.end-1].end)
			emitted = t.emit(&res, st, c, text, toks, &out)
			if emitted {
				i = c.end
				break
			}
			if st.idiom {
				break
			}
		}
		if !emitted {
			i = max(i+1, st.nameEnd)
		}
	}
	if len(out) == 0 {
		return dst, nil
	}
	for _, k := range st.dayless {
		if k+1 < len(out) {
			dayFromParenthesis(text, &out[k], &out[k+1])
			dayFromOn(text, &out[k], &out[k+1])
		}
	}
	return append(slices.Grow(dst, len(out)), out...), nil
}

// emit resolves one candidate match and appends its expressions; it
// reports whether any was valid.
func (t *Tagger) emit(res *resolver, st *state, c cand, text string, toks []token, out *[]chronik.Timex) bool {
	if c.p.action == "none" {
		// An idiom that holds a time word ("24 hours a day", "high
		// noon"): no expression, and none inside it.
		if t.trace != nil {
			t.trace(c.p)
		}
		st.nameEnd, st.idiom = c.end, true
		return false
	}
	parts := buildFrames(c.caps, &st.fr)
	if parts == 2 {
		inherit(&st.fr[0], &st.fr[1])
	}
	var rs [2]result
	for k := 0; k < parts; k++ {
		f := &st.fr[k]
		if f.t1 <= f.t0 {
			return false
		}
		if !st.m.en && f.t0 > 0 && isNoun(toks, f.t0-1) && (f.holiday != "" || f.day > 0 && toks[f.t0].kind == kWord && toks[f.t0].upper) {
			st.nameEnd = c.end
			return false // "im Stadion Erster Mai": a name
		}
		if st.m.en && f.unit == "s" && !f.plural && ordinalSecond(text, toks, f.t0, f.t1) {
			return false // "a second group": an ordinal
		}
		if st.m.en && f.ref == "PRESENT_REF" && f.t1 == f.t0+1 && discourseNow(text, toks, f.t0) {
			return false // "Now, Ms. Conlin said, …": a discourse marker
		}
		if st.m.en && f.durw != "" && matterOf(text, toks, f.t0) {
			return false // "a matter of days": an idiom for "soon"
		}
		if st.m.en && f.unit == "Q" && !f.plural && c.p.action == "dur" && fractionOf(text, toks, f.t1) {
			st.nameEnd = c.end
			return false // "more than a quarter of the market": a fraction
		}
		if st.m.en && (c.p.action == "decade" && ageDecade(text, toks, f.t0) ||
			c.p.action == "date" && f.month > 0 && f.day == 0 && !f.hasYear && f.mod == "" && eventNoun(text, toks, f.t0, f.t1)) {
			st.nameEnd = c.end
			return false // "in his early 30s", "the annual March for Life"
		}
		if st.m.en && c.p.action == "set" && f.t1 == f.t0+1 && rateAfterAmount(text, toks, f.t0) {
			return false // "to rise 8.5% annually": how much in a year, no set
		}
		if st.m.en && f.holiday != "" && !hasUpper(text[toks[f.t0].start:toks[f.t1-1].end]) {
			return false // "a memorial day for the victims", "election day in Seoul": no holiday
		}
		if st.m.en && c.p.action == "deic" && (genericToday(text, toks, f.t0, f.t1) || genericTomorrow(text, toks, f.t0, f.t1)) {
			return false // "in today's world", "many of today's computers": nowadays
		}
		if st.m.en && titleCase(toks, f.t0, f.t1) && !headlineAt(text, toks[f.t0].start) {
			st.nameEnd = c.end
			return false // ABC's "This Week", "60 Minutes", "VOA Today": a name
		}
		r, ok := res.resolve(c.p.action, f)
		if !ok {
			return false
		}
		rs[k] = r
	}
	if parts == 2 && st.fr[0].wd > 0 && st.fr[1].wd > 0 {
		rs[1].val = weekAfter(rs[0].val, rs[1].val)
	}
	if t.trace != nil {
		t.trace(c.p)
	}
	en := st.m.en
	if en && parts == 2 && c.p.action == "dur" && estimateRange(text, toks, st.fr[0].t0, st.fr[0].t1, st.fr[1].t0) {
		// "within two to three weeks": one estimate, written with its
		// lower bound, as TimeBank annotates it.
		st.fr[0].t1, parts = st.fr[1].t1, 1
	}
	for k := 0; k < parts; k++ {
		f, r := &st.fr[k], rs[k]
		start, stop := toks[f.t0].start, toks[f.t1-1].end
		if en && c.p.action == "deic" {
			// "today's editions": TimeBank leaves the possessive "'s" of
			// "today", "yesterday", "tomorrow" out of the span (4 of 4).
			if w := text[start:stop]; strings.HasSuffix(w, "'s") {
				stop -= len("'s")
			} else if strings.HasSuffix(w, "’s") {
				stop -= len("’s")
			}
		}
		if en && c.p.action == "time" && f.wd == 0 && f.day == 0 && f.deic == "" {
			st.dayless = append(st.dayless, len(*out))
		}
		*out = append(*out, chronik.Timex{
			ID: timexID(len(*out) + 1), Text: text[start:stop],
			Span: chronik.Span{Start: start, End: stop},
			Type: r.typ, Value: r.val, Mod: r.mod, Quant: r.quant, Freq: r.freq, Anchor: r.from,
		})
		if en && r.typ == TypeDuration && monthsOfReport(text, toks, f.t0, r.val) {
			res.monthsPeriod = true
		}
		if r.typ != TypeDate && r.typ != TypeTime {
			continue
		}
		if (c.p.action == "rel" || c.p.action == "deic") && (len(r.val) == 4 || r.yearAgo && len(r.val) == 7) && r.from == "dct" {
			// "last year", and "the year-ago quarter" ("1988-Q3"): the
			// year of later months and days of the sentence.
			if y, err := strconv.Atoi(r.val[:4]); err == nil {
				res.relYear, res.hasRelYear = y, true
			}
		}
		a, ok := anchorFromValue(r.val)
		// A look back ("im Vorjahr", "zwei Tage zuvor") leaves the story
		// where it is, and so does a date of another year later in a
		// sentence that has already named its date.
		if !r.back && anchors(text, toks, f.t0, f.t1, en) {
			if !r.yearAgo && len(r.val) == 7 && r.val[4] == '-' && r.val[5] == 'Q' && r.val[6] >= '1' && r.val[6] <= '4' {
				if q, ok := anchorFromValue(r.val[:4]); ok {
					q.m = int(r.val[6] - '0')
					if !res.quarterAhead(q) {
						res.lastQ, res.monthsPeriod = q, false
					}
				}
			}
			if ok && !(t.Narrative && res.hasSent && a.y != res.sentFirstYear) {
				res.last = a
				res.lastSent = res.sent
				if a.prec >= chronik.PrecisionMonth {
					res.lastFine = a
				}
			}
		}
		if ok {
			if !r.yearAgo {
				res.lastAny = a
			}
			if !res.hasSent {
				res.sentFirstYear = a.y
			}
			res.sentDate, res.hasSent = a, true
		}
	}
	return true
}

// weekAfter puts the end of a weekday range ("von Mittwoch bis Freitag")
// within the six days after its start: each bound was resolved on its own.
func weekAfter(start, end string) string {
	if len(start) != 10 || len(end) != 10 {
		return end
	}
	s, err1 := time.Parse(time.DateOnly, start)
	e, err2 := time.Parse(time.DateOnly, end)
	if err1 != nil || err2 != nil {
		return end
	}
	for e.Before(s) {
		e = e.AddDate(0, 0, 7)
	}
	for e.Sub(s) > 6*24*time.Hour {
		e = e.AddDate(0, 0, -7)
	}
	return e.Format(time.DateOnly)
}

// timexIDs are the ids of the first expressions of a document.
var timexIDs = func() []string {
	ids := make([]string, 64)
	for i := range ids {
		ids[i] = "t" + strconv.Itoa(i)
	}
	return ids
}()

// timexID returns "t" followed by n.
func timexID(n int) string {
	if n < len(timexIDs) {
		return timexIDs[n]
	}
	return "t" + strconv.Itoa(n)
}

// anchors reports whether the expression at tokens [t0, t1) may become
// the anchor of later relative expressions. A date the story does not
// move to stays out: an end or start point ("bis Ende 1941", "seit
// 1939", "ab 1941", "until 1995"), a
// date in parentheses ("(1908)") and, in German, a date that qualifies
// the noun before it ("im Krieg 1870/71", "die Deklaration von 1856",
// "die Erklärung vom 30. März 1939"). A date that ends a heading line
// always anchors.
func anchors(text string, toks []token, t0, t1 int, en bool) bool {
	if t1 >= len(toks) || toks[t1].nl {
		return true // end of a heading or paragraph
	}
	if t0 == 0 || toks[t0].nl {
		return true
	}
	p := &toks[t0-1]
	if p.sent != toks[t0].sent {
		return true
	}
	w := text[p.start:p.end]
	lw := w
	if len(w) <= 5 { // no case below is longer
		lw = strings.ToLower(w)
	}
	switch lw {
	case "(", "bis", "until", "till", "seit", "since", "ab":
		return false
	case "zum", "zur":
		if t0 >= 2 && strings.EqualFold(text[toks[t0-2].start:toks[t0-2].end], "bis") {
			return false
		}
	case "von", "vom":
		if !en && t0 >= 2 && isNoun(toks, t0-2) {
			return false
		}
	}
	if !en && isNoun(toks, t0-1) {
		return false
	}
	return true
}

// endpointBefore reports whether an end-point word ("to", "until",
// "effective", "bis") stands at token i or one or two tokens before it
// ("bis zum", "through the"), or a target word ("für den"), which makes
// a day an end point.
func endpointBefore(toks []token, i int) (endpoint, target bool) {
	for j := i; j >= 0 && j >= i-2 && toks[j].sent == toks[i].sent; j-- {
		if v, ok := toks[j].e.get(cENDPOINT); ok {
			if v.s == "T" {
				return false, true
			}
			return true, false
		}
		if j < i && toks[j].kind != kWord {
			return false, false
		}
	}
	return false, false
}

// superlBefore reports whether "first" or a superlative stands at most six
// tokens before token i in its sentence ("the first talks in two years").
func superlBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].e.has(cSUPERL) {
			return true
		}
	}
	return false
}

// deferBefore reports whether a deferring verb ("extended", "postponed")
// stands at most eight tokens before token i in its sentence.
func deferBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].e.has(cDEFER) {
			return true
		}
	}
	return false
}

// isNoun reports whether token i looks like a German noun inside a
// sentence: a capitalised word that is no time word and does not open
// its sentence.
func isNoun(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != kWord || !t.upper || t.e != nil || i == 0 || t.nl {
		return false
	}
	p := &toks[i-1]
	return p.sent == t.sent && !t.nl
}

func spanStart(caps []capture) int {
	s := -1
	for _, c := range caps {
		if !c.ctx && (s < 0 || c.t0 < s) {
			s = c.t0
		}
	}
	return s
}

// assignSentences gives tokens the index of the sentence span holding them.
func assignSentences(toks []token, sents []chronik.Sentence) {
	s := 0
	for i := range toks {
		for s+1 < len(sents) && toks[i].start >= sents[s].End {
			s++
		}
		toks[i].sent = int32(s)
	}
}

// tenseAt reads the tense of the clause around token i from the nearest
// cue word in its sentence: past forms, a Perfekt auxiliary with a
// participle, or future and plan words. A cue beyond a comma counts as
// farther away.
func tenseAt(text string, toks []token, i int) (tense int, reported bool) {
	sent := toks[i].sent
	best, bestDist := tenseNone, 1<<30
	consider := func(j, dist int, comma bool) {
		t := &toks[j]
		afterBe := j > 0 && toks[j-1].e.has(cBE) // "will be held": no past tense
		if t.e.has(cNOUNCUE) && j > 0 && (adjectiveBefore(text, &toks[j-1]) || nounCompound(text, toks, j)) {
			return // "the plan", "vacation plans for": a noun, no plan told
		}
		if t.e.has(cFUTURE) && attributive(text, toks, j) {
			return // "the hastily planned trip": an adjective, no plan told
		}
		weak, _ := t.e.get(cWEAK)
		if weak.s == "W" {
			// "Erst Ende März hatte Kim Xi besucht": a focus particle
			// yields to a verb of its clause.
			dist += 4
		}
		if t.e == nil && j > i && j-i <= 4 && !comma && dist < bestDist && t.kind == kWord && !t.upper && attributiveParticiple(text[t.start:t.end]) && nounAfter(toks, j) {
			// "in einem am Donnerstag veröffentlichten Brief": the date
			// of a done act that qualifies a noun.
			best, bestDist, reported = tensePast, dist, false
			return
		}
		if t.e == nil || dist >= bestDist {
			if t.kind == kWord && t.e == nil && dist+3 < bestDist && !afterBe && isWeakPast(text[t.start:t.end]) && !(j > 0 && adjectiveBefore(text, &toks[j-1])) {
				best, bestDist, reported = tensePast, dist+3, comma // beyond a comma a weak cue is no stronger than a reporting verb
			}
			return
		}
		switch {
		case weak.s == "N":
			// "das für den 12. Juni geplante Treffen hat Trump
			// abgesagt": the date of a plan, the nearest such date
			// whatever became of the plan.
			best, bestDist, reported = tenseNone, dist, false
		case t.e.has(cINTENT) && j < i:
			// "agreed to buy the unit in February": the infinitive's time.
			best, bestDist, reported = tenseFuture, dist, false
		case t.e.has(cINTENT):
			best, bestDist, reported = tensePast, dist, false
		case t.e.has(cBACKSHIFT) && comma && reportBefore(toks, j):
			// "said … would …, after the summit on Thursday": beyond a
			// comma the future in the past of a reporting verb tells only
			// that the time lies after the report, which lies before the
			// DCT: no tense, the nearest such day.
			best, bestDist, reported = tenseNone, dist, true
		case t.e.has(cFUTURE) && j > 0 && pastBe(text, &toks[j-1]):
			// "had been scheduled to": a plan told as past.
			best, bestDist, reported = tensePast, dist, false
		case t.e.has(cFUTURE):
			best, bestDist, reported = tenseFuture, dist, false
		case t.e.has(cREPORT) && parenthetical(text, toks, j):
			// "…, the White House said, with talks continuing on
			// Thursday": an attribution set off by commas tells the
			// tense of no clause around it.
		case t.e.has(cPAST) && !afterBe && !(j+1 < len(toks) && toks[j+1].e.has(cFUTURE) && !toks[j+1].e.has(cPAST)):
			// "were planning to", "was expected to": a plan told in the
			// past; the plan word that follows gives the tense.
			best, bestDist = tensePast, dist
			reported = t.e.has(cREPORT) || comma // beyond a comma a past form tells another clause
			if j > i && t.e.has(cREPORT) && fronted(text, toks, i) {
				// "In his New Year address in January, Kim said": a
				// phrase before the reporting verb dates the report
				reported = false
			}
		case t.e.has(cPERFAUX) && hasParticiple(text, toks, j):
			best, bestDist, reported = tensePast, dist, false
			if k := participleAt(text, toks, j); k >= 0 && toks[k].e.has(cFUTURE) {
				// "ist für Donnerstag geplant": a plan, no Perfekt.
				best = tenseFuture
			}
		case t.e.has(cPRESENT) && !(j+1 < len(toks) && toks[j+1].kind == kWord && (toks[j+1].e.has(cFUTURE) || isWeakPast(text[toks[j+1].start:toks[j+1].end]))):
			// "is payable Dec. 15": a present tense nearer than any past cue
			// ("is going to", "is expected" are not).
			best, bestDist, reported = tenseNone, dist, false
		}
	}
	commas := 0
	for j := i - 1; j >= 0 && toks[j].sent == sent && i-j < 40; j-- {
		if toks[j].kind == kPunct && (text[toks[j].start] == ',' || text[toks[j].start] == ';') || toks[j].e.has(cCLAUSE) {
			commas++
		}
		consider(j, i-j+commas*8, commas > 0)
	}
	commas = 0
	for j := i + 1; j < len(toks) && toks[j].sent == sent && j-i < 40; j++ {
		if toks[j].kind == kPunct && (text[toks[j].start] == ',' || text[toks[j].start] == ';') || toks[j].e.has(cCLAUSE) {
			commas++
		}
		consider(j, j-i+commas*8, commas > 0)
	}
	return best, reported
}

// parenthetical reports whether the reporting verb at j closes an
// attribution set off by a comma: a comma at most four tokens before it
// and a comma, a period or the end of the sentence right after it ("…, the
// White House said, …").
func parenthetical(text string, toks []token, j int) bool {
	isComma := func(k int) bool {
		return toks[k].kind == kPunct && text[toks[k].start] == ','
	}
	after := j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || isComma(j+1) ||
		toks[j+1].kind == kPunct && text[toks[j+1].start] == '.'
	if !after {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4 && toks[k].sent == toks[j].sent; k-- {
		if isComma(k) {
			return true
		}
	}
	return false
}

// reportBefore reports whether a past reporting verb ("said", "told")
// stands before token j in its sentence, within the window tenseAt reads.
func reportBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && toks[k].sent == toks[j].sent && j-k < 40; k-- {
		if toks[k].e.has(cREPORT) {
			return true
		}
	}
	return false
}

// hasParticiple reports whether a past participle follows the auxiliary
// at j in its sentence: ge…t, ge…en or …iert.
func hasParticiple(text string, toks []token, j int) bool {
	return participleAt(text, toks, j) >= 0
}

// participleAt returns the index of the first past participle after the
// auxiliary at j in its sentence, or -1.
func participleAt(text string, toks []token, j int) int {
	sent := toks[j].sent
	for k := j + 1; k < len(toks) && toks[k].sent == sent && k-j < 25; k++ {
		t := &toks[k]
		if t.kind != kWord || t.upper {
			continue
		}
		w := text[t.start:t.end]
		if len(w) >= 5 && (strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) || strings.HasSuffix(w, "iert")) {
			return k
		}
		if len(w) >= 7 && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
			for _, p := range separablePrefixes { // ab|ge|lehnt, an|ge|kündigt
				if strings.HasPrefix(w, p) && strings.HasPrefix(w[len(p):], "ge") {
					return k
				}
			}
			for _, p := range participlePrefixes { // emp|fangen, ver|handelt, be|sucht: no ge-
				if strings.HasPrefix(w, p) && (k+1 >= len(toks) || toks[k+1].sent != sent || toks[k+1].kind != kWord) {
					// after a Perfekt auxiliary, such a word that closes
					// its clause is the participle ("hat Putin am Montag
					// empfangen"), though it looks like the infinitive
					return k
				}
			}
		}
	}
	return -1
}

var separablePrefixes = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "statt", "teil", "um", "los", "frei", "vorbei", "hervor", "herein", "heraus"}

// isWeakPast is a weak past cue: an English lowercase word ending in -ed or
// a German one ending in -ierte(n).
func isWeakPast(w string) bool {
	if len(w) <= 4 || !isASCIILower(w) && !strings.HasSuffix(w, "ierte") && !strings.HasSuffix(w, "ierten") {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ierte") || strings.HasSuffix(w, "ierten")
}

// pastBe reports whether t is the "been" of a pluperfect before a plan word
// ("had been due to expire Friday"): a plan that the report tells as over.
// "was planned for March" still lies ahead.
func pastBe(text string, t *token) bool {
	return strings.EqualFold(text[t.start:t.end], "been")
}

// dayFromParenthesis gives the clock time t, which names no day, the day
// of the time u that converts it in parentheses right after it: "at 4 in
// the morning (4 a.m. EDT Thursday)" is on that Thursday.
func dayFromParenthesis(text string, t, u *chronik.Timex) {
	if t.Span.End > u.Span.Start || t.Type != TypeTime || len(t.Value) < 11 || t.Value[10] != 'T' || len(u.Value) < 11 || u.Value[10] != 'T' ||
		strings.TrimSpace(text[t.Span.End:u.Span.Start]) != "(" || !strings.HasPrefix(strings.TrimSpace(text[u.Span.End:]), ")") {
		return
	}
	t.Value = u.Value[:10] + t.Value[10:]
}

// dayFromOn gives the English clock time t, which names no day, the day of
// the date u that "on" joins to it: "at 7 a.m. on Sunday", "at midnight on
// Tuesday", "at 6 a.m. local time (0400 GMT) on Thursday". TimeML leaves
// "on" out of both expressions; the time is on that day.
func dayFromOn(text string, t, u *chronik.Timex) {
	if t.Span.End > u.Span.Start || t.Type != TypeTime || len(t.Value) < 11 || t.Value[10] != 'T' ||
		len(u.Value) < 10 || u.Value[4] != '-' || u.Value[7] != '-' || len(u.Value) > 10 && u.Value[10] != 'T' {
		return
	}
	gap := strings.TrimSpace(text[t.Span.End:u.Span.Start])
	if len(gap) > 4 && gap[3] == ' ' && gap[2] == 'T' && hasUpper(gap[:1]) && strings.ToUpper(gap[:3]) == gap[:3] {
		gap = gap[4:] // "2:15 p.m. EDT on Monday"
	}
	gap = strings.TrimSpace(strings.TrimPrefix(gap, "local time"))
	if strings.HasPrefix(gap, "(") {
		k := strings.IndexByte(gap, ')')
		if k < 0 || k > 24 {
			return
		}
		gap = strings.TrimSpace(gap[k+1:])
	}
	if gap != "on" {
		return
	}
	for _, c := range u.Value[:10] {
		if c == 'X' {
			return
		}
	}
	t.Value = u.Value[:10] + t.Value[10:]
}

// estimateRange reports whether an English duration range whose first
// bound spans tokens t0 to t1 and whose second starts at u0 is one
// estimate ("two to three weeks", "the next 12 to 18 months"): the bounds
// are joined by "to" or a dash, and no "between" or "from" opens the range
// (then each bound is an expression of its own).
func estimateRange(text string, toks []token, t0, t1, u0 int) bool {
	if u0 != t1+1 {
		return false
	}
	switch text[toks[t1].start:toks[t1].end] {
	case "to", "-", "\u2013":
	default:
		return false
	}
	if t0 > 0 && toks[t0-1].sent == toks[t0].sent {
		switch strings.ToLower(text[toks[t0-1].start:toks[t0-1].end]) {
		case "between", "from":
			return false
		}
	}
	return true
}

// nounCompound reports whether the cue word at j ("plans") is a noun: a
// lower-case word the lexicon does not know before it and "for" after it
// ("set aside vacation plans for the trip"; "Qantas plans daily flights"
// is a verb).
func nounCompound(text string, toks []token, j int) bool {
	if j+1 >= len(toks) || !strings.EqualFold(text[toks[j+1].start:toks[j+1].end], "for") {
		return false
	}
	p := &toks[j-1]
	return p.kind == kWord && !p.upper && p.e == nil && p.sent == toks[j].sent
}

// attributive reports whether the English -ed cue word at j stands between
// an article or possessive, an optional -ly adverb, and its noun: "the
// hastily planned trip", "its long expected visit" qualify a noun and
// tell no tense of the clause.
func attributive(text string, toks []token, j int) bool {
	w := text[toks[j].start:toks[j].end]
	if !strings.HasSuffix(w, "ed") || j < 2 {
		return false
	}
	k := j - 1
	if a := text[toks[k].start:toks[k].end]; toks[k].kind == kWord && len(a) > 4 && strings.HasSuffix(a, "ly") {
		k--
	} else {
		return false // "the planned merger" stays a plan
	}
	switch strings.ToLower(text[toks[k].start:toks[k].end]) {
	case "a", "an", "the", "its", "their", "his", "her", "this", "that":
		return toks[k].sent == toks[j].sent
	}
	return false
}

// adjectiveBefore reports whether t makes the -ed word after it an
// adjective, no past tense: "a still unspecified date", "the revised plan",
// "reunions of separated families".
func adjectiveBefore(text string, t *token) bool {
	if t.end-t.start > 5 { // no case below is longer
		return false
	}
	switch strings.ToLower(text[t.start:t.end]) {
	case "a", "an", "the", "its", "their", "his", "her", "this", "that", "still", "newly",
		"of", "for", "with", "from", "by", "into", "about": // "reunions of separated families"
		return true
	}
	return false
}

// ordinalSecond reports whether "a second" between tokens t0 and t1 is
// the ordinal before a noun ("a second group", "a second time"), no
// duration: the next word is a lowercase word the lexicon does not know
// ("later", "ago", "or", "before" are known) or "time".
func ordinalSecond(text string, toks []token, t0, t1 int) bool {
	if t1 != t0+2 || t1 >= len(toks) || !strings.EqualFold(text[toks[t0].start:toks[t0].end], "a") {
		return false
	}
	n := &toks[t1]
	if n.kind != kWord || n.upper || n.sent != toks[t0].sent {
		return false
	}
	return n.e == nil || text[n.start:n.end] == "time"
}

// monthsOfReport reports whether the duration val at token t0 is the
// period of a report that spans months: "the first nine months", "the six
// months" ("P9M" after "the" or "first").
func monthsOfReport(text string, toks []token, t0 int, val string) bool {
	if len(val) < 3 || val[0] != 'P' || val[len(val)-1] != 'M' || strings.Contains(val, "T") || t0 == 0 {
		return false
	}
	if n, err := strconv.Atoi(val[1 : len(val)-1]); err != nil || n < 2 || n > 11 {
		return false
	}
	for k := t0 - 1; k <= t0+1 && k < len(toks); k++ {
		switch strings.ToLower(text[toks[k].start:toks[k].end]) {
		case "the", "first":
			return true // "the first nine months", "in the nine months ended"
		}
	}
	return false
}

// ageDecade reports whether the decade at token t0 follows a possessive
// pronoun: "in his 30s", "in her early forties" is an age.
func ageDecade(text string, toks []token, t0 int) bool {
	if t0 == 0 || toks[t0-1].sent != toks[t0].sent {
		return false
	}
	switch strings.ToLower(text[toks[t0-1].start:toks[t0-1].end]) {
	case "his", "her", "their", "my", "your", "our":
		return true
	}
	return false
}

// eventNoun reports whether a month name between t0 and t1 is a noun
// after an article and before "for", "of", "against": "the annual March
// for Life", "the March of the Combatant Mothers".
func eventNoun(text string, toks []token, t0, t1 int) bool {
	if t0 == 0 || t1 >= len(toks) || toks[t0-1].sent != toks[t0].sent || toks[t1].sent != toks[t0].sent {
		return false
	}
	switch strings.ToLower(text[toks[t1].start:toks[t1].end]) {
	case "for", "of", "against":
	default:
		return false
	}
	switch strings.ToLower(text[toks[t0-1].start:toks[t0-1].end]) {
	case "the", "a", "an", "annual", "`", "\"":
		return true
	}
	return false
}

// discourseNow reports whether the "Now" at token t0 opens its sentence
// and a comma follows: "Now, he says, …" turns the argument, it names no
// time.
func discourseNow(text string, toks []token, t0 int) bool {
	t := &toks[t0]
	if text[t.start:t.end] != "Now" || t0+1 >= len(toks) || text[toks[t0+1].start:toks[t0+1].end] != "," {
		return false
	}
	return t0 == 0 || toks[t0-1].sent != t.sent || toks[t0-1].kind == kPunct
}

// matterOf reports whether "matter of" stands right before token t0: "a
// matter of days" says "soon", no span TimeML tags.
func matterOf(text string, toks []token, t0 int) bool {
	return t0 >= 2 && strings.EqualFold(text[toks[t0-1].start:toks[t0-1].end], "of") &&
		strings.EqualFold(text[toks[t0-2].start:toks[t0-2].end], "matter")
}

// fractionOf reports whether "of" and then no "a"/"an" follow token
// t1-1: "a quarter of the market" is a fraction, "a quarter of a
// century" a time (and "several quarters of losses", a plural, too).
func fractionOf(text string, toks []token, t1 int) bool {
	if t1+1 >= len(toks) || !strings.EqualFold(text[toks[t1].start:toks[t1].end], "of") {
		return false
	}
	switch strings.ToLower(text[toks[t1+1].start:toks[t1+1].end]) {
	case "a", "an":
		return false
	}
	return true
}

// rateAfterAmount reports whether the "annually" or "yearly" at token t0
// follows an amount ("to rise 8.5% annually", "dividends of C$17.9
// million annually", "10,000 units yearly"): a rate, how much falls in
// each year, which TimeML leaves untagged; "held here annually" is a set.
func rateAfterAmount(text string, toks []token, t0 int) bool {
	switch strings.ToLower(text[toks[t0].start:toks[t0].end]) {
	case "annually", "yearly":
	default:
		return false
	}
	if t0 == 0 || toks[t0-1].sent != toks[t0].sent {
		return false
	}
	p := &toks[t0-1]
	switch {
	case p.kind == kNum:
		// "held since 1990 annually": a year is no amount.
		return !(p.nd == 4 && p.num >= 1900 && p.num <= 2099 && !(t0 >= 2 && toks[t0-2].kind == kPunct))
	case p.kind == kPunct:
		return text[p.start:p.end] == "%"
	}
	switch strings.ToLower(text[p.start:p.end]) {
	case "percent", "thousand", "million", "billion", "trillion", "units":
		return true
	}
	return false
}

// genericTomorrow reports whether the "tomorrow" between tokens t0 and t1
// follows "of" and a noun of people, things or the world: "the people of
// tomorrow", "the cars of tomorrow", "the world of tomorrow" are the
// future at large, no next day.
func genericTomorrow(text string, toks []token, t0, t1 int) bool {
	if t1-t0 != 1 || t0 < 2 || !strings.EqualFold(text[toks[t0].start:toks[t0].end], "tomorrow") ||
		toks[t0-2].sent != toks[t0].sent || !strings.EqualFold(text[toks[t0-1].start:toks[t0-1].end], "of") {
		return false
	}
	n := &toks[t0-2]
	w := text[n.start:n.end]
	if n.kind != kWord || n.e != nil || !isLowerWord(w) {
		return false
	}
	switch w {
	case "people", "world", "society", "youth", "children", "workforce", "economy":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// hasUpper reports whether s holds an upper-case letter: English writes
// the name of a holiday capitalised.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// genericToday reports whether an English possessive "today's" between
// tokens t0 and t1 speaks of the present age, not of the day: before a
// noun of people or the world ("today's youth", "in today's world") or
// after "many of", "most of" ("many of today's personal computers").
// "today's editions", "today's quiz" are the day.
func genericToday(text string, toks []token, t0, t1 int) bool {
	if t1-t0 != 1 || !strings.EqualFold(text[toks[t0].start:toks[t0].end], "today's") && !strings.EqualFold(text[toks[t0].start:toks[t0].end], "today’s") {
		return false
	}
	if t1 < len(toks) && toks[t1].sent == toks[t0].sent {
		switch strings.ToLower(text[toks[t1].start:toks[t1].end]) {
		case "world", "youth", "society", "generation", "generations", "young", "children", "kids",
			"teenagers", "standards", "families", "parents", "consumers", "students", "workers":
			return true
		}
	}
	if t0 >= 2 && toks[t0-2].sent == toks[t0].sent && strings.EqualFold(text[toks[t0-1].start:toks[t0-1].end], "of") {
		switch strings.ToLower(text[toks[t0-2].start:toks[t0-2].end]) {
		case "many", "most", "some", "all", "much", "few":
			return true
		}
	}
	return false
}

// titleCase reports whether an English expression between tokens t0 and
// t1 is part of a name or title: a word of it that running text writes in
// lower case is capitalised where no sentence begins ("This Week", "60
// Minutes", "High Noon", "VOA Today"). Months, weekdays, holidays and
// decades are capitalised anyway, and so are abbreviations ("EST").
func titleCase(toks []token, t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		t := &toks[k]
		if t.kind != kWord || !t.upper || t.e.has(cMONTH) || t.e.has(cWEEKDAY) || t.e.has(cHOLIDAY) || t.e.has(cDECW) || t.e.has(cTZ) {
			continue
		}
		if k > t0 {
			return true
		}
		if k == 0 {
			continue
		}
		if p := &toks[k-1]; p.sent == t.sent && !t.nl && (p.kind == kWord || p.kind == kNum) {
			return true
		}
	}
	return false
}

// headlineAt reports whether the line holding byte pos of text is a
// headline in title case ("Talks Resume Next Week"): at least three words,
// every word of four letters or more capitalised, and no end punctuation
// of a sentence. There a capitalised time word is no title.
func headlineAt(text string, pos int) bool {
	i := strings.LastIndexByte(text[:pos], '\n') + 1
	j := strings.IndexByte(text[pos:], '\n')
	if j < 0 {
		j = len(text)
	} else {
		j += pos
	}
	line := strings.TrimSpace(text[i:j])
	if line == "" || len(line) > 200 {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ',', ';', ':':
		return false
	}
	words := 0
	for k := 0; k < len(line); {
		r, n := utf8.DecodeRuneInString(line[k:])
		if !unicode.IsLetter(r) {
			k += n
			continue
		}
		first, letters := r, 0
		for k < len(line) {
			r, n := utf8.DecodeRuneInString(line[k:])
			if !unicode.IsLetter(r) {
				break
			}
			letters++
			k += n
		}
		words++
		if letters >= 4 && !unicode.IsUpper(first) {
			return false
		}
	}
	return words >= 3
}

// possessiveAfter reports whether an English possessive 's starts at byte
// end and closes the word ("Sunday's").
func possessiveAfter(text string, end int) bool {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "'s"):
		rest = rest[2:]
	case strings.HasPrefix(rest, "\u2019s"):
		rest = rest[len("\u2019s"):]
	default:
		return false
	}
	if rest == "" {
		return true
	}
	c := rest[0] | 0x20
	return !(c >= 'a' && c <= 'z' || rest[0] >= 0x80)
}

// participleEndings are the adjective endings of an attributive German
// past participle, longest first: veröffentlicht|en, geschlossen|e.
var participleEndings = []string{"ten", "tes", "ter", "tem", "te", "nen", "nes", "ner", "nem", "ne"}

// participlePrefixes start German past participles: ge… and the
// inseparable prefixes, which take no ge- (veröffentlicht, beschlossen).
var participlePrefixes = []string{"ge", "ver", "be", "er", "ent", "zer", "unter", "über", "miss", "emp"}

// attributiveParticiple reports whether w is an inflected German past
// participle before a noun ("veröffentlichten", "beschlossene",
// "abgesagte", "unterzeichnete"): an inflected weak (…t-) or strong
// (…en-) participle that starts with ge-, an inseparable prefix or a
// separable prefix and ge-, or ends in -iert-, with a stem of at least four
// letters after the prefix ("beste", "erste" are none).
func attributiveParticiple(w string) bool {
	if len(w) < 7 || !isLowerWord(w) {
		return false
	}
	stem := ""
	for _, e := range participleEndings {
		if strings.HasSuffix(w, e) {
			stem = w[:len(w)-len(e)+1] // keep the t or n of the participle
			break
		}
	}
	if stem == "" || stem[len(stem)-1] == 'n' && !strings.HasSuffix(stem, "en") {
		return false
	}
	if strings.HasSuffix(stem, "iert") {
		return true
	}
	rest := stem
	for _, p := range separablePrefixes {
		if strings.HasPrefix(rest, p) && strings.HasPrefix(rest[len(p):], "ge") {
			rest = rest[len(p):]
			break
		}
	}
	for _, p := range participlePrefixes {
		if strings.HasPrefix(rest, p) && len(rest)-len(p) >= 4 {
			return true
		}
	}
	return false
}

// isLowerWord reports whether w starts with a lowercase ASCII letter.
func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// nounAfter reports whether a capitalised word follows token j in its
// sentence, right after it or after one lowercase word ("beschlossenen
// neuen Sanktionen"): j then qualifies a noun.
func nounAfter(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+2 && toks[k].sent == toks[j].sent && toks[k].kind == kWord; k++ {
		if toks[k].upper {
			return true
		}
	}
	return false
}

// fronted reports whether token i lies in a phrase that opens its sentence
// and a comma closes: at most six tokens from the sentence start, none of
// them a comma ("In January, …", "On Monday, …").
func fronted(text string, toks []token, i int) bool {
	k := i
	for k > 0 && toks[k-1].sent == toks[i].sent {
		k--
		if i-k > 6 || toks[k].kind == kPunct && text[toks[k].start] == ',' {
			return false
		}
	}
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j].sent == toks[i].sent; j++ {
		if toks[j].kind == kPunct && text[toks[j].start] == ',' {
			return true
		}
	}
	return false
}
