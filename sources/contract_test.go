package sources_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
	"etl/transforms"
)

// open starts a reader on a scratch database the way cmd/etl does.
func open(t *testing.T, db *scratch.DB, query, key string, fetch int) *sources.Reader {
	t.Helper()
	r, _ := openPool(t, db.Engine, db.DSN, query, key, fetch)
	return r
}

func readAll(t *testing.T, r *sources.Reader) []pipeline.Row {
	t.Helper()
	var rows []pipeline.Row
	for {
		row, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return rows
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
	}
}

func each(t *testing.T, f func(t *testing.T, db *scratch.DB)) {
	for _, e := range scratch.Engines {
		t.Run(e, func(t *testing.T) { f(t, scratch.New(t, e)) })
	}
}

// TestContractTypes: every native type arrives as the text the transforms
// expect, NULL as NULL, and impossible or zero dates exactly as stored.
func TestContractTypes(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		if db.Engine == "mysql" {
			db.Exec(t, "SET SESSION sql_mode = 'ALLOW_INVALID_DATES'", `CREATE TABLE users (
				id BIGINT PRIMARY KEY, d DATE, dt DATETIME, ts TIMESTAMP NULL, flag TINYINT(1), b BOOLEAN, bit1 BIT(1),
				g ENUM('E','K'), j JSON, bin VARBINARY(20), phone DOUBLE, n VARCHAR(10), zero DATE, bad DATE, zdt DATETIME)`)
			db.Exec(t, "SET SESSION time_zone = '+00:00'",
				`INSERT INTO users VALUES (1, '1990-01-13', '2022-01-13 09:26:00', '2022-01-13 09:26:00', 1, 0, b'1',
				'K', '{"a": 1}', x'DEFC6B72FC', 5321234567, NULL, '0000-00-00', '1990-02-30', '0000-00-00 00:00:00')`)
		} else {
			db.Exec(t, "CREATE TYPE gender AS ENUM ('E', 'K')", `CREATE TABLE users (
				id BIGINT PRIMARY KEY, d DATE, dt TIMESTAMP, ts TIMESTAMPTZ, flag SMALLINT, b BOOLEAN, bit1 BIT(1),
				g gender, j JSONB, bin BYTEA, phone DOUBLE PRECISION, n VARCHAR(10), zero DATE, bad DATE, zdt TIMESTAMP)`,
				`INSERT INTO users VALUES (1, '1990-01-13', '2022-01-13 09:26:00', '2022-01-13 09:26:00+00', 1, false, B'1',
				'K', '{"a": 1}', '\xDEFC6B72FC', 5321234567, NULL, NULL, NULL, NULL)`)
		}
		rows := readAll(t, open(t, db, "SELECT * FROM users", "id", 10))
		if len(rows) != 1 {
			t.Fatalf("%d rows", len(rows))
		}
		got := map[string]pipeline.Field{}
		r := open(t, db, "SELECT * FROM users", "id", 10)
		for i, c := range r.Columns() {
			got[c] = rows[0].Field(i)
		}
		want := map[string]string{
			"id": "1", "d": "1990-01-13", "dt": "2022-01-13 09:26:00", "ts": db.Pick("2022-01-13 09:26:00Z", "2022-01-13T09:26:00Z"),
			"flag": "1", "b": db.Pick("0", "false"), "bit1": db.Pick("\x01", "1"), "g": "K", "j": `{"a": 1}`,
			"bin": "\xde\xfckr\xfc", "phone": "5321234567",
		}
		if db.Engine == "mysql" {
			want["zero"], want["bad"], want["zdt"] = "0000-00-00", "1990-02-30", "0000-00-00 00:00:00"
		}
		for c, w := range want {
			if f := got[c]; !f.Valid || f.V != w {
				t.Errorf("column %s = %q (valid %v), want %q", c, f.V, f.Valid, w)
			}
		}
		if got["n"].Valid {
			t.Errorf("NULL read as %q", got["n"].V)
		}
	})
}

func seed(t *testing.T, db *scratch.DB, n int) {
	t.Helper()
	db.Exec(t, "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100))")
	for start := 1; start <= n; start += 1000 {
		var vals []string
		for i := start; i < start+1000 && i <= n; i++ {
			vals = append(vals, fmt.Sprintf("(%d, 'u%d@example.com')", i, i))
		}
		db.Exec(t, "INSERT INTO users VALUES "+strings.Join(vals, ","))
	}
}

