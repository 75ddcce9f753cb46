package sources_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
	"etl/transforms"
)

// keyPaths are the two ways a page is read: off the wire, and through the
// driver (a TLS connection, say). Key handling must hold on both.
var keyPaths = []struct {
	name string
	set  func() (reset func())
}{
	{"wire", func() func() { return func() {} }},
	{"driver", sources.SetDriverPages},
	{"prepared", sources.SetPreparedPages},
}

// openKey opens a reader, or returns why it could not be opened.
func openKey(t *testing.T, db *scratch.DB, dsn, query, key string, fetch int) (*sources.Reader, error) {
	t.Helper()
	open, d := mysql.OpenDB, mysql.Dialect
	if db.Engine == "postgres" {
		open, d = postgres.OpenDB, postgres.Dialect
	}
	pool, err := open(dsn)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { pool.Close() })
	r, err := sources.Open(context.Background(), d, pool, query, []string{key}, fetch)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { r.Close() })
	return r, nil
}

// readKeys reads the keys of at most limit rows: a reader that loops or
// repeats rows shows as more rows than the table holds, not as a hang.
func readKeys(r *sources.Reader, limit int) ([]string, error) {
	var keys []string
	for len(keys) <= limit {
		row, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return keys, nil
		}
		if err != nil {
			return keys, err
		}
		keys = append(keys, row.Key)
	}
	return keys, fmt.Errorf("more than %d rows: the reader repeats rows (first %q)", limit, keys[:min(len(keys), 12)])
}

// sameKeys says got holds each of want exactly once.
func sameKeys(got, want []string) bool {
	g, w := append([]string(nil), got...), append([]string(nil), want...)
	sort.Strings(g)
	sort.Strings(w)
	return strings.Join(g, "\x00") == strings.Join(w, "\x00") && len(g) == len(w)
}

// TestKeyNull: a NULL key stops the run before any row is read, on both
// engines, naming the column and what to do. PostgreSQL sorts NULLs last,
// so a NULL past the first page used to be skipped without a word.
func TestKeyNull(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE users (code VARCHAR(10) NULL, name VARCHAR(10))",
			"INSERT INTO users VALUES ('a', 'x'), ('b', 'x'), ('c', 'x'), (NULL, 'lost'), ('d', 'x')")
		for _, p := range keyPaths {
			t.Run(p.name, func(t *testing.T) {
				defer p.set()()
				r, err := openKey(t, db, db.DSN, "SELECT code, name FROM users", "code", 2)
				if err == nil {
					keys, rerr := readKeys(r, 5)
					t.Fatalf("opened; read %q, %v", keys, rerr)
				}
				for _, want := range []string{`"code"`, "NULL", "users", "IS NOT NULL"} {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("error %q does not say %s", err, want)
					}
				}
			})
		}
		// Table mode: the select list is long, the table still named.
		d := mysql.Dialect
		if db.Engine == "postgres" {
			d = postgres.Dialect
		}
		q, key, _ := sources.TableQuery(d, "users", map[string]string{"email": "name", "first_name": "name",
			"last_name": "name", "phone": "name", "password": "name"}, transforms.RecordKeys, []string{"code"})
		if _, err := openKey(t, db, db.DSN, q, key[0], 2); err == nil || !strings.Contains(err.Error(), "FROM "+d.Quote("users")) {
			t.Errorf("table mode: err = %v", err)
		}
	})
}

