package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"etl/configs"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
	"etl/transforms"
)

const (
	initSample = 200
	rowCap     = 10000 // rows counted per candidate users table
)

// cmdInit is `etl init --driver D --dsn DSN [--table T] [-o legacy.yaml]`:
// it reads the legacy schema (information_schema and a sample of rows, in
// a read-only session), guesses the users table and its mapping, writes a
// commented config to start from, and previews 5 normalized records.
func cmdInit(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	driver := fs.String("driver", "", "mysql, postgres or csv")
	dsn := fs.String("dsn", "", "the legacy database's DSN")
	path := fs.String("path", "", "the CSV file (with --driver csv)")
	table := fs.String("table", "", "the users table (default: guessed)")
	outPath := fs.String("o", "legacy.yaml", "where to write the config")
	force := fs.Bool("force", false, "overwrite the -o file")
	if err := parseFlags(fs, args, stdout, stderr); err != nil {
		return err
	}
	log, err := lf.logger(stderr)
	if err != nil {
		return err
	}
	if *driver != "mysql" && *driver != "postgres" && *driver != "csv" {
		return usageError{errors.New("init: --driver must be mysql, postgres or csv")}
	}
	if _, err := os.Stat(*outPath); err == nil && !*force {
		return usageError{fmt.Errorf("init: %s exists; choose another -o or add --force", *outPath)}
	}
	if *driver == "csv" {
		if *path == "" || *dsn != "" || *table != "" {
			return usageError{errors.New("init: --driver csv reads --path FILE (no --dsn or --table)")}
		}
		ctx, _, cleanup := signals(log)
		defer cleanup()
		return initCSV(ctx, *path, *outPath, stdout)
	}
	if *dsn == "" {
		return usageError{errors.New("init: --dsn is required")}
	}
	d, openDB, redact := mysql.Dialect, mysql.OpenDB, mysql.Redact
	if *driver == "postgres" {
		d, openDB, redact = postgres.Dialect, postgres.OpenDB, postgres.Redact
	}
	ctx, _, cleanup := signals(log)
	defer cleanup()
	db, err := openDB(*dsn)
	if err != nil {
		return usageError{err}
	}
	defer db.Close()
	conn, err := sources.Session(ctx, d, db)
	if err != nil {
		return withHint(fmt.Errorf("%s at %s: %w", *driver, redact(*dsn), err))
	}
	defer conn.Close()
	tables, err := sources.Tables(ctx, d, conn)
	if err != nil {
		return err
	}
	if len(tables) == 0 {
		return fmt.Errorf("no tables in %s", redact(*dsn))
	}
	// The DSN's password stays out of the file: it comes from the
	// environment, as the config format asks.
	dsnLine := fmt.Sprintf("${LEGACY_DSN:-%s}", *dsn)
	if redact(*dsn) != *dsn {
		dsnLine = "${LEGACY_DSN}"
		os.Setenv("LEGACY_DSN", *dsn)
	}
	if p := configs.DetectPlatform(tableInfos(tables), *driver); p != nil && (*table == "" || *table == p.Table) {
		ord, err := platformOrders(ctx, conn, p)
		if err != nil {
			return err
		}
		yaml := platformYAML(*driver, dsnLine, p, platformCounts(ctx, conn, p), ord)
		summary := fmt.Sprintf("%s recognised: users from %s (a query joining the platform's tables)", p.Name, p.Table)
		if p.Addresses != nil {
			summary += "; addresses from " + p.Addresses.Table
		}
		var todos []string
		if ord != nil {
			summary += "; " + ord.summary
			todos = ord.todos
		}
		return finishInit(ctx, *outPath, yaml, summary, dsnLine, todos, nil, stdout)
	}
	t, ranking, err := pickTable(ctx, d, conn, tables, *table)
	if err != nil {
		return usageError{err}
	}
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	sample, err := sources.Sample(ctx, d, conn, t.Name, names, initSample)
	if err != nil {
		return err
	}
	infos := make([]configs.ColumnInfo, len(t.Columns))
	for i, c := range t.Columns {
		infos[i] = configs.ColumnInfo{Name: c.Name, Type: c.Type}
		for _, row := range sample {
			infos[i].Values = append(infos[i].Values, row[i])
		}
	}
	g := configs.GuessColumns(infos)
	key, keyNote := pickKey(t)
	addr, err := guessAddresses(ctx, d, conn, tables, t, key)
	if err != nil {
		return err
	}
	ord, err := guessOrders(ctx, d, conn, tables, t, key)
	if err != nil {
		return err
	}
	var secs []*addrSection
	for _, s := range []*addrSection{addr, ord} {
		if s != nil {
			secs = append(secs, s)
		}
	}
	conn1 := fmt.Sprintf("  driver: %s\n  dsn: %s\n", *driver, dsnLine)
	from := fmt.Sprintf("  table: %s\n", yamlString(t.Name))
	yaml, todos := initYAML("The users table was "+ranking, conn1, from, true, t, key, keyNote, g, len(sample), secs)
	summary := fmt.Sprintf("table %s, key %s, %d of %d columns mapped (sampled %d rows)", t.Name, orTODO(key), len(g.Columns), len(t.Columns), len(sample))
	var warnings []string
	for _, s := range secs {
		summary += "; " + s.summary
		warnings = append(warnings, s.warnings...)
	}
	return finishInit(ctx, *outPath, yaml, summary, dsnLine, todos, warnings, stdout)
}

