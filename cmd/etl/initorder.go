package main

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"etl/configs"
	"etl/kinds/money"
	"etl/sources"
)

// statusCap is how many distinct legacy statuses init lists: more than
// that is no status column, and the list would drown the config.
const statusCap = 200

// statusCount is a legacy status and how many orders have it.
type statusCount struct {
	value string
	null  bool
	n     int64
}

// pickByScore returns the table that scores best (at least least points), with
// the ranking for the config's comments.
func pickByScore(tables []sources.Table, skip string, least int, score func(t sources.Table, cols []string) int) (sources.Table, string, bool) {
	type scored struct {
		t     sources.Table
		score int
	}
	var l []scored
	for _, t := range tables {
		if t.Name == skip {
			continue
		}
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		if s := score(t, cols); s >= least {
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

// columnType is the declared type of t's column c, "" when t has none
// such.
func columnType(t sources.Table, c string) string {
	for _, col := range t.Columns {
		if col.Name == c {
			return col.Type
		}
	}
	return ""
}

func columnInfos(t sources.Table) []configs.ColumnInfo {
	out := make([]configs.ColumnInfo, len(t.Columns))
	for i, c := range t.Columns {
		out[i] = configs.ColumnInfo{Name: c.Name, Type: c.Type}
	}
	return out
}

// guessOrders finds the orders table (and its items table), counts its
// statuses and writes their sections; nil when the database has none.
func guessOrders(ctx context.Context, d sources.Dialect, conn *sql.Conn, tables []sources.Table, users sources.Table, userKey string) (*addrSection, error) {
	refs := refNames(users)
	if userKey != "" && !strings.EqualFold(userKey, "id") {
		refs = append(refs, userKey)
	}
	t, ranking, ok := pickByScore(tables, users.Name, configs.OrderTableMin, func(t sources.Table, cols []string) int {
		return configs.OrderTableScore(t.Name, cols, refs)
	})
	if !ok {
		return nil, nil
	}
	key, keyNote := pickKey(t)
	g := configs.GuessOrder(columnInfos(t), refs, key)
	var statuses []statusCount
	if c := g.Columns["status"]; c != "" {
		var err error
		if statuses, err = countStatuses(ctx, d, conn, t.Name, c); err != nil {
			return nil, err
		}
	}
	s := orderYAML(d, t, ranking, key, keyNote, g)
	s.normalize = statusMapYAML(t.Name+"."+g.Columns["status"], g.Columns["status"] != "", statuses, configs.GuessStatus)
	if g.Columns["status"] == "" {
		s.todos = append(s.todos, "normalize.order.status_map: map each legacy status once the status column is selected")
	}
	s.todos = append(s.todos, statusTODOs(statuses, configs.GuessStatus)...)
	if it, itRanking, ok := pickByScore(tables, t.Name, configs.OrderTableMin, func(t sources.Table, cols []string) int {
		return configs.OrderItemTableScore(t.Name, cols)
	}); ok {
		is := itemYAML(d, it, t, itRanking, key, g)
		s.yaml += is.yaml
		s.todos = append(s.todos, is.todos...)
		s.warnings = append(s.warnings, is.warnings...)
		s.summary += "; " + is.summary
	}
	return &s, nil
}

// countStatuses reads the distinct values of the status column, most
// frequent first.
func countStatuses(ctx context.Context, d sources.Dialect, conn *sql.Conn, table, col string) ([]statusCount, error) {
	q := fmt.Sprintf("SELECT %s, COUNT(*) FROM %s GROUP BY %s ORDER BY COUNT(*) DESC, 1",
		d.Quote(col), d.QuotePath(table), d.Quote(col))
	return readStatuses(ctx, conn, q, table+"."+col)
}

// readStatuses runs q, which selects a status and its count, most
// frequent first, and keeps one more than statusCap rows.
func readStatuses(ctx context.Context, conn *sql.Conn, q, what string) ([]statusCount, error) {
	rows, err := conn.QueryContext(ctx, q+fmt.Sprintf(" LIMIT %d", statusCap+1))
	if err != nil {
		return nil, fmt.Errorf("count the statuses of %s: %w", what, err)
	}
	defer rows.Close()
	var out []statusCount
	for rows.Next() {
		var v sql.NullString
		var n int64
		if err := rows.Scan(&v, &n); err != nil {
			return nil, fmt.Errorf("count the statuses of %s: %w", what, err)
		}
		out = append(out, statusCount{value: v.String, null: !v.Valid, n: n})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count the statuses of %s: %w", what, err)
	}
	return out, nil
}

// statusTODOs are the TODOs of the statuses guess cannot map.
func statusTODOs(statuses []statusCount, guess func(string) (configs.OrderStatus, bool)) []string {
	var out []string
	for _, st := range statuses {
		if _, ok := guess(st.value); !ok && !st.null && strings.TrimSpace(st.value) != "" {
			out = append(out, fmt.Sprintf("normalize.order.status_map: legacy status %q (%s) is TODO: map it to an Omnitron status", st.value, orders(st.n)))
		}
	}
	return out
}

// orderTODO says what each required input key init may leave TODO needs.
var orderTODO = map[string]string{
	"number":           "no column looks like the order number; select it in place of TODO",
	"user":             "no column looks like the reference to the customer; select the users' key (users.key) in place of TODO",
	"status":           "no column looks like the order's status; select it in place of TODO, then map its values in normalize.order.status_map",
	"created_date":     "no column looks like the order's date; select it in place of TODO",
	"amount":           "no column looks like the order's total; select it in place of TODO",
	"shipping_address": "no column holds the delivery address as text; select it (several joined with CONCAT_WS(' ', ...)) in place of TODO",
	"billing_address":  "no column holds the billing address as text; select it (several joined with CONCAT_WS(' ', ...)) in place of TODO",
}

// orderYAML is the orders: section: a query selecting each input key
// under its name (TODO where a required one has no column), the key and
// the cursor.
func orderYAML(d sources.Dialect, t sources.Table, ranking, key, keyNote string, g configs.OrderGuess) addrSection {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	var sel, todos, warnings []string
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
	w("\norders:\n  # The orders table was %s.\n", ranking)
	w("  # user must hold the users' key (users.key): orders find their users by it.\n")
	mapped := map[string]bool{key: true, g.Cursor: true}
	for _, k := range configs.OrderInputKeys {
		c := g.Columns[k]
		switch {
		case c != "":
			col(ident(d, c), ident(d, k))
			mapped[c] = true
			w("  # %-18s %s\n", k+":", c)
			if (k == "amount" || k == "discount_amount") && money.Single(columnType(t, c)) {
				warn := singleFloatWarning("orders", k, fmt.Sprintf("column %s of table %s", c, t.Name), c)
				w("  # %s\n", warn)
				warnings = append(warnings, warn)
			}
		case configs.OrderRequired[k]:
			col("TODO", ident(d, k))
			w("  # %-18s TODO: %s\n", k+":", orderTODO[k])
			todos = append(todos, fmt.Sprintf("orders.query: %s: %s", k, orderTODO[k]))
		}
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
	if key == "" {
		w("  key: TODO                         # TODO: no primary key, unique index or id-like column: select a unique column and name it\n")
		todos = append(todos, fmt.Sprintf("orders.key: %s has no primary key, unique index or id-like column; select a unique, sortable one and name it", t.Name))
	} else {
		w("  key: %s%s# %s\n", yamlString(key), strings.Repeat(" ", max(1, 30-len(key))), keyNote)
	}
	if g.Cursor != "" {
		w("  cursor: updated_at                # %s: enables incremental runs; keep an index on it\n", g.Cursor)
	} else {
		w("  # cursor: updated_at              # no updated-at column found; without one every run reads the whole table\n")
	}
	w("  fetch_size: 5000\n")
	return addrSection{yaml: b.String(), todos: todos, warnings: warnings,
		summary: fmt.Sprintf("orders from %s, key %s, %d order keys found", t.Name, orTODO(key), len(g.Columns))}
}

// itemYAML is the order_items: section: the items with their order's
// number, joined from the orders table when the items point at its key.
func itemYAML(d sources.Dialect, t, orders sources.Table, ranking, orderKey string, og configs.OrderGuess) addrSection {
	ig := configs.GuessOrderItem(columnInfos(t))
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	var sel, todos, warnings []string
	key := t.Key
	if len(key) == 0 {
		if k, _ := pickKey(t); k != "" {
			key = []string{k}
		}
	}
	for _, k := range key {
		sel = append(sel, "k."+ident(d, k))
	}
	w("\norder_items:\n  # The items table was %s.\n", ranking)
	join := ""
	number := og.Columns["number"]
	switch {
	case ig.OrderRef == "":
		sel = append(sel, "TODO AS order_number")
		w("  # order_number: TODO: no column looks like the reference to the order; select the order's number in place of TODO\n")
		todos = append(todos, "order_items.query: order_number: no column of "+t.Name+" looks like the reference to the order")
	case number == orderKey || joinedWords(ig.OrderRef) == joinedWords(number):
		// The items point at the order's number itself: no join.
		sel = append(sel, "k."+ident(d, ig.OrderRef)+" AS order_number")
		w("  # order_number: %s\n", ig.OrderRef)
	default:
		sel = append(sel, "o."+ident(d, number)+" AS order_number")
		join = fmt.Sprintf("\n    JOIN %s o ON o.%s = k.%s", tableIdent(d, orders.Name), ident(d, orderKey), ident(d, ig.OrderRef))
		w("  # order_number: %s.%s, by %s = %s.%s\n", orders.Name, number, ig.OrderRef, orders.Name, orderKey)
	}
	for _, k := range configs.OrderItemInputKeys {
		switch c := ig.Columns[k]; {
		case c != "":
			sel = append(sel, "k."+ident(d, c)+" AS "+k)
			w("  # %-13s %s\n", k+":", c)
			if k == "price" && money.Single(columnType(t, c)) {
				warn := singleFloatWarning("order_items", k, fmt.Sprintf("column %s of table %s", c, t.Name), "k."+c)
				w("  # %s\n", warn)
				warnings = append(warnings, warn)
			}
		case k == "quantity" || k == "price":
			sel = append(sel, "TODO AS "+k)
			w("  # %-13s TODO: no column looks like it; select it in place of TODO\n", k+":")
			todos = append(todos, fmt.Sprintf("order_items.query: %s: no column of %s looks like it", k, t.Name))
		}
	}
	if ig.Cursor != "" {
		sel = append(sel, "k."+ident(d, ig.Cursor)+" AS updated_at")
	}
	w("  query: |\n    SELECT %s\n    FROM %s k%s\n", strings.Join(sel, ",\n           "), tableIdent(d, t.Name), join)
	switch len(key) {
	case 0:
		w("  key: TODO                         # TODO: no primary key, unique index or id-like column\n")
		todos = append(todos, fmt.Sprintf("order_items.key: %s has no primary key, unique index or id-like column", t.Name))
	case 1:
		w("  key: %s%s# the primary key\n", yamlString(key[0]), strings.Repeat(" ", max(1, 30-len(key[0]))))
	default:
		ks := make([]string, len(key))
		for i, k := range key {
			ks[i] = yamlString(k)
		}
		w("  key: [%s]%s# the primary key, of several columns\n", strings.Join(ks, ", "), strings.Repeat(" ", max(1, 28-len(strings.Join(ks, ", ")))))
	}
	if ig.Cursor != "" {
		w("  cursor: updated_at                # %s: enables incremental runs; keep an index on it\n", ig.Cursor)
	}
	w("  fetch_size: 5000\n")
	return addrSection{yaml: b.String(), todos: todos, warnings: warnings, summary: "order items from " + t.Name}
}

// statusMapYAML is normalize.order: the documented statuses in a comment,
// then each legacy status with its count, mapped when GuessStatus can
// tell it and TODO otherwise, which validation refuses by name.
func statusMapYAML(what string, selected bool, statuses []statusCount, guess func(string) (configs.OrderStatus, bool)) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("  order:\n    status_as: code                  # code | name\n")
	w("    # Omnitron's documented order statuses (code name):\n")
	var line []string
	for i, s := range configs.OrderStatuses {
		line = append(line, s.Code+" "+s.Name)
		if len(line) == 5 || i == len(configs.OrderStatuses)-1 {
			w("    #   %s\n", strings.Join(line, ", "))
			line = nil
		}
	}
	w("    # Statuses past 545 (delivered, refunded, …) have no documented code: ask Akinon before mapping to them.\n")
	if !selected {
		w("    status_map: {}                   # TODO: select the status column in orders.query, then map each legacy value\n")
	} else {
		more := len(statuses) > statusCap
		if more {
			statuses = statuses[:statusCap]
		}
		w("    # The legacy statuses of %s, most frequent first", what)
		if more {
			w(" (the %d most frequent; there are more)", statusCap)
		}
		w(". Only those whose words say\n    # a documented status are mapped; replace each TODO with a code or a name.\n")
		var empty int64
		var entries []string
		for _, s := range statuses {
			if s.null || strings.TrimSpace(s.value) == "" {
				empty += s.n
				continue
			}
			k := fmt.Sprintf("%q:", s.value)
			if st, ok := guess(s.value); ok {
				entries = append(entries, fmt.Sprintf("      %-24s %-6s # %s; %s", k, st.Code, orders(s.n), st.Name))
			} else {
				entries = append(entries, fmt.Sprintf("      %-24s %-6s # %s", k, "TODO", orders(s.n)))
			}
		}
		if empty > 0 {
			w("    # %s without a status: rejected as missing.\n", orders(empty))
		}
		if len(entries) == 0 {
			w("    status_map: {}                   # TODO: the table holds no status: map the shop's statuses here\n")
		} else {
			w("    status_map:\n%s\n", strings.Join(entries, "\n"))
		}
	}
	w("    default_currency: TRY            # the currency of an order that names none\n")
	return b.String()
}

func orders(n int64) string {
	if n == 1 {
		return "1 order"
	}
	return fmt.Sprintf("%d orders", n)
}
