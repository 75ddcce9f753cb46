package atomicfile

import (
	"os"
	"syscall"
	"unsafe"
)

// directAlign is the alignment O_DIRECT asks of a write's memory, length
// and file offset. 4096 covers the logical block size of the disks the
// tool meets (512 or 4096).
const directAlign = 4096

// writeDirect writes the largest aligned head of data with O_DIRECT and
// returns its length, or 0 when data is not aligned in memory or the file
// system or device refuses O_DIRECT; the caller writes the rest through
// the page cache.
//
// Batch files are written once and never read back by the tool: through
// the page cache each byte was copied into a new cache page and written
// back later: up to a third of a MariaDB run's kernel time in a busy
// stretch of this VM, and on a long run it evicts the database's own cache
// on a shared host. With O_DIRECT the disk reads the buffer itself.
func writeDirect(f *os.File, data []byte) (int, error) {
	n := len(data) &^ (directAlign - 1)
	if n == 0 || !aligned(data) {
		return 0, nil
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, nil
	}
	wrote := 0
	var werr error
	cerr := rc.Control(func(fd uintptr) {
		fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
		if e != 0 {
			return
		}
		if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_SETFL, fl|syscall.O_DIRECT); e != 0 {
			return // the file system has no O_DIRECT
		}
		defer syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_SETFL, fl)
		for wrote < n {
			m, err := syscall.Pwrite(int(fd), data[wrote:n], int64(wrote))
			switch {
			case err == syscall.EINTR:
				continue
			case err == syscall.EINVAL && wrote == 0:
				return // an alignment the device does not take
			case err != nil:
				werr = err
				return
			case m == 0:
				werr = syscall.EIO
				return
			}
			wrote += m
		}
	})
	if cerr != nil {
		return 0, nil
	}
	return wrote, werr
}

func aligned(b []byte) bool { return uintptr(unsafe.Pointer(&b[0]))%directAlign == 0 }

// Buffer returns an empty slice with room for n bytes, aligned in memory
// so that Commit can hand it to the disk directly.
func Buffer(n int) []byte {
	b := make([]byte, n+directAlign)
	off := int(-uintptr(unsafe.Pointer(&b[0])) & (directAlign - 1))
	return b[off : off : off+n]
}
