// Command chronik turns dated news articles into dated knowledge: time
// expressions normalized against the article date, entities, events and
// timelines, stored in an embedded SQLite file with full-text search.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit statuses of chronik.
const (
	exitOK       = 0 // everything went in
	exitFailed   = 1 // a document or an operation failed
	exitUsage    = 2 // bad flags or arguments
	exitCanceled = 130
)

// usageError marks errors in how chronik was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errDocsFailed reports that some documents of a batch failed; their
// errors have already been printed.
var errDocsFailed = errors.New("some documents failed")

// Main runs chronik with the given arguments and streams and returns the
// exit status. Tests call it directly.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &App{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errDocsFailed):
		return exitFailed
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "chronik: %v\nRun 'chronik --help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "chronik: interrupted")
		return exitCanceled
	default:
		fmt.Fprintf(stderr, "chronik: %v\n", err)
		return exitFailed
	}
}
