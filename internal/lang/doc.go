// Package lang identifies whether a text is German or English.
//
// [Identify] counts function words and characteristic character n-grams
// from embedded profiles (data/de, data/en) and also counts the function
// words of a few languages chronik does not support (data/other) so that
// it can refuse them. It returns [ErrUnsupported] rather than guess: for
// other languages, for scripts other than Latin, for gibberish and for
// texts too short to decide. [Stage] sets chronik.Document.Lang.
package lang
