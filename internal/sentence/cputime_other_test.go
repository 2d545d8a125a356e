//go:build !unix

package sentence

import "time"

// cpuTime is unknown on this system.
func cpuTime() time.Duration { return 0 }