// TestKeyCollation: string keys that a case- or accent-insensitive
// collation holds equal all come back exactly once, whatever the page
// size, on both paths; keys without ties keep the collation's order.
func TestKeyCollation(t *testing.T) {
	folded := []string{"a", "A", "á", "Á", "ß", "ss", "SS", "b", "B"}
	// PAD SPACE: 'a' and 'a ' are equal even in MariaDB's utf8mb4_bin.
	padded := []string{"a", "a ", "a  ", "b", " "}
	cases := []struct {
		engine, name, setup, column string
		keys                        []string
	}{
		{"mysql", "general_ci", "", "VARCHAR(10) COLLATE utf8mb4_general_ci", folded},
		{"mysql", "unicode_ci", "", "VARCHAR(10) COLLATE utf8mb4_unicode_ci", folded},
		{"mysql", "latin1", "", "VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci", folded},
		{"mysql", "bin_pad_space", "", "VARCHAR(10) COLLATE utf8mb4_bin", padded},
		{"postgres", "icu_ci", "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false)", `VARCHAR(10) COLLATE ci`, folded},
		{"postgres", "citext", "CREATE EXTENSION IF NOT EXISTS citext", "CITEXT", folded},
	}
	for _, c := range cases {
		t.Run(c.engine+"/"+c.name, func(t *testing.T) {
			keys := c.keys
			var vals []string
			for i, k := range keys {
				vals = append(vals, fmt.Sprintf("('%s', %d)", k, i))
			}
			db := scratch.New(t, c.engine)
			if c.setup != "" {
				db.Exec(t, c.setup)
			}
			db.Exec(t, "CREATE TABLE users (code "+c.column+" NOT NULL, n INT)",
				"CREATE INDEX users_code ON users (code)",
				"INSERT INTO users VALUES "+strings.Join(vals, ", "))
			for _, p := range keyPaths {
				for _, fetch := range []int{1, 2, 3, 4, 100} {
					t.Run(fmt.Sprintf("%s/fetch%d", p.name, fetch), func(t *testing.T) {
						defer p.set()()
						r, err := openKey(t, db, db.DSN, "SELECT code, n FROM users", "code", fetch)
						if err != nil {
							t.Fatal(err)
						}
						got, err := readKeys(r, len(keys))
						if err != nil || !sameKeys(got, keys) {
							t.Fatalf("read %q (%d of %d rows), %v", got, len(got), len(keys), err)
						}
					})
				}
			}
		})
	}
}

// TestKeyRefusedTypes: key types a page cannot be cut after exactly are
// refused when the reader opens, before any row is read, naming the
// column, its type and what to use instead.
func TestKeyRefusedTypes(t *testing.T) {
	cases := []struct {
		engine, typ, vals, want string
	}{
		{"mysql", "FLOAT", "(0.1), (0.2), (0.3)", "FLOAT"},
		{"mysql", "DOUBLE", "(0.1), (0.2), (0.3)", "DOUBLE"},
		{"mysql", "BIT(8)", "(b'1'), (b'1011100'), (b'11111111')", "BIT"},
		{"mysql", "ENUM('z', 'a', 'm')", "('z'), ('a'), ('m')", "ENUM"},
		{"mysql", "SET('z', 'a')", "('z'), ('a'), ('z,a')", "SET"},
		{"mysql", "YEAR", "(1999), (2000), (2024)", "YEAR"},
		{"postgres", "REAL", "(0.1), (0.2), (0.3)", "real"},
		{"postgres", "DOUBLE PRECISION", "(0.1), (0.2), (0.3)", "double precision"},
		{"postgres", "INT[]", "('{1}'), ('{1,2}'), ('{2}')", "integer[]"},
		{"postgres", "JSON", `('{"a": 1}'), ('[]'), ('2')`, "json"},
		{"postgres", "JSONB", `('{"a": 1}'), ('[]'), ('2')`, "jsonb"},
		{"postgres", "INTERVAL", "('1 day'), ('25 hours'), ('1 month')", "interval"},
		{"postgres", "TIMETZ", "('10:00+05'), ('05:00+00'), ('11:00+00')", "time with time zone"},
		{"postgres", "POINT", "('(1,2)'), ('(2,1)'), ('(0,0)')", "point"},
	}
	dbs := map[string]*scratch.DB{}
	for _, e := range scratch.Engines {
		dbs[e] = scratch.New(t, e)
	}
	for i, c := range cases {
		t.Run(c.engine+"/"+c.typ, func(t *testing.T) {
			db := dbs[c.engine]
			table := fmt.Sprintf("t%d", i)
			db.Exec(t, "CREATE TABLE "+table+" (k "+c.typ+", n INT)", "INSERT INTO "+table+" (k) VALUES "+c.vals)
			r, err := openKey(t, db, db.DSN, "SELECT k, n FROM "+table, "k", 1)
			if err == nil {
				keys, rerr := readKeys(r, 3)
				t.Fatalf("opened; read %q, %v", keys, rerr)
			}
			if !errors.Is(err, sources.ErrKey) {
				t.Errorf("error is not ErrKey: %v", err)
			}
			for _, want := range []string{`"k"`, c.want, "source.key"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %s", err, want)
				}
			}
		})
	}
}

