package pipeline

import (
	"fmt"
	"syscall"
	"unsafe"
)

// mapSlice allocates the email index's tables outside the Go heap. They
// hold no pointers, and on the heap their megabytes would raise the
// collector's heap goal by as much again; mapped, they cost exactly the
// pages they use and go back to the system at once when freed.
func mapSlice[T any](n int) ([]T, error) {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, fmt.Errorf("allocate %d bytes for the email index: %w", size, err)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n), nil
}

func unmapSlice[T any](s []T) {
	if len(s) == 0 {
		return
	}
	var zero T
	syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero))))
}