func orTODO(s string) string {
	if s == "" {
		return "TODO"
	}
	return s
}

// finishInit writes the config and previews it; a config with TODOs is
// written but not previewed, since it cannot run until they are filled.
func finishInit(ctx context.Context, outPath, yaml, summary, dsnLine string, todos, warnings []string, stdout io.Writer) error {
	if err := os.WriteFile(outPath, []byte(yaml), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", outPath, err)
	}
	fmt.Fprintf(stdout, "wrote %s: %s\n", outPath, summary)
	for _, w := range warnings {
		fmt.Fprintln(stdout, w)
	}
	if dsnLine == "${LEGACY_DSN}" {
		fmt.Fprintf(stdout, "the DSN holds a password, so the config reads it from $LEGACY_DSN: export LEGACY_DSN before etl run\n")
	}
	if len(todos) > 0 {
		fmt.Fprintf(stdout, "\nTODO before the config can run (marked TODO in %s):\n", outPath)
		for _, t := range todos {
			fmt.Fprintf(stdout, "  - %s\n", t)
		}
		return nil
	}
	cfg, err := configs.Load(outPath)
	if err != nil {
		return fmt.Errorf("the written config does not load (a bug; please report it): %w", err)
	}
	fmt.Fprintf(stdout, "\npreview of the first 5 rows with this config:\n\n")
	return preview(ctx, cfg, previewOptions{n: 5}, stdout)
}

// pickTable returns the named table, or the one that looks most like a
// users table, with the ranking for the config's comments. Names rank
// the tables first; then the few best are weighed by content: a table
// holding rows, and one the orders point at, is the customers' (a staff
// table has emails and passwords too, but few rows and no orders).
func pickTable(ctx context.Context, d sources.Dialect, conn *sql.Conn, tables []sources.Table, name string) (sources.Table, string, error) {
	if name != "" {
		var all []string
		for _, t := range tables {
			if t.Name == name {
				return t, "chosen with --table", nil
			}
			all = append(all, t.Name)
		}
		return sources.Table{}, "", fmt.Errorf("init: no table %q; tables: %s", name, strings.Join(all, ", "))
	}
	type scored struct {
		t     sources.Table
		score int
		rows  int64
		refs  []string
	}
	var l []scored
	for _, t := range tables {
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		l = append(l, scored{t: t, score: configs.TableScore(t.Name, cols), rows: -1})
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].score > l[j].score })
	top := l[:min(5, len(l))]
	var most int64
	for i := range top {
		// Counting stops at rowCap: a full COUNT(*) of a large InnoDB
		// table takes seconds, and more rows than that say nothing more.
		q := fmt.Sprintf("SELECT COUNT(*) FROM (SELECT 1 FROM %s LIMIT %d) n", d.QuotePath(top[i].t.Name), rowCap)
		if err := conn.QueryRowContext(ctx, q).Scan(&top[i].rows); err != nil {
			top[i].rows = -1 // unreadable: judged by its names alone
		}
		most = max(most, top[i].rows)
		top[i].refs = orderRefs(top[i].t, tables)
		if len(top[i].refs) > 0 {
			top[i].score += 4
		}
		if top[i].rows > 0 {
			top[i].score += 2
		}
	}
	for i := range top {
		if most > 0 && top[i].rows == most {
			top[i].score++
		}
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].score > top[j].score })
	var rank []string
	for _, s := range top {
		r := fmt.Sprintf("%s (%d", s.t.Name, s.score)
		switch {
		case s.rows >= rowCap:
			r += fmt.Sprintf(", %d+ rows", rowCap)
		case s.rows >= 0:
			r += fmt.Sprintf(", %d rows", s.rows)
		}
		if len(s.refs) > 0 {
			r += ", referenced by " + strings.Join(s.refs, ", ")
		}
		rank = append(rank, r+")")
	}
	return top[0].t, "guessed; scores by column names, rows and references from order tables: " + strings.Join(rank, "; "), nil
}

