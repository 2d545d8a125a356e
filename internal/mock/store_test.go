package mock_test

import (
	"context"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/mock"
)

func TestStore(t *testing.T) {
	var got string
	s := &mock.Store{
		FindDocumentByIDFn: func(_ context.Context, id string) (*chronik.Document, error) {
			got = id
			return nil, chronik.Errorf(chronik.ENOTFOUND, "document %q not found", id)
		},
	}
	var store chronik.Store = s
	_, err := store.FindDocumentByID(t.Context(), "x")
	if got != "x" || chronik.ErrorCode(err) != chronik.ENOTFOUND {
		t.Errorf("FindDocumentByID(x) = %v (called with %q), want ENOTFOUND from the mock", err, got)
	}
	if err := store.Close(); err != nil {
		t.Errorf("Close() = %v, want nil for unset CloseFn", err)
	}
}
