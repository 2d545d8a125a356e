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
// line maps a pattern to a PLOVER type and mode: words or phrases with
// their inflected forms ("traf|trafen|getroffen", "besuch*"), a separable
// verb ("lud … ein"), or two words that co-occur in a clause ("sanktion* ~
// verhängt"), which is how light-verb phrases and passives ("Sanktionen
// wurden verhängt") are written. Longer patterns win over the words they
// cover, so "Sanktionen … aufgehoben" is CONCEDE while "Sanktionen" alone
// is SANCTION; lines of type NONE name phrases that contain a trigger word
// but no event ("Entscheidungen treffen"). Flags on a line adjust the
// reading: swap (the subject is the recipient: empfangen, host),
// diplomatic (a protest by a government is ACCUSE), byforce, military,
// needsplace and needsparticipant. cues.txt and roles.txt hold modality,
// attribution, clause and preposition cue words.
//
// # Roles without a parser
//
// Clauses end at punctuation and subordinators. Noun phrases are the
// entity mentions, adjacent ones merged ("Russlands Außenminister Sergej
// Lawrow") and coordinated ones grouped ("Trump und Kim"). The actor is the
// subject: the first bare phrase of a German clause not marked as an
// object by its article, the nearest bare phrase before an English verb,
// the agent ("von", "durch", "by") of a passive, a name right before a
// nominalization ("Russlands Angriff", "US-Sanktionen") or a genitive
// after it ("der Besuch Putins"), the referent of a pronoun or relative
// pronoun (in an English that-clause after a verb of saying the speaker;
// for "his summit" the first bare phrase of a clause, not the subject of
// the reported clause); a place after "von" or "by" a noun of talks is
// where they were ("der Gipfel von Singapur"). The recipient is the nearest phrase marked
// by a recipient preposition ("gegen", "mit", "nach", "against") or in
// object position (not the topic of "discuss"), the subject of a passive,
// the subject of a that-clause after a demand, the subject named before
// for a German object pronoun ("empfing ihn Xi"), or the country of a
// foreign place. A person after "and" and a title joins the person before
// ("Kim and Chinese President Xi Jinping"). Countries and capitals acting as
// subjects stand for their government (sector GOV). A noun trigger that
// only names what a verb trigger is about ("vereinbarten eine
// Zusammenarbeit", "refused direct talks") is not an event of its own but
// gives the verb its mode; an institution that says or gives coverage
// is a source, not a participant, and someone who "stayed out of" a
// meeting is none of its participants; an action someone must take
// ("Sudan must return", "Washington sollten … aussetzen") is a REQUEST of
// it.
//
// # Time, place and modality
//
// An event takes the date of the nearest time expression of its clause,
// else of its sentence (From "text", with the timex id), else the document
// date (From "dct"); a date in a clause before the verb of saying ("Speaking
// on Friday, Trump said …") or of a report that follows the event ("gave
// the visit coverage on Friday") is the report's, not the event's. What
// the text names as before its news has no week of the document: after since/seit its date is PAST_REF (From "dct"), after
// a duration and after/nach it (or in a clause that a duration and
// after/nachdem open) is that long before the document ("eight months
// after their first summit", "56 years after … signed"), after a duration and before/vor that
// long after the day the sentence names ("on Wednesday, a day before his
// summit"). The place is the "in X" phrase of the clause nearest the
// trigger, after it when two are as near (or the destination of a visit),
// with coordinates from the knowledge base.
// Modality is negated, hypothetical, future or asserted, from cue words of
// the clause and from a date after the document date; Reported marks
// attributed claims ("laut", "hieß es", Konjunktiv I, "said").
//
// [WritePLOVER] writes the events as PLOVER JSON Lines; [PLOVERType]
// applies the manual's rules for future events.
package event
