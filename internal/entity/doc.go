// Package entity finds people, places, states and organisations in a
// document and links them to the knowledge base of package gazetteer.
//
// The [Recognizer] is a pipeline stage. It reads [chronik.Document.NormText]
// (and the document's Lang and DCT), scans words itself, matches the longest
// names of the knowledge base over folded word sequences (German genitive -s,
// adjective endings and hyphenated compounds included), applies rules for
// names the knowledge base lacks (first names, titles, roles, earlier full
// mentions; acronyms, club prefixes and legal forms as organisations; a
// surname next to a verb of saying as a person; a lone first name as a
// person; an unknown word after "in", "nach" or "aus" that no German noun
// list, inflection or compound explains as a place; streets, districts,
// "Bad …" towns and hyphenated schools), and resolves role expressions ("der russische Außenminister",
// "US-Präsident") through the knowledge base's dated roles at the document
// date. It fills [chronik.Document.Entities] with ids e1, e2, … in text order;
// spans are byte offsets into Document.Text.
//
// Names: an entity's Name is the knowledge base's canonical name, which is the
// German spelling (Sergej Lawrow, Peking) whatever the document's language,
// so that one actor has one name across languages; Ref is the stable key.
package entity
