package sources_test

import (
	"context"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

type keyList []string

func (l keyList) Keys() ([]string, error) { return l, nil }

// TestKeysSegments: segments of listed keys (rows read again by key) read
// exactly those keys, string keys with quotes, backslashes and non-ASCII
// text included, page by page, only up to a bound when one is given, and
// resume after any row.
func TestKeysSegments(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE t (id VARCHAR(20) PRIMARY KEY, c "+db.Pick("DATETIME", "TIMESTAMP")+" NULL)",
			`INSERT INTO t VALUES ('a', '2024-01-01 00:00:00'), ('b''c', '2024-01-01 00:00:00'), ('ç', '2023-06-01 00:00:00'),
			('d\e', '2024-01-01 00:00:00'), ('y', NULL), ('z', '2024-05-01 00:00:00'), ('m', '2024-01-01 00:00:00')`)
		if db.Engine == "mysql" { // the backslash was an escape there
			db.Exec(t, `UPDATE t SET id = 'd\\e' WHERE id = 'de'`)
		}
		d, openDB := mysql.Dialect, mysql.OpenDB
		if db.Engine == "postgres" {
			d, openDB = postgres.Dialect, postgres.OpenDB
		}
		pool, err := openDB(db.DSN)
		if err != nil {
			t.Fatal(err)
		}
		defer pool.Close()
		open := func() *sources.Reader {
			r, err := sources.OpenCursor(context.Background(), d, pool, "SELECT id, c FROM t", []string{"id"}, "c", 1)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { r.Close() })
			return r
		}
		upto := &pipeline.Pos{Cursor: "2024-01-01 00:00:00", Key: "b'c"}
		plan := []sources.Segment{
			{Keys: keyList{"ç", "b'c", "gone", `d\e`}, Upto: upto}, // d\e: after the bound
			{Keys: keyList{"z", "y", "a"}, Upto: upto},             // z: after; y: NULL
			{Keys: keyList{"m", `d\e`, "a"}},                       // no bound
		}
		r := open()
		if err := r.Plan(plan, nil); err != nil {
			t.Fatal(err)
		}
		rows := readAll(t, r)
		if got, want := keysOf(rows), `b'c ç a a d\e m`; got != want {
			t.Fatalf("read %q, want %q", got, want)
		}
		for i, row := range rows {
			r := open()
			pos := row.Pos
			if err := r.Plan(plan, &pos); err != nil {
				t.Fatal(err)
			}
			if got, want := keysOf(readAll(t, r)), keysOf(rows[i+1:]); got != want {
				t.Fatalf("after %+v: %q, want %q", pos, got, want)
			}
		}
		r = open()
		r.Plan(plan, nil)
		if n, err := r.Estimate(context.Background(), nil); err != nil || n != 6 {
			t.Fatalf("estimate %d %v, want 6", n, err)
		}
	})
}
