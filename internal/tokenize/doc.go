// Package tokenize splits normalized text into byte-span tokens.
//
// [Scanner] is a pull-based scanner built from state functions in the
// manner of text/template/parse: Init it with a text and a language, then
// call Scan until it reports false. It knows German and English
// abbreviations (data/<lang>/abbreviations.txt, embedded), initials,
// ordinals ("3." before a month or after an article), numeric dates and
// times ("9.11.1989", "20.30 Uhr"), decimal commas and thousands
// separators, hyphenated compounds, clitics ("Trump's", "don't"), URLs,
// e-mail addresses, quotes, percent and currency signs.
//
// [Tokens] runs the scanner over a whole [chronik.Document]: it scans
// Document.NormText and maps every span back into Document.Text.
package tokenize
