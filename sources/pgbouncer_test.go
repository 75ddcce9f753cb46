package sources_test

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
)

// pgbouncer starts a pgbouncer of the test's own in transaction pooling
// mode in front of the PostgreSQL server the tests use, and returns the
// DSN of database name through it. It is stopped when the test ends.
func pgbouncer(t *testing.T, name string) string {
	bin, err := exec.LookPath("pgbouncer")
	if err != nil {
		if bin, err = exec.LookPath("/usr/sbin/pgbouncer"); err != nil {
			t.Fatal("pgbouncer is not installed: run scripts/testdb.sh, which installs it")
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dir := t.TempDir()
	// pgbouncer will not run as root: it runs as postgres then, and
	// must reach its files.
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	users := filepath.Join(dir, "users.txt")
	ini := filepath.Join(dir, "pgbouncer.ini")
	// server_round_robin hands each transaction the server connection
	// idle longest, not the last one used: a statement that relies on
	// the connection state of the one before fails at once, not by
	// chance.
	conf := fmt.Sprintf(`[databases]
* = host=127.0.0.1 port=5432
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = %d
unix_socket_dir =
auth_type = trust
auth_file = %s
pool_mode = transaction
server_round_robin = 1
default_pool_size = 4
max_client_conn = 50
ignore_startup_parameters = extra_float_digits
logfile = %s
`, port, users, filepath.Join(dir, "pgbouncer.log"))
	for f, s := range map[string]string{users: `"postgres" ""` + "\n", ini: conf} {
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{ini}
	if os.Getuid() == 0 {
		args = []string{"-u", "postgres", ini}
	}
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(dir, "pgbouncer.log"))
			t.Logf("pgbouncer's log:\n%s", log)
		}
	})
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if i == 100 {
			log, _ := os.ReadFile(filepath.Join(dir, "pgbouncer.log"))
			t.Fatalf("pgbouncer does not answer on %s: %v\n%s", addr, err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Sprintf("postgres://postgres@%s/%s?sslmode=disable", addr, name)
}

// warm opens n server connections behind the pooler at once, so that
// consecutive transactions of one client go to different servers.
func warm(t *testing.T, dsn string, n int) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := db.Exec("SELECT pg_sleep(0.2)")
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestPgbouncerTransactionPooling: through pgbouncer in transaction
// pooling mode, where each transaction may run on another server
// connection, a full read gives every row exactly once, off the wire and
// through the driver alike; pages are read-only, and the pooler's other
// clients are not.
func TestPgbouncerTransactionPooling(t *testing.T) {
	db := scratch.New(t, "postgres")
	db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, name TEXT, born DATE, c TIMESTAMP)",
		"INSERT INTO t SELECT g, 'n' || g, DATE '2000-01-01' + g, TIMESTAMP '2024-01-01' + g * INTERVAL '1 hour' FROM generate_series(1, 50) g")
	dsn := pgbouncer(t, db.Name)
	warm(t, dsn, 4)
	for _, path := range []string{"wire", "driver"} {
		t.Run(path, func(t *testing.T) {
			if path == "driver" {
				defer sources.SetDriverPages()()
			}
			wires, aheads := sources.WirePages(), sources.AheadPages()
			r, _ := openPool(t, "postgres", dsn, "SELECT *, pg_catalog.current_setting('transaction_read_only') AS ro FROM t", "id", 7)
			if n, err := r.Estimate(context.Background(), nil); err != nil || n != 50 {
				t.Errorf("estimate %d, %v; want 50", n, err)
			}
			// A bound is an argument: two round trips without
			// binary_parameters.
			if n, err := r.Estimate(context.Background(), &pipeline.Pos{Key: "10"}); err != nil || n != 40 {
				t.Errorf("estimate after key 10: %d, %v; want 40", n, err)
			}
			rows := readAll(t, r)
			if (sources.WirePages() > wires) != (path == "wire") {
				t.Fatalf("%d pages off the wire on the %s path", sources.WirePages()-wires, path)
			}
			// Pages sent ahead are batches in flight together: the
			// pooler must keep them on one server, in order.
			if path == "wire" && sources.AheadPages() == aheads {
				t.Error("no page was sent ahead of the rows before it")
			}
			if len(rows) != 50 {
				t.Fatalf("%d rows, want 50", len(rows))
			}
			for i, row := range rows {
				if want := strconv.Itoa(i + 1); row.Key != want || row.Field(1).V != "n"+want {
					t.Fatalf("row %d: key %q name %q", i+1, row.Key, row.Field(1).V)
				}
			}
			if got := field(rows[0], 4); got != "on" {
				t.Errorf("a page ran with transaction_read_only %q, want on", got)
			}
			// Nothing of the reader's settings stays behind with a
			// server connection for the pooler's other clients.
			other, err := sql.Open("postgres", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			for i := range 8 {
				var ro string
				if err := other.QueryRow("SHOW default_transaction_read_only").Scan(&ro); err != nil {
					t.Fatal(err)
				}
				if ro != "off" {
					t.Errorf("another client's transaction %d is read-only", i+1)
				}
			}

		})
	}
}
