// Package kindtest is the contract every record kind is held to: one
// suite, run by each kind's package on rows of its own. It checks what the
// shared machinery takes for granted of a kind (kinds.Kind): the record's
// keys and their order, that etl check accepts what the transform writes,
// that rejects name a field and a known reason, that unique values come
// with the rule that uses them, and that the transform may run on many
// workers at once.
package kindtest

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"etl/configs"
	"etl/kinds"
	"etl/pipeline"
)

// Case is what a kind gives the suite.
type Case struct {
	// Config is the job's config (its normalize: section counts).
	Config *configs.Config
	// Columns are the source's columns; Extra the key and cursor columns.
	Columns, Extra []string
	// Rows are values aligned with Columns: some exported, some rejected.
	// The suite wants at least one of each.
	Rows [][]pipeline.Field
	// Parents are the parent ledgers (kinds.Env.Parents).
	Parents map[string]kinds.Ledger
}

// reasons are the reject reasons of docs/rules.md and SPEC §8.
var reasons = []string{pipeline.ReasonMissing, pipeline.ReasonInvalid, pipeline.ReasonDuplicate,
	pipeline.ReasonUnsupported, pipeline.ReasonTooLong, pipeline.ReasonOrphan}

// Run holds k to the contract on c.
func Run(t *testing.T, k *kinds.Kind, c Case) {
	t.Helper()
	t.Run("value", func(t *testing.T) {
		if k.Name == "" || k.Plural == "" || k.Open == nil || k.Check == nil || len(k.Keys) == 0 {
			t.Fatalf("kind %+v lacks a name, plural, keys, Open or Check", k)
		}
		if k.Name == k.Plural || strings.ContainsAny(k.Plural, "-/ ") {
			t.Errorf("plural %q must differ from the name and fit in a file name prefix", k.Plural)
		}
		seen := map[string]bool{}
		for _, key := range k.Keys {
			if seen[key] {
				t.Errorf("key %q twice", key)
			}
			seen[key] = true
		}
		if k.Unique.Skip != "" && k.Unique.Field == "" {
			t.Errorf("a unique rule that skips names no field: %+v", k.Unique)
		}
	})
	env := kinds.Env{Columns: c.Columns, Extra: c.Extra, Config: c.Config, Now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Parents: c.Parents}
	t.Run("unknown column", func(t *testing.T) {
		bad := env
		bad.Columns = append(slices.Clip(c.Columns), "no_such_column_x")
		if _, err := k.Open(bad); err == nil || !strings.Contains(err.Error(), "no_such_column_x") {
			t.Fatalf("Open with an unknown column: %v, want an error naming it", err)
		}
	})
	tr, err := k.Open(env)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	rows := make([]pipeline.Row, len(c.Rows))
	for i, r := range c.Rows {
		if len(r) != len(c.Columns) {
			t.Fatalf("row %d has %d values for %d columns", i, len(r), len(c.Columns))
		}
		rows[i] = pipeline.MakeRow(fmt.Sprint(i+1), r)
	}
	want := make([]pipeline.Result, len(rows))
	var exported, rejected int
	for i := range rows {
		res := tr(&rows[i], nil)
		want[i] = res
		res.JSON = slices.Clone(res.JSON)
		want[i].JSON = res.JSON
		if res.Reject != nil {
			rejected++
			r := res.Reject
			if r.Field == "" || !slices.Contains(reasons, r.Reason) || r.Detail == "" {
				t.Errorf("row %d: reject %+v: want a field, a known reason and a detail", i+1, *r)
			}
			continue
		}
		exported++
		checkRecord(t, k, i+1, res)
	}
	if exported == 0 || rejected == 0 {
		t.Fatalf("%d rows exported, %d rejected: give the suite rows of both", exported, rejected)
	}
	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				buf := make([]byte, 0, 4096)
				for n := 0; n < 20; n++ {
					for i := range rows {
						res := tr(&rows[i], buf[:0])
						if !bytes.Equal(res.JSON, want[i].JSON) || (res.Reject == nil) != (want[i].Reject == nil) ||
							res.Unique != want[i].Unique {
							t.Errorf("row %d differs when transformed on several workers", i+1)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
	})
}

// checkRecord holds one exported record to the kind's keys, its Check and
// its unique rule.
func checkRecord(t *testing.T, k *kinds.Kind, row int, res pipeline.Result) {
	t.Helper()
	d := stdjson.NewDecoder(bytes.NewReader(res.JSON))
	d.UseNumber()
	if tok, err := d.Token(); err != nil || tok != stdjson.Delim('{') {
		t.Fatalf("row %d: record is not a JSON object: %s", row, res.JSON)
	}
	var keys []string
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			t.Fatalf("row %d: %v in %s", row, err, res.JSON)
		}
		keys = append(keys, tok.(string))
		var skip stdjson.RawMessage
		if err := d.Decode(&skip); err != nil {
			t.Fatalf("row %d: %v in %s", row, err, res.JSON)
		}
	}
	if !slices.Equal(keys, k.Keys) {
		t.Errorf("row %d: keys %v, want %v", row, keys, k.Keys)
	}
	var m map[string]any
	d = stdjson.NewDecoder(bytes.NewReader(res.JSON))
	d.UseNumber()
	if err := d.Decode(&m); err != nil {
		t.Fatalf("row %d: %v", row, err)
	}
	k.Check(m, func(field, format string, args ...any) {
		t.Errorf("row %d: etl check refuses what the transform wrote: %s %s\n%s", row, field, fmt.Sprintf(format, args...), res.JSON)
	})
	if (res.Unique != "") != (k.Unique != pipeline.Unique{}) {
		t.Errorf("row %d: unique value %q under the rule %+v", row, res.Unique, k.Unique)
	}
	for _, w := range res.Warnings {
		if w.Field == "" || w.Kind == "" {
			t.Errorf("row %d: warning %+v names no field or kind", row, w)
		}
	}
}
