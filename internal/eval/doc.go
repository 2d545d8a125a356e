// Package eval scores chronik's annotations against gold data: sentence
// boundaries, time expressions (TempEval-3 metrics), entities and events.
// It reads the gold formats itself and never needs a network or a store.
package eval
