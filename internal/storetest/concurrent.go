package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/chronik-dev/chronik"
)

// RunConcurrent checks that reader can search and list while writer
// stores batches. writer and reader may be the same store or two stores
// on the same database; backends call it with two to check that separate
// processes can share a database.
func RunConcurrent(t *testing.T, writer, reader chronik.Store) {
	t.Helper()
	const batches, batchSize = 10, 20
	ctx := t.Context()

	var wg sync.WaitGroup
	done := make(chan struct{})
	var writeErr error
	wg.Go(func() {
		defer close(done)
		for b := range batches {
			docs := make([]*chronik.Document, batchSize)
			for i := range docs {
				docs[i] = generatedDocument(fmt.Sprintf("concurrent-%d", b), i)
			}
			res, err := writer.CreateDocuments(ctx, docs)
			if err != nil {
				writeErr = fmt.Errorf("batch %d: %w", b, err)
				return
			}
			if res.Created != batchSize {
				writeErr = fmt.Errorf("batch %d: created %d, want %d", b, res.Created, batchSize)
				return
			}
		}
	})

	reads, last := 0, 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		_, n, err := reader.FindDocuments(ctx, chronik.DocumentFilter{Limit: 1})
		if err != nil {
			t.Fatalf("FindDocuments during writes: %v", err)
		}
		if n < last || n%batchSize != 0 {
			t.Fatalf("FindDocuments count = %d after %d: want whole batches, never fewer", n, last)
		}
		hits, err := reader.Search(ctx, chronik.SearchQuery{Text: "harbour wages", Limit: 5})
		if err != nil {
			t.Fatalf("Search during writes: %v", err)
		}
		if n > 0 && len(hits) == 0 {
			t.Fatalf("Search found nothing with %d documents stored", n)
		}
		last = n
		reads++
	}
	wg.Wait()
	if writeErr != nil {
		t.Fatalf("CreateDocuments during reads: %v", writeErr)
	}
	_, n, err := reader.FindDocuments(ctx, chronik.DocumentFilter{})
	if err != nil {
		t.Fatalf("FindDocuments: %v", err)
	}
	if n != batches*batchSize {
		t.Errorf("after writes: %d documents, want %d", n, batches*batchSize)
	}
	t.Logf("%d reads while writing", reads)
}
