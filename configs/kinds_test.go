package configs

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestKindForms: the single-kind form (users read from source), kind
// sections, and both together, each giving the kinds it configures and
// how each is read.
func TestKindForms(t *testing.T) {
	const db = "source: {driver: mysql, dsn: x, fetch_size: 200}\nnormalize: {order: {status_map: {onay: 400}}}\n"
	type reading struct {
		section string
		key     Keys
		fetch   int
		query   string
		table   string
	}
	for _, tc := range []struct {
		name  string
		yaml  string
		kinds []string
		want  map[string]reading
	}{
		{"single-kind form", "source: {driver: mysql, dsn: x, query: q, key: customer_code}",
			[]string{"users"}, map[string]reading{"users": {"source", Keys{"customer_code"}, DefaultFetchSize, "q", ""}}},
		{"single-kind form with a composite key", "source: {driver: mysql, dsn: x, query: q, key: [shop, id]}",
			[]string{"users"}, map[string]reading{"users": {"source", Keys{"shop", "id"}, DefaultFetchSize, "q", ""}}},
		{"single-kind form with an addresses section", "source: {driver: mysql, dsn: x, query: q, key: id, fetch_size: 300}\naddresses: {query: a, key: adres_id}",
			[]string{"users", "addresses"}, map[string]reading{
				"users":     {"source", Keys{"id"}, 300, "q", ""},
				"addresses": {"addresses", Keys{"adres_id"}, 300, "a", ""}}},
		{"every section", db + "users: {query: u, key: customer_code}\naddresses: {query: a, key: adres_id, fetch_size: 50}\n" +
			"orders: {table: siparisler, columns: {number: siparis_no}, key: id}\norder_items: {query: i, key: [siparis_id, satir_no]}",
			[]string{"users", "addresses", "orders", "order_items"}, map[string]reading{
				"users":       {"users", Keys{"customer_code"}, 200, "u", ""},
				"addresses":   {"addresses", Keys{"adres_id"}, 50, "a", ""},
				"orders":      {"orders", Keys{"id"}, 200, "", "siparisler"},
				"order_items": {"order_items", Keys{"siparis_id", "satir_no"}, 200, "i", ""}}},
		{"sections out of order, no users", db + "order_items: {query: i, key: [a, b]}\norders: {query: o, key: id}",
			[]string{"orders", "order_items"}, map[string]reading{
				"orders":      {"orders", Keys{"id"}, 200, "o", ""},
				"order_items": {"order_items", Keys{"a", "b"}, 200, "i", ""}}},
		{"a one-item key list", db + "users: {query: u, key: [customer_code]}",
			[]string{"users"}, map[string]reading{"users": {"users", Keys{"customer_code"}, 200, "u", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Kinds(); !reflect.DeepEqual(got, tc.kinds) {
				t.Errorf("Kinds() = %v, want %v", got, tc.kinds)
			}
			for _, kind := range AllKinds {
				r, ok := c.Reading(kind)
				w, want := tc.want[kind]
				if ok != want {
					t.Errorf("Reading(%s): ok %v, want %v", kind, ok, want)
					continue
				}
				if !ok {
					if kc, ok := c.ForKind(kind); ok || kc != nil {
						t.Errorf("ForKind(%s) of a kind not configured: %+v", kind, kc)
					}
					continue
				}
				got := reading{r.Section, r.Key, r.FetchSize, r.Query, r.Table}
				if !reflect.DeepEqual(got, w) {
					t.Errorf("Reading(%s) = %+v, want %+v", kind, got, w)
				}
				s, ok := c.KindSource(kind)
				if !ok || s.Driver != "mysql" || s.DSN != "x" || !reflect.DeepEqual(s.Reading, r) {
					t.Errorf("KindSource(%s) = %+v, %v; want the database with %+v", kind, s, ok, r)
				}
				kc, ok := c.ForKind(kind)
				if !ok || !reflect.DeepEqual(kc.Source, s) || kc.Users != nil || kc.Addresses != nil || kc.Orders != nil || kc.OrderItems != nil ||
					!reflect.DeepEqual(kc.Normalize, c.Normalize) || kc.Sink != c.Sink || kc.State != c.State {
					t.Errorf("ForKind(%s) = %+v, %v", kind, kc, ok)
				}
			}
		})
	}
}

// TestKindProblems: each kind section is checked as source is, every
// problem named by the section's key path.
func TestKindProblems(t *testing.T) {
	const db = "source: {driver: mysql, dsn: x}\n"
	const csv = "source: {driver: csv}\n"
	const users = "users: {query: u, key: id}\n"
	for _, tc := range []struct {
		name, yaml string
		want       []string
		not        []string // said of nothing
	}{
		{"source query and a users section", "source: {driver: mysql, dsn: x, query: q, key: id, cursor: c}\n" + users,
			[]string{"source.query: given beside a users section, which says how users are read: move it into that section (users.query), or drop the section",
				"source.key: given beside a users section", "source.cursor: given beside a users section"}, nil},
		{"source table and columns and a users section", "source: {driver: postgres, dsn: x, table: t, columns: {email: m}}\n" + users,
			[]string{"source.table: given beside a users section", "source.columns: given beside a users section"}, nil},
		{"source path and a users section", "source: {driver: csv, path: u.csv}\nusers: {path: u.csv, key: id}",
			[]string{"source.path: given beside a users section", "(users.path)"}, nil},
		{"source fetch_size is every section's default", "source: {driver: mysql, dsn: x, fetch_size: 0}\n" + users + "addresses: {query: a, key: id}",
			[]string{"source.fetch_size: must be between 1 and 1000000, got 0"}, []string{"users.fetch_size", "addresses.fetch_size", "given beside"}},
		{"a section's own fetch_size", db + "addresses: {query: a, key: id, fetch_size: 0}", []string{"addresses.fetch_size: must be between 1 and 1000000, got 0"}, nil},
		{"key missing", db + "addresses: {query: a}", []string{"addresses.key: required"}, nil},
		{"key empty", db + "addresses: {query: a, key: ''}", []string{"addresses.key: required"}, nil},
		{"key from an unset variable", db + "addresses: {query: a, key: '${ETL_TEST_UNSET_KEY}'}",
			[]string{"addresses.key: required: the unique, sortable column rows are read and deduplicated in (it comes from ${ETL_TEST_UNSET_KEY}, which is not set)"}, nil},
		{"key an empty list", db + "order_items: {query: i, key: []}", []string{"order_items.key: an empty list names no column"}, []string{"order_items.key: required"}},
		{"key named twice", db + "order_items: {query: i, key: [a, b, a]}", []string{`order_items.key: names "a" twice`}, nil},
		{"key with an empty name", db + "order_items: {query: i, key: [a, '']}", []string{"order_items.key: a key column with no name"}, nil},
		{"key with a null name", db + "order_items: {query: i, key: [a, ~]}", []string{"order_items.key: a key column with no name"}, nil},
		{"key list holding a list", db + "order_items: {query: i, key: [a, [b]]}", []string{"order_items.key: want a column name in the list, got a list (line 2)"}, nil},
		{"key a mapping", db + "order_items: {query: i, key: {a: b}}", []string{"order_items.key: want a column name or a list of them, got a mapping (line 2)"}, nil},
		{"source key named twice", "source: {driver: mysql, dsn: x, query: q, key: [id, id]}", []string{`source.key: names "id" twice`}, nil},
		{"key still TODO", db + "orders: {table: t, columns: {number: TODO}, key: [TODO]}",
			[]string{"orders.key: still TODO", "orders.columns.number: still TODO"}, nil},
		{"query and table", db + "addresses: {query: a, table: t, key: id}", []string{"addresses.query: give either query or table with columns, not both"}, nil},
		{"neither query nor table", db + "addresses: {key: id}", []string{"addresses.query: give a query, or a table with columns"}, nil},
		{"table without columns", db + "orders: {table: t, key: id}", []string{"orders.columns: required with orders.table"}, nil},
		{"an empty section", db + "addresses:\n", []string{"addresses.query: give a query, or a table with columns", "addresses.key: required"}, nil},
		{"section not a mapping", db + "addresses: [a]", []string{"addresses: want a mapping, got a list"}, nil},
		{"unknown key in a section", db + "addresses: {qurey: a, key: id}",
			[]string{"addresses.qurey: unknown key (line 2); known keys here: columns, cursor, fetch_size, key, path, query, table"}, nil},
		{"cursor is a key column", db + "order_items: {query: i, key: [a, b], cursor: b}", []string{"order_items.cursor: must differ from order_items.key"}, nil},
		{"a column with no name", db + "orders: {table: t, columns: {number: ' '}, key: id}", []string{"orders.columns.number: names no legacy column"}, nil},
		{"users columns are record keys", db + "users: {table: t, columns: {nickname: nick}, key: id}", []string{"users.columns.nickname: not a record key"}, nil},
		{"path for a database", db + "addresses: {query: a, key: id, path: a.csv}", []string{"addresses.path: only for driver csv"}, nil},
		{"csv section without a path", csv + "addresses: {key: id}", []string{"addresses.path: required for driver csv: each kind is read from its own file"}, nil},
		{"csv section with a query", csv + "addresses: {path: a.csv, query: a, key: id}", []string{"addresses: driver csv reads addresses.path; query, table and dsn are for databases"}, nil},
		{"csv section with a cursor", csv + "addresses: {path: a.csv, key: id, cursor: c}", []string{"addresses.cursor: incremental runs need a database source"}, nil},
		{"opencart looks at the users section", db + "users: {table: t, columns: {email: e}, key: id}\nnormalize: {password: {scheme: opencart}}",
			[]string{"normalize.password.scheme: opencart needs users.columns.password_salt"}, nil},
		{"a salt column in the users section", db + "users: {table: t, columns: {email: e, password_salt: s}, key: id}\nnormalize: {password: {salt: k}}",
			[]string{"normalize.password.salt: users.columns maps a password_salt column too"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml))
			if err == nil {
				t.Fatalf("loaded; want %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not say %q:\n%v", w, err)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(err.Error(), n) {
					t.Errorf("error says %q:\n%v", n, err)
				}
			}
		})
	}
}

