package main

import (
	"bytes"
	be "encoding/binary"
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"etl/internal/scratch"
)

// cutProxy forwards TCP connections to a database server and, when cut is
// set, closes both sides of each connection once cut bytes have gone from
// the server to the client: a network cut at an exact byte of the answer.
// It records what the server sent on the connection the wire reader
// claimed (the one whose client bytes carry the claim's token).
type cutProxy struct {
	ln     net.Listener
	target string
	cut    atomic.Int64 // 0: forward everything

	mu     sync.Mutex
	reader []byte // server bytes of the last connection that carried a claim
	wg     sync.WaitGroup
	conns  sync.WaitGroup // the connections being forwarded
}

func newCutProxy(t *testing.T, target string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(func() { ln.Close(); p.wg.Wait() })
	return p
}

func (p *cutProxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.wg.Add(1)
		p.conns.Add(1)
		go func() {
			defer p.wg.Done()
			defer p.conns.Done()
			p.pipe(c, s)
		}()
	}
}

// pipe forwards one connection until either side closes or the cut.
func (p *cutProxy) pipe(c, s net.Conn) {
	var once sync.Once
	closeBoth := func() { once.Do(func() { c.Close(); s.Close() }) }
	defer closeBoth()
	var claimed atomic.Bool
	go func() {
		defer closeBoth()
		var sent []byte
		buf := make([]byte, 32<<10)
		for {
			n, err := c.Read(buf)
			if n > 0 {
				if !claimed.Load() {
					sent = append(sent, buf[:n]...)
					claimed.Store(bytes.Contains(sent, []byte("etl-wire-")))
				}
				if _, werr := s.Write(buf[:n]); werr != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	cut := p.cut.Load()
	var got []byte
	var total int64
	buf := make([]byte, 32<<10)
	for {
		n, err := s.Read(buf)
		if n > 0 {
			b := buf[:n]
			if cut > 0 && total+int64(n) >= cut {
				b = b[:cut-total]
			}
			got = append(got, b...)
			total += int64(len(b))
			if _, werr := c.Write(b); werr != nil {
				break
			}
			if cut > 0 && total >= cut {
				break
			}
		}
		if err != nil {
			break
		}
	}
	if claimed.Load() {
		p.mu.Lock()
		p.reader = got
		p.mu.Unlock()
	}
}

// readerBytes is what the server sent on the last claimed connection. It
// waits for the connections to end: a client that exited has closed
// them, but the proxy files a connection's bytes only once it sees that.
func (p *cutProxy) readerBytes() []byte {
	p.conns.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.reader
}

// frame is one packet (MySQL) or message (PostgreSQL) of a server's
// answer: where it starts and ends in the connection's byte stream.
type frame struct {
	start, end int
	row        bool // a row of users
}

// frames splits what a server sent on a connection into its packets or
// messages: without TLS and compression the whole stream is made of them.
func frames(t *testing.T, engine string, b []byte) []frame {
	t.Helper()
	var fs []frame
	for pos := 0; pos < len(b); {
		var n int
		var row bool
		if engine == "mysql" {
			if len(b)-pos < 4 {
				t.Fatalf("a packet header cut short at %d of %d", pos, len(b))
			}
			n = 4 + int(b[pos]) | int(b[pos+1])<<8 | int(b[pos+2])<<16
		} else {
			if len(b)-pos < 5 {
				t.Fatalf("a message header cut short at %d of %d", pos, len(b))
			}
			n = 1 + int(be.BigEndian.Uint32(b[pos+1:]))
			row = b[pos] == 'D'
		}
		if pos+n > len(b) {
			t.Fatalf("a frame of %d bytes at %d runs past the stream's %d", n, pos, len(b))
		}
		f := frame{start: pos, end: pos + n}
		f.row = bytes.Contains(b[pos:pos+n], []byte("@example.com")) && (engine == "mysql" || row)
		fs = append(fs, f)
		pos += n
	}
	return fs
}

// cutOffsets picks where to cut the reader's connection: in every page,
// at the start of its first row, inside that row's header and body, right
// after a row in its middle, right after its last row (before the
// end-of-result), inside the end-of-result, and (PostgreSQL) between
// CommandComplete and ReadyForQuery.
func cutOffsets(t *testing.T, engine string, b []byte) []int64 {
	t.Helper()
	fs := frames(t, engine, b)
	var offs []int64
	add := func(o int) { offs = append(offs, int64(o)) }
	pages := 0
	for i := 0; i < len(fs); i++ {
		if !fs[i].row {
			continue
		}
		first := i
		for i < len(fs) && fs[i].row {
			i++
		}
		if i >= len(fs) {
			t.Fatal("the stream ends inside a page")
		}
		rows := fs[first:i]
		mid := rows[len(rows)/2]
		end := fs[i]
		add(rows[0].start)
		add(rows[0].start + 1)
		add(rows[0].start + 3)
		add(rows[0].start + 6)
		add(mid.start + 2)
		add(mid.end)
		add(end.start)
		add(end.start + 2)
		add(end.end - 1)
		if engine == "postgres" && i+1 < len(fs) {
			add(fs[i+1].start + 1) // inside ReadyForQuery
			add(fs[i+1].end - 1)
		}
		pages++
	}
	if pages < 2 {
		t.Fatalf("want several pages in the reader's stream, found %d", pages)
	}
	return offs
}

// TestCutConnection: a connection closed at any byte of a page fails the
// run (exit 1), never ends it "ok" with rows left unread, with or without
// a cursor; the rerun then exports every user exactly once.
func TestCutConnection(t *testing.T) {
	const users = 25
	for _, engine := range scratch.Engines {
		for _, withCursor := range []bool{false, true} {
			name := engine + "/no-cursor"
			if withCursor {
				name = engine + "/cursor"
			}
			t.Run(name, func(t *testing.T) {
				db := scratch.New(t, engine)
				seedUyeler(t, db, users)
				target := db.Pick("127.0.0.1:3306", "127.0.0.1:5432")
				if !strings.Contains(db.DSN, target) {
					t.Fatalf("the scratch DSN %s does not reach %s", db.DSN, target)
				}
				px := newCutProxy(t, target)
				query := exampleQuery(db)
				if !withCursor {
					query = strings.Replace(query, ", son_degisiklik AS updated_at", "", 1)
				}
				config := func(out string) string {
					body := strings.NewReplacer("fetch_size: 700", "fetch_size: 10", "batch_size: 1000", "batch_size: 4").
						Replace(queryConfig(db, query, out, ""))
					if !withCursor {
						body = strings.Replace(body, "  cursor: updated_at\n", "", 1)
					}
					return writeConfig(t, strings.Replace(body, target, px.ln.Addr().String(), 1))
				}
				// A run without a cut shows where the pages lie.
				runOK(t, config(t.TempDir()))
				// Every other offset, the cursor run the others: both see each
				// kind of cut, in different pages, in half the time.
				var offs []int64
				for i, off := range cutOffsets(t, engine, px.readerBytes()) {
					if i%2 == btoi(withCursor) {
						offs = append(offs, off)
					}
				}
				failed := 0
				for _, off := range offs {
					out := filepath.Join(t.TempDir(), "out")
					cfg := config(out)
					px.cut.Store(off)
					r := etl(t, nil, "run", "--config", cfg)
					px.cut.Store(0)
					if r.code == 0 {
						m := lastManifest(t, out)
						if m["status"] != "ok" {
							t.Errorf("cut at %d: exit 0 with status %v", off, m["status"])
						}
						got := exported(t, out)
						if len(got) != users {
							t.Errorf("cut at %d: the run ended ok with %d of %d users exported (%s)\n%s",
								off, len(got), users, counts(m), r.stderr)
						}
						continue
					}
					failed++
					if r.code != 1 {
						t.Errorf("cut at %d: exit %d, want 1\n%s", off, r.code, r.stderr)
					}
					if m := lastManifest(t, out); m["status"] == "ok" {
						t.Errorf("cut at %d: exit %d with status ok", off, r.code)
					}
					if !strings.Contains(r.stderr, "connection to the database was lost") {
						t.Errorf("cut at %d: the error does not say the connection was lost:\n%s", off, r.stderr)
					}
					if failed == 1 {
						t.Logf("cut at %d:\n%s", off, r.stderr)
					}
					runOK(t, cfg)
					exactlyOnce(t, exported(t, out), keyRange(1, users))
				}
				t.Logf("%d cuts, %d failed the run", len(offs), failed)
				if len(offs) < 12 {
					t.Errorf("only %d offsets to cut at", len(offs))
				}
				if failed == 0 {
					t.Error("no cut failed a run: the offsets miss the pages")
				}
			})
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestE2EKilledSession: the server ends the reading session mid-run
// (MariaDB's KILL CONNECTION, PostgreSQL's pg_terminate_backend): the run
// fails (exit 1, status failed) with fewer rows read than there are, and
// says why, with the server's own FATAL on PostgreSQL.
func TestE2EKilledSession(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		const n = 3000
		out := t.TempDir()
		stderr := slowRunExits1(t, db, n, out, func(*exec.Cmd) {
			if db.Engine == "postgres" {
				db.Exec(t, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
				return
			}
			rows, err := db.SQL.Query("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for rows.Next() {
				var id string
				rows.Scan(&id)
				ids = append(ids, id)
			}
			rows.Close()
			if len(ids) == 0 {
				t.Fatal("no reading session to kill")
			}
			for _, id := range ids {
				db.Exec(t, "KILL CONNECTION "+id)
			}
		})
		msg := stderr.String()
		t.Logf("%s", msg)
		for _, want := range []string{"connection to the database was lost", "after key", "the next run resumes"} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error does not say %q:\n%s", want, msg)
			}
		}
		if db.Engine == "postgres" && !strings.Contains(msg, "terminating connection due to administrator command") {
			t.Errorf("the error does not carry the server's FATAL:\n%s", msg)
		}
		m := readManifest(t, runFolder(t, out))
		if m.Status != "failed" || m.Counts.Read >= n {
			t.Fatalf("manifest %+v counts %+v", m, m.Counts)
		}
	})
}

// TestE2EReadTimeout: a MySQL DSN's readTimeout and writeTimeout bound
// each read and write of a page, not the run: a run of several seconds
// with timeouts of 2 s finishes ok.
func TestE2EReadTimeout(t *testing.T) {
	db := scratch.New(t, "mysql")
	const n = 3000
	seedUyeler(t, db, n)
	out := t.TempDir()
	dsn := db.DSN + "&readTimeout=2s&writeTimeout=2s"
	if !strings.Contains(db.DSN, "?") {
		t.Fatalf("DSN %s has no parameters to add to", db.DSN)
	}
	// 1 ms a row: the run lasts some 3 s, pages of 100 a tenth of that.
	cfg := writeConfig(t, strings.NewReplacer("fetch_size: 700", "fetch_size: 100", fmt.Sprintf("%q", db.DSN), fmt.Sprintf("%q", dsn)).
		Replace(queryConfig(db, slowSource(t, db), out, "")))
	runOK(t, cfg)
	exactlyOnce(t, exported(t, out), keyRange(1, n))
}
