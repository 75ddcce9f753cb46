// Package offheap allocates large pointer-free tables outside the Go heap
// (the email index's, the ledger's runs). On the heap their megabytes
// would raise the collector's heap goal by as much again, times GOGC;
// mapped, they cost exactly the pages they touch and go back to the
// system at once when freed.
package offheap

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Slice maps a zeroed slice of n T. T must hold no pointers.
func Slice[T any](n int) ([]T, error) {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size == 0 {
		return nil, nil
	}
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, fmt.Errorf("allocate %d bytes: %w", size, err)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n), nil
}

// Free unmaps a slice Slice made (its full capacity); nil is a no-op.
func Free[T any](s []T) {
	if cap(s) == 0 {
		return
	}
	var zero T
	syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), cap(s)*int(unsafe.Sizeof(zero))))
}
