package sources

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
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
	return BufferedTimeouts(c, claimable, 0, 0)
}

// BufferedTimeouts is Buffered for a connection whose driver bounds each
// read and write (MySQL's readTimeout and writeTimeout): a claimer reading
// pages bounds its own reads and writes the same way, each from the moment
// it starts, as the driver does.
func BufferedTimeouts(c net.Conn, claimable bool, read, write time.Duration) net.Conn {
	b := &bufConn{Conn: c, r: bufio.NewReaderSize(c, 256<<10), claimable: claimable, rt: read, wt: write}
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
	rt, wt    time.Duration // bounds of one read and one write (0: none)
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
//
// The claimer reads and writes through Peek, ReadFull and Write, which
// set the socket's deadline before each read or write of the socket: the
// driver leaves its own deadline behind (an absolute time, counted from
// its last call), which would otherwise cut a long run short. They also
// tell a connection closed in the middle of an answer from the end of
// one: the server ends each answer itself, so a close before that end is
// io.ErrUnexpectedEOF, never io.EOF.
type WireConn struct {
	Conn   net.Conn
	R      *bufio.Reader
	rt, wt time.Duration

	mu      sync.Mutex
	stopped bool // Watch's stop came: the read deadline is in the past for good
	// The deadlines are cleared (with no timeouts to set, once is enough:
	// the driver does not use the connection while it is claimed).
	rclear, wclear bool
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
	return &WireConn{Conn: c.Conn, R: c.r, rt: c.rt, wt: c.wt}, nil
}

// ClaimBy claims the connection under the driver connection dc (see
// Claim) by running query, a SELECT of one value, through the driver with
// a random token in a comment. It returns the connection (nil: none can
// be claimed, or dc runs no queries), the token, and the query's value
// (the driver's, valid until the next statement).
func ClaimBy(ctx context.Context, dc any, query string) (wc *WireConn, token string, v driver.Value, err error) {
	qc, ok := dc.(driver.QueryerContext)
	if !ok {
		return nil, "", nil, nil
	}
	var nonce [12]byte
	rand.Read(nonce[:])
	token = "etl-wire-" + hex.EncodeToString(nonce[:])
	wc, err = Claim(token, func() error {
		rows, err := qc.QueryContext(ctx, query+" /* "+token+" */", nil)
		if err != nil {
			return err
		}
		vs := make([]driver.Value, 1)
		err = rows.Next(vs)
		if cerr := rows.Close(); err == nil {
			err = cerr // reads the answer to its end
		}
		if b, ok := vs[0].([]byte); ok {
			vs[0] = string(b)
		}
		v = vs[0]
		return err
	})
	return wc, token, v, err
}

// Watch makes a stop of ctx end a read of the connection that waits (a
// read deadline in the past). Writes stay open, for the driver's goodbye
// when it closes the connection. unwatch undoes it, and says false when
// the stop came first (the deadline is set: the connection cannot be
// read again).
func (c *WireConn) Watch(ctx context.Context) (unwatch func() bool) {
	return context.AfterFunc(ctx, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.stopped = true
		c.Conn.SetReadDeadline(time.Unix(1, 0))
	})
}

// armRead sets the deadline of the next read of the socket: now plus the
// read timeout, or none; after a stop it leaves the past one. It cannot
// be set only on a connection that is closed (some net.Conns say so once
// the peer has closed), whose read then says what happened.
func (c *WireConn) armRead() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped || c.rclear {
		return
	}
	var d time.Time
	if c.rt > 0 {
		d = time.Now().Add(c.rt)
	}
	c.Conn.SetReadDeadline(d)
	c.rclear = c.rt == 0
}

// cut names a connection closed before the server ended its answer.
func cut(err error) error {
	if err == io.EOF {
		return fmt.Errorf("the server closed the connection before the end of its answer: %w", io.ErrUnexpectedEOF)
	}
	return err
}

// Peek returns the next n bytes (at most R.Size()) without consuming
// them, valid until the next read; each read of the socket on the way is
// under its own deadline.
func (c *WireConn) Peek(n int) ([]byte, error) {
	for c.R.Buffered() < n {
		c.armRead()
		// One more byte than buffered: bufio reads the socket once.
		if _, err := c.R.Peek(c.R.Buffered() + 1); err != nil {
			return nil, cut(err)
		}
	}
	return c.R.Peek(n)
}

// ReadFull reads len(p) bytes into p, each read of the socket under its
// own deadline.
func (c *WireConn) ReadFull(p []byte) error {
	for len(p) > 0 {
		if c.R.Buffered() == 0 {
			c.armRead()
		}
		n, err := c.R.Read(p)
		p = p[n:]
		if err != nil && len(p) > 0 {
			return cut(err)
		}
	}
	return nil
}

// Write writes p under the write timeout, or with no deadline (not the
// one the driver left).
func (c *WireConn) Write(p []byte) error {
	if !c.wclear {
		var d time.Time
		if c.wt > 0 {
			d = time.Now().Add(c.wt)
		}
		c.Conn.SetWriteDeadline(d) // as in armRead
		c.wclear = c.wt == 0
	}
	_, err := c.Conn.Write(p)
	return err
}

// Broken is the error of a statement whose answer could not be read on:
// ctx's own error after a stop; otherwise err, marked as
// driver.ErrBadConn unless it is a cut connection already. It never
// passes io.EOF on, wrapped or not: to a Source's caller that is the end
// of the rows, and a connection closed mid-answer ended nothing.
func Broken(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(err, io.EOF) {
		return cut(io.EOF)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, driver.ErrBadConn) {
		return err
	}
	return fmt.Errorf("%w: %w", driver.ErrBadConn, err)
}

// Turn is what a wire reader keeps of the statements on its connection,
// where request and answer take turns: a statement is sent only once the
// answer to the last one has been read to its end.
type Turn struct {
	InResult bool            // an answer is (partly) still on the socket
	Bad      bool            // the connection cannot be trusted for another statement
	Sent     int             // statements sent whose answers have not been started
	Ctx      context.Context // the page being read's
	Stop     func() bool     // undoes Watch (see WireConn.Watch)
}

// Idle says the connection stands between statements, none of them sent
// ahead.
func (t *Turn) Idle() bool { return !t.InResult && !t.Bad && t.Sent == 0 }

// Send writes a statement with write, if the connection is between
// answers.
func (t *Turn) Send(write func() error) error {
	if t.Bad || t.InResult {
		// Before the whole answer to the last statement has been read,
		// a new one would leave the two out of step.
		return errors.New("internal error: a page sent on a connection that is not between statements")
	}
	if err := write(); err != nil {
		t.Bad = true
		return fmt.Errorf("%w: %w", driver.ErrBadConn, err)
	}
	t.Sent++
	return nil
}

// Start begins reading the answer to the oldest statement sent, for a
// page read under ctx on c.
func (t *Turn) Start(ctx context.Context, c *WireConn) error {
	if t.InResult || t.Bad || t.Sent == 0 {
		return errors.New("internal error: a page started with no statement waiting for it")
	}
	t.Sent--
	t.InResult, t.Ctx = true, ctx
	t.Stop = c.Watch(ctx) // a stop ends a read that waits
	return nil
}

// Fail ends an answer that could not be read: the connection is gone or
// out of step.
func (t *Turn) Fail(err error) error {
	t.Bad = true
	t.Stop()
	return Broken(t.Ctx, err)
}
