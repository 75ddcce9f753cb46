package pipeline

import (
	"fmt"
	"syscall"
	"unsafe"
)

// allocSlots maps the email index's table outside the Go heap. It holds no
// pointers, and on the heap its tens of megabytes would double the
// collector's heap goal; mapped, it costs exactly the pages it uses and is
// returned to the system at once when the table grows or the run ends.
func allocSlots(n int) ([]slot, error) {
	size := n * int(unsafe.Sizeof(slot{}))
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, fmt.Errorf("allocate email index of %d slots: %w", n, err)
	}
	return unsafe.Slice((*slot)(unsafe.Pointer(&b[0])), n), nil
}

func freeSlots(s []slot) {
	if len(s) == 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(slot{})))
	syscall.Munmap(b)
}
