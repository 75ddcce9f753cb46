package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A DSN mistake is named as source.dsn with what the driver expects, and
// a failed connection says what most likely failed.
func TestDSNMistakes(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: needs MariaDB and PostgreSQL (run make test)")
	}
	for _, tc := range []struct {
		name, driver, dsn string
		wants             []string
	}{
		{"mysql URL", "mysql", "mysql://root@127.0.0.1:3306/shop", []string{"source.dsn", "user:password@tcp(host:3306)/dbname", "not a mysql:// URL"}},
		{"mysql URL for postgres", "postgres", "mysql://root@127.0.0.1/shop", []string{"source.dsn", "postgres://user:password@host:5432/dbname", "not a mysql:// URL"}},
		{"nothing listens", "mysql", "root@tcp(127.0.0.1:1)/shop", []string{"connection refused", "check the host and port in source.dsn"}},
		{"nothing listens, postgres", "postgres", "postgres://postgres@127.0.0.1:1/shop?sslmode=disable", []string{"connection refused", "check the host and port in source.dsn"}},
		{"bad password", "mysql", "etl_no_such_user:pw@tcp(127.0.0.1:3306)/", []string{"1045", "check them in source.dsn"}},
		{"no such database", "postgres", "postgres://postgres@127.0.0.1:5432/etl_no_such_db?sslmode=disable", []string{"3D000", "check the database name in source.dsn"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := filepath.Join(t.TempDir(), "legacy.yaml")
			body := "source:\n  driver: " + tc.driver + "\n  dsn: \"" + tc.dsn + "\"\n  table: users\n  columns: {email: mail}\n  key: id\n"
			if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := run([]string{"validate", "--config", cfg}, &out, &errOut)
			if code == exitOK {
				t.Fatalf("validate passed:\n%s", out.String())
			}
			if !strings.Contains(out.String(), "source: FAILED") {
				t.Errorf("stdout does not say the source failed:\n%s", out.String())
			}
			for _, w := range tc.wants {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("error lacks %q:\n%s", w, errOut.String())
				}
			}
			if strings.Contains(errOut.String(), ":pw@") {
				t.Errorf("the password shows: %s", errOut.String())
			}
		})
	}
}
