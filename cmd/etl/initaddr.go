package main

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"etl/configs"
	"etl/sources"
)

// addrSection is a section of another kind (addresses:, orders:) etl
// init writes beside the users.
type addrSection struct {
	yaml      string   // the section, from its "addresses:" line
	normalize string   // its lines under normalize:
	todos     []string // what is left to fill, as finishInit lists it
	warnings  []string // what to look at before running, as finishInit lists it
	summary   string   // one line for init's output
}

// refNames are the names a column pointing at users table t may have: t's
// one-column keys, and t's name (singular) followed by id or no.
func refNames(t sources.Table) []string {
	var out []string
	for _, k := range append([][]string{t.Key}, t.Unique...) {
		if len(k) == 1 && !strings.EqualFold(k[0], "id") {
			out = append(out, joinedWords(k[0]))
		}
	}
	for _, w := range configs.Words(t.Name) {
		for _, suf := range []string{"ler", "lar", "s"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		out = append(out, w+"id", w+"no")
	}
	return out
}

// pickAddresses returns the table that looks most like the customers'
// addresses, with the ranking for the config's comments; ok is false when
// none looks enough like one. The users table is never it, though it may
// hold an address of its own.
func pickAddresses(tables []sources.Table, users sources.Table, refs []string) (sources.Table, string, bool) {
	type scored struct {
		t     sources.Table
		score int
	}
	var l []scored
	for _, t := range tables {
		if t.Name == users.Name {
			continue
		}
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		if s := configs.AddressTableScore(t.Name, cols, refs); s >= configs.AddressTableMin {
			l = append(l, scored{t, s})
		}
	}
	if len(l) == 0 {
		return sources.Table{}, "", false
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].score > l[j].score })
	var rank []string
	for _, s := range l[:min(5, len(l))] {
		rank = append(rank, fmt.Sprintf("%s (%d)", s.t.Name, s.score))
	}
	return l[0].t, "guessed; scores by table and column names: " + strings.Join(rank, ", "), true
}

// guessAddresses finds the addresses table, samples it and writes its
// section; nil when the database has none.
func guessAddresses(ctx context.Context, d sources.Dialect, conn *sql.Conn, tables []sources.Table, users sources.Table, userKey string) (*addrSection, error) {
	refs := refNames(users)
	if userKey != "" && !strings.EqualFold(userKey, "id") {
		refs = append(refs, userKey)
	}
	t, ranking, ok := pickAddresses(tables, users, refs)
	if !ok {
		return nil, nil
	}
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	sample, err := sources.Sample(ctx, d, conn, t.Name, names, initSample)
	if err != nil {
		return nil, err
	}
	infos := make([]configs.ColumnInfo, len(t.Columns))
	for i, c := range t.Columns {
		infos[i] = configs.ColumnInfo{Name: c.Name, Type: c.Type}
		for _, row := range sample {
			infos[i].Values = append(infos[i].Values, row[i])
		}
	}
	key, keyNote := pickKey(t)
	g := configs.GuessAddress(infos, refs, key)
	s := addressYAML(d, t, ranking, key, keyNote, g, len(sample))
	return &s, nil
}

// plainIdent matches names every engine reads unquoted alike.
var plainIdent = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// reserved are words that must be quoted as column names in one engine or
// the other (only those a legacy table plausibly uses).
var reserved = map[string]bool{"user": true, "order": true, "group": true, "key": true, "desc": true, "from": true, "to": true,
	"table": true, "check": true, "default": true, "limit": true, "offset": true, "where": true, "select": true, "references": true,
	"primary": true, "column": true, "constraint": true, "current_user": true, "session_user": true, "both": true, "all": true}

// ident writes a column name into SQL, quoted only when it must be, so
// that the query stays readable.
func ident(d sources.Dialect, name string) string {
	if plainIdent.MatchString(name) && !reserved[name] {
		return name
	}
	return d.Quote(name)
}

// tableIdent is ident for a table name, which may be schema.table.
func tableIdent(d sources.Dialect, name string) string {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = ident(d, p)
	}
	return strings.Join(parts, ".")
}

