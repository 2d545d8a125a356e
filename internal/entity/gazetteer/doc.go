// Package gazetteer is chronik's knowledge base of named things: countries
// and former states, capitals and major cities, regions, international and
// national organisations, metonyms (Kreml, Weißes Haus), people in public
// office with the roles they held and when, and the words the entity
// recognizer needs around them (role nouns, sector nouns, first names,
// titles).
//
// The default knowledge base is written by us as tab-separated files under
// kb/, embedded with go:embed and parsed once on first use ([Default]). Each
// file opens with a header naming the sources of its facts. Language-specific
// word lists live in kb/de and kb/en. [Load] builds a private copy that a
// caller may extend with [KB.ImportGeoNames] and [KB.AddActors].
//
// Names are indexed in a trie over folded (lowercased) words; the recognizer
// in package entity walks it with [KB.Root] and [Node.Next]. [KB.Lookup]
// answers "who or what is NAME on DATE" with reasons, for the CLI.
package gazetteer
