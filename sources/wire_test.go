package sources_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
)

// openPool starts a MySQL reader on its own pool, which the test keeps.
func openPool(t *testing.T, dsn, query, key string, fetch int) (*sources.Reader, *sql.DB) {
	t.Helper()
	pool, err := mysql.OpenDB(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Close() })
	r, err := sources.Open(context.Background(), mysql.Dialect, pool, query, key, fetch)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, pool
}

// TestWireSameAsDriver: pages read off the wire give every row exactly as
// the driver path does: every type the driver converts (ZEROFILL, YEAR,
// the extremes of BIGINT, FLOAT, DOUBLE, TIMESTAMP), NULLs, a value larger
// than the read buffer and one split over packets, and string keys that
// need escaping in the next page's statement (one row a page), with
// backslash escapes and with NO_BACKSLASH_ESCAPES.
func TestWireSameAsDriver(t *testing.T) {
	db := scratch.New(t, "mysql")
	var packet int64
	if err := db.SQL.QueryRow("SELECT @@GLOBAL.max_allowed_packet").Scan(&packet); err != nil {
		t.Fatal(err)
	}
	if packet < 64<<20 {
		// A 17 MB value needs it; new connections see the change.
		db.Exec(t, "SET GLOBAL max_allowed_packet = 67108864")
		t.Cleanup(func() { db.SQL.Exec(fmt.Sprintf("SET GLOBAL max_allowed_packet = %d", packet)) })
		db.SQL.SetMaxIdleConns(0)
	}
	db.Exec(t, `CREATE TABLE w (k VARCHAR(40) PRIMARY KEY, z INT(6) ZEROFILL, t TINYINT, s SMALLINT, m MEDIUMINT,
		y YEAR, bi BIGINT, bu BIGINT UNSIGNED, iu INT UNSIGNED, f FLOAT, d DOUBLE, dc DECIMAL(10,3), ts TIMESTAMP NULL,
		dt DATETIME(6), dd DATE, b3 BIT(3), j JSON, e ENUM('a','b'), st SET('x','y'), tx TEXT, big LONGBLOB)`)
	conn, err := db.SQL.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ins := func(args ...any) {
		t.Helper()
		if _, err := conn.ExecContext(context.Background(), "INSERT INTO w VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", args...); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []string{"SET SESSION sql_mode = 'ALLOW_INVALID_DATES'", "SET SESSION time_zone = '+00:00'"} {
		if _, err := conn.ExecContext(context.Background(), s); err != nil {
			t.Fatal(err)
		}
	}
	ins("a", 42, -128, -32768, 8388607, 2024, int64(-9223372036854775808), uint64(18446744073709551615), 4294967295,
		1.1, 1e20, "-12.5", "2022-01-13 09:26:00", "2022-01-13 09:26:00.123456", "0000-00-00", []byte{5},
		`{"a": "x\\y"}`, "b", "x,y", "tab\there", strings.Repeat("B", 300<<10))
	ins(`a'b`, 0, 0, 0, 0, 0, int64(9223372036854775807), uint64(0), 0, -0.5, 0.1, "0", "1970-01-01 00:00:01",
		"0000-00-00 00:00:00", "1990-02-30", []byte{0}, "[]", "a", "", "", strings.Repeat("C", 17<<20))
	ins(`a\b`, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)
	ins(`a"b`, 7, 1, 1, 1, 1999, 1, uint64(1), 1, 3.25, -2.5e-7, "1.001", nil, nil, "2000-02-29", nil, nil, nil, nil, "ü\n\r\x1a", "")
	ins("a\\'\x00c", 1, 1, 1, 1, 2000, 1, uint64(1), 1, 1, 1, "1", nil, nil, nil, nil, nil, nil, nil, nil, []byte{0, 0xff})

	read := func(dsn string, driver bool) ([]pipeline.Row, int64) {
		t.Helper()
		if driver {
			defer sources.SetDriverPages()()
		}
		before := sources.WirePages()
		r, _ := openPool(t, dsn, "SELECT * FROM w", "k", 1)
		return readAll(t, r), sources.WirePages() - before
	}
	noBackslash := db.DSN + "&sql_mode=" + url.QueryEscape("'NO_BACKSLASH_ESCAPES'")
	for _, dsn := range []string{db.DSN, noBackslash} {
		viaDriver, pages := read(dsn, true)
		if pages != 0 || len(viaDriver) != 5 {
			t.Fatalf("driver path: %d pages off the wire, %d rows", pages, len(viaDriver))
		}
		viaWire, pages := read(dsn, false)
		if pages != 6 { // five rows and the empty page after them
			t.Fatalf("%d pages off the wire, want 6", pages)
		}
		if len(viaWire) != len(viaDriver) {
			t.Fatalf("%d rows off the wire, %d through the driver", len(viaWire), len(viaDriver))
		}
		for i := range viaDriver {
			for j, f := range viaDriver[i].Fields {
				if g := viaWire[i].Fields[j]; g != f {
					t.Errorf("row %q column %d: wire %.60q (valid %v), driver %.60q (valid %v)", viaDriver[i].Key, j, g.V, g.Valid, f.V, f.Valid)
				}
			}
		}
		// A few values spelled out, so that both paths cannot be wrong alike.
		first := viaWire[0].Fields
		for j, want := range map[int]string{1: "42", 5: "2024", 7: "18446744073709551615", 9: "1.1", 10: "100000000000000000000", 12: "2022-01-13 09:26:00Z"} {
			if first[j].V != want {
				t.Errorf("column %d = %q, want %q", j, first[j].V, want)
			}
		}
		byKey := map[string][]pipeline.Field{}
		for _, r := range viaWire {
			byKey[r.Key] = r.Fields
		}
		if big, null := byKey[`a'b`][20], byKey[`a\b`][1]; len(big.V) != 17<<20 || null.Valid {
			t.Errorf("17 MB value read as %d bytes; NULL read as %+v", len(big.V), null)
		}
	}
}

// TestWireStopMidPage: a reader stopped in the middle of a page leaves the
// page's rows on the socket; its connection must be closed, not handed
// back to the pool for the next statement to trip over.
func TestWireStopMidPage(t *testing.T) {
	db := scratch.New(t, "mysql")
	db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(20))", "INSERT INTO big SELECT seq, 'value' FROM seq_1_to_5000")
	before := sources.WirePages()
	r, pool := openPool(t, db.DSN, "SELECT id, v FROM big", "id", 5000)
	pool.SetMaxOpenConns(1)
	for i := 0; i < 3; i++ {
		if _, err := r.Next(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if sources.WirePages() == before {
		t.Fatal("the page was not read off the wire")
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	// database/sql would get over a bad connection by taking another, so
	// the pool itself must show it closed.
	if st := pool.Stats(); st.OpenConnections != 0 {
		t.Fatalf("the reading connection went back to the pool: %+v", st)
	}
	for i := 0; i < 3; i++ {
		var n int
		if err := pool.QueryRow("SELECT 7").Scan(&n); err != nil || n != 7 {
			t.Fatalf("the pool after a stopped page: %d, %v", n, err)
		}
	}
}

// TestWireLost: a reading connection killed from outside fails the read
// with a message that says so.
func TestWireLost(t *testing.T) {
	db := scratch.New(t, "mysql")
	db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY)", "INSERT INTO big SELECT seq FROM seq_1_to_20000")
	r, _ := openPool(t, db.DSN, "SELECT CONNECTION_ID() AS cid, id FROM big", "id", 100)
	row, err := r.Next(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	db.Exec(t, "KILL CONNECTION "+row.Fields[0].V)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for err == nil {
		_, err = r.Next(ctx)
	}
	if errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "connection to the database was lost") {
		t.Fatalf("err = %v", err)
	}
}
