package main

import (
	"fmt"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// TestTableModeMissingColumn: a table-mode config naming a column the
// table lacks fails with the config key behind it, the closest column
// and the table's columns, not only the database's "Unknown column".
func TestTableModeMissingColumn(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 3)
		for _, c := range []struct {
			name, columns, key string
			want               []string
		}{
			{"a word for the key", "{first_name: Ad, last_name: soyisim, email: mail}", "uye_id",
				[]string{`source.columns.first_name: table uyeler has no column "Ad"; the closest is "isim"`}},
			{"a typo", "{first_name: isim, last_name: soyisimm, email: mail}", "uye_id",
				[]string{`source.columns.last_name: table uyeler has no column "soyisimm"; the closest is "soyisim"`}},
			{"the key", "{first_name: isim, email: mail}", "uyeid",
				[]string{`source.key: table uyeler has no column "uyeid"; the closest is "uye_id"`}},
		} {
			t.Run(c.name, func(t *testing.T) {
				cfg := writeConfig(t, fmt.Sprintf("source:\n  driver: %s\n  dsn: %q\n  table: uyeler\n  columns: %s\n  key: %s\n"+
					"sink:\n  dir: %s\nstate:\n  dir: %s\n", db.Engine, db.DSN, c.columns, c.key, t.TempDir(), t.TempDir()))
				r := etl(t, nil, "run", "--config", cfg, "--dry-run")
				if r.code != 2 {
					t.Fatalf("exit %d, want 2\n%s", r.code, r.stderr)
				}
				for _, w := range append(c.want, "its columns: uye_id, isim, soyisim, mail, cins") {
					if !strings.Contains(r.stderr, w) {
						t.Errorf("no %q in:\n%s", w, r.stderr)
					}
				}
			})
		}
	})
}
