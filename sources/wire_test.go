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
	"etl/sources/postgres"
)

// openPool starts a reader on its own pool, which the test keeps.
func openPool(t *testing.T, engine, dsn, query, key string, fetch int) (*sources.Reader, *sql.DB) {
	t.Helper()
	open, d := mysql.OpenDB, mysql.Dialect
	if engine == "postgres" {
		open, d = postgres.OpenDB, postgres.Dialect
	}
	pool, err := open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Close() })
	r, err := sources.Open(context.Background(), d, pool, query, []string{key}, fetch)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, pool
}

// bothPaths reads query through the driver and off the wire, checks that
// the pages went where they should (pages of them off the wire), and
// that both gave the same rows; it returns the wire's.
func bothPaths(t *testing.T, engine, dsn, query, key string, pages int64) []pipeline.Row {
	t.Helper()
	read := func(driver bool) ([]pipeline.Row, int64) {
		t.Helper()
		if driver {
			defer sources.SetDriverPages()()
		}
		before := sources.WirePages()
		r, _ := openPool(t, engine, dsn, query, key, 1)
		return readAll(t, r), sources.WirePages() - before
	}
	viaDriver, n := read(true)
	if n != 0 {
		t.Fatalf("driver path: %d pages off the wire", n)
	}
	viaWire, n := read(false)
	if n != pages {
		t.Fatalf("%d pages off the wire, want %d", n, pages)
	}
	if len(viaWire) != len(viaDriver) {
		t.Fatalf("%d rows off the wire, %d through the driver", len(viaWire), len(viaDriver))
	}
	for i := range viaDriver {
		if viaWire[i].NumFields() != viaDriver[i].NumFields() {
			t.Fatalf("row %q: %d fields off the wire, %d through the driver", viaDriver[i].Key, viaWire[i].NumFields(), viaDriver[i].NumFields())
		}
		for j := range viaDriver[i].NumFields() {
			if g, f := viaWire[i].Field(j), viaDriver[i].Field(j); g != f {
				t.Errorf("row %q column %d: wire %.60q (valid %v), driver %.60q (valid %v)", viaDriver[i].Key, j, g.V, g.Valid, f.V, f.Valid)
			}
		}
	}
	return viaWire
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

	noBackslash := db.DSN + "&sql_mode=" + url.QueryEscape("'NO_BACKSLASH_ESCAPES'")
	for _, dsn := range []string{db.DSN, noBackslash} {
		// five rows and the empty page after them
		viaWire := bothPaths(t, "mysql", dsn, "SELECT * FROM w", "k", 6)
		// A few values spelled out, so that both paths cannot be wrong alike.
		first := &viaWire[0]
		for j, want := range map[int]string{1: "42", 5: "2024", 7: "18446744073709551615", 9: "1.1", 10: "100000000000000000000", 12: "2022-01-13 09:26:00Z"} {
			if first.Field(j).V != want {
				t.Errorf("column %d = %q, want %q", j, first.Field(j).V, want)
			}
		}
		byKey := map[string]*pipeline.Row{}
		for i := range viaWire {
			byKey[viaWire[i].Key] = &viaWire[i]
		}
		if big, null := byKey[`a'b`].Field(20), byKey[`a\b`].Field(1); len(big.V) != 17<<20 || null.Valid {
			t.Errorf("17 MB value read as %d bytes; NULL read as %+v", len(big.V), null)
		}
	}
}

