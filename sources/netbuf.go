package sources

import (
	"bufio"
	"net"
	"syscall"
)

// Buffered gives a database connection a large read buffer. Drivers read
// the socket 4 KiB at a time (go-sql-driver/mysql, lib/pq): a million rows
// then take some 50,000 read calls, each a trip through the kernel and
// often the poller. With 256 KiB a read takes what the socket holds.
func Buffered(c net.Conn) net.Conn {
	b := &bufConn{Conn: c, r: bufio.NewReaderSize(c, 256<<10)}
	if sc, ok := c.(syscall.Conn); ok {
		// The MySQL driver checks a pooled connection's liveness on the
		// raw socket; between statements nothing is left in the buffer,
		// so the socket tells the truth.
		return &bufSyscallConn{bufConn: b, sc: sc}
	}
	return b
}

type bufConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *bufConn) Read(p []byte) (int, error) { return c.r.Read(p) }

type bufSyscallConn struct {
	*bufConn
	sc syscall.Conn
}

func (c *bufSyscallConn) SyscallConn() (syscall.RawConn, error) { return c.sc.SyscallConn() }
