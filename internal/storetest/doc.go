// Package storetest is the conformance suite for [chronik.Store]
// implementations. Every backend (internal/sqlite, internal/postgres)
// runs [Run] from its own tests with a function that opens a fresh,
// empty store, so all backends keep the same behaviour: deduplication by
// content hash, atomic batches, annotation round trips, full-text search
// with German and English stemming, filters and concurrent use.
//
// The suite only uses the chronik.Store interface; the test articles in
// corpus.go are short texts about real events, written for this suite.
package storetest