// TestKindsAccepted: what the other kinds may say that users may not.
func TestKindsAccepted(t *testing.T) {
	for _, y := range []string{
		// any column names: the kind's transform checks them when it opens
		"source: {driver: postgres, dsn: x}\norders: {table: siparisler, columns: {number: siparis_no, amount: toplam, whatever: x}, key: id, cursor: guncelleme}\nnormalize: {order: {status_map: {'1': 400}}}",
		// each kind its own CSV file
		"source: {driver: csv, delimiter: ';'}\nusers: {path: u.csv, key: id}\naddresses: {path: a.csv, key: adres_id, columns: {customer_code: uye}}",
		// users from source's file, addresses from their own
		"source: {driver: csv, path: u.csv, key: id}\naddresses: {path: a.csv, key: adres_id}",
	} {
		if _, err := Parse([]byte(y)); err != nil {
			t.Errorf("%s: %v", y, err)
		}
	}
}

// TestKindPathsFollowTheConfigFile: a kind's CSV path is relative to the
// config file, as source.path is.
func TestKindPathsFollowTheConfigFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "legacy.yaml")
	body := "source: {driver: csv}\nusers: {path: in/users.csv, key: id}\naddresses: {path: /abs/addresses.csv, key: id}\n"
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := c.Reading("users")
	a, _ := c.Reading("addresses")
	if u.Path != filepath.Join(dir, "in/users.csv") || a.Path != "/abs/addresses.csv" {
		t.Errorf("users.path %q, addresses.path %q", u.Path, a.Path)
	}
}

