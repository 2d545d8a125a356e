package storetest

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func testCreateDocuments(t *testing.T, open Open) {
	t.Run("OK", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		res := mustCreate(t, s, corpusDocuments()...)
		if res.Created != len(corpus) || res.Duplicates != 0 {
			t.Errorf("CreateDocuments(corpus) = %+v, want %d created", res, len(corpus))
		}
		want := ids(corpusDocuments())
		if !slices.Equal(res.IDs, want) {
			t.Errorf("CreateDocuments(corpus).IDs = %v, want %v", res.IDs, want)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		res := mustCreate(t, s)
		if res.Created != 0 || res.Duplicates != 0 || len(res.IDs) != 0 {
			t.Errorf("CreateDocuments(nil) = %+v, want zero", res)
		}
	})

	t.Run("Duplicates", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		a, b := corpus[0].document(), corpus[1].document()
		again := corpus[0].document()
		again.ID = "other-id" // same DCT and text: same content
		again.Title = "Another title"
		res := mustCreate(t, s, a, b, again)
		if res.Created != 2 || res.Duplicates != 1 {
			t.Errorf("CreateDocuments(a, b, a') = %+v, want 2 created, 1 duplicate", res)
		}
		res = mustCreate(t, s, corpus[1].document(), corpus[2].document())
		if res.Created != 1 || res.Duplicates != 1 || !slices.Equal(res.IDs, []string{corpus[2].id}) {
			t.Errorf("CreateDocuments(b, c) = %+v, want c created, 1 duplicate", res)
		}
		if _, err := s.FindDocumentByID(t.Context(), "other-id"); chronik.ErrorCode(err) != chronik.ENOTFOUND {
			t.Errorf("FindDocumentByID(duplicate) error = %v, want ENOTFOUND", err)
		}
	})

	t.Run("SameTextOtherDCT", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		a := corpus[0].document()
		b := corpus[0].document()
		b.DCT = chronik.MustParseDCT("2019-04-20")
		res := mustCreate(t, s, a, b)
		if res.Created != 2 {
			t.Errorf("CreateDocuments(same text, other DCT) = %+v, want 2 created", res)
		}
	})

	t.Run("IDCollision", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		mk := func(text string) *chronik.Document {
			return &chronik.Document{ID: "tagesschau-1", Lang: "de", Text: text}
		}
		res := mustCreate(t, s, mk("Erster Text."), mk("Zweiter Text."))
		if want := []string{"tagesschau-1", "tagesschau-1-2"}; !slices.Equal(res.IDs, want) {
			t.Errorf("IDs = %v, want %v", res.IDs, want)
		}
		res = mustCreate(t, s, mk("Dritter Text."))
		if want := []string{"tagesschau-1-3"}; !slices.Equal(res.IDs, want) {
			t.Errorf("IDs = %v, want %v", res.IDs, want)
		}
		doc, err := s.FindDocumentByID(t.Context(), "tagesschau-1-3")
		if err != nil {
			t.Fatalf("FindDocumentByID: %v", err)
		}
		if doc.Text != "Dritter Text." {
			t.Errorf("FindDocumentByID(tagesschau-1-3).Text = %q, want %q", doc.Text, "Dritter Text.")
		}
	})

	t.Run("NoID", func(t *testing.T) {
		s := open(t)
		defer s.Close()
		doc := &chronik.Document{Lang: "en", Text: "A text without an id."}
		res := mustCreate(t, s, doc)
		if len(res.IDs) != 1 || res.IDs[0] == "" {
			t.Fatalf("IDs = %v, want one generated id", res.IDs)
		}
		if _, err := s.FindDocumentByID(t.Context(), res.IDs[0]); err != nil {
			t.Errorf("FindDocumentByID(%q): %v", res.IDs[0], err)
		}
	})

	// Every failing batch must leave nothing behind.
	failing := []struct {
		name string
		ctx  func(t *testing.T) context.Context
		bad  func() *chronik.Document
		code string // error code, or "" to check errors.Is(err, is)
		is   error
	}{
		{
			name: "ErrInvalidUTF8",
			ctx:  func(t *testing.T) context.Context { return t.Context() },
			bad: func() *chronik.Document {
				return &chronik.Document{ID: "bad", Lang: "de", Text: "Kaputt: \xff\xfe"}
			},
			code: chronik.EINVALID,
		},
		{
			name: "ErrSpanOutsideText",
			ctx:  func(t *testing.T) context.Context { return t.Context() },
			bad: func() *chronik.Document {
				d := corpus[3].document()
				d.Timexes = []chronik.Timex{{ID: "t1", Span: chronik.Span{Start: 10, End: 10000}, Type: "DATE"}}
				return d
			},
			code: chronik.EINVALID,
		},
		{
			name: "ErrCanceled",
			ctx: func(t *testing.T) context.Context {
				ctx, cancel := context.WithCancel(t.Context())
				cancel()
				return ctx
			},
			bad: func() *chronik.Document { return corpus[3].document() },
			is:  context.Canceled,
		},
	}
	for _, tt := range failing {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			batch := []*chronik.Document{corpus[0].document(), tt.bad(), corpus[1].document()}
			_, err := s.CreateDocuments(tt.ctx(t), batch)
			if err == nil {
				t.Fatalf("CreateDocuments(%s) = nil error, want one", tt.name)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("CreateDocuments(%s) error = %v, want %v", tt.name, err, tt.is)
			}
			if got := chronik.ErrorCode(err); tt.code != "" && got != tt.code {
				t.Errorf("CreateDocuments(%s) error code = %q (%v), want %q", tt.name, got, err, tt.code)
			}
			_, n, err := s.FindDocuments(t.Context(), chronik.DocumentFilter{})
			if err != nil {
				t.Fatalf("FindDocuments: %v", err)
			}
			if n != 0 {
				t.Errorf("after failed batch: %d documents stored, want 0", n)
			}
			known, err := s.KnownHashes(t.Context(), []string{batch[0].ContentHash()})
			if err != nil {
				t.Fatalf("KnownHashes: %v", err)
			}
			if len(known) != 0 {
				t.Errorf("after failed batch: KnownHashes = %v, want none", known)
			}
			hits, err := s.Search(t.Context(), chronik.SearchQuery{Text: "Wladiwostok"})
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if len(hits) != 0 {
				t.Errorf("after failed batch: Search found %v, want nothing", hitIDs(hits))
			}
			// The store still works.
			if res := mustCreate(t, s, batch[0], batch[2]); res.Created != 2 {
				t.Errorf("retry without the bad document = %+v, want 2 created", res)
			}
		})
	}
}

