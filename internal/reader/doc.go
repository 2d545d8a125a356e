// Package reader turns input files into [chronik.Document] values, the
// first stage of the pipeline.
//
// [Read] takes files, directories (walked recursively in lexical order,
// hidden entries skipped) and "-" for standard input, gunzips .gz files,
// detects each file's format by extension or content and yields one
// [Item] per document or problem. The formats are dated text (a
// "date YYYY[-MM[-DD]]" header before the body), plain text, JSON Lines,
// CSV with a header, HTML pages (main text via go-trafilatura), RSS and
// Atom feeds, WARC crawls and TimeML. One bad file, line or record never
// stops the batch: it becomes an [Item] whose Err is an [*Error] naming
// the file and, when known, the line.
//
// Readers set the document body, its creation time (DCT) at the
// precision the source gives, the title, URL, id and source; they never
// guess a missing DCT or a language.
package reader
