package mock

import (
	"context"

	"github.com/chronik-dev/chronik"
)

var _ chronik.Store = (*Store)(nil)

// Store is a mock [chronik.Store].
type Store struct {
	CreateDocumentsFn  func(ctx context.Context, docs []*chronik.Document) (chronik.BatchResult, error)
	KnownHashesFn      func(ctx context.Context, hashes []string) (map[string]bool, error)
	FindDocumentByIDFn func(ctx context.Context, id string) (*chronik.Document, error)
	FindDocumentsFn    func(ctx context.Context, filter chronik.DocumentFilter) ([]*chronik.Document, int, error)
	SearchFn           func(ctx context.Context, q chronik.SearchQuery) ([]chronik.SearchHit, error)
	CloseFn            func() error
}

// CreateDocuments calls CreateDocumentsFn.
func (s *Store) CreateDocuments(ctx context.Context, docs []*chronik.Document) (chronik.BatchResult, error) {
	return s.CreateDocumentsFn(ctx, docs)
}

// KnownHashes calls KnownHashesFn.
func (s *Store) KnownHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	return s.KnownHashesFn(ctx, hashes)
}

// FindDocumentByID calls FindDocumentByIDFn.
func (s *Store) FindDocumentByID(ctx context.Context, id string) (*chronik.Document, error) {
	return s.FindDocumentByIDFn(ctx, id)
}

// FindDocuments calls FindDocumentsFn.
func (s *Store) FindDocuments(ctx context.Context, filter chronik.DocumentFilter) ([]*chronik.Document, int, error) {
	return s.FindDocumentsFn(ctx, filter)
}

// Search calls SearchFn.
func (s *Store) Search(ctx context.Context, q chronik.SearchQuery) ([]chronik.SearchHit, error) {
	return s.SearchFn(ctx, q)
}

// Close calls CloseFn, or does nothing when it is unset.
func (s *Store) Close() error {
	if s.CloseFn == nil {
		return nil
	}
	return s.CloseFn()
}
