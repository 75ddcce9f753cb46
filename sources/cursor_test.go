package sources_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

func openCursor(t *testing.T, db *scratch.DB, query string, fetch int) *sources.Reader {
	t.Helper()
	d, openDB := mysql.Dialect, mysql.OpenDB
	if db.Engine == "postgres" {
		d, openDB = postgres.Dialect, postgres.OpenDB
	}
	pool, err := openDB(db.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Close() })
	r, err := sources.OpenCursor(context.Background(), d, pool, query, []string{"id"}, "c", fetch)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

func keysOf(rows []pipeline.Row) string {
	var k []string
	for _, r := range rows {
		k = append(k, r.Key)
	}
	return strings.Join(k, " ")
}

// TestCursorSegments: a cursor range is read in (cursor, key) order with
// ties split across pages, bounded on both sides exactly; NULL cursors
// are a segment of their own; a plan resumes after any position.
func TestCursorSegments(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		// Microsecond precision: 10:00:00.000001 and .000002 differ.
		db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, c "+db.Pick("DATETIME(6)", "TIMESTAMPTZ")+" NULL)",
			`INSERT INTO t VALUES (1, '2024-01-01 10:00:00'), (2, '2024-01-01 10:00:00.000002'), (3, '2024-01-01 10:00:00'),
			(4, NULL), (5, '2024-01-01 10:00:00.000001'), (6, '2024-01-01 10:00:00'), (7, NULL), (8, '2023-12-31 23:59:59'),
			(9, '2024-01-01 10:00:00.000002'), (10, '2024-01-01 10:00:00')`)
		r := openCursor(t, db, "SELECT id, c FROM t", 2)
		hi, err := r.Greatest(context.Background())
		if err != nil || hi.Key != "9" {
			t.Fatalf("greatest %+v %v", hi, err)
		}
		all := []sources.Segment{{ByCursor: true, Upto: hi}, {NullCursor: true}}
		if err := r.Plan(all, nil); err != nil {
			t.Fatal(err)
		}
		rows := readAll(t, r)
		if got := keysOf(rows); got != "8 1 3 6 10 5 2 9 4 7" {
			t.Fatalf("read order %s", got)
		}
		// Resume after every position: the rest, nothing lost or repeated.
		for i, row := range rows {
			r := openCursor(t, db, "SELECT id, c FROM t", 2)
			pos := row.Pos
			if err := r.Plan(all, &pos); err != nil {
				t.Fatal(err)
			}
			if got, want := keysOf(readAll(t, r)), keysOf(rows[i+1:]); got != want {
				t.Fatalf("after %+v: %q, want %q", pos, got, want)
			}
		}
		// A checkpoint inside a tie: the pairs after it, up to a bound
		// inside another.
		from := rows[2].Pos // key 3 at 10:00:00
		r = openCursor(t, db, "SELECT id, c FROM t", 2)
		r.Plan([]sources.Segment{{ByCursor: true, From: &from, Upto: &rows[6].Pos}}, nil) // up to key 2
		if got := keysOf(readAll(t, r)); got != "6 10 5 2" {
			t.Fatalf("range read %s", got)
		}
	})
}

// TestCursorTimeZoneFold: two instants an hour apart that read the same
// on a local clock (the end of summer time) stay apart: the cursor is
// compared as the database renders it, with its offset.
func TestCursorTimeZoneFold(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		if db.Engine == "mysql" {
			db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, c TIMESTAMP(6) NULL)",
				"SET time_zone = '+03:00'", "INSERT INTO t VALUES (1, '2015-11-08 03:30:00')",
				"SET time_zone = '+02:00'", "INSERT INTO t VALUES (2, '2015-11-08 03:30:00')")
		} else {
			db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, c TIMESTAMPTZ)",
				"INSERT INTO t VALUES (1, '2015-11-08 03:30:00+03'), (2, '2015-11-08 03:30:00+02')")
			dbName := db.DSN[strings.LastIndex(db.DSN, "/")+1:]
			if i := strings.IndexByte(dbName, '?'); i >= 0 {
				dbName = dbName[:i]
			}
			db.Exec(t, fmt.Sprintf("ALTER DATABASE %q SET timezone TO 'Europe/Istanbul'", dbName))
		}
		r := openCursor(t, db, "SELECT id, c FROM t", 10)
		r.Plan([]sources.Segment{{ByCursor: true}}, nil)
		rows := readAll(t, r)
		if keysOf(rows) != "1 2" {
			t.Fatalf("order %s", keysOf(rows))
		}
		r = openCursor(t, db, "SELECT id, c FROM t", 10)
		r.Plan([]sources.Segment{{ByCursor: true, From: &rows[0].Pos}}, nil)
		if got := keysOf(readAll(t, r)); got != "2" {
			t.Fatalf("after the first instant (%q): %q", rows[0].Pos.Cursor, got)
		}
	})
}

// A cursor that is not one of the query's columns is named.
func TestCursorMustBeAColumn(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, c INT)")
		d, openDB := mysql.Dialect, mysql.OpenDB
		if db.Engine == "postgres" {
			d, openDB = postgres.Dialect, postgres.OpenDB
		}
		pool, _ := openDB(db.DSN)
		defer pool.Close()
		_, err := sources.OpenCursor(context.Background(), d, pool, "SELECT id FROM t", []string{"id"}, "c", 10)
		if err == nil || !strings.Contains(err.Error(), `source.cursor: column "c"`) {
			t.Fatalf("got %v", err)
		}
	})
}

// TestGreatestInSnapshot: the bound taken in a snapshot is the greatest
// pair as of the snapshot, whatever is committed after it; tables without
// transactions (MyISAM) get no snapshot, and the caller reads the bound
// first.
func TestGreatestInSnapshot(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		ctx := context.Background()
		db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, c "+db.Pick("DATETIME", "TIMESTAMP")+" NULL)"+db.Pick(" ENGINE=InnoDB", ""),
			"INSERT INTO t VALUES (1, '2024-01-01 10:00:00'), (2, '2024-03-01 10:00:00'), (3, NULL)")
		r := openCursor(t, db, "SELECT id, c FROM t", 2)
		snap, err := r.Snapshot(ctx)
		if err != nil || snap == nil {
			t.Fatalf("snapshot %v, %v", snap, err)
		}
		db.Exec(t, "INSERT INTO t VALUES (4, '2030-01-01 00:00:00')", "UPDATE t SET c = '2031-01-01 00:00:00' WHERE id = 1")
		hi, err := snap.Greatest(ctx)
		if err != nil || hi == nil || hi.Key != "2" || !strings.HasPrefix(hi.Cursor, "2024-03-01 10:00:00") {
			t.Fatalf("greatest in the snapshot %+v, %v; want key 2 at 2024-03-01 10:00:00", hi, err)
		}
		if now, err := r.Greatest(ctx); err != nil || now.Key != "1" {
			t.Fatalf("greatest now %+v, %v; want key 1", now, err)
		}
		if db.Engine == "mysql" {
			db.Exec(t, "CREATE TABLE m (id INT PRIMARY KEY, c DATETIME) ENGINE=MyISAM")
			if snap, err := r.Snapshot(ctx); err != nil || snap != nil {
				t.Fatalf("with a MyISAM table: snapshot %v, %v; want none", snap, err)
			}
		}
	})
}
