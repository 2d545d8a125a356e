// Package temporal finds time expressions in German and English text and
// normalizes them to TIMEX3 values against the document creation time
// (DCT): "vergangenen Mai" in an article of April 2019 is 2018-05.
//
// It consumes a [chronik.Document]'s normalized text, language, DCT and,
// when present, its sentences, and produces [chronik.Timex] annotations
// with byte spans into the document body. [Tagger] is a pipeline stage;
// [TagText] is the same as a pure function.
//
// # How it works
//
// A scanner splits the text into words, digit runs and punctuation, looks
// every word up in a lexicon and merges multiword phrases ("Tag der
// Arbeit"). A small grammar of token patterns then finds the longest match
// at each position; each pattern names an action (date, rel, ago, dur, …)
// that turns the matched fields into a value. Underspecified expressions
// ("im Dezember", "am Mittwoch") take their year or day from the anchor and
// the tense of their clause, read from cue words (Präteritum, Perfekt with
// a participle, Futur, soll/will/plant; was/had/said against will/going
// to). The lexicon, the patterns, holidays and cue words are data files in
// rules/<lang>/*.txt, embedded and parsed once.
//
// # Anchors
//
// With a DCT (news), relative expressions are computed from the DCT at its
// precision: a DCT known to the month gives "2019-04-XX" for "gestern",
// never an invented day. Anaphoric expressions ("im folgenden Jahr",
// "zwei Jahre später") use the last date mentioned in the text. With
// [Tagger.Narrative] every relative expression uses the last mentioned
// date, falling back to the DCT before the first one. Without a DCT and
// without Narrative unknown parts stay X ("XXXX-05").
//
// Not every date moves the story: end and start points ("bis Ende 1941",
// "seit 1939"), dates in parentheses, dates that qualify a noun ("die
// Deklaration von 1856"), look-backs ("im Vorjahr", "zwei Jahre zuvor") and,
// in narrative text, a date of another year later in a sentence that has
// already named its date do not become the anchor.
//
// # English news conventions
//
// English follows the TimeML annotation of news: a month or day without a
// year is the nearest one unless the tense clearly says otherwise, a bare
// weekday is one of the past week, "three days later" is the DURATION
// "three days" with "later" as a signal, and "a year ago" after a named
// quarter is that quarter a year before.
package temporal
