// Package timeline merges the events that many documents report about the
// same happening into one [chronik.MergedEvent], and derives timelines,
// actor rankings and actor networks from merged events.
//
// It consumes the events of stored documents (chronik.Event with the
// document's id, date and language, wrapped as a [Report]) and produces
// clusters of reports, each summarized by [Summarize] into the event
// fields of the contract plus its mentions, sources, the most precise date
// with every disagreeing date kept, and the modality history.
//
// # When two reports tell the same happening
//
// Two reports match ([Match]) when they have the same PLOVER type and
// compatible modes (a phone call is not a visit); the same modality class
// (asserted and future merge, so a planned summit and the summit itself
// become one event; negated and hypothetical reports merge only among
// themselves); overlapping participants, in either direction for the
// symmetric types CONSULT, AGREE and COOPERATE; dates that agree at their
// shared precision (2019-02 and 2019-02-27 agree), with a day's tolerance
// between two dates of one day for the symmetric types, since summits last
// several days (a month and the next do not meet at their ends); and compatible
// places (same place, same country without coordinates, or within 100 km).
// A report without participants ("the summit in Hanoi", or a city coded
// as the actor) matches by its place alone: both reports must name the
// same place, or places within 25 km.
//
// # Clustering by date precision
//
// Reports are clustered in levels of date precision, so that a vague date
// never bridges two distinct happenings ("in May" must not join two
// meetings of the same leaders in May into one):
//
//  1. reports dated to the day by their text are linked: reports of the
//     same day that match are one event, and events of neighbouring days
//     that match join when each matches each of the others (two days of
//     one summit), never along a chain of days;
//  2. reports dated to a week or month (and asserted reports dated only by
//     their document's date, taken as the week before it) join the
//     best-matching event of level 1; those that match none are linked
//     among themselves in the same way (same dates, or a clique of
//     matching dates);
//  3. reports dated to a season, quarter or year (and future reports dated
//     only by their document) join the best event of levels 1 and 2, else
//     are linked among themselves;
//  4. undated reports stay alone, and so do reports the coder dated only
//     as before their document (PAST_REF: "since the Hanoi summit") and
//     reports dated by their text to a season, quarter or year that ended
//     more than a year before their document ("in 2010 the two met"):
//     such background would match every report of its type and actor
//     that year, and there are more of those with every article.
//
// A happening is one thing at one time: the reports of an event agree
// with each other on the date, not only each with the next (the dates of
// one day lie within the tolerance of each other, the wider ones share a
// day among them), so no chain of imprecise or tolerant dates makes one
// event of a year's news.
//
// A vaguely dated report (levels 2 and 3) that fits finer reports on
// [PlaceDays] different days or more stays alone as well: it cannot tell
// which of them it means. Since stored reports are never taken away, the
// count only grows, and the mark ([Report.Unplaced]) never goes.
//
// A report never joins an event whose reports that name a place mostly
// name one that does not fit its own. "Best" is decided by place, then
// the participants shared with one of
// the event's reports, then the countries its reports cover, then, for a
// report dated only by its document, the distance from the document's
// date to the event's (news tells the latest meeting, a plan the next
// one); a report that fits two events equally well stays alone. Ties go
// by the event's key, so the result is a function of the set of reports:
// [Cluster] sorts its input and gives the same clusters for any order.
//
// # Incremental merging
//
// [Plan] merges new reports into stored events through an [Index]: it
// fetches the stored reports that share a type, an index key (an actor's
// ref or folded name, a country, for meetings a pair of countries, a
// place) and a month with a new report and whose dates overlap, keeps
// those that match and loads the events they belong to; it repeats from
// the day-dated reports it added (up to six times), while from a vaguely
// dated report it fetches only the finer reports it may join, so a month,
// a year or a plan never bridges to what its matches match; then it
// re-clusters that neighbourhood with [Cluster] and returns the events to
// write and to delete. A vague report that a new finer report fits has
// its days counted again, over its stored candidates and the new
// reports; once it is unplaced, neither it nor what it fits is fetched
// again, so a plan of a much-reported actor costs each new report no
// more than the plan itself. Because the neighbourhood holds every report whose place in a
// cluster the new ones can change, merging in any order gives the same
// events as clustering everything at once; the tests check this on the
// demo corpus and on generated articles, in shuffled orders and batches.
// The cost of a new article depends on how many stored reports share a
// month, an actor and a type with it (the news volume), not on the size
// of the store.
package timeline
