package configs

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestExampleConfigLoads(t *testing.T) {
	t.Setenv("LEGACY_DSN", "")
	c, err := Load("legacy.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Source.Driver != "mysql" || c.Source.DSN != "root@tcp(127.0.0.1:3306)/shop" || !reflect.DeepEqual(c.Source.Key, Keys{"customer_code"}) ||
		c.Source.Cursor != "updated_at" || c.Source.FetchSize != 5000 || c.Sink.BatchSize != 1000 || c.Workers != 4 ||
		c.Normalize.Timezone != "Europe/Istanbul" || c.Normalize.Password.Unsupported != "reject" || !strings.HasSuffix(c.State.Dir, "/configs/.etl-state") {
		t.Fatalf("decoded %+v", c)
	}
	if !strings.Contains(c.Source.Query, "`attributes.city`") {
		t.Errorf("query %q", c.Source.Query)
	}
}

func TestDemoConfigLoads(t *testing.T) {
	if _, err := Load("demo.yaml"); err != nil {
		t.Fatal(err)
	}
}

func TestEveryProblemAtOnce(t *testing.T) {
	_, err := Load("testdata/bad.yaml")
	if err == nil {
		t.Fatal("want an error")
	}
	msg := err.Error()
	for _, want := range []string{
		`source.driver: "oracle" is not one of mysql, postgres, csv`,
		"source.fetch_sise: unknown key (line 4); known keys here: columns, cursor, delimiter, driver, dsn",
		`source.fetch_size: want a whole number, got "lots" (line 5)`,
		"source.columns.nickname: not a record key",
		"source.key: required",
		`normalize.timezone: unknown time zone "Mars/Olympus"`,
		`normalize.phone.invalid: "shout" is not one of drop, reject`,
		`normalize.password.algorithm: "md4"`,
		`normalize.password.unsupported: "md5" would label bcrypt`,
		`normalize.gender_codes.3: "other" is not male, female or null`,
		`sink.type: "ftp" is not one of files, omnitron`,
		"sink.batch_size: must be between 1 and 100000, got 0",
		"workers: must be between 1 and 256, got -1",
		"extra: unknown key (line 16)",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error does not say %q:\n%s", want, msg)
		}
	}
}

func TestUnsetVariableNamed(t *testing.T) {
	_, err := Parse([]byte("source: {driver: mysql, dsn: '${ETL_TEST_UNSET_DSN}', query: 'SELECT 1', key: id}\n"))
	if err == nil || !strings.Contains(err.Error(), "source.dsn: required for driver mysql (it comes from ${ETL_TEST_UNSET_DSN}, which is not set)") {
		t.Fatalf("err = %v", err)
	}
}

func TestExpand(t *testing.T) {
	env := map[string]string{"A": "1", "EMPTY": ""}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	tests := []struct {
		in, want string
		unset    []string
		err      bool
	}{
		{"plain", "plain", nil, false},
		{"${A}", "1", nil, false},
		{"x${A}y${A}", "x1y1", nil, false},
		{"${B:-def}", "def", nil, false},
		{"${A:-def}", "1", nil, false},
		{"${EMPTY:-def}", "def", nil, false},
		{"${EMPTY}", "", nil, false},
		{"${B}", "", []string{"B"}, false},
		{"${B:-}", "", nil, false},
		{"root@tcp(${B:-127.0.0.1}:3306)/shop", "root@tcp(127.0.0.1:3306)/shop", nil, false},
		{"${A", "", nil, true},
		{"${1A}", "", nil, true},
		{"$A stays", "$A stays", nil, false},
	}
	for _, tt := range tests {
		got, unset, err := expand(tt.in, lookup)
		if (err != nil) != tt.err || got != tt.want || strings.Join(unset, ",") != strings.Join(tt.unset, ",") {
			t.Errorf("expand(%q) = %q, %v, %v; want %q, %v, err %v", tt.in, got, unset, err, tt.want, tt.unset, tt.err)
		}
	}
}

