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
