package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/sqlite"
	"github.com/chronik-dev/chronik/internal/storetest"
)

// MustOpenDB opens a store in a new file under tb.TempDir.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "chronik.db"))
}

// MustOpenPath opens a store at path and closes it when the test ends.
func MustOpenPath(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) chronik.Store { return MustOpenDB(tb) })
}

func TestConcurrentStores(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	writer := MustOpenPath(t, path)
	reader := MustOpenPath(t, path)
	storetest.RunConcurrent(t, writer, reader)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
