package sources_test

import (
	"context"
	"reflect"
	"testing"

	"etl/internal/scratch"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

// TestTablesKeysSelectOnly: an account that may only read still sees
// every table's primary key and unique indexes.
func TestTablesKeysSelectOnly(t *testing.T) {
	for _, e := range scratch.Engines {
		t.Run(e, func(t *testing.T) {
			db := scratch.New(t, e)
			db.Exec(t, `CREATE TABLE uyeler (uye_id INT PRIMARY KEY, eposta VARCHAR(100), kod VARCHAR(10), UNIQUE (kod))`,
				`CREATE TABLE loglar (a INT, b INT, c INT, UNIQUE (a, b))`,
				`CREATE TABLE kalemler (siparis INT, satir INT, PRIMARY KEY (siparis, satir))`)
			d, open := mysql.Dialect, mysql.OpenDB
			if e == "postgres" {
				d, open = postgres.Dialect, postgres.OpenDB
			}
			pool, err := open(db.ReadOnlyDSN(t))
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			ctx := context.Background()
			conn, err := pool.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			tables, err := sources.Tables(ctx, d, conn)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]sources.Table{}
			for _, tb := range tables {
				got[tb.Name] = tb
			}
			want := map[string]sources.Table{
				"uyeler":   {Key: []string{"uye_id"}, Unique: [][]string{{"kod"}}},
				"loglar":   {Unique: [][]string{{"a", "b"}}},
				"kalemler": {Key: []string{"siparis", "satir"}},
			}
			for n, w := range want {
				g := got[n]
				if !reflect.DeepEqual(g.Key, w.Key) || !reflect.DeepEqual(g.Unique, w.Unique) {
					t.Errorf("%s: key %v unique %v, want %v %v", n, g.Key, g.Unique, w.Key, w.Unique)
				}
			}
		})
	}
}
