package main

import (
	"context"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/reader"
)

// newPipeline builds the annotation pipeline: language, normalization,
// sentences and tokens, then the extractors. Every stage checks doc.Lang
// itself, so one pipeline serves German and English.
func (a *App) newPipeline() (*pipeline.Pipeline, error) {
	kb, err := a.knowledgeBase()
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{Logger: a.logger, Stages: stages(kb)}, nil
}

// result is one input item after annotation.
type result struct {
	doc *chronik.Document
	err error // a reader problem; with doc set, a warning
	// known marks a document whose content is already stored, so it was
	// not annotated.
	known bool
}

// annotateItem is the worker function of [pipeline.Run].
func annotateItem(p *pipeline.Pipeline) func(context.Context, reader.Item) result {
	return func(ctx context.Context, it reader.Item) result {
		r := result{doc: it.Doc, err: it.Err}
		if it.Doc != nil {
			_ = p.Annotate(ctx, it.Doc)
		}
		return r
	}
}