// addressYAML is the addresses: section of a guessed addresses table: a
// query selecting each input key under its name (TODO where no column
// was found), the key and the cursor.
func addressYAML(d sources.Dialect, t sources.Table, ranking, key, keyNote string, g configs.AddressGuess, sampled int) addrSection {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	var sel []string
	col := func(expr, as string) {
		if expr == as {
			sel = append(sel, expr)
			return
		}
		sel = append(sel, expr+" AS "+as)
	}
	if key != "" {
		col(ident(d, key), ident(d, key))
	}
	todo := map[string]bool{}
	for _, k := range g.TODO {
		todo[k] = true
	}
	var todos []string
	w("\naddresses:\n  # The addresses table was %s (sampled %d rows).\n", ranking, sampled)
	for _, k := range configs.AddressInputKeys {
		switch {
		case k == "line" && len(g.Line) == 1:
			col(ident(d, g.Line[0]), "line")
		case k == "line" && len(g.Line) > 1:
			parts := make([]string, len(g.Line))
			for i, c := range g.Line {
				parts[i] = ident(d, c)
			}
			// CONCAT_WS skips NULLs in both engines.
			col("CONCAT_WS(' ', "+strings.Join(parts, ", ")+")", "line")
		case g.Columns[k] != "":
			col(ident(d, g.Columns[k]), k)
		case todo[k]:
			col("TODO", k)
		default:
			continue
		}
		switch {
		case todo[k]:
			w("  # %-14s TODO: %s\n", k+":", addrTODO[k])
			todos = append(todos, fmt.Sprintf("addresses.query: %s: %s", k, addrTODO[k]))
		case k == "line":
			w("  # %-14s %-22s %s\n", k+":", strings.Join(g.Line, " + "), g.How[k])
		default:
			w("  # %-14s %-22s %s\n", k+":", g.Columns[k], g.How[k])
		}
	}
	for _, n := range g.Notes {
		w("  # %s\n", n)
	}
	mapped := map[string]bool{key: true, g.Cursor: true, g.Deleted: true}
	for _, c := range g.Columns {
		mapped[c] = true
	}
	for _, c := range g.Line {
		mapped[c] = true
	}
	var unmapped []string
	for _, c := range t.Columns {
		if !mapped[c.Name] {
			unmapped = append(unmapped, c.Name)
		}
	}
	if len(unmapped) > 0 {
		w("  # not selected: %s\n", strings.Join(unmapped, ", "))
	}
	if g.Cursor != "" {
		col(ident(d, g.Cursor), "updated_at")
	}
	w("  query: |\n    SELECT %s\n    FROM %s\n", strings.Join(sel, ",\n           "), tableIdent(d, t.Name))
	if g.Deleted != "" {
		cond := "COALESCE(" + ident(d, g.Deleted) + ", 0) = 0"
		for _, c := range t.Columns {
			if c.Name == g.Deleted && strings.Contains(strings.ToLower(c.Type), "bool") {
				cond = ident(d, g.Deleted) + " IS NOT TRUE"
			}
		}
		w("    WHERE %s\n", cond)
	}
	if key == "" {
		w("  key: TODO                         # TODO: no primary key, unique index or id-like column: select a unique column and name it\n")
		todos = append(todos, fmt.Sprintf("addresses.key: %s has no primary key, unique index or id-like column; select a unique, sortable one and name it", t.Name))
	} else {
		w("  key: %s%s# %s\n", yamlString(key), strings.Repeat(" ", max(1, 30-len(key))), keyNote)
	}
	if g.Cursor != "" {
		w("  cursor: updated_at                # %s: enables incremental runs; keep an index on it\n", g.Cursor)
	} else {
		w("  # cursor: updated_at              # no updated-at column found; without one every run reads the whole table\n")
	}
	w("  fetch_size: 5000\n")
	mappedN := len(g.Columns)
	if len(g.Line) > 0 {
		mappedN++
	}
	return addrSection{yaml: b.String(), todos: todos, normalize: addressNormalize,
		summary: fmt.Sprintf("addresses from %s, key %s, %d address keys found (sampled %d rows)", t.Name, orTODO(key), mappedN, sampled)}
}

// addrTODO says what each input key init may leave TODO needs.
var addrTODO = map[string]string{
	"customer_code": "no column looks like the reference to the customer; select the users' key (users.key) in place of TODO",
	"line":          "no column looks like the street address; select it (several joined with CONCAT_WS(' ', ...)) in place of TODO",
	"city":          "no column holds provinces of Türkiye (il); select the province in place of TODO",
	"township":      "no column holds districts (ilçe) of the row's city; select the district in place of TODO",
	"full_name":     "no column looks like the recipient's name; select it, or first_name and last_name, in place of TODO (an address without a name is rejected)",
	"first_name":    "only a last name was found; select the first name in place of TODO",
	"last_name":     "only a first name was found; select the last name in place of TODO",
}

// platformAddressYAML is the addresses: section of a recognised platform.
func platformAddressYAML(a *configs.PlatformAddresses) string {
	return platformSectionYAML("addresses", a, "unique per address")
}

// platformSectionYAML is a section of a recognised platform's config
// other than the users'; keyNote says what its key is.
func platformSectionYAML(name string, a *configs.PlatformAddresses, keyNote string) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("\n%s:\n", name)
	for _, n := range a.Notes {
		w("  # %s\n", n)
	}
	w("  query: |\n")
	for _, l := range strings.Split(a.Query, "\n") {
		w("    %s\n", l)
	}
	w("  key: %s%s# %s\n", a.Key, strings.Repeat(" ", max(1, 30-len(a.Key))), keyNote)
	if a.Cursor != "" {
		w("  cursor: %s%s# enables incremental runs\n", a.Cursor, strings.Repeat(" ", max(1, 27-len(a.Cursor))))
	} else {
		w("  # cursor: none                    # no updated-at column: every run reads the whole table\n")
	}
	w("  fetch_size: 5000\n")
	return b.String()
}

// addressNormalize are the normalize.address lines of a config with
// addresses.
const addressNormalize = `  address:
    default_country: Türkiye         # the country of an address whose country is empty
    unknown_township: reject         # reject | keep (a district Türkiye's list lacks, written as given)
`
