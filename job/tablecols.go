package job

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"etl/configs"
	"etl/sources"
)

// missingColumns explains a failed table-mode query when the cause is a
// column the config names and the table lacks: the database only says
// "Unknown column 'Ad'", and the user must find which config key holds
// it. It returns nil when every configured column is there (the failure
// was something else) or when the table cannot be read.
func missingColumns(ctx context.Context, d sources.Dialect, db *sql.DB, s configs.Source) error {
	conn, err := sources.Session(ctx, d, db)
	if err != nil {
		return nil
	}
	defer conn.Close()
	tables, err := sources.Tables(ctx, d, conn)
	if err != nil {
		return nil
	}
	for _, t := range tables {
		if t.Name == s.Table || d.Name == "mysql" && strings.EqualFold(t.Name, s.Table) {
			return columnProblems(d.Name, t, s)
		}
	}
	return nil
}

// columnProblems names each config key whose column table t lacks, with
// the closest column it has and the columns it has.
func columnProblems(engine string, t sources.Table, s configs.Source) error {
	has := func(col string) bool {
		for _, c := range t.Columns {
			// MySQL column names ignore case; a quoted PostgreSQL one
			// does not.
			if c.Name == col || engine == "mysql" && strings.EqualFold(c.Name, col) {
				return true
			}
		}
		return false
	}
	sec := s.Section // where the reading keys are: source, or a kind's section
	if sec == "" {
		sec = "source"
	}
	type named struct{ configKey, recordKey, column string }
	var want []named
	keys := make([]string, 0, len(s.Columns))
	for k := range s.Columns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		want = append(want, named{sec + ".columns." + k, k, s.Columns[k]})
	}
	for _, k := range s.Key {
		if _, ok := s.Columns[k]; !ok && k != "" {
			want = append(want, named{sec + ".key", "customer_code", k})
		}
	}
	if _, ok := s.Columns[s.Cursor]; !ok && s.Cursor != "" {
		want = append(want, named{sec + ".cursor", "", s.Cursor})
	}
	var problems []string
	for _, w := range want {
		if has(w.column) {
			continue
		}
		p := fmt.Sprintf("%s: table %s has no column %q", w.configKey, t.Name, w.column)
		if c := closestColumn(t, w.recordKey, w.column); c != "" {
			p += fmt.Sprintf("; the closest is %q", c)
		}
		problems = append(problems, p)
	}
	if len(problems) == 0 {
		return nil
	}
	var cols []string
	for _, c := range t.Columns {
		cols = append(cols, c.Name)
	}
	return fmt.Errorf("%s (its columns: %s); fix the config and run again", strings.Join(problems, "; "), strings.Join(cols, ", "))
}

// closestColumn is the column of t most like the missing one: the same
// name in another case, else the nearest spelling (a typo), else the
// column init would map to the record key; "" when none is close.
func closestColumn(t sources.Table, recordKey, missing string) string {
	norm := func(s string) string { return strings.Join(configs.Words(s), "") }
	best, bestD := "", len(norm(missing))/2+1 // more edits than half the name is no typo
	for _, c := range t.Columns {
		if strings.EqualFold(c.Name, missing) {
			return c.Name
		}
		if d := configs.EditDistance(norm(c.Name), norm(missing)); d < bestD {
			best, bestD = c.Name, d
		}
	}
	if best != "" || recordKey == "" {
		return best
	}
	score := 0.0
	for _, c := range t.Columns {
		if sc := configs.KeyScore(recordKey, c.Name); sc >= 2 && sc > score {
			best, score = c.Name, sc
		}
	}
	return best
}
