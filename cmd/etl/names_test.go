package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// TestAddressesTakeTheUsersNames: an address without names takes those
// its user was exported with (SPEC §9), from the users ledger, in a dry
// run (which keeps no ledger) as in a real one: each name the row lacks
// is the user's, a full name of one word is the first name.
func TestAddressesTakeTheUsersNames(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 4) // user i is "Ad<i> Soyad"
		seedAdresler(t, db, 4, 4)
		db.Exec(t, "UPDATE uyeler SET soyisim = 'Kaya' WHERE uye_id = 2",
			"UPDATE adresler SET alici = NULL WHERE adres_id = 1",
			"UPDATE adresler SET alici = 'Zeynep' WHERE adres_id = 2",
			"UPDATE adresler SET alici = 'Ali Can' WHERE adres_id = 3",
			"UPDATE adresler SET alici = '  ' WHERE adres_id = 4")
		out := t.TempDir()
		cfg := writeConfig(t, twoKindsConfig(db, exampleQuery(db), out, 3, 2))
		want := map[string]string{
			"Adres 1 Sokak": "Ad1 Soyad",
			"Adres 2 Sokak": "Zeynep Kaya",
			"Adres 3 Sokak": "Ali Can",
			"Adres 4 Sokak": "Ad4 Soyad",
		}
		for _, args := range [][]string{{"--dry-run"}, nil} {
			log := runOK(t, cfg, args...)
			got := addressNames(t, lastRun(t, out))
			for line, name := range want {
				if got[line] != name {
					t.Errorf("run %v: %s has the names %q, want %q\n%s", args, line, got[line], name, log)
				}
			}
		}
	})
}

// addressNames maps the line of each address a run folder exported to
// its "first_name last_name".
func addressNames(t *testing.T, run string) map[string]string {
	t.Helper()
	names := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(run, "addresses-*.json"))
	for _, f := range files {
		var recs []struct {
			Line  string `json:"line"`
			First string `json:"first_name"`
			Last  string `json:"last_name"`
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &recs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range recs {
			names[r.Line] = strings.TrimSpace(r.First + " " + r.Last)
		}
	}
	return names
}
