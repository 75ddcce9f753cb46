package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsersSection: users given in a users section run as they do from
// source; a config without users stops before
// anything is read.
func TestUsersSection(t *testing.T) {
	const users = `  path: users.csv
  columns: {customer_code: "Üye No", first_name: "Adı", last_name: "Soyadı", email: "E-posta", gender: Cinsiyet,
            phone: "Cep Telefonu", date_of_birth: "Doğum Tarihi", date_joined: "Kayıt Tarihi", password: "Şifre"}
`
	const rest = "sink:\n  dir: out\nstate:\n  dir: state\n"
	write := func(t *testing.T, dir, body string) string {
		cfg := filepath.Join(dir, "legacy.yaml")
		if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	src := "source:\n  driver: csv\n  encoding: windows-1254\n  delimiter: \";\"\n"
	t.Run("runs", func(t *testing.T) {
		dir := turkishExcel(t)
		checkTurkishRun(t, dir, write(t, dir, src+"users:\n"+users+"  key: customer_code\n"+rest))
	})
	for _, tc := range []struct{ name, body, want string }{
		{"no users", src + "addresses:\n  path: a.csv\n  key: id\n" + rest,
			"addresses reference users, which the config does not read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := turkishExcel(t)
			r := etl(t, nil, "run", "--config", write(t, dir, tc.body))
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Fatalf("exit %d, want 2 saying %q\n%s", r.code, tc.want, r.stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
				t.Error("a run folder was made")
			}
		})
	}
}
