package main

import (
	"fmt"
	"time"

	"github.com/chronik-dev/chronik"
)

// dateRange turns --from/--to flags into a half-open interval [from, to).
// A bound is taken at its precision: --to 2019-04 ends with April.
func dateRange(from, to string) (time.Time, time.Time, error) {
	var f, t time.Time
	if from != "" {
		d, err := chronik.ParseDCT(from)
		if err != nil {
			return f, t, usageError{fmt.Errorf("--from: %w", err)}
		}
		f = d.Time
	}
	if to != "" {
		d, err := chronik.ParseDCT(to)
		if err != nil {
			return f, t, usageError{fmt.Errorf("--to: %w", err)}
		}
		t = endOf(d)
	}
	if !f.IsZero() && !t.IsZero() && !f.Before(t) {
		return f, t, usagef("--from %s is after --to %s", from, to)
	}
	return f, t, nil
}

// endOf returns the first instant after the period a date names.
func endOf(d chronik.DCT) time.Time {
	switch d.Precision {
	case chronik.PrecisionYear:
		return d.Time.AddDate(1, 0, 0)
	case chronik.PrecisionMonth:
		return d.Time.AddDate(0, 1, 0)
	case chronik.PrecisionDay:
		return d.Time.AddDate(0, 0, 1)
	}
	return d.Time.Add(time.Minute)
}