// cancelingContext cancels itself on the n-th call of Err, so a batch
// is canceled while it is being written, as by a kill or a signal.
type cancelingContext struct {
	context.Context
	cancel context.CancelFunc
	calls  atomic.Int64
	n      int64
}

func (c *cancelingContext) Err() error {
	if c.calls.Add(1) >= c.n {
		c.cancel()
	}
	return c.Context.Err()
}

func testCanceledMidBatch(t *testing.T, open Open) {
	s := open(t)
	defer s.Close()
	batch := make([]*chronik.Document, 200)
	for i := range batch {
		batch[i] = generatedDocument("cancel", i)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	cctx := &cancelingContext{Context: ctx, cancel: cancel, n: 50}
	if _, err := s.CreateDocuments(cctx, batch); err == nil {
		t.Fatalf("CreateDocuments(canceled mid-batch) = nil error, want one (Err called %d times)", cctx.calls.Load())
	}
	_, n, err := s.FindDocuments(t.Context(), chronik.DocumentFilter{})
	if err != nil {
		t.Fatalf("FindDocuments: %v", err)
	}
	if n != 0 {
		t.Errorf("after a batch canceled midway: %d documents stored, want 0", n)
	}
}

func testKnownHashes(t *testing.T, open Open) {
	s := openWithCorpus(t, open)
	docs := corpusDocuments()
	t.Run("OK", func(t *testing.T) {
		hashes := []string{docs[0].ContentHash(), "0000", docs[3].ContentHash(), ""}
		got, err := s.KnownHashes(t.Context(), hashes)
		if err != nil {
			t.Fatalf("KnownHashes: %v", err)
		}
		want := map[string]bool{docs[0].ContentHash(): true, docs[3].ContentHash(): true}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("KnownHashes mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		got, err := s.KnownHashes(t.Context(), nil)
		if err != nil {
			t.Fatalf("KnownHashes(nil): %v", err)
		}
		if len(got) != 0 {
			t.Errorf("KnownHashes(nil) = %v, want empty", got)
		}
	})
	t.Run("Many", func(t *testing.T) {
		var hashes []string
		for i := range 5000 {
			hashes = append(hashes, generatedDocument("unknown", i).ContentHash())
		}
		hashes = append(hashes, docs[5].ContentHash())
		got, err := s.KnownHashes(t.Context(), hashes)
		if err != nil {
			t.Fatalf("KnownHashes: %v", err)
		}
		if len(got) != 1 || !got[docs[5].ContentHash()] {
			t.Errorf("KnownHashes(5001 hashes) = %v, want only %s", got, docs[5].ContentHash())
		}
	})
}

func testFindDocumentByID(t *testing.T, open Open) {
	s := open(t)
	defer s.Close()
	want := annotatedDocument()
	mustCreate(t, s, want, corpus[4].document())

	t.Run("OK", func(t *testing.T) {
		got, err := s.FindDocumentByID(t.Context(), want.ID)
		if err != nil {
			t.Fatalf("FindDocumentByID: %v", err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("FindDocumentByID(%q) mismatch (-want +got):\n%s", want.ID, diff)
		}
	})
	t.Run("Plain", func(t *testing.T) {
		want := corpus[4].document()
		got, err := s.FindDocumentByID(t.Context(), want.ID)
		if err != nil {
			t.Fatalf("FindDocumentByID: %v", err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("FindDocumentByID(%q) mismatch (-want +got):\n%s", want.ID, diff)
		}
	})
	t.Run("Normalized", func(t *testing.T) {
		want := &chronik.Document{
			ID: "norm", Lang: "de", DCT: chronik.MustParseDCT("2019-04-25T14:30"),
			Text:        "„Zitat“ – Ende",
			Norm:        "\"Zitat\" - Ende",
			NormOffsets: []int32{0, 3, 4, 5, 6, 7, 8, 11, 12, 15, 16, 17, 18, 19, 20},
		}
		mustCreate(t, s, want)
		got, err := s.FindDocumentByID(t.Context(), want.ID)
		if err != nil {
			t.Fatalf("FindDocumentByID: %v", err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("FindDocumentByID(%q) mismatch (-want +got):\n%s", want.ID, diff)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := s.FindDocumentByID(t.Context(), "no-such-document")
		if code := chronik.ErrorCode(err); code != chronik.ENOTFOUND {
			t.Errorf("FindDocumentByID(missing) error = %v, want code %s", err, chronik.ENOTFOUND)
		}
	})
}
