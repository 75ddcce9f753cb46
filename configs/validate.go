package configs

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"etl/transforms"
)

// Validate checks the config without any I/O and reports every problem.
func (c *Config) Validate() error {
	var p Problems
	add := func(path, format string, args ...any) {
		msg := path + ": " + fmt.Sprintf(format, args...)
		v, ok := c.unset[path]
		if ok && c.allowUnset[path] {
			return
		}
		if ok {
			msg += fmt.Sprintf(" (it comes from ${%s}, which is not set)", v)
		}
		p = append(p, msg)
	}
	oneOf := func(path, v string, allowed ...string) {
		for _, a := range allowed {
			if v == a {
				return
			}
		}
		add(path, "%q is not one of %s", v, strings.Join(allowed, ", "))
	}

	s := &c.Source
	oneOf("source.driver", s.Driver, "mysql", "postgres", "csv")
	switch s.Driver {
	case "mysql", "postgres":
		if s.DSN == "" {
			add("source.dsn", "required for driver %s", s.Driver)
		}
		if s.Delimiter != "," {
			add("source.delimiter", "only for driver csv")
		}
	case "csv":
		oneOf("source.encoding", s.Encoding, "utf-8", "windows-1254", "iso-8859-9")
		if r, n := utf8.DecodeRuneInString(s.Delimiter); n == 0 || n != len(s.Delimiter) || r == '"' || r == '\r' || r == '\n' || r == utf8.RuneError {
			add("source.delimiter", "%q is not one character: give the one that separates the fields, e.g. \",\", \";\" (Excel in Turkish) or \"\\t\" (a tab), quoted", s.Delimiter)
		}
	}
	if s.FetchSize < 1 || s.FetchSize > 1_000_000 {
		add("source.fetch_size", "must be between 1 and 1000000, got %d", s.FetchSize)
	}
	if c.Users != nil {
		for _, k := range s.readingKeys() {
			name := strings.TrimPrefix(k, "source.")
			add(k, "given beside a users section, which says how users are read: move it into that section (users.%s), or drop the section", name)
		}
	}
	for _, kind := range c.Kinds() {
		r, _ := c.Reading(kind)
		c.validateReading(&r, kind, add)
	}
	users, _ := c.Reading(KindUsers)
	n := &c.Normalize
	if n.Timezone == "" { // time.LoadLocation would take it for UTC
		add("normalize.timezone", "is empty; leave the key out for %s, or name a zone", DefaultTimezone)
	} else if _, err := time.LoadLocation(n.Timezone); err != nil {
		add("normalize.timezone", "unknown time zone %q", n.Timezone)
	}
	oneOf("normalize.phone.invalid", n.Phone.Invalid, "drop", "reject")
	oneOf("normalize.password.algorithm", n.Password.Algorithm, "auto", "md5", "sha1", "sha256")
	switch u := n.Password.Unsupported; {
	case u == "md5" || u == "sha1" || u == "sha256":
		add("normalize.password.unsupported", "%q would label bcrypt and other hashes as %s; use reject or the value agreed with Akinon", u, u)
	case u != "reject" && !algoName.MatchString(u):
		add("normalize.password.unsupported", "%q: use reject, or the password_algorithm value agreed with Akinon (letters, digits, _ and -)", u)
	}
	oneOf("normalize.password.scheme", n.Password.Scheme, "auto", "opencart")
	if salt := n.Password.Salt; c.set["normalize.password.salt"] {
		switch {
		case salt == "":
			add("normalize.password.salt", "is empty; leave the key out when the platform has no shop-wide salt")
		case strings.ContainsAny(salt, "$"):
			add("normalize.password.salt", "contains $, which separates the parts of an exported password; such a salt cannot be exported")
		case strings.TrimSpace(salt) != salt:
			add("normalize.password.salt", "has spaces at the start or end; give the secret exactly as the platform's config holds it")
		case !utf8.ValidString(salt) || strings.ContainsFunc(salt, unicode.IsControl):
			add("normalize.password.salt", "is not printable text")
		case n.Password.Scheme == "opencart":
			add("normalize.password.salt", "OpenCart keeps a salt per user (the password_salt column), not one for the shop; leave the key out")
		case users.Columns["password_salt"] != "":
			add("normalize.password.salt", "%s.columns maps a password_salt column too; a hash has one salt: keep the one the platform uses", users.Section)
		}
	}
	if n.Password.Scheme == "opencart" && users.Table != "" && users.Columns["password_salt"] == "" {
		add("normalize.password.scheme", "opencart needs %s.columns.password_salt (the salt column tells a salted sha1 from an unsalted md5)", users.Section)
	}
	for code, g := range n.GenderCodes {
		if g != "male" && g != "female" && g != "" {
			add("normalize.gender_codes."+code, "%q is not male, female or null", g)
		}
	}

	c.validateKindRules(add)

	k := &c.Sink
	oneOf("sink.type", k.Type, "files", "omnitron")
	if k.Type == "omnitron" {
		o := &k.Omnitron
		if u, err := url.Parse(o.URL); o.URL == "" || err != nil || u.Host == "" {
			add("sink.omnitron.url", "required: the Omnitron base URL, e.g. https://omnitron.example.com")
		} else if u.Scheme != "https" && !(u.Scheme == "http" && loopback(u.Hostname())) {
			add("sink.omnitron.url", "must be https (plain http only for a stand-in on this machine)")
		}
		if o.ChannelID == "" {
			add("sink.omnitron.channel_id", "required")
		}
		if o.Token == "" && (o.Username == "" || o.Password == "") && !c.unsetAllowed(SecretKeys...) {
			add("sink.omnitron.token", "required, or username and password to log in with")
		}
		if o.Concurrency < 1 || o.Concurrency > 32 {
			add("sink.omnitron.concurrency", "must be between 1 and 32, got %d", o.Concurrency)
		}
		if o.RPS < 0 {
			add("sink.omnitron.rps", "must not be negative (0: no cap)")
		}
		if o.Timeout < time.Second {
			add("sink.omnitron.timeout", "must be at least 1s, got %s", o.Timeout)
		}
		if o.MaxRetries < 0 || o.MaxRetries > 100 {
			add("sink.omnitron.max_retries", "must be between 0 and 100, got %d", o.MaxRetries)
		}
		if o.PollInterval < 10*time.Millisecond {
			add("sink.omnitron.poll_interval", "must be at least 10ms, got %s", o.PollInterval)
		}
		oneOf("sink.omnitron.on_rejected", o.OnRejected, "stop", "continue")
	}
	if k.Dir == "" {
		add("sink.dir", "required")
	}
	if k.BatchSize < 1 || k.BatchSize > 100_000 {
		add("sink.batch_size", "must be between 1 and 100000, got %d", k.BatchSize)
	}
	if c.State.Dir == "" {
		add("state.dir", "required")
	}
	if c.Workers < 1 || c.Workers > 256 {
		add("workers", "must be between 1 and 256, got %d", c.Workers)
	}
	if len(p) > 0 {
		return p
	}
	return nil
}

