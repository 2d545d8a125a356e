// Package chronik holds the domain types of chronik: documents with their
// document creation time (DCT), the annotation layers that the pipeline
// stages add to them (sentences, tokens, time expressions, entities, events),
// and the interfaces of the stores that keep them.
//
// Every annotation carries a [Span] of byte offsets into [Document.Text], the
// document body after the reader has removed any header. Implementations
// live under internal/ and are wired together in cmd/chronik.
package chronik
