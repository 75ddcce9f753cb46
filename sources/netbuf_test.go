package sources

import (
	"bytes"
	"io"
	"net"
	"syscall"
	"testing"
)

type countingConn struct {
	net.Conn
	r     io.Reader
	reads int
}

func (c *countingConn) Read(p []byte) (int, error) { c.reads++; return c.r.Read(p) }

// A driver reading 4 KiB at a time gets the bytes intact, from a few large
// reads of the socket.
func TestBufferedReadsLarge(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 1<<18) // 4 MiB
	cc := &countingConn{r: bytes.NewReader(data)}
	c := Buffered(cc, false)
	var got bytes.Buffer
	buf := make([]byte, 4096)
	for {
		n, err := c.Read(buf)
		got.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got.Bytes(), data) {
		t.Fatal("bytes differ")
	}
	if cc.reads > 4<<20/(256<<10)+2 {
		t.Fatalf("%d reads of the connection for 4 MiB, want 256 KiB a read", cc.reads)
	}
}

// A TCP connection keeps its raw socket, which the MySQL driver's liveness
// check needs.
func TestBufferedKeepsSyscallConn(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		if c, err := ln.Accept(); err == nil {
			c.Write([]byte("hello"))
			c.Close()
		}
	}()
	raw, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c := Buffered(raw, false)
	defer c.Close()
	if _, ok := c.(syscall.Conn); !ok {
		t.Fatal("the buffered TCP connection is not a syscall.Conn")
	}
	got, err := io.ReadAll(c)
	if err != nil || string(got) != "hello" {
		t.Fatalf("read %q, %v", got, err)
	}
}

// Claim finds the claimable connection that carried the token, and no
// other: not one that is not claimable, not one that wrote something else.
func TestClaim(t *testing.T) {
	conns := map[string]net.Conn{}
	for _, name := range []string{"plain", "unclaimable", "other"} {
		a, b := net.Pipe()
		defer a.Close()
		go io.Copy(io.Discard, b)
		conns[name] = Buffered(a, name != "unclaimable")
	}
	for name, want := range map[string]bool{"plain": true, "unclaimable": false} {
		wc, err := Claim("tok-123", func() error {
			conns["other"].Write([]byte("SELECT 1"))
			_, err := conns[name].Write([]byte("SELECT 2 /* tok-123 */"))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := wc != nil; got != want {
			t.Fatalf("%s: claimed %v, want %v", name, got, want)
		}
		if wc != nil && wc.R != conns[name].(*bufConn).r {
			t.Fatalf("%s: claimed another connection", name)
		}
	}
	if wc, _ := Claim("tok-456", func() error { _, err := conns["plain"].Write([]byte("tok-123")); return err }); wc != nil {
		t.Fatal("claimed by a stale token")
	}
}
