package pipeline

import "unsafe"

// unsafeString shares b's memory, as scratch-built record fields do.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
