package money_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/kinds/money"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

// TestParseColumnEngines: money read from FLOAT, DOUBLE and DECIMAL
// columns of both engines, as the reader hands it over with the column's
// type (SPEC §10). A float is rounded half away from zero from the digits
// the database sends, which for a single-precision FLOAT on MariaDB are
// only 6 significant ones (12345.67 arrives as 12345.7: the warning of
// etl validate and etl init is about that); a DECIMAL is exact or
// refused.
func TestParseColumnEngines(t *testing.T) {
	cases := []struct {
		col, lit string
		want     map[string]string // by engine; "Invalid" for a refusal
		pg       string            // PostgreSQL's literal, when not lit
	}{
		// The float holds 12.3450002670288…; both engines send 12.345.
		{"f", "12.345", both("12.35"), ""},
		{"f", "0.5", both("0.50"), ""},
		{"f", "12345.67", map[string]string{"mysql": "12345.70", "postgres": "12345.67"}, ""},
		{"d", "0.125", both("0.13"), ""}, // exactly 1/8: half, away from zero
		{"d", "-0.125", both("Invalid"), ""},
		{"d", "19.999", both("20.00"), ""},
		{"d", "1e-1 + 2e-1", both("0.30"), "0.1::float8 + 0.2::float8"}, // 0.30000000000000004
		{"d", "2.675", both("2.68"), ""},                                // held as 2.67499999…, sent as 2.675
		{"d", "1e-20", both("0.00"), ""},
		{"d", "5e-3", both("0.01"), ""},
		{"d", "1.5e15", both("Invalid"), ""},
		{"d", "1e9", both("1000000000.00"), ""},
		{"d", "123456.785", both("123456.79"), ""},
		{"d", "9999999999.995", both("Invalid"), ""},
		{"x", "1.005", both("Invalid"), ""},
		{"x", "1.000", both("1.00"), ""},
		{"x", "1234.5", both("1234.50"), ""},
		{"x", "-1.000", both("Invalid"), ""},
	}
	for _, e := range scratch.Engines {
		t.Run(e, func(t *testing.T) {
			db := scratch.New(t, e)
			db.Exec(t, "CREATE TABLE m (id INT PRIMARY KEY, f "+db.Pick("FLOAT", "real")+", d "+db.Pick("DOUBLE", "double precision")+
				", x "+db.Pick("DECIMAL(12,3)", "numeric(12,3)")+")")
			for i, c := range cases {
				vals := map[string]string{"f": "NULL", "d": "NULL", "x": "NULL"}
				vals[c.col] = c.lit
				if c.pg != "" && e == "postgres" {
					vals[c.col] = c.pg
				}
				db.Exec(t, "INSERT INTO m VALUES ("+itoa(i)+", "+vals["f"]+", "+vals["d"]+", "+vals["x"]+")")
			}
			open, d := mysql.OpenDB, mysql.Dialect
			if e == "postgres" {
				open, d = postgres.OpenDB, postgres.Dialect
			}
			pool, err := open(db.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			r, err := sources.Open(context.Background(), d, pool, "SELECT id, f, d, x FROM m", []string{"id"}, 100)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			types := r.ColumnTypes()
			if got := strings.Join(types, " "); got != db.Pick("INT FLOAT DOUBLE DECIMAL", "INT4 FLOAT4 FLOAT8 NUMERIC") {
				t.Fatalf("column types %s", got)
			}
			for i := 0; ; i++ {
				row, err := r.Next(context.Background())
				if errors.Is(err, io.EOF) {
					if i != len(cases) {
						t.Fatalf("read %d rows, want %d", i, len(cases))
					}
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				c := cases[i]
				k := strings.Index("fdx", c.col) + 1
				text := row.Field(k).V
				a, _, st, why := money.ParseColumn(text, money.ColumnOf(types[k]))
				got := a.String()
				if st != money.OK {
					got = statusName(st)
				}
				if got != c.want[e] {
					t.Errorf("%s %s sent as %q: %s (%s), want %s", types[k], c.lit, text, got, why, c.want[e])
				}
			}
		})
	}
}

func both(v string) map[string]string { return map[string]string{"mysql": v, "postgres": v} }

func itoa(i int) string { return string(rune('0'+i/10)) + string(rune('0'+i%10)) }

func statusName(st money.Status) string {
	return map[money.Status]string{money.Empty: "Empty", money.OK: "OK", money.Invalid: "Invalid", money.Unsupported: "Unsupported"}[st]
}
