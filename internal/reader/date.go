package reader

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronik-dev/chronik"
)

// dateLayouts are the timestamp forms met in feeds, HTML and exports
// beyond what [chronik.ParseDCT] reads. Each keeps minute precision.
var dateLayouts = []string{
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	time.RFC822,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
}

// dayLayouts are date-only forms, kept at day precision.
var dayLayouts = []string{
	"02.01.2006",
	"2.1.2006",
	"2006/01/02",
	"January 2, 2006",
	"2 January 2006",
	"Jan 2, 2006",
	"2 Jan 2006",
}

// parseDate reads a date written by a machine: TIMEX3 values and RFC
// 3339 (via [chronik.ParseDCT]), RFC 1123/822 as in RSS, and a few
// date-only forms. A timestamp keeps its wall time in its own zone at
// minute precision. An empty string is an unknown date.
func parseDate(s string) (chronik.DCT, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return chronik.DCT{}, nil
	}
	if d, err := chronik.ParseDCT(s); err == nil {
		return d, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return minuteDCT(t), nil
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return chronik.DCT{Time: t, Precision: chronik.PrecisionDay}, nil
		}
	}
	return chronik.DCT{}, fmt.Errorf("%w %q", ErrBadDate, s)
}

// minuteDCT returns t's wall time in its own zone at minute precision,
// as [chronik.ParseDCT] does for RFC 3339 times.
func minuteDCT(t time.Time) chronik.DCT {
	return chronik.DCT{
		Time:      time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC),
		Precision: chronik.PrecisionMinute,
	}
}
