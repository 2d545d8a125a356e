// Package pipeline runs annotation stages over documents. A [Stage] adds
// one layer (language, normalization, sentences and tokens, time
// expressions, entities, events) to a [chronik.Document]; a [Pipeline] runs
// its stages in order, and [Run] processes a stream of documents with a
// worker per core while delivering results in input order.
package pipeline
