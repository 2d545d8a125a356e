package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/ext/fts5"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DefaultBusyTimeout is how long a connection waits for a lock held by
// another connection or process before it fails with SQLITE_BUSY.
const DefaultBusyTimeout = 10 * time.Second

// DB is a chronik store in one SQLite file. It implements [chronik.Store].
//
// Create it with [NewDB], set its fields, then call [DB.Open]. Several
// DBs, in one process or many, may use the same file: the file is in WAL
// mode, so readers see the last committed batch while a writer works.
type DB struct {
	// Path is the database file. ":memory:" is not supported because
	// every connection of the pool would see its own database.
	Path string

	// BusyTimeout is how long to wait for locks; DefaultBusyTimeout if 0.
	BusyTimeout time.Duration

	// MaxOpenConns bounds the connection pool; 0 keeps database/sql's
	// default (unbounded). Writes are serialized by SQLite anyway.
	MaxOpenConns int

	// Now returns the current time; it stamps stored documents.
	Now func() time.Time

	// Logger receives migration and slow-operation messages.
	Logger *slog.Logger

	// MergeProgress, when set, is called after each transaction of a
	// MergeEvents call without ids, with the number of documents merged
	// so far in that call (for a progress bar).
	MergeProgress func(done int)

	db *sql.DB
}

var _ chronik.Store = (*DB)(nil)

// NewDB returns a store for the file at path with default options.
func NewDB(path string) *DB {
	return &DB{
		Path:        path,
		BusyTimeout: DefaultBusyTimeout,
		Now:         time.Now,
		Logger:      slog.New(slog.DiscardHandler),
	}
}

// Open opens the database file, creating it if needed, and brings its
// schema up to date. It fails with a clear message if the file was
// written by a newer chronik.
func (db *DB) Open() error {
	if db.Path == "" {
		return errors.New("open sqlite store: path required")
	}
	if db.Path == ":memory:" || strings.HasPrefix(db.Path, "file::memory:") {
		return errors.New("open sqlite store: in-memory databases are not supported; use a temporary file")
	}
	if db.Now == nil {
		db.Now = time.Now
	}
	if db.Logger == nil {
		db.Logger = slog.New(slog.DiscardHandler)
	}
	timeout := db.BusyTimeout
	if timeout <= 0 {
		timeout = DefaultBusyTimeout
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(timeout.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(wal)")
	q.Add("_pragma", "synchronous(normal)")
	q.Add("_pragma", "foreign_keys(on)")
	q.Set("_txlock", "immediate")
	dsn := (&url.URL{Scheme: "file", OmitHost: true, Path: db.Path, RawQuery: q.Encode()}).String()

	sdb, err := driver.Open(dsn, registerFTS)
	if err != nil {
		return fmt.Errorf("open sqlite store %s: %w", db.Path, err)
	}
	if db.MaxOpenConns > 0 {
		sdb.SetMaxOpenConns(db.MaxOpenConns)
	}
	sdb.SetMaxIdleConns(4)
	db.db = sdb
	if err := db.migrate(context.Background()); err != nil {
		sdb.Close()
		db.db = nil
		return fmt.Errorf("open sqlite store %s: %w", db.Path, err)
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	err := db.db.Close()
	db.db = nil
	if err != nil {
		return fmt.Errorf("close sqlite store: %w", err)
	}
	return nil
}

// registerFTS registers FTS5 and the stemming tokenizer on a new
// connection; every connection needs it to read or write the index.
func registerFTS(c *sqlite3.Conn) error {
	return fts5.RegisterCustom(c, func(api *fts5.API) error {
		return api.CreateTokenizer(tokenizerName, func([]string) (fts5.Tokenizer, error) {
			return stemTokenizer{}, nil
		})
	})
}

// migration is one numbered schema change from migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrationSteps are the parts of migrations that SQL cannot do, run in
// the migration's transaction after its SQL.
var migrationSteps = map[int]func(context.Context, *DB, *sql.Tx) error{
	3: encodeStoredMerged,
}

// migrations returns the embedded migrations in order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []migration
	for i, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s: want number %04d", base, i+1)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms, nil
}

// SchemaVersion is the newest schema version this binary knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		panic(err) // embedded files are checked by tests
	}
	return len(ms)
}

// migrate runs every migration not yet recorded, each in its own
// immediate transaction, so two processes opening a new file at once
// apply each migration once.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	ms, err := migrations()
	if err != nil {
		return err
	}
	var current int
	if err := db.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM migrations`).Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > len(ms) {
		return fmt.Errorf("store was written by a newer chronik (schema %d, this chronik knows %d); upgrade chronik", current, len(ms))
	}
	for _, m := range ms[current:] {
		if err := db.migrateOne(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func (db *DB) migrateOne(ctx context.Context, m migration) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil // another process was faster
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if step := migrationSteps[m.version]; step != nil {
		if err := step(ctx, db, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, db.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	db.Logger.Info("migrated sqlite store", "path", db.Path, "migration", m.name)
	return nil
}
