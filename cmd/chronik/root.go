package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

// App holds what every command shares: the streams and the environment.
type App struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	dbPath string
	logger *slog.Logger
	// kbDir holds the user's additions to the knowledge base; empty means
	// $CHRONIK_KB, else kb/ in the user's data directory.
	kbDir string
	// deferMerge leaves merging events into timelines to the first
	// command that reads timelines (ingest --defer-merge).
	deferMerge bool
	kb         *gazetteer.KB
}

func (a *App) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "chronik",
		Short: "Turn dated news articles into dated knowledge",
		Long: `chronik reads dated news articles in German and English and finds in them
what happened, to whom, where and when: every time expression normalized
against the article's date (TIMEX3), people, places and organisations,
political events in the PLOVER ontology, and timelines across articles.

Start with 'chronik demo', which needs no setup. Inputs are dated text
files ("date 2019-04-25" followed by the article), plain text, JSON Lines,
CSV, HTML, RSS/Atom feeds, WARC crawls and TimeML, from files, directories,
stdin or gzip.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			level := slog.LevelWarn
			if v, _ := cmd.Flags().GetBool("verbose"); v {
				level = slog.LevelDebug
			}
			a.logger = slog.New(slog.NewTextHandler(a.Stderr, &slog.HandlerOptions{Level: level}))
		},
	}
	root.PersistentFlags().BoolP("verbose", "v", false, "log what chronik does to stderr")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
	})
	root.AddCommand(
		a.extractCommand(),
		a.ingestCommand(),
		a.searchCommand(),
		a.showCommand(),
		a.demoCommand(),
		a.timelineCommand(),
		a.actorsCommand(),
		a.networkCommand(),
		a.exportCommand(),
		a.evalCommand(),
		a.benchCommand(),
		a.kbCommand(),
		a.versionCommand(),
	)
	return root
}

// addDBFlag adds --db to a command that uses the store.
func (a *App) addDBFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&a.dbPath, "db", "", "store file (default $CHRONIK_DB, else chronik.db in the user's data directory)")
}

// resolveDB returns the store path from --db, CHRONIK_DB or the default.
func (a *App) resolveDB() (string, error) {
	if a.dbPath != "" {
		return a.dbPath, nil
	}
	if p := a.Getenv("CHRONIK_DB"); p != "" {
		return p, nil
	}
	dir, err := a.dataDir()
	if err != nil {
		return "", fmt.Errorf("find a place for the store (set --db or CHRONIK_DB): %w", err)
	}
	return filepath.Join(dir, "chronik.db"), nil
}

// dataDir returns chronik's directory in the user's data directory,
// creating it.
func (a *App) dataDir() (string, error) {
	dir := a.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		switch runtime.GOOS {
		case "darwin":
			dir = filepath.Join(home, "Library", "Application Support")
		case "windows":
			dir = filepath.Join(home, "AppData", "Local")
		default:
			dir = filepath.Join(home, ".local", "share")
		}
	}
	dir = filepath.Join(dir, "chronik")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create data directory: %w", err)
	}
	return dir, nil
}

func (a *App) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print chronik's version",
		Args:    noArgs,
		Example: `  chronik version`,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(a.Stdout, "chronik %s (%s, %s/%s)\n", buildVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	if rev != "" {
		v += " " + rev[:min(12, len(rev))] + dirty
	}
	return strings.TrimSpace(v)
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args)
	}
	return nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s needs %d argument(s), got %d (see '%s --help')", cmd.CommandPath(), n, len(args), cmd.CommandPath())
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs at least %d argument(s) (see '%s --help')", cmd.CommandPath(), n, cmd.CommandPath())
		}
		return nil
	}
}
