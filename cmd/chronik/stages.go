package main

import (
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/lang"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
)

// languageStages are the layers every extractor stands on: the normalized
// text with its offset map, the language, tokens and sentences.
func languageStages() []pipeline.Named {
	return []pipeline.Named{
		{Name: "normalize", Stage: textnorm.Stage{}},
		{Name: "language", Stage: lang.Stage{}},
		{Name: "sentences", Stage: sentence.Stage{}},
	}
}

// stages is the whole annotation pipeline.
func stages(kb *gazetteer.KB) []pipeline.Named {
	return append(languageStages(),
		pipeline.Named{Name: "time", Stage: temporal.NewTagger()},
		pipeline.Named{Name: "entities", Stage: entity.NewRecognizer(kb)},
		pipeline.Named{Name: "events", Stage: &event.Coder{KB: kb}},
	)
}
