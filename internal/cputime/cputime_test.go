package cputime

import (
	"runtime"
	"testing"
)

func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no rusage")
	}
	start := Used()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if Used() <= start {
		t.Errorf("Used did not grow after busy work (%d)", x)
	}
}
