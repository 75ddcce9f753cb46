package main

import (
	"bufio"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// prestashopCookieKey is the _COOKIE_KEY_ the PrestaShop fixtures were
// hashed with (scripts/platformfixtures).
const prestashopCookieKey = "x9KqT2mWv8RbN4cZ7pLdF3sJ6hYgA1eUo5iQ0wXrCtBnMkVjHaSzEyDu"

// TestInitPlatforms: on each platform's own customer tables, read by a
// SELECT-only account, etl init picks the customers, writes a config
// that validates and runs, and every password it exports logs its user
// in the way Omnitron checks it; every other user is rejected for the
// reason the fixture expects, or left out on purpose.
func TestInitPlatforms(t *testing.T) {
	for _, c := range []struct {
		name, engine string
		env          []string
		want         []string // lines the config must hold
	}{
		{"magento2", "mysql", nil, []string{"Recognised platform: Magento 2", "FROM customer_entity e", "e.password_hash AS password", "cursor: updated_at"}},
		{"magento1", "mysql", nil, []string{"Recognised platform: Magento 1", "FROM customer_entity e", "attribute_code = 'firstname'", "attribute_code = 'password_hash'"}},
		{"opencart3", "mysql", nil, []string{"Recognised platform: OpenCart", "FROM oc_customer c", "c.salt        AS password_salt", "scheme: opencart"}},
		{"prestashop16", "mysql", []string{"PRESTASHOP_COOKIE_KEY=" + prestashopCookieKey},
			[]string{"FROM ps_customer c", "WHERE c.deleted = 0", "salt: ${PRESTASHOP_COOKIE_KEY}", "config/settings.inc.php",
				"deleted customers (deleted = 1), left out by the WHERE clause: 2", "guest checkouts (is_guest = 1), exported as user_type guest: 2",
				"CASE c.is_guest WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type"}},
		{"prestashop17", "mysql", []string{"PRESTASHOP_COOKIE_KEY=" + prestashopCookieKey},
			[]string{"FROM ps_customer c", "app/config/parameters.php", "deleted customers (deleted = 1), left out by the WHERE clause: 2"}},
		{"wordpress", "mysql", nil, []string{"Recognised platform: WordPress", "FROM wp_users u", "meta_key = 'first_name'", "administrators, left out by the WHERE clause: 1"}},
		{"saleor", "postgres", nil, []string{"Recognised platform: Django (account_user)", "FROM account_user u", "u.is_confirmed AS verified",
			"staff and superusers, left out by the WHERE clause: 1"}},
		{"django", "postgres", nil, []string{"Recognised platform: Django (auth_user)", "FROM auth_user u", "WHERE NOT u.is_staff"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := scratch.New(t, c.engine)
			loadSQL(t, db, filepath.Join("../../testdata/platforms", c.name+".sql"))
			dsn := db.ReadOnlyDSN(t)
			env := append([]string{"LEGACY_DSN=" + dsn}, c.env...)
			dir := t.TempDir()
			cfgPath := filepath.Join(dir, "legacy.yaml")
			r := etl(t, env, "init", "--driver", c.engine, "--dsn", dsn, "-o", cfgPath)
			data, _ := os.ReadFile(cfgPath)
			if r.code != 0 {
				t.Fatalf("init: exit %d\n%s%s\n%s", r.code, r.stdout, r.stderr, data)
			}
			cfg := string(data)
			for _, w := range c.want {
				if !strings.Contains(cfg, w) {
					t.Errorf("config lacks %q:\n%s", w, cfg)
				}
			}
			if strings.Contains(cfg, "admin_user") && !strings.Contains(cfg, "admin_user holds") {
				t.Errorf("config reads admin_user:\n%s", cfg)
			}
			if v := etl(t, env, "validate", "--config", cfgPath); v.code != 0 {
				t.Fatalf("validate: %s%s", v.stdout, v.stderr)
			}
			cmd := etlCmd("run", "--dry-run", "--config", cfgPath)
			cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
			out, err := cmd.CombinedOutput()
			if _, ok := err.(*exec.ExitError); err != nil && !ok {
				t.Fatal(err)
			}
			checkPasswords(t, runFolder(t, filepath.Join(dir, "out")), filepath.Join("../../testdata/platforms", c.name+".plain.tsv"), string(out))
		})
	}
}

// omnitronVerifies checks a password the way Omnitron's Django hashers
// do: {alg}${salt}${hash} with hash = hex(alg(salt + plaintext)).
func omnitronVerifies(stored, plain string) bool {
	parts := strings.Split(stored, "$")
	if len(parts) != 3 {
		return false
	}
	var h hash.Hash
	switch parts[0] {
	case "md5":
		h = md5.New()
	case "sha1":
		h = sha1.New()
	case "sha256":
		h = sha256.New()
	default:
		return false
	}
	h.Write([]byte(parts[1] + plain))
	return hex.EncodeToString(h.Sum(nil)) == parts[2]
}

func TestOmnitronVerifies(t *testing.T) {
	for _, c := range []struct {
		stored, plain string
		ok            bool
	}{
		{"md5$$e10adc3949ba59abbe56e057f20f883e", "123456", true},
		{"sha1$ab$" + hexOf(sha1.New(), "ab123456"), "123456", true},
		{"sha256$s$" + hexOf(sha256.New(), "s123456"), "123456", true},
		{"sha256$s$" + hexOf(sha256.New(), "123456s"), "123456", false},
		{"md5$$e10adc3949ba59abbe56e057f20f883e", "1234567", false},
		{"pbkdf2_sha256$1$s$x", "123456", false},
	} {
		if got := omnitronVerifies(c.stored, c.plain); got != c.ok {
			t.Errorf("%s with %s: %v", c.stored, c.plain, got)
		}
	}
}

func hexOf(h hash.Hash, s string) string { h.Write([]byte(s)); return hex.EncodeToString(h.Sum(nil)) }

// checkPasswords compares a run's records and rejects with the fixture's
// plaintexts and expected outcomes.
func checkPasswords(t *testing.T, run, tsvPath, runOut string) {
	t.Helper()
	f, err := os.Open(tsvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type row struct{ plain, expect string }
	rows := map[string]row{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		rows[p[0]] = row{p[2], p[3]}
	}
	seen := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(usersLines(t, run)), "\n") {
		if line == "" {
			continue
		}
		var rec struct {
			CustomerCode string `json:"customer_code"`
			Password     string `json:"password"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		r, ok := rows[rec.CustomerCode]
		seen[rec.CustomerCode] = "exported"
		switch {
		case !ok:
			t.Errorf("exported %s, which the fixture does not have", rec.CustomerCode)
		case r.expect != "exported":
			t.Errorf("customer %s exported, want %s", rec.CustomerCode, r.expect)
		case !omnitronVerifies(rec.Password, r.plain):
			t.Errorf("customer %s exported with a password that does not log in: %s", rec.CustomerCode, strings.SplitN(rec.Password, "$", 2)[0])
		}
	}
	rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
	for _, line := range strings.Split(strings.TrimSpace(string(rejects)), "\n") {
		if line == "" {
			continue
		}
		var rj struct{ Key, Field, Reason, Detail string }
		if err := json.Unmarshal([]byte(line), &rj); err != nil {
			t.Fatal(err)
		}
		seen[rj.Key] = rj.Reason
		if want := rows[rj.Key].expect; rj.Reason != want {
			t.Errorf("customer %s rejected %s (%s: %s), want %s", rj.Key, rj.Reason, rj.Field, rj.Detail, want)
		}
	}
	for k, r := range rows {
		if _, ok := seen[k]; !ok && r.expect != "excluded" {
			t.Errorf("customer %s neither exported nor rejected, want %s", k, r.expect)
		} else if ok && r.expect == "excluded" {
			t.Errorf("customer %s read, but it is not a customer (%s)", k, seen[k])
		}
	}
	if t.Failed() {
		t.Logf("run output:\n%s", runOut)
	}
}
