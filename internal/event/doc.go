// Package event codes who did what to whom, when, where and how certainly,
// in the PLOVER ontology, from German and English news text.
//
// [Coder] is the pipeline stage. It runs after the sentence, temporal and
// entity stages and consumes their layers: Document.Tokens and Sentences,
// Timexes (id, span, type, value) and Entities (span, type, ref, name,
// country, sector, adjective). It fills Document.Events with ids v1, v2, …
// in text order; trigger and sentence spans are byte offsets into
// Document.Text.
//
// # Codebook
//
// Trigger words are data, one folder per language under codebook/
// (de/*.txt, en/*.txt), embedded and parsed once on first use. Each trigger
// line maps a pattern to a PLOVER type and mode: a word or phrase with
// inflected forms ("traf|trafen|getroffen", "besuch*"), a separable verb
// ("lud … ein"), or words that co-occur in a clause ("sanktion* ~
// verhängt"), which is how light-verb phrases and passives ("Sanktionen
// wurden verhängt") are written. cues.txt and roles.txt hold modality,
// attribution, clause and preposition cue words.
//
// # Roles without a parser
//
// Clauses end at punctuation and subordinators. Noun phrases are the
// entity mentions, adjacent ones merged ("Russlands Außenminister Sergej
// Lawrow") and coordinated ones grouped ("Trump und Kim"). The actor is the
// subject: the first bare phrase of a German clause not marked as an
// object by its article, the nearest bare phrase before an English verb,
// the agent ("von", "durch", "by") of a passive, or a name right before a
// nominalization ("Russlands Angriff"). The recipient is the nearest phrase
// marked by a recipient preposition ("gegen", "mit", "nach", "against") or
// in object position, and the subject of a passive. Countries and capitals
// acting as subjects stand for their government (sector GOV).
//
// # Time, place and modality
//
// An event takes the date of the nearest time expression of its clause,
// else of its sentence (From "text", with the timex id), else the document
// date (From "dct"). The place is the "in X" phrase of the clause, with
// coordinates from the knowledge base. Modality is negated, hypothetical,
// future or asserted, from cue words and from a date after the document
// date; Reported marks attributed claims ("laut", "hieß es", "said").
//
// [WritePLOVER] writes the events as PLOVER JSON Lines.
package event
