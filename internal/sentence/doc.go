// Package sentence splits a token sequence into sentences.
//
// [Split] works over the tokens of package tokenize and the normalized
// text they index. It ends a sentence after ".", "!", "?" and "..." (with
// any closing quotes or brackets that follow) when the next token can
// start one; after abbreviations, ordinals, numeric dates and initials
// only when the next word clearly starts a sentence (a capitalized
// function word from data/<lang>/starters.txt, embedded) and never after
// inner abbreviations such as "Dr." or "z.B."; always at a blank line; and
// at a single line break after a headline without final punctuation,
// unless the text is hard-wrapped.
//
// [Stage] is the pipeline stage for this layer: it tokenizes and splits a
// document, filling both Document.Tokens and Document.Sentences.
package sentence
