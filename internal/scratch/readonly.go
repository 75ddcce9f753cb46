package scratch

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"
)

// ReadOnlyDSN makes an account that may only read the scratch database
// (MariaDB: SELECT on its tables; PostgreSQL: CONNECT and SELECT), dropped
// after the test, and returns its DSN. Tables created after the call are
// readable on MariaDB only: create them first.
func (d *DB) ReadOnlyDSN(t testing.TB) string {
	t.Helper()
	user := "ro_" + strings.TrimPrefix(d.Name, "etl_test_")
	if d.Engine == "mysql" {
		d.Exec(t, fmt.Sprintf("CREATE USER '%s'@'%%' IDENTIFIED BY 'ro-pass'", user),
			fmt.Sprintf("GRANT SELECT ON %s.* TO '%s'@'%%'", d.Name, user))
		t.Cleanup(func() { d.SQL.Exec(fmt.Sprintf("DROP USER '%s'@'%%'", user)) })
		cfg, err := mysql.ParseDSN(d.DSN)
		if err != nil {
			t.Fatal(err)
		}
		cfg.User, cfg.Passwd, cfg.MultiStatements = user, "ro-pass", false
		return cfg.FormatDSN()
	}
	d.Exec(t, fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD 'ro-pass'", user),
		fmt.Sprintf("GRANT CONNECT ON DATABASE %s TO %s", d.Name, user),
		fmt.Sprintf("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s", user))
	t.Cleanup(func() {
		d.SQL.Exec("DROP OWNED BY " + user)
		d.SQL.Exec("DROP ROLE " + user)
	})
	return strings.Replace(d.DSN, "postgres://postgres@", "postgres://"+user+":ro-pass@", 1)
}