// validateReading checks one kind's reading keys; each problem names the
// key path under r.Section.
func (c *Config) validateReading(r *Reading, kind string, add func(path, format string, args ...any)) {
	at := func(k string) string { return r.Section + "." + k }
	// etl init writes TODO where it found no column for a required key.
	if r.Key.Has("TODO") {
		add(at("key"), "still TODO: name the table's unique, sortable column (etl init found none)")
	}
	for k, col := range r.Columns {
		if col == "TODO" {
			add(at("columns."+k), "still TODO: map the legacy column that holds it (etl init found none)")
		}
	}
	if todo := todoSelects(r.Query); len(todo) > 0 {
		add(at("query"), "still TODO: %s (etl init found no column; select the legacy column or expression in place of TODO)", strings.Join(todo, ", "))
	}
	switch c.Source.Driver {
	case "mysql", "postgres":
		if r.Path != "" {
			add(at("path"), "only for driver csv")
		}
		switch {
		case r.Query != "" && (r.Table != "" || len(r.Columns) > 0):
			add(at("query"), "give either query or table with columns, not both")
		case r.Query == "" && r.Table == "":
			add(at("query"), "give a query, or a table with columns")
		case r.Table != "" && len(r.Columns) == 0:
			add(at("columns"), "required with %s", at("table"))
		}
	case "csv":
		if r.Path == "" {
			if r.Section == "source" {
				add(at("path"), "required for driver csv")
			} else {
				add(at("path"), "required for driver csv: each kind is read from its own file")
			}
		}
		if r.Query != "" || r.Table != "" || r.Section == "source" && c.Source.DSN != "" {
			add(r.Section, "driver csv reads %s; query, table and dsn are for databases", at("path"))
		}
		if r.Cursor != "" {
			add(at("cursor"), "incremental runs need a database source; a CSV file is read whole each run (the state's ledger still skips rows exported before)")
		}
	}
	switch {
	case r.Key == nil:
		add(at("key"), "required: the unique, sortable column rows are read and deduplicated in")
	case len(r.Key) == 0:
		add(at("key"), "an empty list names no column; give the column, or the columns of a composite key")
	default:
		seen := map[string]bool{}
		for _, k := range r.Key {
			switch {
			case strings.TrimSpace(k) == "":
				add(at("key"), "a key column with no name; give each column's name")
			case seen[k]:
				add(at("key"), "names %q twice", k)
			}
			seen[k] = true
		}
	}
	if r.Cursor != "" && r.Key.Has(r.Cursor) {
		add(at("cursor"), "must differ from %s", at("key"))
	}
	for k, col := range r.Columns {
		// Only the users' record keys are known here; the other kinds'
		// transforms check their columns when they open.
		if kind == KindUsers && !InputKey(k) {
			add(at("columns."+k), "not a record key, password_salt, attributes or attributes.<name>")
		}
		if strings.TrimSpace(col) == "" {
			add(at("columns."+k), "names no legacy column")
		}
	}
	if r.FetchSize < 1 || r.FetchSize > 1_000_000 {
		// source's was said above, and is the default of the others
		if r.Section != "source" && (c.set[at("fetch_size")] || r.FetchSize != c.Source.FetchSize) {
			add(at("fetch_size"), "must be between 1 and 1000000, got %d", r.FetchSize)
		}
	}
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// todoSelect is how etl init writes a query column it found no legacy
// column for: TODO AS city.
var todoSelect = regexp.MustCompile("\\bTODO\\s+(?i:AS)\\s+[`\"]?(\\w+)")

// todoSelects lists the columns a query still selects as TODO.
func todoSelects(query string) []string {
	var out []string
	for _, m := range todoSelect.FindAllStringSubmatch(query, -1) {
		out = append(out, m[1])
	}
	return out
}

var algoName = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// InputKey reports whether k may name an input column (docs/rules.md §2).
func InputKey(k string) bool {
	for _, r := range transforms.RecordKeys {
		if k == r {
			return true
		}
	}
	return k == "password_salt" || k == "attributes" ||
		(strings.HasPrefix(k, "attributes.") && len(k) > len("attributes."))
}