func TestModes(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"source: {driver: mysql, dsn: x, key: id}", "give a query, or a table with columns"},
		{"source: {driver: mysql, dsn: x, key: id, query: q, table: t}", "not both"},
		{"source: {driver: postgres, dsn: x, key: id, table: t}", "source.columns: required with source.table"},
		{"source: {driver: csv, key: id}", "source.path: required"},
		{"source: {driver: csv, key: id, path: p, encoding: latin5}", "source.encoding"},
		{"source: {driver: csv, key: id, path: p, dsn: x}", "query, table and dsn are for databases"},
		{"source: [1, 2]", "source: want a mapping, got a list"},
		{"source: {driver: csv, key: id, path: p}\nsink: {type: omnitron}", "sink.omnitron.url: required"},
		{"source: {driver: csv, key: id, path: p}\nsink: {type: omnitron, omnitron: {url: 'http://omnitron.example.com', channel_id: 1, token: t}}", "must be https"},
		{"source: {driver: csv, key: id, path: p}\nsink: {type: omnitron, omnitron: {url: 'https://o.example.com', channel_id: 1}}", "sink.omnitron.token: required, or username and password"},
		{"source: {driver: csv, key: id, path: p}\nsink: {type: omnitron, omnitron: {url: 'https://o.example.com', channel_id: 1, token: t, timeout: soon}}", "sink.omnitron.timeout: want a duration"},
		{"source: {driver: csv, key: id, path: p}\nsink: {type: omnitron, omnitron: {url: 'https://o.example.com', channel_id: 1, token: t, on_rejected: ignore}}", "sink.omnitron.on_rejected"},
		{"source: {driver: csv, key: id, path: p, cursor: updated_at}", "incremental runs need a database source"},
		{"source: {driver: csv, key: id, path: p}\nnormalize: {password: {unsupported: 'a b'}}", "normalize.password.unsupported"},
		{"source: {driver: mysql, dsn: x, key: id, query: q, path: p}", "source.path: only for driver csv"},
		{"source: {driver: mysql, dsn: x, key: id, cursor: id, query: q}", "source.cursor: must differ from source.key"},
		{"source: {driver: postgres, dsn: x, key: id, table: t, columns: {email: ' '}}", "source.columns.email: names no legacy column"},
		{"source: {driver: mysql, dsn: x, key: id, query: q, fetch_size: 2000000}", "source.fetch_size: must be between 1 and 1000000"},
		{"source: {driver: csv, key: id, path: p}\nnormalize: {gender_codes: {'3': other}}", `normalize.gender_codes.3: "other" is not male, female or null`},
		{"source: {driver: csv, key: id, path: p}\nsink: {dir: ''}", "sink.dir: required"},
		{"source: {driver: csv, key: id, path: p}\nstate: {dir: ''}", "state.dir: required"},
		{"source: {driver: csv, key: id, path: p}\nstate: {dir: '${ETL_TEST_UNSET_STATE}'}", "state.dir: required (it comes from ${ETL_TEST_UNSET_STATE}, which is not set)"},
		{"source: {driver: csv, key: id, path: p}\nnormalize: {timezone: ''}", "normalize.timezone: is empty"},
		{"source: {driver: csv, key: id, path: p}\nnormalize: {phone: {invalid: ''}}", `normalize.phone.invalid: "" is not one of drop, reject`},
	}
	omnitron := "source: {driver: csv, key: id, path: p}\nsink: {type: omnitron, omnitron: {url: 'https://o.example.com', token: t, %s}}"
	for _, o := range []struct{ field, want string }{
		{"channel_id: ''", "sink.omnitron.channel_id: required"},
		{"channel_id: 1, concurrency: 33", "sink.omnitron.concurrency: must be between 1 and 32"},
		{"channel_id: 1, rps: -1", "sink.omnitron.rps: must not be negative"},
		{"channel_id: 1, timeout: 500ms", "sink.omnitron.timeout: must be at least 1s"},
		{"channel_id: 1, max_retries: 101", "sink.omnitron.max_retries: must be between 0 and 100"},
		{"channel_id: 1, poll_interval: 1ms", "sink.omnitron.poll_interval: must be at least 10ms"},
	} {
		tests = append(tests, struct{ yaml, want string }{fmt.Sprintf(omnitron, o.field), o.want})
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.yaml, err, tt.want)
		}
	}
	if _, err := Parse([]byte("source: {driver: csv, key: id, path: p}\nnormalize: {password: {unsupported: reset_required}, gender_codes: {'0': male, '9': null}}")); err != nil {
		t.Errorf("valid config: %v", err)
	}
	// A key left null keeps its default, as one left out does.
	c, err := Parse([]byte("source: {driver: csv, key: id, path: p}\nsink: {dir: null}\nstate: {dir: }\nnormalize: {timezone: ~}"))
	if err != nil || c.Sink.Dir != "out" || c.State.Dir != ".etl-state" || c.Normalize.Timezone != DefaultTimezone {
		t.Errorf("null keys: %+v, %v", c, err)
	}
}

func TestRelativePathsFollowTheConfigFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "legacy.yaml")
	body := "source: {driver: csv, path: in/users.csv, key: customer_code, columns: {customer_code: id, email: mail}}\n" +
		"sink: {type: files, dir: out}\nstate: {dir: /abs/state}\n"
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ key, got, want string }{
		{"source.path", c.Source.Path, filepath.Join(dir, "in/users.csv")},
		{"sink.dir", c.Sink.Dir, filepath.Join(dir, "out")},
		{"state.dir", c.State.Dir, "/abs/state"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.key, tc.got, tc.want)
		}
	}
}

