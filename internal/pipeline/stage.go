package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/chronik-dev/chronik"
)

// Stage adds annotations to a document. An error is recorded on the
// document and the remaining stages still run; a stage must not keep
// references to the document after it returns.
type Stage interface {
	Annotate(ctx context.Context, doc *chronik.Document) error
}

// StageFunc adapts a function to a [Stage].
type StageFunc func(ctx context.Context, doc *chronik.Document) error

// Annotate calls f.
func (f StageFunc) Annotate(ctx context.Context, doc *chronik.Document) error { return f(ctx, doc) }

// Named gives a stage a name used in error messages.
type Named struct {
	Name  string
	Stage Stage
}

// Pipeline is an ordered list of stages. Stages that only apply to one
// language check doc.Lang themselves or are composed per language with
// [ByLang].
type Pipeline struct {
	Stages []Named
	// Logger, when set, receives the stack of a stage that panicked.
	Logger *slog.Logger
}

// Annotate runs every stage in order. A stage that fails or panics is
// recorded in doc.Errors and the next stage runs; Annotate only returns an
// error when ctx is done.
func (p *Pipeline) Annotate(ctx context.Context, doc *chronik.Document) error {
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := p.safeAnnotate(ctx, s, doc); err != nil {
			doc.AddError(err)
		}
	}
	return nil
}

func (p *Pipeline) safeAnnotate(ctx context.Context, s Named, doc *chronik.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", s.Name, r)
			if p.Logger != nil {
				p.Logger.Error("stage panicked", "stage", s.Name, "doc", doc.ID, "panic", r, "stack", string(debug.Stack()))
			}
		}
	}()
	if err := s.Stage.Annotate(ctx, doc); err != nil {
		return fmt.Errorf("%s: %w", s.Name, err)
	}
	return nil
}

// ByLang runs the stage registered for the document's language and does
// nothing for other languages.
type ByLang map[string]Stage

// Annotate dispatches on doc.Lang.
func (m ByLang) Annotate(ctx context.Context, doc *chronik.Document) error {
	if s, ok := m[doc.Lang]; ok && s != nil {
		return s.Annotate(ctx, doc)
	}
	return nil
}
