package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"github.com/chronik-dev/chronik"
)

// DefaultSearchLimit is the number of hits Search returns when the query
// sets no limit; MaxSearchLimit bounds larger requests.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 1000
)

// titleWeight is how much more a match in the title counts than one in
// the body (bm25 column weight).
const titleWeight = 4.0

// Search runs a full-text query; see [chronik.Store.Search]. The query
// language is described at [ParseQuery]. Hits are ranked by bm25 with the
// title weighted above the body; snippets mark matches with « and ».
func (db *DB) Search(ctx context.Context, q chronik.SearchQuery) ([]chronik.SearchHit, error) {
	match, err := ParseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	limit = min(limit, MaxSearchLimit)

	// ORDER BY rank with the rank function set in the MATCH lets FTS5
	// return rows best first, so snippets are computed for the returned
	// rows only; CROSS JOIN keeps the index as the outer loop even when a
	// filter on documents looks selective.
	conds, args := documentConds("d", q.From, q.To, q.Lang)
	conds = append([]string{"documents_fts MATCH ?", "documents_fts.rank MATCH ?"}, conds...)
	args = append([]any{match, fmt.Sprintf("bm25(%g, 1.0)", titleWeight)}, args...)
	args = append(args, limit)
	query := `SELECT d.id, d.title, d.dct, d.lang,
			snippet(documents_fts, -1, '«', '»', '…', 24), documents_fts.rank
		FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid
		WHERE ` + strings.Join(conds, " AND ") + `
		ORDER BY documents_fts.rank
		LIMIT ?`

	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("search: begin: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	hits := []chronik.SearchHit{}
	for rows.Next() {
		var (
			h    chronik.SearchHit
			dct  string
			rank float64
		)
		if err := rows.Scan(&h.ID, &h.Title, &dct, &h.Lang, &h.Snippet, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		if h.DCT, err = chronik.ParseDCT(dct); err != nil {
			return nil, fmt.Errorf("search %q: document %s: %w", q.Text, h.ID, err)
		}
		h.Score = -rank // bm25 is smaller for better matches
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}

// ParseQuery translates a user query into an FTS5 MATCH expression.
//
// The query language: words must all occur (AND); "quoted phrases" must
// occur as written, word for word; OR between two terms accepts either;
// a leading - excludes a word or phrase; a trailing * makes a word a
// prefix; AND is allowed and changes nothing. Every term is passed to FTS5 as a quoted string, so FTS5
// operators and punctuation in the query are never interpreted; the
// tokenizer stems each word with both the German and the English
// stemmer. A query without any term to look for fails with EINVALID.
func ParseQuery(text string) (string, error) {
	var (
		groups   [][]string // AND of ORs
		excluded []string
		orNext   bool
	)
	for _, t := range lexQuery(text) {
		if t.or {
			orNext = len(groups) > 0
			continue
		}
		if t.neg {
			excluded = append(excluded, t.fts)
			orNext = false
			continue
		}
		if orNext {
			groups[len(groups)-1] = append(groups[len(groups)-1], t.fts)
		} else {
			groups = append(groups, []string{t.fts})
		}
		orNext = false
	}
	if len(groups) == 0 {
		if len(excluded) > 0 {
			return "", chronik.Errorf(chronik.EINVALID, "search %q: needs a word that is not excluded", text)
		}
		return "", chronik.Errorf(chronik.EINVALID, "search %q: no words to search for", text)
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		if len(g) == 1 {
			b.WriteString(g[0])
			continue
		}
		b.WriteString("(" + strings.Join(g, " OR ") + ")")
	}
	if len(excluded) > 0 {
		return "(" + b.String() + ") NOT (" + strings.Join(excluded, " OR ") + ")", nil
	}
	return b.String(), nil
}

// queryTerm is one term of a user query, already written as FTS5.
type queryTerm struct {
	fts string // FTS5 string, e.g. "gipfel" or "kim jong"*
	neg bool
	or  bool // the OR operator
}

// lexQuery splits a user query into terms. Terms without a letter or
// digit (stray punctuation) are dropped, since FTS5 would find no token
// in them.
func lexQuery(text string) []queryTerm {
	var terms []queryTerm
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			neg = true
			i++
		}
		var word string
		quoted := rs[i] == '"'
		if quoted {
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			word = string(rs[i+1 : j])
			i = min(j+1, len(rs))
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' {
				j++
			}
			word = string(rs[i:j])
			i = j
		}
		if word == "OR" && !neg && !quoted {
			terms = append(terms, queryTerm{or: true})
			continue
		}
		if word == "AND" && !neg && !quoted {
			continue // words are ANDed anyway
		}
		prefix := strings.HasSuffix(word, "*")
		word = strings.TrimRight(word, "*")
		if !strings.ContainsFunc(word, isTermStart) {
			continue
		}
		fts := `"` + strings.ReplaceAll(word, `"`, `""`) + `"`
		if prefix {
			fts += "*"
		}
		terms = append(terms, queryTerm{fts: fts, neg: neg})
	}
	return terms
}