// orderRefs lists the order tables with a column that points at t: t's
// key by name, or t's name (singular) followed by id or no.
func orderRefs(t sources.Table, tables []sources.Table) []string {
	want := map[string]bool{}
	for _, r := range refNames(t) {
		want[r] = true
	}
	var refs []string
	for _, o := range tables {
		if o.Name == t.Name || !configs.OrderLike(o.Name) {
			continue
		}
		for _, c := range o.Columns {
			if want[joinedWords(c.Name)] {
				refs = append(refs, o.Name+"."+c.Name)
				break
			}
		}
	}
	return refs
}

func joinedWords(s string) string { return strings.Join(configs.Words(s), "") }

// pickKey returns the key column and why: the primary key, else a
// single-column unique index, else a column named like an id.
func pickKey(t sources.Table) (string, string) {
	if len(t.Key) == 1 {
		return t.Key[0], "the primary key"
	}
	for _, u := range t.Unique {
		if len(u) == 1 {
			return u[0], "a unique index (no single-column primary key); check that it is never null"
		}
	}
	for _, c := range t.Columns {
		if configs.IDLike(c.Name) {
			return c.Name, "no single-column primary key or unique index: this column looks like one; check that it is unique and not null"
		}
	}
	return "", ""
}

// initYAML writes the config of a users table (or CSV file, db false):
// about is the comment on how it was chosen, conn the source's lines that
// name the database (or the file's format) and from those that say where
// the users are. With sections of other kinds (addresses, orders) the
// users' reading keys go into a users: section, keyed by the column
// selected as customer_code, which the other kinds reference.
func initYAML(about, conn, from string, db bool, t sources.Table, key, keyNote string, g configs.Guess, sampled int, secs []*addrSection) (string, []string) {
	var todos []string
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Written by `etl init` on %s. Review every line, then: etl validate --config THIS; etl preview --config THIS\n",
		time.Now().UTC().Format("2006-01-02 15:04Z"))
	sec := "source"
	if len(secs) > 0 {
		sec = "users"
		w("# %s.\n\nsource:\n%s\nusers:\n%s", about, conn, from)
	} else {
		w("# %s.\n\nsource:\n%s%s", about, conn, from)
	}
	w("  columns:                          # record key: legacy column\n")
	if len(secs) > 0 {
		// The addresses find their users by customer_code, which the users
		// ledger knows as the users' key: both must be one column.
		w("    %-18s %-24s # the key: addresses reference users by it\n", "customer_code:", yamlString(orTODO(key)))
	}
	keys := append(append([]string{}, transforms.RecordKeys...), "password_salt")
	mapped := map[string]bool{}
	for _, k := range keys {
		if c, ok := g.Columns[k]; ok {
			w("    %-18s %-24s # %s\n", k+":", yamlString(c), g.How[k])
			mapped[c] = true
		}
	}
	var unmapped []string
	for _, c := range t.Columns {
		if !mapped[c.Name] && c.Name != key && c.Name != g.Cursor {
			unmapped = append(unmapped, c.Name)
		}
	}
	for _, n := range g.Notes {
		w("    # %s\n", n)
	}
	if len(unmapped) > 0 {
		w("    # not mapped: %s\n    # (map one as attributes.<name>: column to keep it in the record's attributes)\n", strings.Join(unmapped, ", "))
	}
	var missing []string
	for _, k := range transforms.RecordKeys {
		if _, ok := g.Columns[k]; ok || k == "customer_code" || k == "attributes" || k == "password_algorithm" {
			continue
		}
		if requiredKeys[k] {
			w("    %-18s %-24s # TODO: no column found; every row would be rejected (missing) without one\n", k+":", "TODO")
			todos = append(todos, fmt.Sprintf("%s.columns.%s: no column of %s looks like it; map one", sec, k, t.Name))
			continue
		}
		missing = append(missing, k)
	}
	if len(missing) > 0 {
		w("    # no column found for: %s (each gets its default: null, false or registered)\n", strings.Join(missing, ", "))
	}
	if g.Deleted != "" && !db {
		w("    # %s looks like a deleted flag (set in %d of %d sampled rows): every row of the file is exported; remove those rows first\n", g.Deleted, g.DeletedOn, sampled)
	}
	if g.Guest != "" && !db {
		w("    # %s looks like a guest flag: user_type must say guest or registered; map it as user_type after rewriting its values\n", g.Guest)
	}
	if g.Deleted != "" && db {
		w("    # %s looks like a deleted flag (set in %d of %d sampled rows): table mode exports deleted rows too;\n", g.Deleted, g.DeletedOn, sampled)
		w("    # to leave them out, write a query instead: SELECT ... FROM %s WHERE %s = 0\n", t.Name, g.Deleted)
	}
	if g.Guest != "" && db {
		w("    # %s looks like a guest flag: user_type needs a query, e.g.\n    #   CASE %s WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type\n", g.Guest, g.Guest)
	}
	if key == "" {
		w("  key: TODO                         # TODO: no primary key, unique index or id-like column: name a unique column\n")
		todos = append(todos, fmt.Sprintf("%s.key: %s has no primary key, unique index or id-like column; name a unique, sortable column", sec, t.Name))
	} else if len(secs) > 0 {
		w("  key: %s%s# %s\n", yamlString(key), strings.Repeat(" ", max(1, 30-len(key))), keyNote)
	} else {
		w("  key: %s%s# %s; also customer_code\n", yamlString(key), strings.Repeat(" ", max(1, 30-len(key))), keyNote)
	}
	switch {
	case !db:
		// A CSV file is read whole each run: no cursor, no fetch size.
	case g.Cursor != "":
		w("  cursor: %s%s# enables incremental runs; keep an index on (%s, %s)\n", yamlString(g.Cursor), strings.Repeat(" ", max(1, 27-len(g.Cursor))), g.Cursor, key)
	default:
		w("  # cursor: updated_at              # no updated-at column found; without one every run reads the whole table\n")
	}
	if db {
		w("  fetch_size: 5000\n")
	}
	for _, s := range secs {
		w("%s", s.yaml)
		todos = append(todos, s.todos...)
	}
	w("\nnormalize:\n  timezone: Europe/Istanbul         # the zone the legacy dates were written in\n")
	for _, k := range []string{"date_of_birth", "date_joined"} {
		if len(g.Dates[k]) > 0 {
			w("  # %s shapes in %d sampled rows: %s\n", k, sampled, schemeCounts(g.Dates[k]))
		}
	}
	w("  phone:\n    invalid: drop                    # drop (null + warning) | reject\n")
	if len(g.Phones) > 0 {
		w("    # phone shapes in %d sampled rows: %s\n", sampled, schemeCounts(g.Phones))
	}
	w("  password:\n    algorithm: auto                  # per row, by hash length and prefix\n")
	unsupported := false
	for s := range g.Passwords {
		if s != "md5" && s != "sha1" && s != "sha256" && !strings.Contains(s, "algorithm$salt$hash") {
			unsupported = true
		}
	}
	if len(g.Passwords) > 0 {
		w("    # password schemes in %d sampled rows: %s\n", sampled, schemeCounts(g.Passwords))
	}
	if _, ok := g.Columns["password_salt"]; ok {
		w("    # %s is mapped as the salt: bare hex hashes become {algorithm}${salt}${hash}, which\n", g.Columns["password_salt"])
		w("    # assumes the shop computed {algorithm}(salt + password). Shops also use password + salt,\n")
		w("    # nested hashes or a secret key: check with one known password before the real run\n")
		w("    # (hash salt + password yourself and compare with the stored hash).\n")
	}
	if unsupported {
		w("    unsupported: reject              # some hashes Omnitron cannot verify: ask Akinon for the password_algorithm\n")
		w("                                     # value for users who must reset their password, and put it here\n")
	} else {
		w("    unsupported: reject\n")
	}
	w("  gender_codes: {}                   # extra codes, e.g. {\"3\": female}\n")
	for _, s := range secs {
		w("%s", s.normalize)
	}
	w("\nsink:\n  type: files\n  dir: out\n  batch_size: 1000\n")
	w("\nstate:\n  dir: .etl-state\n\nworkers: 4\n")
	return b.String(), todos
}

// requiredKeys are the record keys a row is rejected without.
var requiredKeys = map[string]bool{"first_name": true, "last_name": true, "email": true, "date_joined": true, "password": true}

func schemeCounts(m map[string]int) string {
	type kv struct {
		k string
		n int
	}
	var l []kv
	for k, n := range m {
		l = append(l, kv{k, n})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].k < l[j].k })
	var parts []string
	for _, x := range l {
		parts = append(parts, fmt.Sprintf("%s %d", x.k, x.n))
	}
	return strings.Join(parts, ", ")
}

// yamlString quotes a name when YAML could read it as something else.
func yamlString(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.')
	}) < 0 {
		return s
	}
	return fmt.Sprintf("%q", s)
}