// TestKeyDSNCharset: a reading connection in a charset that cannot carry
// every key (latin1 turns ğ into ?, and the page after ? starts over) or
// whose multibyte characters may end in a backslash (gbk, sjis, big5) is
// refused, naming the setting and what to do.
func TestKeyDSNCharset(t *testing.T) {
	db := scratch.New(t, "mysql")
	for _, cs := range []string{"latin1", "gbk", "sjis", "big5", "utf8mb3"} {
		t.Run(cs, func(t *testing.T) {
			dsn := db.DSN + "&charset=" + cs
			if !strings.Contains(db.DSN, "?") {
				dsn = db.DSN + "?charset=" + cs
			}
			_, err := mysql.OpenDB(dsn)
			if err == nil || !strings.Contains(err.Error(), "charset="+cs) || !strings.Contains(err.Error(), "utf8mb4") {
				t.Fatalf("charset=%s: err = %v", cs, err)
			}
		})
	}
	t.Run("utf8mb4", func(t *testing.T) {
		pool, err := mysql.OpenDB(db.DSN + "&charset=utf8mb4")
		if err != nil {
			t.Fatal(err)
		}
		pool.Close()
	})
	t.Run("collation", func(t *testing.T) {
		if _, err := mysql.OpenDB(db.DSN + "&collation=latin1_swedish_ci"); err == nil || !strings.Contains(err.Error(), "latin1_swedish_ci") {
			t.Fatalf("collation=latin1_swedish_ci: err = %v", err)
		}
	})
}