// TestExampleKindsForm: the commented multi-kind form at the end of
// legacy.example.yaml loads once uncommented, beside a source that names
// only the database.
func TestExampleKindsForm(t *testing.T) {
	data, err := os.ReadFile("legacy.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, tail, ok := strings.Cut(string(data), "# --- The other kinds")
	if !ok {
		t.Fatal("legacy.example.yaml has no multi-kind form")
	}
	i := strings.Index(tail, "\n# users:")
	if i < 0 {
		t.Fatal("the multi-kind form has no users section")
	}
	var b strings.Builder
	b.WriteString("source: {driver: mysql, dsn: x}\n")
	for _, line := range strings.Split(tail[i+1:], "\n") {
		line = strings.TrimPrefix(line, "#")
		b.WriteString(strings.TrimPrefix(line, " ") + "\n")
	}
	c, err := Parse([]byte(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if got := c.Kinds(); !reflect.DeepEqual(got, AllKinds) {
		t.Errorf("Kinds() = %v", got)
	}
	items, _ := c.Reading(KindOrderItems)
	o := c.Normalize.Order
	if !reflect.DeepEqual(items.Key, Keys{"siparis_id", "satir_no"}) || o.StatusMap["kargoda"] != "500" ||
		o.ShippingCompanyMap["yurtiçi kargo"] != "yurtici" || c.Normalize.OrderItem.ImageBaseURL != "https://cdn.example-shop.com.tr" ||
		c.Normalize.Address.CustomerKey != "customer_code" {
		t.Errorf("decoded %+v, %+v", items, c.Normalize)
	}
}

func TestParseKinds(t *testing.T) {
	all := AllKinds
	for _, tc := range []struct {
		list       string
		configured []string
		want       []string
		err        string
	}{
		{"addresses,orders", all, []string{"addresses", "orders"}, ""},
		{"order_items, users", all, []string{"users", "order_items"}, ""},
		{"orders,orders", all, []string{"orders"}, ""},
		{"users", []string{"users"}, []string{"users"}, ""},
		{"adresses", all, nil, `--kinds: "adresses" is not a kind; the kinds are users, addresses, orders, order_items`},
		{"address,order", all, nil, `--kinds: "address" (the kind is addresses), "order" (the kind is orders) are not a kind`},
		{"orders", []string{"users", "addresses"}, nil, "--kinds: orders is not configured (the config has users, addresses)"},
		{"orders,order_items,bogus", []string{"users"}, nil, `"bogus" is not a kind; the kinds are users, addresses, orders, order_items; orders, order_items are not configured (the config has users)`},
		{"", all, nil, "--kinds: names no kind; give some of users, addresses, orders, order_items"},
		{" , ", all, nil, "--kinds: names no kind"},
	} {
		got, err := ParseKinds(tc.list, tc.configured)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseKinds(%q): %v, %v; want error %q", tc.list, got, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseKinds(%q) = %v, %v; want %v", tc.list, got, err, tc.want)
		}
	}
}

func TestKeys(t *testing.T) {
	if c, ok := (Keys{"id"}).Single(); !ok || c != "id" {
		t.Errorf("Single of one = %q, %v", c, ok)
	}
	for _, k := range []Keys{nil, {}, {"a", "b"}} {
		if c, ok := k.Single(); ok || c != "" {
			t.Errorf("Single of %v = %q, %v", k, c, ok)
		}
	}
	if !(Keys{"a", "b"}).Has("b") || (Keys{"a", "b"}).Has("c") || Keys(nil).Has("") {
		t.Error("Has")
	}
}
