// Package textgen generates German and English news-like text for
// benchmarks: sentences built from word lists written for chronik, with
// dates, ordinals, numbers, abbreviations, typographic quotes and
// paragraphs, so that every part of the language layer is exercised.
// The output is deterministic for a seed.
package textgen