// TestWireSameAsDriverPostgres: as TestWireSameAsDriver, on PostgreSQL:
// every type lib/pq converts (bool, float4, float8 with NaN and the
// infinities, bytea in both output formats, timestamptz, timestamp and date
// with BC years and infinity, time and timetz with 24:00), integers at
// their extremes, NULLs, values larger than the read buffer, and string
// keys that need quoting in the next page's statement, with and without
// standard_conforming_strings. A second query selects a column twice
// under one name, which sends the date types as they are, not cast to
// text.
func TestWireSameAsDriverPostgres(t *testing.T) {
	db := scratch.New(t, "postgres")
	db.Exec(t, `CREATE TABLE w (k text PRIMARY KEY, s smallint, i integer, bi bigint, b boolean, f4 real, f8 double precision,
		n numeric, by bytea, tz timestamptz, ts timestamp, d date, ti time, tt timetz, j jsonb, u uuid, c "char", bp char(3), big text)`,
		`INSERT INTO w VALUES
		('a', -32768, -2147483648, -9223372036854775808, true, 1.1, 1e20, -12.500, '\x00ff5c27', '2022-01-13 09:26:00.123456+03',
		 '2022-01-13 09:26:00', '2000-02-29', '24:00:00', '22:04:59+08:30:40', '{"a": "x\\y"}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'x', 'ab',
		 repeat('B', 300 * 1024)),
		('a''b', 32767, 2147483647, 9223372036854775807, false, 'NaN', '-Infinity', 0, '', '4713-01-01 00:00:00 BC',
		 'infinity', '-infinity', '00:00:00.000001', '10:00:00-05', '[]', NULL, NULL, NULL, repeat('C', 17 * 1024 * 1024)),
		('a\b', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
		('a"b', 0, 0, 0, true, 'Infinity', 2.5e-7, 1e-30, 'x', 'infinity', '0044-03-15 12:00:00 BC', '10000-01-01', '23:59:59.999999', '24:00:00+00', 'null', NULL, '"', 'é', 'ü'),
		('a\''\c', 1, 1, 1, false, -0.5, 0.1, 1, '\x', '1970-01-01 00:00:00+00', '1970-01-01 00:00:00', '1970-01-01', '12:00', '12:00+05', '1', NULL, '', '', '')`)
	escape := db.DSN + "&bytea_output=escape&standard_conforming_strings=off"
	for _, dsn := range []string{db.DSN, escape} {
		viaWire := bothPaths(t, "postgres", dsn, "SELECT * FROM w", "k", 6)
		byKey := map[string]*pipeline.Row{}
		for i := range viaWire {
			byKey[viaWire[i].Key] = &viaWire[i]
		}
		// A few values spelled out, so that both paths cannot be wrong alike.
		for j, want := range map[int]string{3: "-9223372036854775808", 4: "true", 5: "1.1", 6: "100000000000000000000",
			8: "\x00\xff\\'", 9: "2022-01-13T06:26:00.123456Z", 10: "2022-01-13 09:26:00", 11: "2000-02-29"} {
			if got := byKey["a"].Field(j).V; got != want {
				t.Errorf("column %d = %q, want %q", j, got, want)
			}
		}
		if big, null := byKey["a'b"].Field(18), byKey[`a\b`].Field(1); len(big.V) != 17<<20 || null.Valid {
			t.Errorf("17 MB value read as %d bytes; NULL read as %+v", len(big.V), null)
		}
		// The same column twice under one name: every column as it is.
		bothPaths(t, "postgres", dsn, "SELECT k, tz AS x, ts AS x, d AS y, d AS y, ti AS z, tt AS z FROM w", "k", 6)
	}
}

// TestWireStopMidPage: a reader stopped in the middle of a page leaves the
// page's rows on the socket; its connection must be closed, not handed
// back to the pool for the next statement to trip over.
func TestWireStopMidPage(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(20))",
			db.Pick("INSERT INTO big SELECT seq, 'value' FROM "+seqMySQL(5000), "INSERT INTO big SELECT g, 'value' FROM generate_series(1, 5000) g"))
		before := sources.WirePages()
		r, pool := openPool(t, db.Engine, db.DSN, "SELECT id, v FROM big", "id", 5000)
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
	})
}

// TestWireLost: a reading connection killed from outside fails the read
// with a message that says so.
func TestWireLost(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY)",
			db.Pick("INSERT INTO big SELECT seq FROM "+seqMySQL(20000), "INSERT INTO big SELECT g FROM generate_series(1, 20000) g"))
		r, _ := openPool(t, db.Engine, db.DSN, db.Pick("SELECT CONNECTION_ID() AS cid, id FROM big", "SELECT pg_backend_pid() AS cid, id FROM big"), "id", 100)
		row, err := r.Next(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		db.Exec(t, db.Pick("KILL CONNECTION ", "SELECT pg_terminate_backend(")+row.Field(0).V+db.Pick("", ")"))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for err == nil {
			_, err = r.Next(ctx)
		}
		if errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "connection to the database was lost") {
			t.Fatalf("err = %v", err)
		}
	})
}

