package sources_test

import (
	"context"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/postgres"
)

// TestSearchPathCannotChangeTheReader: a schema ahead of pg_catalog in
// the search path, holding a domain named text (a varchar(4): a cast to
// it cuts dates to their year), a count and a current_schemas of its own
// and > operators that are never true (a run would end after its first
// page), changes nothing the reader reads or counts, on either path.
func TestSearchPathCannotChangeTheReader(t *testing.T) {
	for _, path := range []string{"wire", "driver"} {
		t.Run(path, func(t *testing.T) {
			db := scratch.New(t, "postgres")
			db.Exec(t,
				"CREATE SCHEMA evil",
				"CREATE DOMAIN evil.text AS pg_catalog.varchar(4)",
				"CREATE FUNCTION evil.plus_one(pg_catalog.int8) RETURNS pg_catalog.int8 LANGUAGE sql AS 'SELECT $1 + 1'",
				"CREATE AGGREGATE evil.count(*) (SFUNC = evil.plus_one, STYPE = pg_catalog.int8, INITCOND = '1000')",
				"CREATE FUNCTION evil.never(pg_catalog.int4, pg_catalog.int4) RETURNS pg_catalog.bool LANGUAGE sql AS 'SELECT false'",
				"CREATE OPERATOR evil.> (LEFTARG = pg_catalog.int4, RIGHTARG = pg_catalog.int4, FUNCTION = evil.never)",
				"CREATE FUNCTION evil.never(pg_catalog.timestamp, pg_catalog.timestamp) RETURNS pg_catalog.bool LANGUAGE sql AS 'SELECT false'",
				"CREATE OPERATOR evil.> (LEFTARG = pg_catalog.timestamp, RIGHTARG = pg_catalog.timestamp, FUNCTION = evil.never)",
				"CREATE FUNCTION evil.current_schemas(pg_catalog.bool) RETURNS pg_catalog.name[] LANGUAGE sql AS $$SELECT ARRAY['nowhere']::pg_catalog.name[]$$",
				"CREATE TABLE public.t (id INT PRIMARY KEY, born DATE, c TIMESTAMP)",
				"INSERT INTO public.t VALUES (1, '2001-01-01', '2024-05-06 07:08:09'), (2, '2001-01-02', '2024-05-06 07:08:10'), (3, NULL, NULL), (4, NULL, NULL), (5, '2001-01-05', NULL)",
				"ALTER DATABASE "+db.Name+" SET search_path = evil, pg_catalog, public",
			)
			if path == "driver" {
				defer sources.SetDriverPages()()
			}
			pool, err := postgres.OpenDB(db.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			ctx := context.Background()
			// The path holds: the domain is what an unqualified text is.
			var cut string
			if err := pool.QueryRowContext(ctx, "SELECT CAST(DATE '2001-01-01' AS text)").Scan(&cut); err != nil || cut != "2001" {
				t.Fatalf("the test's search path does not take: CAST(date AS text) = %q, %v", cut, err)
			}
			var above int
			if err := pool.QueryRowContext(ctx, "SELECT pg_catalog.count(*) FROM t WHERE id > $1", "1").Scan(&above); err != nil || above != 0 {
				t.Fatalf("the test's search path does not take: %d rows with id > 1, %v", above, err)
			}
			r, err := sources.OpenCursor(ctx, postgres.Dialect, pool, "SELECT * FROM t", []string{"id"}, "c", 2)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			hi, err := r.Greatest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if hi == nil || hi.Cursor != "2024-05-06 07:08:10" || hi.Key != "2" {
				t.Errorf("greatest (c, id) = %+v, want 2024-05-06 07:08:10, 2", hi)
			}
			if n, err := r.CountNullCursor(ctx); err != nil || n != 3 {
				t.Errorf("rows with a NULL cursor: %d, %v; want 3", n, err)
			}
			segs := []sources.Segment{{ByCursor: true}, {NullCursor: true}}
			if err := r.Plan(segs, nil); err != nil {
				t.Fatal(err)
			}
			if n, err := r.Estimate(ctx, nil); err != nil || n != 5 {
				t.Errorf("estimate %d, %v; want 5", n, err)
			}
			if n, err := r.Estimate(ctx, &pipeline.Pos{Seg: 1, Key: "3"}); err != nil || n != 2 {
				t.Errorf("estimate after key 3 of the NULL cursors: %d, %v; want 2", n, err)
			}
			rows := readAll(t, r)
			want := [][3]string{{"1", "2001-01-01", "2024-05-06 07:08:09"}, {"2", "2001-01-02", "2024-05-06 07:08:10"}, {"3", "", ""}, {"4", "", ""}, {"5", "2001-01-05", ""}}
			if len(rows) != len(want) {
				t.Fatalf("%d rows, want %d", len(rows), len(want))
			}
			for i, w := range want {
				for j := range w {
					if got := field(rows[i], j); got != w[j] {
						t.Errorf("row %d column %d: %q, want %q", i+1, j, got, w[j])
					}
				}
			}
			conn, err := pool.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			tables, err := sources.Tables(ctx, postgres.Dialect, conn)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, tb := range tables {
				names = append(names, tb.Name)
			}
			if len(names) != 1 || names[0] != "t" {
				t.Errorf("tables %q, want t alone", names)
			}
		})
	}
}

func field(r pipeline.Row, i int) string { return r.Field(i).V }
