package sources

import (
	"sort"
	"strings"

	"etl/pipeline"
)

// TableQuery builds the SELECT of table + columns mode: every mapped legacy
// column under its record key, plus the key column (and extra columns such
// as the cursor) under their own names when no record key maps them. It
// returns the query and the result column names of key and extras.
func TableQuery(d Dialect, table string, columns map[string]string, key string, extra ...string) (query, keyCol string, extraCols []string) {
	order := map[string]int{}
	for i, k := range pipeline.RecordKeys {
		order[k] = i
	}
	keys := make([]string, 0, len(columns))
	for k := range columns {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, iok := order[keys[i]]
		oj, jok := order[keys[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return keys[i] < keys[j]
	})
	var sel []string
	for _, k := range keys {
		sel = append(sel, d.Quote(columns[k])+" AS "+d.Quote(k))
	}
	resolve := func(name string) string {
		if _, ok := columns[name]; ok {
			return name // a record key
		}
		for _, k := range keys {
			if columns[k] == name {
				return k // a legacy column already selected
			}
		}
		sel = append(sel, d.Quote(name)+" AS "+d.Quote(name))
		keys = append(keys, name)
		columns = withKey(columns, name)
		return name
	}
	keyCol = resolve(key)
	for _, e := range extra {
		if e != "" {
			extraCols = append(extraCols, resolve(e))
		}
	}
	return "SELECT " + strings.Join(sel, ", ") + " FROM " + d.QuotePath(table), keyCol, extraCols
}

func withKey(m map[string]string, name string) map[string]string {
	c := make(map[string]string, len(m)+1)
	for k, v := range m {
		c[k] = v
	}
	c[name] = name
	return c
}
