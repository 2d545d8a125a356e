package sqlite

import (
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/ncruces/go-sqlite3/driver"
)

func TestMigrations(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatalf("migrations: %v", err)
	}
	if len(ms) == 0 || SchemaVersion() != len(ms) {
		t.Fatalf("SchemaVersion() = %d with %d migrations", SchemaVersion(), len(ms))
	}
}

func TestOpen(t *testing.T) {
	t.Run("Reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "chronik.db")
		for range 2 {
			db := NewDB(path)
			if err := db.Open(); err != nil {
				t.Fatalf("Open: %v", err)
			}
			var n int
			if err := db.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
				t.Fatalf("count migrations: %v", err)
			}
			if n != SchemaVersion() {
				t.Errorf("migrations recorded = %d, want %d", n, SchemaVersion())
			}
			if err := db.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
		}
	})

	t.Run("WAL", func(t *testing.T) {
		db := NewDB(filepath.Join(t.TempDir(), "chronik.db"))
		if err := db.Open(); err != nil {
			t.Fatalf("Open: %v", err)
		}
		defer db.Close()
		var mode string
		if err := db.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
	})

	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "chronik.db")
		db := NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatalf("Open: %v", err)
		}
		db.Close()

		raw, err := driver.Open("file:" + path)
		if err != nil {
			t.Fatalf("open raw: %v", err)
		}
		if _, err := raw.Exec(`INSERT INTO migrations (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
			t.Fatalf("insert future migration: %v", err)
		}
		raw.Close()

		err = NewDB(path).Open()
		if err == nil || !strings.Contains(err.Error(), "store was written by a newer chronik (schema 99") ||
			!strings.Contains(err.Error(), "upgrade chronik") {
			t.Errorf("Open(newer schema) = %v, want newer-chronik error", err)
		}
	})

	errs := []struct {
		name, path string
	}{
		{"ErrNoPath", ""},
		{"ErrMemory", ":memory:"},
		{"ErrNoDir", filepath.Join("/nonexistent-dir-chronik", "x", "chronik.db")},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			db := NewDB(tt.path)
			if err := db.Open(); err == nil {
				db.Close()
				t.Errorf("Open(%q) = nil, want error", tt.path)
			}
		})
	}
}

// The tokenizer needs the FTS5 module registered on every connection of
// the pool, not just the first.
func TestFTSOnEveryConnection(t *testing.T) {
	db := NewDB(filepath.Join(t.TempDir(), "chronik.db"))
	if err := db.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer db.Close()
	var conns []*sql.Conn
	for range 3 {
		c, err := db.db.Conn(t.Context())
		if err != nil {
			t.Fatalf("Conn: %v", err)
		}
		conns = append(conns, c)
		var n int
		if err := c.QueryRowContext(t.Context(), `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'x'`).Scan(&n); err != nil {
			t.Errorf("query index on connection %d: %v", len(conns), err)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

// Event actors are indexed in event_actors for queries by actor.
func TestEventActors(t *testing.T) {
	db := NewDB(filepath.Join(t.TempDir(), "chronik.db"))
	if err := db.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer db.Close()
	doc := &chronik.Document{ID: "d", Lang: "de", Text: "Kim trifft Putin.", Events: []chronik.Event{{
		ID: "v1", Type: "CONSULT",
		Actor:     []chronik.Actor{{Ref: "Q56226", Country: "PRK", Sector: "GOV"}},
		Recipient: []chronik.Actor{{Ref: "Q7747", Country: "RUS", Sector: "GOV"}, {Ref: "Q159", Country: "RUS"}},
	}}}
	if _, err := db.CreateDocuments(t.Context(), []*chronik.Document{doc}); err != nil {
		t.Fatalf("CreateDocuments: %v", err)
	}
	var got []string
	rows, err := db.db.QueryContext(t.Context(), `SELECT role, ref, country FROM event_actors WHERE country = 'RUS' ORDER BY pos`)
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	defer rows.Close()
	for rows.Next() {
		var role, ref, country string
		if err := rows.Scan(&role, &ref, &country); err != nil {
			t.Fatal(err)
		}
		got = append(got, role+" "+ref+" "+country)
	}
	want := []string{"recipient Q7747 RUS", "recipient Q159 RUS"}
	if !slices.Equal(got, want) {
		t.Errorf("event_actors for RUS = %q, want %q", got, want)
	}
}