func TestPasswordSaltAndScheme(t *testing.T) {
	t.Setenv("ETL_TEST_COOKIE_KEY", "Xq3mVb8TzL0pWc6NdR2hJs9GkY4fAe7UoI1tZxCvBnM5lQwErTyUiOpA")
	const csv = "source: {driver: csv, key: id, path: p}\n"
	const table = "source: {driver: mysql, dsn: x, key: id, table: customer, columns: {email: email}}\n"
	tests := []struct {
		name, yaml string
		want       string // an error that must be said; "" for a valid config
		salt       string
		scheme     string
	}{
		{"defaults", csv, "", "", "auto"},
		{"salt from the environment", csv + "normalize: {password: {salt: '${ETL_TEST_COOKIE_KEY}'}}", "", "Xq3mVb8TzL0pWc6NdR2hJs9GkY4fAe7UoI1tZxCvBnM5lQwErTyUiOpA", "auto"},
		{"salt null keeps none", csv + "normalize: {password: {salt: ~}}", "", "", "auto"},
		{"scheme opencart", csv + "normalize: {password: {scheme: opencart}}", "", "", "opencart"},
		{"scheme opencart with a salt column", "source: {driver: mysql, dsn: x, key: id, table: oc_customer, columns: {email: email, password_salt: salt}}\nnormalize: {password: {scheme: opencart}}", "", "", "opencart"},
		{"salt from an unset variable", csv + "normalize: {password: {salt: '${ETL_TEST_UNSET_COOKIE_KEY}'}}",
			"normalize.password.salt: is empty; leave the key out when the platform has no shop-wide salt (it comes from ${ETL_TEST_UNSET_COOKIE_KEY}, which is not set)", "", ""},
		{"salt empty", csv + "normalize: {password: {salt: ''}}", "normalize.password.salt: is empty", "", ""},
		{"salt with $", csv + "normalize: {password: {salt: 'a$b'}}", "normalize.password.salt: contains $", "", ""},
		{"salt padded", csv + "normalize: {password: {salt: ' key'}}", "normalize.password.salt: has spaces at the start or end", "", ""},
		{"salt with a control byte", csv + "normalize: {password: {salt: \"a\\tb\"}}", "normalize.password.salt: is not printable text", "", ""},
		{"salt with opencart", csv + "normalize: {password: {salt: k, scheme: opencart}}", "normalize.password.salt: OpenCart keeps a salt per user", "", ""},
		{"salt with a salt column", "source: {driver: mysql, dsn: x, key: id, table: customer, columns: {email: email, password_salt: salt}}\nnormalize: {password: {salt: k}}",
			"normalize.password.salt: source.columns maps a password_salt column too", "", ""},
		{"unknown scheme", csv + "normalize: {password: {scheme: magento}}", `normalize.password.scheme: "magento" is not one of auto, opencart`, "", ""},
		{"opencart without a salt column", table + "normalize: {password: {scheme: opencart}}", "normalize.password.scheme: opencart needs source.columns.password_salt", "", ""},
	}
	for _, tt := range tests {
		c, err := Parse([]byte(tt.yaml))
		if tt.want != "" {
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if c.Normalize.Password.Salt != tt.salt || c.Normalize.Password.Scheme != tt.scheme {
			t.Errorf("%s: salt %q, scheme %q; want %q, %q", tt.name, c.Normalize.Password.Salt, c.Normalize.Password.Scheme, tt.salt, tt.scheme)
		}
	}
}

// TestDelimiter: source.delimiter is one character, for CSV sources only,
// and says so naming the key.
func TestDelimiter(t *testing.T) {
	for _, tc := range []struct {
		name, driver, line, want string // want "": loads, with delimiter ";" or ","
	}{
		{"default", "csv", "", ""},
		{"semicolon", "csv", `  delimiter: ";"`, ""},
		{"tab", "csv", `  delimiter: "\t"`, ""},
		{"two characters", "csv", `  delimiter: ";;"`, `source.delimiter: ";;" is not one character`},
		{"empty", "csv", `  delimiter: ""`, `source.delimiter: "" is not one character`},
		{"quote", "csv", `  delimiter: '"'`, `source.delimiter: "\"" is not one character`},
		{"database", "postgres", `  delimiter: ";"`, "source.delimiter: only for driver csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "  driver: csv\n  path: users.csv\n"
			if tc.driver != "csv" {
				src = "  driver: postgres\n  dsn: postgres://u@h/db\n  table: users\n"
			}
			body := "source:\n" + src + "  columns: {email: mail}\n  key: id\n" + tc.line + "\n"
			p := filepath.Join(t.TempDir(), "legacy.yaml")
			if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := Load(p)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]string{"default": ",", "semicolon": ";", "tab": "\t"}[tc.name]
				if c.Source.Delimiter != want {
					t.Fatalf("delimiter %q, want %q", c.Source.Delimiter, want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}
