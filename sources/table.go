package sources

import (
	"sort"
	"strings"
)

// TableQuery builds the SELECT of table + columns mode: every mapped legacy
// column under its record key, plus the key's columns (and extra columns
// such as the cursor) under their own names when no record key maps them.
// It returns the query and the result column names of the key's columns
// and of the extras. Mapped columns come in the order of order (the
// kind's record keys), then by name.
func TableQuery(d Dialect, table string, columns map[string]string, order, key []string, extra ...string) (query string, keyCols, extraCols []string) {
	rank := map[string]int{}
	for i, k := range order {
		rank[k] = i
	}
	keys := make([]string, 0, len(columns))
	for k := range columns {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, iok := rank[keys[i]]
		oj, jok := rank[keys[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return keys[i] < keys[j]
	})
	var sel []string
	selected := map[string]bool{} // result column names
	asKey := map[string]string{}  // legacy column → the record key it is selected as
	for _, k := range keys {
		sel = append(sel, d.Quote(columns[k])+" AS "+d.Quote(k))
		selected[k] = true
		asKey[columns[k]] = k
	}
	resolve := func(name string) string {
		if selected[name] {
			return name
		}
		if k, ok := asKey[name]; ok {
			return k
		}
		sel = append(sel, d.Quote(name)+" AS "+d.Quote(name))
		selected[name] = true
		return name
	}
	for _, k := range key {
		keyCols = append(keyCols, resolve(k))
	}
	for _, e := range extra {
		if e != "" {
			extraCols = append(extraCols, resolve(e))
		}
	}
	return "SELECT " + strings.Join(sel, ", ") + " FROM " + d.QuotePath(table), keyCols, extraCols
}