// TestContractRowCounts: 0, 1 and 10k rows, with pages that end exactly on
// the last row and pages whose boundary falls between rows.
func TestContractRowCounts(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seed(t, db, 0)
		if rows := readAll(t, open(t, db, "SELECT id, email FROM users", "id", 100)); len(rows) != 0 {
			t.Fatalf("empty table gave %d rows", len(rows))
		}
		db.Exec(t, "INSERT INTO users VALUES (1, 'one@example.com')")
		if rows := readAll(t, open(t, db, "SELECT id, email FROM users", "id", 1)); len(rows) != 1 || rows[0].Key != "1" {
			t.Fatalf("one row gave %v", rows)
		}
		db.Exec(t, "DELETE FROM users")
		db.Exec(t, "DROP TABLE users")
		seed(t, db, 10000)
		for _, fetch := range []int{1000, 333, 10000, 10001} {
			rows := readAll(t, open(t, db, "SELECT id, email FROM users;", "id", fetch))
			if len(rows) != 10000 {
				t.Fatalf("fetch %d: %d rows", fetch, len(rows))
			}
			for i, r := range rows {
				if r.Key != strconv.Itoa(i+1) || r.Field(1).V != fmt.Sprintf("u%d@example.com", i+1) {
					t.Fatalf("fetch %d: row %d is %+v", fetch, i, r)
				}
			}
		}
	})
}

// TestContractKeyOrder: a numeric key is ordered as a number, a string key
// as the database orders it, across page boundaries.
func TestContractKeyOrder(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE n (id INT PRIMARY KEY)", "INSERT INTO n VALUES (100),(2),(10),(1),(20)",
			"CREATE TABLE s (code VARCHAR(20) PRIMARY KEY, v INT)",
			"INSERT INTO s VALUES ('b10',1),('a',2),('b9',3),('B2',4),('c',5),('ab',6)")
		var keys []string
		for _, r := range readAll(t, open(t, db, "SELECT id FROM n", "id", 2)) {
			keys = append(keys, r.Key)
		}
		if got := strings.Join(keys, ","); got != "1,2,10,20,100" {
			t.Errorf("numeric key order %s", got)
		}
		rows, err := db.SQL.Query("SELECT code FROM s ORDER BY code")
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for rows.Next() {
			var c string
			rows.Scan(&c)
			want = append(want, c)
		}
		rows.Close()
		keys = nil
		for _, r := range readAll(t, open(t, db, "SELECT code, v FROM s", "code", 2)) {
			keys = append(keys, r.Key)
		}
		if strings.Join(keys, ",") != strings.Join(want, ",") || len(keys) != 6 {
			t.Errorf("string key order %v, database orders %v", keys, want)
		}
	})
}

// TestContractPreparedPages: pages read as prepared statements (what a
// driver that answers driver.ErrSkip gets; with MySQL that is the binary
// protocol) give every row with the same text as the driver's usual path
// and the wire.
func TestContractPreparedPages(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE q (id INT PRIMARY KEY, d DATE, f "+db.Pick("DOUBLE", "DOUBLE PRECISION")+", b "+db.Pick("TINYINT(1)", "BOOLEAN")+")",
			"INSERT INTO q VALUES (1, '2020-01-02', 1.5, "+db.Pick("1", "true")+"), (2, NULL, 2, NULL), (3, '2020-01-04', 0.25, "+db.Pick("0", "false")+"), (4, '2021-12-31', -3, NULL), (5, '1999-09-09', 10, NULL)")
		read := func() string {
			got := ""
			for _, r := range readAll(t, open(t, db, "SELECT id, d, f, b, 'why?' AS note FROM q", "id", 2)) {
				got += fmt.Sprintf("%s/%s/%s/%s/%s ", r.Key, r.Field(1).V, r.Field(2).V, r.Field(3).V, r.Field(4).V)
			}
			return got
		}
		wire := read()
		reset := sources.SetDriverPages()
		direct := read()
		reset()
		reset = sources.SetPreparedPages()
		prepared := read()
		reset()
		want := "1/2020-01-02/1.5/" + db.Pick("1", "true") + "/why? 2//2//why? 3/2020-01-04/0.25/" + db.Pick("0", "false") +
			"/why? 4/2021-12-31/-3//why? 5/1999-09-09/10//why? "
		if wire != want || direct != want || prepared != want {
			t.Errorf("rows\n%q (off the wire)\n%q (direct)\n%q (prepared)\nwant %q", wire, direct, prepared, want)
		}
	})
}

