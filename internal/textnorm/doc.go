// Package textnorm normalizes document text for matching while keeping a
// byte offset map back to the original.
//
// [Normalize] applies Unicode NFC, removes soft hyphens and zero-width
// characters, turns non-breaking and other Unicode spaces into ' ',
// typographic quotes into a straight double or single quote, dashes and the minus sign into '-'
// and the ellipsis into "...". [Stage] stores the result in
// chronik.Document.Norm and NormOffsets.
package textnorm
