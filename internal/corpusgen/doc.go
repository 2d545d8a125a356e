// Package corpusgen generates dated German and English news articles for
// benchmarks: deterministic for a seed, varied enough to exercise every
// layer (abbreviations, ordinals, numeric dates, quotes, relative time
// expressions, names and places), and as large as a benchmark needs.
// The sentences are templates written for chronik.
package corpusgen
