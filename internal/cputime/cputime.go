// Package cputime reads the CPU time the process has used, so benchmarks
// on a shared machine can report throughput per CPU-second next to
// wall-clock throughput.
package cputime

import "time"

// Used returns the user plus system CPU time of the process, or 0 where
// the platform does not say.
func Used() time.Duration { return used() }
