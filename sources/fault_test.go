package sources_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"etl/internal/scratch"
	"etl/sources"
)

// seedSeq creates table big with ids 1..n.
func seedSeq(t *testing.T, db *scratch.DB, n int) {
	t.Helper()
	db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(20))",
		db.Pick("INSERT INTO big SELECT seq, CONCAT('v', seq) FROM "+seqMySQL(n),
			fmt.Sprintf("INSERT INTO big SELECT g, 'v' || g FROM generate_series(1, %d) g", n)))
}

// waitIdle waits until the reading session (id, from its first row)
// stands between statements: the reader, blocked on a consumer that
// takes no rows, has read its pages and sent the next one, which the
// server has answered.
func waitIdle(t *testing.T, db *scratch.DB, id string) {
	t.Helper()
	q := db.Pick("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = "+id+" AND COMMAND = 'Sleep'",
		"SELECT COUNT(*) FROM pg_stat_activity WHERE pid = "+id+" AND state = 'idle'")
	for i := 0; i < 300; i++ {
		var n int
		if err := db.SQL.QueryRow(q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("session %s never stood idle between pages", id)
}

// TestWireKilledBetweenPages: the server ends the reading session while
// it stands between pages (KILL CONNECTION, pg_terminate_backend). The
// rows read before come out, then an error, never io.EOF: the pipeline
// would take that for the end of the table. On PostgreSQL the error
// carries the server's FATAL.
func TestWireKilledBetweenPages(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		const n = 8000
		seedSeq(t, db, n)
		before := sources.WirePages()
		r, _ := openPool(t, db.Engine, db.DSN,
			db.Pick("SELECT CONNECTION_ID() AS cid, id FROM big", "SELECT pg_backend_pid() AS cid, id FROM big"), "id", 100)
		row, err := r.Next(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if sources.WirePages() == before {
			t.Fatal("no page read off the wire")
		}
		id := row.Field(0).V
		waitIdle(t, db, id)
		db.Exec(t, db.Pick("KILL CONNECTION "+id, "SELECT pg_terminate_backend("+id+")"))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		got := 1
		for {
			if _, err = r.Next(ctx); err != nil {
				break
			}
			got++
		}
		t.Logf("%d rows, then: %v", got, err)
		if err == io.EOF || errors.Is(err, io.EOF) || got >= n {
			t.Fatalf("the read ended as if the table did, after %d of %d rows: %v", got, n, err)
		}
		if errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "connection to the database was lost") {
			t.Fatalf("err = %v", err)
		}
		if db.Engine == "postgres" && (!strings.Contains(err.Error(), "terminating connection due to administrator command") ||
			!strings.Contains(err.Error(), "FATAL") || !strings.Contains(err.Error(), "57P01")) {
			t.Fatalf("the server's FATAL is not in the error: %v", err)
		}
	})
}

// TestWireReadTimeout: a MySQL DSN's readTimeout bounds each read, not the
// run: a reader that waits on its consumer longer than that, with the
// driver's last deadline long past, reads on.
func TestWireReadTimeout(t *testing.T) {
	db := scratch.New(t, "mysql")
	const n = 8000
	seedSeq(t, db, n)
	if !strings.Contains(db.DSN, "?") {
		t.Fatalf("DSN %s has no parameters to add to", db.DSN)
	}
	dsn := db.DSN + "&readTimeout=2s&writeTimeout=2s"
	r, _ := openPool(t, "mysql", dsn, "SELECT id, v FROM big", "id", 100)
	if _, err := r.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The reader fills its feed and waits; its next read comes after the
	// pause, past both timeouts as counted from any earlier read.
	time.Sleep(3 * time.Second)
	rows := readAll(t, r)
	if len(rows)+1 != n {
		t.Fatalf("%d rows, want %d", len(rows)+1, n)
	}
}

// TestWireWideResult: a result of more columns than a table may have (a
// SELECT of expressions) is read off the wire, every value in place. A
// PostgreSQL SELECT has at most 1664 columns (the server's limit), which
// it reads too.
func TestWireWideResult(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		cols := db.Pick("4100", "1664")
		width := 4100
		if db.Engine == "postgres" {
			width = 1664
		}
		var b strings.Builder
		b.WriteString("SELECT k AS id")
		for i := 2; i <= width; i++ {
			fmt.Fprintf(&b, ", k * %d AS c%d", i, i)
		}
		b.WriteString(db.Pick(" FROM (SELECT seq AS k FROM "+seqMySQL(5)+") s", " FROM generate_series(1, 5) k"))
		before := sources.WirePages()
		r, _ := openPool(t, db.Engine, db.DSN, b.String(), "id", 2)
		rows := readAll(t, r)
		if pages := sources.WirePages() - before; pages != 3 {
			t.Fatalf("%d pages off the wire, want 3", pages)
		}
		if len(rows) != 5 {
			t.Fatalf("%d rows, want 5", len(rows))
		}
		for k, row := range rows {
			if row.NumFields() != width {
				t.Fatalf("row %d: %d fields, want %s", k+1, row.NumFields(), cols)
			}
			for i := 1; i <= width; i++ {
				if f := row.Field(i - 1); f.V != fmt.Sprint((k+1)*i) {
					t.Fatalf("row %d column %d: %q, want %d", k+1, i, f.V, (k+1)*i)
				}
			}
		}
	})
}

// TestWireServerErrorMySQL: an ERR packet in the middle of the pages (a
// page's statement killed, KILL QUERY) fails the read with the server's
// code and message.
func TestWireServerErrorMySQL(t *testing.T) {
	db := scratch.New(t, "mysql")
	seedSeq(t, db, 2000)
	// Some 50 ms a page of 20: the read lasts seconds, and a page is
	// running nearly all of that time.
	r, _ := openPool(t, "mysql", db.DSN, "SELECT id, BENCHMARK(500, SHA2(id, 256)) AS s FROM big", "id", 20)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		for {
			if _, err := r.Next(ctx); err != nil {
				done <- err
				return
			}
		}
	}()
	// A KILL QUERY that lands between pages finds nothing to kill: kill
	// again, while a page runs, until the read ends.
	var err error
	for err == nil {
		var id string
		q := "SELECT COALESCE(MAX(ID), '') FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND INFO LIKE '%etl_q%LIMIT%'"
		if err := db.SQL.QueryRow(q).Scan(&id); err != nil {
			t.Fatal(err)
		}
		if id != "" {
			db.SQL.Exec("KILL QUERY " + id) // the page may be over already
		}
		select {
		case err = <-done:
		case <-time.After(5 * time.Millisecond):
		}
	}
	if err == io.EOF || !strings.Contains(err.Error(), "1317") || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("err = %v", err)
	}
	t.Log(err)
}
