// Package sqlite is chronik's embedded store: one SQLite file, pure Go
// (github.com/ncruces/go-sqlite3, no cgo), implementing [chronik.Store].
//
// It consumes annotated documents from the pipeline and keeps them with
// all their layers: documents with their text, sentence and token layers
// as compact blobs (layers.go), time expressions, entities and events in
// their own tables so that timelines and queries by actor, date and place
// can index them, and an FTS5 full-text index.
//
// # Schema
//
// The schema lives in numbered migrations (migrations/NNNN_name.sql),
// embedded in the binary. [DB.Open] applies the missing ones, each in its
// own transaction, and records them in the migrations table. A file
// written by a newer chronik is refused, never misread.
//
// # Full-text search
//
// FTS5 tokenizes with a tokenizer written in Go (stem.go) that lowercases,
// stems with the Snowball stemmer of the document's language (German or
// English, passed to FTS5 as the row's locale) and folds umlauts and
// other diacritics. Queries are stemmed with both stemmers, the second
// stem a colocated synonym, so "Atomwaffe" finds "Atomwaffen" and
// "sanctions" finds "sanctioned". Because the tokenizer is registered on
// each connection, the index can only be queried through this package;
// the sqlite3 shell sees the other tables.
//
// The index is an external-content FTS5 table over documents.title and
// documents.text, so the text is stored once. FTS5 itself does not know
// a row's language when it reads the content table: code that deletes a
// document from the index or rebuilds it must pass the values wrapped in
// fts5_locale(lang, …), as CreateDocuments does; FTS5's own 'rebuild'
// command would index every document with both stemmers.
//
// # Concurrency
//
// The file is in WAL mode with a busy timeout: any number of readers, in
// this process or others, query while one writer stores a batch, and
// each batch is one transaction.
package sqlite
