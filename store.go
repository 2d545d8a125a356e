package chronik

import (
	"context"
	"time"
)

// Store keeps documents with their annotations and finds them again.
// Implementations must be safe for concurrent use; readers may query while
// a batch is being written.
type Store interface {
	// CreateDocuments stores a batch in one transaction: either every new
	// document of the batch is stored with all its annotations, or none is.
	// Documents whose content hash is already stored are skipped and
	// counted as duplicates. Ids of new documents that collide with a
	// stored id are made unique by a suffix.
	CreateDocuments(ctx context.Context, docs []*Document) (BatchResult, error)

	// KnownHashes returns which of the given content hashes are already
	// stored, so callers can skip annotating documents they already have.
	KnownHashes(ctx context.Context, hashes []string) (map[string]bool, error)

	// FindDocumentByID returns a stored document with all its annotations,
	// or an error with code ENOTFOUND.
	FindDocumentByID(ctx context.Context, id string) (*Document, error)

	// FindDocuments lists stored documents (without annotations) that
	// match the filter, ordered by DCT then id.
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*Document, int, error)

	// Search runs a full-text query with German and English stemming and
	// returns ranked hits with highlighted snippets.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// Close releases the store.
	Close() error
}

// BatchResult counts what [Store.CreateDocuments] did with a batch.
type BatchResult struct {
	Created    int
	Duplicates int
	// IDs holds the stored id of every created document, in batch order.
	IDs []string
}

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	From, To time.Time // by DCT, inclusive From, exclusive To
	Lang     string
	Offset   int
	Limit    int
}

// SearchQuery is a full-text query.
type SearchQuery struct {
	// Text is the query: words, "quoted phrases", OR, and -excluded words.
	Text     string
	From, To time.Time // by DCT, inclusive From, exclusive To
	Lang     string
	Limit    int
}

// SearchHit is one document found by a search.
type SearchHit struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	DCT   DCT    `json:"dct"`
	Lang  string `json:"lang"`
	// Snippet shows matching words between « and ».
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}
