package main

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// A PrestaShop 1.6 shop's customer table: md5(_COOKIE_KEY_ . password),
// guest checkouts as customer rows, bcrypt for passwords set on 1.7.
const (
	psCookieKey = "Xq3mVb8TzL0pWc6NdR2hJs9GkY4fAe7UoI1tZxCvBnM5lQwErTyUiOpA"
	psPlain     = "Gizli.Parola-42"
	psBcrypt    = "$2y$10$W6Hx0l1w9mTn0GqHqfC7LeYVqV0tq5cT3wH2m0Q9tTnUq0kzQyZ1K"
)

func psHash() string {
	s := md5.Sum([]byte(psCookieKey + psPlain))
	return hex.EncodeToString(s[:])
}

// usersOf is key -> record of every users file of run folder dir, and
// the keys in file order.
func usersOf(t *testing.T, dir string) (map[string]map[string]any, []string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "users-*.json"))
	sort.Strings(files)
	m := map[string]map[string]any{}
	var order []string
	for _, f := range files {
		var recs []map[string]any
		data, _ := os.ReadFile(f)
		if err := json.Unmarshal(data, &recs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range recs {
			k := r["customer_code"].(string)
			m[k] = r
			order = append(order, k)
		}
	}
	return m, order
}

// TestE2EPrestaShopGuests: on both engines, through `etl run`: the
// cookie key from the environment salts the md5 hashes, which verify as
// Omnitron checks them; bcrypt is unsupported; a registered row wins over
// a guest with a smaller key; in a later incremental run a registered row
// with the email of a guest exported before is a duplicate naming that
// run, and a guest converted in place is already exported.
func TestE2EPrestaShopGuests(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		ts := db.Pick("DATETIME", "TIMESTAMP")
		db.Exec(t, `CREATE TABLE ps_customer (id_customer INT PRIMARY KEY, firstname VARCHAR(255), lastname VARCHAR(255),
			email VARCHAR(255), passwd VARCHAR(255), is_guest SMALLINT, date_add `+ts+`, date_upd `+ts+`)`)
		row := func(id int, email, passwd string, guest int, upd string) string {
			return fmt.Sprintf("INSERT INTO ps_customer VALUES (%d, 'Ad', 'Soyad', '%s', '%s', %d, '2020-01-01 10:00:00', '%s')",
				id, email, passwd, guest, upd)
		}
		h := psHash()
		db.Exec(t,
			row(1, "a@example.com", h, 1, "2024-01-01 00:00:00"),
			row(2, "A@example.com", h, 0, "2024-01-01 00:00:00"),
			row(3, "b@example.com", psBcrypt, 0, "2024-01-01 00:00:00"),
			row(4, "c@example.com", h, 1, "2024-01-01 00:00:00"),
			row(5, "d@example.com", h, 0, "2024-01-01 00:00:00"))
		query := `SELECT id_customer AS customer_code, firstname AS first_name, lastname AS last_name, email,
           passwd AS password, date_add AS date_joined,
           CASE is_guest WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type, date_upd AS updated_at
    FROM ps_customer`
		out := t.TempDir()
		cfg := writeConfig(t, queryConfig(db, query, out, "normalize:\n  password:\n    salt: ${ETL_TEST_PS_COOKIE_KEY}"))
		env := []string{"ETL_TEST_PS_COOKIE_KEY=" + psCookieKey}

		run := func() {
			t.Helper()
			if r := etl(t, env, "run", "--config", cfg); r.code != 0 {
				t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
			}
		}
		run()
		m := lastManifest(t, out)
		if got := counts(m); got != "full read 5 exported 3 rejected 2 skipped 0" {
			t.Fatalf("first run: %s", got)
		}
		users, order := usersOf(t, lastRun(t, out))
		if strings.Join(order, ",") != "2,5,4" {
			t.Fatalf("exported %v; want registered 2 and 5, then guest 4", order)
		}
		for k, u := range users {
			pw := u["password"].(string)
			if pw != "md5$"+psCookieKey+"$"+h || !omnitronChecks(pw, psPlain) {
				t.Errorf("key %s: password %q does not verify", k, pw)
			}
		}
		rejects := lastRejects(t, out)
		for _, want := range []string{`{"key":"1","field":"email","reason":"duplicate","detail":"same email as key 2","kind":"user"}`,
			`{"key":"3","field":"password","reason":"unsupported"`} {
			if !strings.Contains(rejects, want) {
				t.Errorf("rejects do not hold %s:\n%s", want, rejects)
			}
		}
		if strings.Contains(rejects, psBcrypt) || strings.Contains(rejects, psCookieKey) {
			t.Errorf("rejects leak a hash or the key:\n%s", rejects)
		}

		// Later: a registered account with the exported guest's email,
		// and guest 1 converted in place.
		db.Exec(t, row(6, "c@example.com", h, 0, "2024-02-01 00:00:00"),
			"UPDATE ps_customer SET is_guest = 0, date_upd = '2024-02-01 00:00:00' WHERE id_customer = 4")
		run()
		if got := counts(lastManifest(t, out)); got != "incremental read 2 exported 0 rejected 1 skipped 1" {
			t.Fatalf("incremental run: %s", got)
		}
		if rejects := lastRejects(t, out); !strings.Contains(rejects, `{"key":"6","field":"email","reason":"duplicate","detail":"same email as key 4 (exported by an earlier run)","kind":"user"}`) {
			t.Errorf("incremental rejects:\n%s", rejects)
		}
		exactlyOnce(t, exported(t, out), []int{2, 4, 5})
	})
}

// omnitronChecks verifies {alg}${salt}${hash} as Omnitron does: the hex
// digest of alg(salt + password).
func omnitronChecks(encoded, password string) bool {
	p := strings.Split(encoded, "$")
	if len(p) != 3 || p[0] != "md5" {
		return false
	}
	s := md5.Sum([]byte(p[1] + password))
	return hex.EncodeToString(s[:]) == p[2]
}
