package main

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"etl/configs"
	"etl/sources"
)

// platformCounts reads each count a platform's config mentions. A count
// that cannot be read is shown as unknown: it is a comment, not a reason
// to stop.
func platformCounts(ctx context.Context, conn *sql.Conn, p *configs.Platform) []string {
	var out []string
	counts := p.Counts
	if p.Orders != nil {
		counts = append(slices.Clip(counts), p.Orders.Counts...)
	}
	for _, c := range counts {
		var n int64
		if err := conn.QueryRowContext(ctx, c.SQL).Scan(&n); err != nil {
			out = append(out, fmt.Sprintf("%s: unknown (%v)", c.Label, err))
			continue
		}
		out = append(out, fmt.Sprintf("%s: %d", c.Label, n))
	}
	return out
}

// platformOrders are the orders: and order_items: sections of a
// recognised platform and its normalize.order, with the platform's
// statuses counted; nil when it has no orders to read.
func platformOrders(ctx context.Context, conn *sql.Conn, p *configs.Platform) (*addrSection, error) {
	o := p.Orders
	if o == nil {
		return nil, nil
	}
	statuses, err := readStatuses(ctx, conn, o.StatusSQL, o.Table)
	if err != nil {
		return nil, err
	}
	s := &addrSection{yaml: platformSectionYAML("orders", &o.PlatformAddresses, "unique per order"),
		normalize: statusMapYAML(o.Table, true, statuses, o.GuessStatus),
		todos:     statusTODOs(statuses, o.GuessStatus), summary: "orders from " + o.Table}
	if o.Items != nil {
		s.yaml += platformSectionYAML("order_items", o.Items, "unique per item")
		s.summary += "; order items from " + o.Items.Table
	} else if o.ItemsNote != "" {
		s.yaml += "# " + o.ItemsNote + ".\n"
	}
	return s, nil
}

// platformYAML is the config of a recognised platform: query mode, since
// its users are spread over several tables. ord, if set, is its orders.
func platformYAML(driver, dsn string, p *configs.Platform, counts []string, ord *addrSection) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Written by `etl init` on %s. Review every line, then: etl validate --config THIS; etl preview --config THIS\n",
		time.Now().UTC().Format("2006-01-02 15:04Z"))
	w("# Recognised platform: %s.\n", p.Name)
	for _, n := range p.Notes {
		w("# %s\n", n)
	}
	for _, c := range counts {
		w("# %s\n", c)
	}
	if p.Addresses != nil || ord != nil {
		// With other kinds the users' reading keys have a section of their own.
		w("\nsource:\n  driver: %s\n  dsn: %s\n\nusers:\n  query: |\n", driver, dsn)
	} else {
		w("\nsource:\n  driver: %s\n  dsn: %s\n  query: |\n", driver, dsn)
	}
	for _, l := range strings.Split(p.Query, "\n") {
		w("    %s\n", l)
	}
	w("  key: customer_code                # %s's primary key; also customer_code\n", p.Table)
	if p.Cursor != "" {
		w("  cursor: %s%s# enables incremental runs\n", p.Cursor, strings.Repeat(" ", max(1, 27-len(p.Cursor))))
	} else {
		w("  # cursor: none                    # no updated-at column: every run reads the whole table\n")
	}
	w("  fetch_size: 5000\n")
	switch {
	case p.Addresses != nil:
		w("%s", platformAddressYAML(p.Addresses))
	case p.NoAddresses != "":
		w("# %s.\n", p.NoAddresses)
	}
	switch {
	case ord != nil:
		w("%s", ord.yaml)
	case p.NoOrders != "":
		w("# %s.\n", p.NoOrders)
	}
	w("\nnormalize:\n  timezone: Europe/Istanbul         # the zone the legacy dates were written in\n")
	w("  phone:\n    invalid: drop                    # drop (null + warning) | reject\n")
	w("  password:\n    algorithm: auto                  # per row, by hash length and prefix\n")
	for _, l := range p.Password {
		w("    %s\n", l)
	}
	w("    unsupported: reject              # or the password_algorithm value agreed with Akinon for users\n")
	w("                                     # who must reset their password\n")
	w("  gender_codes: {}                   # extra codes, e.g. {\"3\": female}\n")
	if p.Addresses != nil {
		w("%s", addressNormalize)
	}
	if ord != nil {
		w("%s", ord.normalize)
	}
	w("\nsink:\n  type: files\n  dir: out\n  batch_size: 1000\n")
	w("\nstate:\n  dir: .etl-state\n\nworkers: 4\n")
	return b.String()
}

func tableInfos(tables []sources.Table) []configs.TableInfo {
	out := make([]configs.TableInfo, len(tables))
	for i, t := range tables {
		out[i].Name = t.Name
		for _, c := range t.Columns {
			out[i].Columns = append(out[i].Columns, c.Name)
		}
	}
	return out
}