// TestContractStopEarly: a reader left after a few rows, with the rest of
// the table still coming (the --limit or a stop), closes at once, and its
// connection is not used for anything else meanwhile.
func TestContractStopEarly(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE big (id INT PRIMARY KEY)",
			db.Pick("INSERT INTO big SELECT seq FROM "+seqMySQL(5000), "INSERT INTO big SELECT generate_series(1, 5000)"))
		r := open(t, db, "SELECT id FROM big", "id", 100)
		for i := 0; i < 3; i++ {
			if _, err := r.Next(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := r.Greatest(context.Background()); err == nil {
			t.Error("Greatest after reading started: no error")
		}
		done := make(chan error)
		go func() { done <- r.Close() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Close hangs while rows are still coming")
		}
	})
}

// TestContractSession: reads run read-only and a NULL key stops the run.
func TestContractSession(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE users (id INT PRIMARY KEY)", "INSERT INTO users VALUES (1)")
		ro := db.Pick("SELECT id, @@session.tx_read_only AS ro FROM users", "SELECT id, current_setting('transaction_read_only') AS ro FROM users")
		rows := readAll(t, open(t, db, ro, "id", 10))
		if v := rows[0].Field(1).V; v != "1" && v != "on" {
			t.Errorf("session is not read-only: %q", v)
		}
		// Found before any row is read (see TestKeyNull).
		if _, err := openKey(t, db, db.DSN, "SELECT NULL AS k, id FROM users", "k", 10); err == nil || !strings.Contains(err.Error(), "NULL key") {
			t.Errorf("NULL key: err = %v", err)
		}
	})
}

// TestContractTableMode: table + columns mode quotes identifiers and adds
// the key when no record key maps it.
func TestContractTableMode(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		q := db.Pick("`", `"`)
		db.Exec(t, "CREATE TABLE "+q+"Üye Listesi"+q+" ("+q+"uye id"+q+" INT PRIMARY KEY, "+q+"e-posta"+q+" VARCHAR(50))",
			"INSERT INTO "+q+"Üye Listesi"+q+" VALUES (2, 'b@x.com'), (1, 'a@x.com')")
		d := mysql.Dialect
		if db.Engine == "postgres" {
			d = postgres.Dialect
		}
		query, key, _ := sources.TableQuery(d, "Üye Listesi", map[string]string{"email": "e-posta"}, transforms.RecordKeys, []string{"uye id"})
		rows := readAll(t, open(t, db, query, key[0], 1))
		if len(rows) != 2 || rows[0].Key != "1" || rows[0].Field(0).V != "a@x.com" {
			t.Fatalf("rows %+v", rows)
		}
	})
}

// TestContractDatesAsText: PostgreSQL dates and timestamps are selected as
// the server's text; it must be the text the converter makes of lib/pq's
// values, so that nothing downstream can tell. The one difference is a
// date before Christ ("0044-03-15 BC", where Go writes "-0043-03-15"):
// the date rule rejects both the same way.
func TestContractDatesAsText(t *testing.T) {
	db := scratch.New(t, "postgres")
	db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, d DATE, ts TIMESTAMP)",
		`INSERT INTO t VALUES (1, '1990-01-13', '2022-01-13 09:26:00'), (2, '0999-12-31', '2022-01-13 09:26:00.5'),
		(3, '2000-02-29', '2022-01-13 09:26:00.000001'), (4, '9999-12-31', '1900-01-01 00:00:00.123456'),
		(5, 'infinity', '-infinity'), (6, NULL, NULL), (7, '0044-03-15 BC', '0044-03-15 12:00:00 BC')`)
	rows := readAll(t, open(t, db, "SELECT id, d, ts FROM t", "id", 3))
	pool, err := postgres.OpenDB(db.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	// The converter on the driver's own values: the way every other
	// type is read.
	q, err := pool.Query("SELECT d, ts FROM t ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	cts, _ := q.ColumnTypes()
	for i := 0; q.Next(); i++ {
		var d, ts any
		if err := q.Scan(&d, &ts); err != nil {
			t.Fatal(err)
		}
		for j, v := range []any{d, ts} {
			want := pipeline.Field{}
			if v != nil {
				want = pipeline.Field{V: string(postgres.Dialect.Converter(cts[j])(nil, v)), Valid: true}
			}
			got := rows[i].Field(j + 1)
			if strings.HasSuffix(got.V, " BC") {
				_, st1, d1 := transforms.ParseStamp(got.V, time.UTC, time.Now())
				_, st2, d2 := transforms.ParseStamp(want.V, time.UTC, time.Now())
				if st1 != st2 || d1 != d2 || st1 == transforms.DateOK {
					t.Errorf("%q and %q are not rejected alike: %v %q, %v %q", got.V, want.V, st1, d1, st2, d2)
				}
				continue
			}
			if got != want {
				t.Errorf("row %s column %s: read %+v, the converter makes %+v", rows[i].Key, cts[j].Name(), got, want)
			}
		}
	}
}
