// Package output writes annotated documents for people and for other
// tools: JSON Lines in chronik's output contract, TimeML with TIMEX3 tags,
// and a plain-text view.
package output
