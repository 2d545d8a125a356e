package storetest

import (
	"context"
	"testing"

	"github.com/chronik-dev/chronik"
)

// Open returns a new, empty store for one test; the test closes it.
type Open func(tb testing.TB) chronik.Store

// Run runs the conformance suite against stores made by open. Every
// subtest opens its own store.
func Run(t *testing.T, open Open) {
	t.Run("CreateDocuments", func(t *testing.T) { testCreateDocuments(t, open) })
	t.Run("CanceledMidBatch", func(t *testing.T) { testCanceledMidBatch(t, open) })
	t.Run("KnownHashes", func(t *testing.T) { testKnownHashes(t, open) })
	t.Run("FindDocumentByID", func(t *testing.T) { testFindDocumentByID(t, open) })
	t.Run("FindDocuments", func(t *testing.T) { testFindDocuments(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("Concurrent", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		RunConcurrent(t, s, s)
	})
}

// mustCreate stores docs and fails the test on error.
func mustCreate(tb testing.TB, s chronik.Store, docs ...*chronik.Document) chronik.BatchResult {
	tb.Helper()
	res, err := s.CreateDocuments(tbContext(tb), docs)
	if err != nil {
		tb.Fatalf("CreateDocuments: %v", err)
	}
	return res
}

// openWithCorpus opens a store holding the test corpus.
func openWithCorpus(tb testing.TB, open Open) chronik.Store {
	tb.Helper()
	s := open(tb)
	tb.Cleanup(func() { s.Close() })
	mustCreate(tb, s, corpusDocuments()...)
	return s
}

// tbContext returns the test's context.
func tbContext(tb testing.TB) context.Context {
	return tb.Context()
}

func ids(docs []*chronik.Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

func hitIDs(hits []chronik.SearchHit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}
