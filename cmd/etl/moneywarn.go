package main

import (
	"fmt"
	"slices"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/money"
)

// singleFloatWarning is what etl validate and etl init say of a money
// column of a single-precision float type (SPEC §10): the database has
// rounded it to about 7 significant digits (MySQL sends 6) before the tool
// sees it, so cents above some ten thousands are gone, and only a CAST in
// the query reads what the column holds as exactly as it can.
func singleFloatWarning(plural, key, where, col string) string {
	return fmt.Sprintf("warning: %s.%s is read from %s, a single-precision FLOAT (real): it holds about 7 significant digits "+
		"and MySQL sends only 6, so 12345.67 arrives as 12345.7 and the cents of larger amounts are lost; "+
		"select CAST(%s AS DECIMAL(12,2)) AS %s in the query instead", plural, key, where, col, key)
}

// moneyWarnings are the single-precision warnings for the money columns
// (Kind.Money) of a kind's source, given the source's columns and their
// types as its reader names them.
func moneyWarnings(k *kinds.Kind, s configs.Source, columns, types []string) []string {
	var out []string
	for i, c := range columns {
		if i >= len(types) || !money.Single(types[i]) || !slices.Contains(k.Money, c) {
			continue
		}
		where, col := "the query's column "+c, c
		if s.Query == "" && s.Table != "" {
			if lc := s.Columns[c]; lc != "" {
				col = lc
			}
			where = fmt.Sprintf("column %s of table %s", col, s.Table)
		}
		out = append(out, singleFloatWarning(k.Plural, c, where, col))
	}
	return out
}
