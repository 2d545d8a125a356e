//go:build !unix

package event

import "time"

// cpuTime is not measured on this platform; MB/cpu-s is then not reported.
func cpuTime() time.Duration { return 0 }