// TestWireBoundPostgres: a page's key is bound to it (quotes, backslashes
// and a "$1" go as values, not as SQL), and no named statement is left on
// the connection when it goes back to the pool (a pooler in transaction
// mode could not follow one).
func TestWireBoundPostgres(t *testing.T) {
	db := scratch.New(t, "postgres")
	db.Exec(t, "CREATE TABLE p (k text PRIMARY KEY, v int)",
		`INSERT INTO p SELECT 'k' || lpad(g::text, 2, '0') || (ARRAY['', '''', '\', '"', '$1'])[g % 5 + 1], g FROM generate_series(1, 20) g`)
	before := sources.WirePages()
	r, pool := openPool(t, "postgres", db.DSN, "SELECT k, v FROM p", "k", 3)
	pool.SetMaxOpenConns(1)
	rows := readAll(t, r)
	if len(rows) != 20 || sources.WirePages()-before != 7 {
		t.Fatalf("%d rows in %d pages off the wire, want 20 in 7", len(rows), sources.WirePages()-before)
	}
	for i, row := range rows {
		if want := fmt.Sprint(i + 1); row.Field(1).V != want {
			t.Fatalf("row %d is %q (v %s), want v %s", i, row.Key, row.Field(1).V, want)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := pool.QueryRow("SELECT count(*) FROM pg_prepared_statements").Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d prepared statements left on the connection (%v)", n, err)
	}
}

// TestWireAhead: a page read ahead whole sends the page after it before
// its rows are handed out, in key segments and in cursor segments, and the
// rows are the same as when no page fits ahead (a read-ahead limit of one
// byte) and as through the driver.
func TestWireAhead(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE a (id INT PRIMARY KEY, c INT, v VARCHAR(20))",
			db.Pick("INSERT INTO a SELECT seq, seq % 4, CONCAT('v', seq) FROM "+seqMySQL(20), "INSERT INTO a SELECT g, g % 4, 'v' || g FROM generate_series(1, 20) g"))
		read := func(limit int, segs []sources.Segment) ([]pipeline.Row, int64) {
			t.Helper()
			defer sources.SetPrefetchLimit(limit)()
			pool, err := map[string]func(string) (*sql.DB, error){"mysql": mysql.OpenDB, "postgres": postgres.OpenDB}[db.Engine](db.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			d := map[string]sources.Dialect{"mysql": mysql.Dialect, "postgres": postgres.Dialect}[db.Engine]
			r, err := sources.OpenCursor(context.Background(), d, pool, "SELECT id, c, v FROM a", []string{"id"}, "c", 3)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if err := r.Plan(segs, nil); err != nil {
				t.Fatal(err)
			}
			before := sources.AheadPages()
			return readAll(t, r), sources.AheadPages() - before
		}
		for _, tc := range []struct {
			name  string
			segs  []sources.Segment
			ahead int64 // pages sent ahead: every page but the first
		}{
			{"key", []sources.Segment{{}}, 6},                                 // 3+3+3+3+3+3+2
			{"cursor, then key", []sources.Segment{{ByCursor: true}, {}}, 13}, // 7 pages, then 7
		} {
			got, ahead := read(8<<20, tc.segs)
			if ahead != tc.ahead {
				t.Errorf("%s: %d pages sent ahead, want %d", tc.name, ahead, tc.ahead)
			}
			want, none := read(1, tc.segs)
			if none != 0 {
				t.Errorf("%s: %d pages sent ahead with no room to read one ahead", tc.name, none)
			}
			if len(got) != len(want) || len(got) != 40-20*btoi(len(tc.segs) == 1) {
				t.Fatalf("%s: %d rows, %d without reading ahead", tc.name, len(got), len(want))
			}
			for i := range got {
				if got[i].Key != want[i].Key || got[i].Field(2) != want[i].Field(2) || got[i].Pos != want[i].Pos {
					t.Fatalf("%s: row %d is %q %+v, %q %+v without reading ahead", tc.name, i, got[i].Key, got[i].Pos, want[i].Key, want[i].Pos)
				}
			}
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
