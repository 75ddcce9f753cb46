package sources

import (
	"bufio"
	"bytes"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
)

// Buffered gives a database connection a large read buffer. Drivers read
// the socket 4 KiB at a time (go-sql-driver/mysql, lib/pq): a million rows
// then take some 50,000 read calls, each a trip through the kernel and
// often the poller. With 256 KiB a read takes what the socket holds.
//
// A claimable connection can also be claimed (see Claim), so that a
// reader can read pages straight off it: not one whose protocol goes on
// in a form the claimer does not read, such as MySQL's compression.
func Buffered(c net.Conn, claimable bool) net.Conn {
	b := &bufConn{Conn: c, r: bufio.NewReaderSize(c, 256<<10), claimable: claimable}
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
	r         *bufio.Reader
	claimable bool
}

func (c *bufConn) Read(p []byte) (int, error) { return c.r.Read(p) }

func (c *bufConn) Write(p []byte) (int, error) {
	if cl := claiming.Load(); cl != nil && c.claimable && bytes.Contains(p, cl.token) {
		cl.got.CompareAndSwap(nil, c)
	}
	return c.Conn.Write(p)
}

type bufSyscallConn struct {
	*bufConn
	sc syscall.Conn
}

func (c *bufSyscallConn) SyscallConn() (syscall.RawConn, error) { return c.sc.SyscallConn() }

// WireConn is a claimed connection: the socket, and the buffer every read
// of it goes through (the driver's and the claimer's alike, so neither
// can miss bytes the other has buffered).
type WireConn struct {
	Conn net.Conn
	R    *bufio.Reader
}

type claim struct {
	token []byte
	got   atomic.Pointer[bufConn]
}

var (
	claimMu  sync.Mutex
	claiming atomic.Pointer[claim]
)

// Claim finds the connection a statement goes out on: send must write a
// statement that holds token (unique to the claim) on the connection
// wanted. It returns nil when no Buffered connection carried the token in
// plain text (one under TLS) or was not claimable. The driver gives no other way from its connection to the
// socket under it.
func Claim(token string, send func() error) (*WireConn, error) {
	claimMu.Lock()
	defer claimMu.Unlock()
	cl := &claim{token: []byte(token)}
	claiming.Store(cl)
	err := send()
	claiming.Store(nil)
	if err != nil {
		return nil, err
	}
	c := cl.got.Load()
	if c == nil {
		return nil, nil
	}
	return &WireConn{Conn: c.Conn, R: c.r}, nil
}
