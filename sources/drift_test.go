package sources_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

// TestSchemaChangeBetweenPages: a column added, dropped or retyped while
// a run reads (SELECT * sees it from the next page on) fails the run with
// the column named, on both paths, after only the rows read before the
// change, and never with values shifted into other columns.
func TestSchemaChangeBetweenPages(t *testing.T) {
	type change struct {
		name   string
		alter  map[string]string // by engine
		column string
		says   string
	}
	changes := []change{
		{"added", map[string]string{
			"mysql":    "ALTER TABLE t ADD COLUMN extra VARCHAR(10) NOT NULL DEFAULT 'x' AFTER id",
			"postgres": "ALTER TABLE t ADD COLUMN extra VARCHAR(10) NOT NULL DEFAULT 'x'",
		}, "extra", "added"},
		{"dropped", map[string]string{
			"mysql":    "ALTER TABLE t DROP COLUMN name",
			"postgres": "ALTER TABLE t DROP COLUMN name",
		}, "name", "dropped"},
		{"retyped", map[string]string{
			"mysql":    "ALTER TABLE t MODIFY age VARCHAR(10)",
			"postgres": "ALTER TABLE t ALTER COLUMN age TYPE VARCHAR(10)",
		}, "age", "changed type"},
		// A date is selected as text on PostgreSQL, by name: its drop
		// fails the page's statement, which must be told as a drop too.
		{"dropped date", map[string]string{
			"mysql":    "ALTER TABLE t DROP COLUMN born",
			"postgres": "ALTER TABLE t DROP COLUMN born",
		}, "born", "dropped"},
		{"retyped date", map[string]string{
			"mysql":    "ALTER TABLE t MODIFY born DATETIME",
			"postgres": "ALTER TABLE t ALTER COLUMN born TYPE TIMESTAMP",
		}, "born", "changed type"},
	}
	for _, engine := range scratch.Engines {
		for _, path := range []string{"wire", "driver"} {
			for _, c := range changes {
				t.Run(engine+"/"+path+"/"+c.name, func(t *testing.T) {
					db := scratch.New(t, engine)
					db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20), age INT, born DATE)")
					db.Exec(t, "INSERT INTO t VALUES (1, 'a', 11, '2001-01-01'), (2, 'b', 12, '2001-01-02'), (3, 'c', 13, '2001-01-03'),"+
						" (4, 'd', 14, '2001-01-04'), (5, 'e', 15, '2001-01-05'), (6, 'f', 16, '2001-01-06'), (7, 'g', 17, '2001-01-07')")
					if path == "driver" {
						defer sources.SetDriverPages()()
					}
					defer sources.SetPageHook(func(n int) {
						if n == 1 {
							db.Exec(t, c.alter[engine])
						}
					})()
					wires := sources.WirePages()
					r, _ := openPool(t, engine, db.DSN, "SELECT * FROM t", "id", 3)
					rows, err := readUntilError(r)
					if (sources.WirePages() > wires) != (path == "wire") {
						t.Fatalf("pages read off the wire: %d, path %s", sources.WirePages()-wires, path)
					}
					if err == nil {
						t.Fatalf("the run read %d rows and ended well after the table changed", len(rows))
					}
					if !errors.Is(err, sources.ErrSchemaChanged) {
						t.Fatalf("error %v, want one of a changed schema", err)
					}
					for _, want := range []string{`"` + c.column + `"`, c.says, "rerun"} {
						if !strings.Contains(err.Error(), want) {
							t.Errorf("error %q does not say %q", err, want)
						}
					}
					// The rows of the first page may or may not have been
					// handed out before the error; none after it may be.
					if len(rows) > 3 {
						t.Fatalf("%d rows before the error, more than the first page's 3", len(rows))
					}
					for i, row := range rows {
						if got := row.Field(1).V; got != string(rune('a'+i)) {
							t.Errorf("row %d: name %q", i+1, got)
						}
					}
				})
			}
		}
	}
}

// readUntilError reads rows until the end or an error.
func readUntilError(r *sources.Reader) ([]pipeline.Row, error) {
	var rows []pipeline.Row
	for {
		row, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, row)
	}
}

// TestSchemaChangeInCursorSegment: pages of a cursor segment carry the
// cursor's text after the columns; a column added between two of them
// is found all the same, on both paths.
func TestSchemaChangeInCursorSegment(t *testing.T) {
	for _, engine := range scratch.Engines {
		for _, path := range []string{"wire", "driver"} {
			t.Run(engine+"/"+path, func(t *testing.T) {
				db := scratch.New(t, engine)
				db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20), c INT)",
					"INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50)")
				if path == "driver" {
					defer sources.SetDriverPages()()
				}
				defer sources.SetPageHook(func(n int) {
					if n == 1 {
						db.Exec(t, "ALTER TABLE t ADD COLUMN extra INT")
					}
				})()
				open, d := mysql.OpenDB, mysql.Dialect
				if engine == "postgres" {
					open, d = postgres.OpenDB, postgres.Dialect
				}
				pool, err := open(db.DSN)
				if err != nil {
					t.Fatal(err)
				}
				defer pool.Close()
				r, err := sources.OpenCursor(context.Background(), d, pool, "SELECT * FROM t", []string{"id"}, "c", 2)
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				if err := r.Plan([]sources.Segment{{ByCursor: true}, {NullCursor: true}}, nil); err != nil {
					t.Fatal(err)
				}
				rows, err := readUntilError(r)
				if !errors.Is(err, sources.ErrSchemaChanged) || !strings.Contains(err.Error(), `"extra" was added`) {
					t.Fatalf("after %d rows: error %v, want column \"extra\" added", len(rows), err)
				}
				if len(rows) > 2 {
					t.Fatalf("%d rows before the error, more than the first page's 2", len(rows))
				}
			})
		}
	}
}
