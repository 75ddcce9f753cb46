package sources_test

import (
	"strings"
	"sync"
	"testing"

	"etl/internal/scratch"
	"etl/sources"
)

// TestPathTold: the reader tells once which path reads the pages, and
// why the driver when it does: forced, or a connection the wire reader
// does not read (MySQL's compression, PostgreSQL's TLS).
func TestPathTold(t *testing.T) {
	cases := []struct {
		engine, name, dsnOpt string
		force                bool
		want                 []string
	}{
		{"mysql", "plain", "", false, []string{sources.PathWire}},
		{"mysql", "forced", "", true, []string{sources.PathDriver, sources.DriverPagesEnv}},
		{"mysql", "compressed", "compress=true", false, []string{sources.PathDriver, "compressed"}},
		{"postgres", "plain", "", false, []string{sources.PathWire}},
		{"postgres", "forced", "", true, []string{sources.PathDriver, sources.DriverPagesEnv}},
		{"postgres", "tls", "sslmode=require", false, []string{sources.PathDriver, "TLS"}},
	}
	for _, c := range cases {
		t.Run(c.engine+"/"+c.name, func(t *testing.T) {
			db := scratch.New(t, c.engine)
			db.Exec(t, "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))", "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')")
			dsn := db.DSN
			if c.dsnOpt != "" {
				sep := "?"
				if strings.Contains(dsn, "?") {
					sep = "&"
				}
				if c.engine == "postgres" {
					dsn = strings.Replace(dsn, "sslmode=disable", c.dsnOpt, 1)
				} else {
					dsn += sep + c.dsnOpt
				}
			}
			if c.force {
				t.Setenv(sources.DriverPagesEnv, "1")
			}
			r, _ := openPool(t, c.engine, dsn, "SELECT * FROM t", "id", 2)
			var mu sync.Mutex
			var told []string
			r.OnPath = func(p string) {
				mu.Lock()
				told = append(told, p)
				mu.Unlock()
			}
			wires := sources.WirePages()
			if n := len(readAll(t, r)); n != 3 {
				t.Fatalf("%d rows, want 3", n)
			}
			onWire := sources.WirePages() > wires
			mu.Lock()
			defer mu.Unlock()
			if len(told) != 1 {
				t.Fatalf("told %q, want one path", told)
			}
			for _, w := range c.want {
				if !strings.Contains(told[0], w) {
					t.Errorf("told %q, want it to say %q", told[0], w)
				}
			}
			if onWire != strings.HasPrefix(told[0], sources.PathWire) {
				t.Errorf("told %q, but pages off the wire: %v", told[0], onWire)
			}
		})
	}
}
