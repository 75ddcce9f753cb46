package sources_test

import (
	"fmt"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// seqMySQL is a derived table of the integers 1..n in a column seq, for
// MariaDB and for Oracle MySQL alike: MariaDB's seq_1_to_N tables come
// from an engine MySQL lacks, and MySQL stops a recursive CTE after 1000
// rows by default, so the numbers are digits crossed with themselves.
func seqMySQL(n int) string {
	const digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4" +
		" UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	var sum, from []string
	for i, p := 0, 1; p < n || i == 0; i, p = i+1, p*10 {
		sum = append(sum, fmt.Sprintf("%d*d%d.d", p, i))
		from = append(from, fmt.Sprintf("%s d%d", digits, i))
	}
	return fmt.Sprintf("(SELECT seq FROM (SELECT %s + 1 AS seq FROM %s) digits WHERE seq <= %d) seqs",
		strings.Join(sum, " + "), strings.Join(from, " CROSS JOIN "), n)
}

// TestSeqMySQL: the numbers are 1..n, each once, on the servers the
// tests run against.
func TestSeqMySQL(t *testing.T) {
	db := scratch.New(t, "mysql")
	for _, n := range []int{1, 5, 10, 11, 20000} {
		var count, lo, hi, distinct int
		q := "SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT seq) FROM " + seqMySQL(n)
		if err := db.SQL.QueryRow(q).Scan(&count, &lo, &hi, &distinct); err != nil {
			t.Fatalf("%d: %v", n, err)
		}
		if count != n || lo != 1 || hi != n || distinct != n {
			t.Errorf("seqMySQL(%d): %d rows, %d..%d, %d distinct", n, count, lo, hi, distinct)
		}
	}
}
