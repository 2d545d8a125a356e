package main

import (
	"fmt"

	"github.com/chronik-dev/chronik/internal/sqlite"
)

// openStore opens the store named by --db, CHRONIK_DB or the default.
func (a *App) openStore() (*sqlite.DB, error) {
	path, err := a.resolveDB()
	if err != nil {
		return nil, err
	}
	return a.openStoreAt(path)
}

func (a *App) openStoreAt(path string) (*sqlite.DB, error) {
	db := sqlite.NewDB(path)
	db.Logger = a.logger
	if err := db.Open(); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}