// TestKeyLiterals: keys holding the bytes a quoted literal must escape
// (quote, backslash, NUL, a multibyte character, 0x5C after a lead byte)
// page exactly on both paths: they go into the statement as hex.
func TestKeyLiterals(t *testing.T) {
	db := scratch.New(t, "mysql")
	str := []string{`a'b`, `a\b`, `a\`, `\`, `'`, `"`, "a\x00b", "ğ", "😀", "表", "ソ", "a\x1ab", "a\nb", "x' OR '1'='1"}
	bin := []string{"", "\x00", "\\", "\x5c\x78", "'", "\x81\x5c", "\xff", "\xff\xff", "a"}
	var sv, bv []string
	for _, s := range str {
		sv = append(sv, fmt.Sprintf("(X'%x')", s))
	}
	for _, s := range bin {
		bv = append(bv, fmt.Sprintf("(X'%x')", s))
	}
	db.Exec(t, "CREATE TABLE s (k VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin PRIMARY KEY)", "INSERT INTO s VALUES "+strings.Join(sv, ", "),
		"CREATE TABLE b (k VARBINARY(20) PRIMARY KEY)", "INSERT INTO b VALUES "+strings.Join(bv, ", "))
	for _, c := range []struct {
		table string
		keys  []string
	}{{"s", str}, {"b", bin}} {
		for _, p := range keyPaths {
			for _, fetch := range []int{1, 2, 5} {
				t.Run(fmt.Sprintf("%s/%s/fetch%d", c.table, p.name, fetch), func(t *testing.T) {
					defer p.set()()
					r, err := openKey(t, db, db.DSN, "SELECT k FROM "+c.table, "k", fetch)
					if err != nil {
						t.Fatal(err)
					}
					got, err := readKeys(r, len(c.keys))
					if err != nil || !sameKeys(got, c.keys) {
						t.Fatalf("read %q (%d of %d rows), %v", got, len(got), len(c.keys), err)
					}
				})
			}
		}
	}
}

// TestKeyBytea: bytea keys are bound as bytea, not as their bytes taken
// for text: the bytes \x, 0x00 and 0x5C page exactly on both paths.
func TestKeyBytea(t *testing.T) {
	db := scratch.New(t, "postgres")
	keys := []string{"", "\x00", "\\", "\\x", "\\x00", "'", "\xff", "a", "a\x00b", "é"}
	var vals []string
	for _, k := range keys {
		vals = append(vals, fmt.Sprintf(`('\x%x')`, k))
	}
	db.Exec(t, "CREATE TABLE b (k BYTEA PRIMARY KEY, n INT)", "INSERT INTO b (k) VALUES "+strings.Join(vals, ", "))
	for _, p := range keyPaths {
		for _, fetch := range []int{1, 2, 3, 100} {
			t.Run(fmt.Sprintf("%s/fetch%d", p.name, fetch), func(t *testing.T) {
				defer p.set()()
				r, err := openKey(t, db, db.DSN, "SELECT k, n FROM b", "k", fetch)
				if err != nil {
					t.Fatal(err)
				}
				got, err := readKeys(r, len(keys))
				if err != nil || !sameKeys(got, keys) {
					t.Fatalf("read %q (%d of %d rows), %v", got, len(got), len(keys), err)
				}
			})
		}
	}
}

// TestKeyTypesExact: the key types that are kept page exactly, at every
// page boundary, on both paths.
func TestKeyTypesExact(t *testing.T) {
	cases := []struct {
		engine, typ string
		vals        []string
	}{
		{"mysql", "TIMESTAMP(6)", []string{"2024-01-01 10:00:00", "2024-01-01 10:00:00.5", "1999-12-31 23:59:59.999999", "2038-01-01 00:00:00"}},
		{"mysql", "DATETIME", []string{"2024-01-01 10:00:00", "1000-01-01 00:00:00", "9999-12-31 23:59:59"}},
		{"mysql", "DECIMAL(20,4)", []string{"-1.5", "0.0001", "1234567890123456.1234", "2"}},
		{"mysql", "BIGINT UNSIGNED", []string{"0", "18446744073709551615", "9223372036854775808", "1"}},
		{"mysql", "BIGINT", []string{"-9223372036854775808", "9223372036854775807", "0", "-1"}},
		{"mysql", "DATE", []string{"2024-01-01", "1000-01-01", "2024-01-02"}},
		{"mysql", "CHAR(5)", []string{"a", "ab", "b", "abc"}},
		{"mysql", "VARCHAR(5) CHARACTER SET latin1", []string{"ä", "a", "ö", "z", "é", "ÿ"}},
		{"mysql", "VARCHAR(5) COLLATE utf8mb4_general_ci", []string{"ğa", "gb", "şc", "sd", "😀", "ye"}},
		{"postgres", "UUID", []string{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"}},
		{"postgres", "NUMERIC", []string{"-1.5", "0.0001", "12345678901234567890.123456789", "2"}},
		{"postgres", "TIMESTAMPTZ", []string{"2024-01-01 10:00:00+00", "2024-01-01 10:00:00.000001+00", "1999-12-31 23:59:59+05"}},
		{"postgres", "TEXT", []string{"a", "B", "b", "ä", "A"}},
		{"postgres", "DATE", []string{"2024-01-01", "0044-03-15 BC", "2024-01-02"}},
	}
	dbs := map[string]*scratch.DB{}
	for _, e := range scratch.Engines {
		dbs[e] = scratch.New(t, e)
	}
	for i, c := range cases {
		t.Run(c.engine+"/"+c.typ, func(t *testing.T) {
			db := dbs[c.engine]
			table := fmt.Sprintf("t%d", i)
			var vals []string
			for _, v := range c.vals {
				vals = append(vals, "('"+v+"')")
			}
			db.Exec(t, "CREATE TABLE "+table+" (k "+c.typ+" PRIMARY KEY)", "INSERT INTO "+table+" VALUES "+strings.Join(vals, ", "))
			for _, p := range keyPaths {
				for _, fetch := range []int{1, 2} {
					t.Run(fmt.Sprintf("%s/fetch%d", p.name, fetch), func(t *testing.T) {
						defer p.set()()
						r, err := openKey(t, db, db.DSN, "SELECT k FROM "+table, "k", fetch)
						if err != nil {
							t.Fatal(err)
						}
						got, err := readKeys(r, len(c.vals))
						if err != nil || len(got) != len(c.vals) {
							t.Fatalf("read %q (%d of %d rows), %v", got, len(got), len(c.vals), err)
						}
						seen := map[string]bool{}
						for _, k := range got {
							if seen[k] {
								t.Fatalf("key %q twice: %q", k, got)
							}
							seen[k] = true
						}
					})
				}
			}
		})
	}
}

// TestKeyNoProgress: a page that does not move past its last key is an
// error naming the key, not a loop. A FLOAT key, let through the type
// check, is one: the FLOAT 0.1 is greater than the 0.1 it reads back as.
func TestKeyNoProgress(t *testing.T) {
	defer sources.SetKeyTypesUnchecked()()
	db := scratch.New(t, "mysql")
	db.Exec(t, "CREATE TABLE t (k FLOAT PRIMARY KEY)", "INSERT INTO t VALUES (0.1), (0.2), (0.3)")
	for _, p := range keyPaths {
		t.Run(p.name, func(t *testing.T) {
			defer p.set()()
			r, err := openKey(t, db, db.DSN, "SELECT k FROM t", "k", 1)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readKeys(r, 3)
			if err == nil || !strings.Contains(err.Error(), `after key "0.1" of "k"`) || !strings.Contains(err.Error(), "again") {
				t.Fatalf("read %q, err = %v", got, err)
			}
		})
	}
}

// TestKeyCollationCursor: a cursor plan over string keys its collation
// holds equal (ties in the cursor split across pages, the bound taken by
// Greatest) reads every row once.
func TestKeyCollationCursor(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		col := "VARCHAR(10) COLLATE utf8mb4_general_ci"
		if db.Engine == "postgres" {
			db.Exec(t, "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false)")
			col = "VARCHAR(10) COLLATE ci"
		}
		db.Exec(t, "CREATE TABLE t (id "+col+" NOT NULL, c INT NULL)",
			"INSERT INTO t VALUES ('a', 1), ('A', 1), ('á', 1), ('b', 2), ('B', 1), ('ß', NULL), ('ss', NULL), ('SS', 2), ('c', 1)")
		want := []string{"a", "A", "á", "b", "B", "ß", "ss", "SS", "c"}
		for _, fetch := range []int{1, 2, 4} {
			r := openCursor(t, db, "SELECT id, c FROM t", fetch)
			hi, err := r.Greatest(context.Background())
			if err != nil || hi == nil {
				t.Fatalf("greatest %+v %v", hi, err)
			}
			if err := r.Plan([]sources.Segment{{ByCursor: true, Upto: hi}, {NullCursor: true}}, nil); err != nil {
				t.Fatal(err)
			}
			got, err := readKeys(r, len(want))
			if err != nil || !sameKeys(got, want) {
				t.Fatalf("fetch %d: read %q, %v", fetch, got, err)
			}
		}
	})
}

// TestKeyCollationOrder: string keys their collation holds no two of
// equal keep the collation's order (the one an index on the key serves);
// only keys with ties are paged by their bytes.
func TestKeyCollationOrder(t *testing.T) {
	cases := []struct {
		engine, column, keys, want string
	}{
		{"mysql", "VARCHAR(10) COLLATE utf8mb4_general_ci PRIMARY KEY", "B a c", "a B c"},
		{"mysql", "VARCHAR(10) COLLATE utf8mb4_general_ci", "B a c A", "A B a c"},
		{"postgres", `TEXT COLLATE "en-x-icu" PRIMARY KEY`, "B a c A", "a A B c"},
		{"postgres", `TEXT COLLATE "C" PRIMARY KEY`, "B a c A", "A B a c"},
	}
	for _, c := range cases {
		t.Run(c.engine+"/"+c.column, func(t *testing.T) {
			db := scratch.New(t, c.engine)
			var vals []string
			for _, k := range strings.Fields(c.keys) {
				vals = append(vals, "('"+k+"')")
			}
			db.Exec(t, "CREATE TABLE t (k "+c.column+")", "INSERT INTO t VALUES "+strings.Join(vals, ", "))
			r, err := openKey(t, db, db.DSN, "SELECT k FROM t", "k", 2)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readKeys(r, 4)
			if err != nil || strings.Join(got, " ") != c.want {
				t.Fatalf("read %q, want %s; %v", got, c.want, err)
			}
		})
	}
}
