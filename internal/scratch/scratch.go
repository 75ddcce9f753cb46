// Package scratch gives integration tests a database of their own on the
// real MariaDB and PostgreSQL servers (see scripts/testdb.sh), created
// fresh for each test and dropped after it. No test depends on state left
// by an earlier run.
package scratch

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
)

// Server addresses, overridable for machines where they differ.
var (
	MySQLDSN    = env("ETL_TEST_MYSQL_DSN", "root@tcp(127.0.0.1:3306)/")
	PostgresDSN = env("ETL_TEST_POSTGRES_DSN", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
)

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// DB is a scratch database: DSN reaches it, SQL is a pool on it.
type DB struct {
	Engine string // mysql | postgres
	Name   string
	DSN    string
	SQL    *sql.DB
}

// Engines are the engines every source test runs on.
var Engines = []string{"mysql", "postgres"}

// New creates a scratch database on engine. Integration tests are skipped
// with -short; otherwise an unreachable server fails the test, because
// `make test` starts the servers first.
func New(t testing.TB, engine string) *DB {
	t.Helper()
	if testing.Short() {
		t.Skip("integration test: needs MariaDB and PostgreSQL (run make test)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "etl_test_" + hex.EncodeToString(b)
	var admin *sql.DB
	var dsn string
	var err error
	switch engine {
	case "mysql":
		admin, err = sql.Open("mysql", MySQLDSN)
		if err == nil {
			cfg, perr := mysql.ParseDSN(MySQLDSN)
			if perr != nil {
				t.Fatal(perr)
			}
			cfg.DBName = name
			cfg.MultiStatements = true
			dsn = cfg.FormatDSN()
		}
	case "postgres":
		admin, err = sql.Open("postgres", PostgresDSN)
		dsn = strings.Replace(PostgresDSN, "/postgres?", "/"+name+"?", 1)
	default:
		t.Fatalf("unknown engine %s", engine)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create scratch database on %s (is the server up? run scripts/testdb.sh): %v", engine, err)
	}
	driver := engine
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		drop := "DROP DATABASE IF EXISTS " + name
		if engine == "postgres" {
			drop += " WITH (FORCE)"
		}
		if _, err := admin.Exec(drop); err != nil {
			t.Errorf("drop scratch database %s: %v", name, err)
		}
		admin.Close()
	})
	return &DB{Engine: engine, Name: name, DSN: dsn, SQL: db}
}

// Exec runs statements, failing the test on the first error.
func (d *DB) Exec(t testing.TB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := d.SQL.Exec(s); err != nil {
			t.Fatalf("%s: %s: %v", d.Engine, firstLine(s), err)
		}
	}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	if len(s) > 120 {
		return s[:120] + " …"
	}
	return s
}

// Pick returns the mysql or postgres variant of a string.
func (d *DB) Pick(mysqlV, postgresV string) string {
	if d.Engine == "mysql" {
		return mysqlV
	}
	return postgresV
}
