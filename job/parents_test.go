package job

import (
	"strings"
	"testing"

	"etl/kinds"
	"etl/pipeline"
	"etl/pipeline/state"
)

// TestHeldParents: the records of a parent batch Omnitron processed with
// errors are not found by their children, by key or by unique value, and
// say why; a settled batch holds nothing.
func TestHeldParents(t *testing.T) {
	for _, tc := range []struct {
		status string
		held   bool
	}{
		{state.UploadIncomplete, true},
		{state.UploadAccepted, false},
		{state.UploadDone, false},
	} {
		t.Run(tc.status, func(t *testing.T) {
			dir := t.TempDir()
			l, err := state.OpenLedger(dir, 0, false)
			if err != nil {
				t.Fatal(err)
			}
			if err := l.Append([]string{"5", "6"}, []string{"SIP-5", "SIP-6"}); err != nil {
				t.Fatal(err)
			}
			mid := l.End()
			if err := l.Append([]string{"7"}, []string{"SIP-7"}); err != nil {
				t.Fatal(err)
			}
			size, err := l.Sync()
			l.Close()
			if err != nil {
				t.Fatal(err)
			}
			st, _ := state.Load(dir)
			st.LedgerSize = size
			if err := st.Save(dir); err != nil {
				t.Fatal(err)
			}
			q, _ := state.LoadUploads(dir)
			files := []pipeline.BatchInfo{{File: "orders-000001.json", Records: 2}, {File: "orders-000002.json", Records: 1}}
			added := q.AddKind("order", "R1", dir, files, map[string]state.Span{"orders-000001.json": {From: 0, To: mid}, "orders-000002.json": {From: mid, To: size}})
			if err := q.Update(added[0], func(e *state.Upload) { e.Status, e.Errors = tc.status, 2 }); err != nil {
				t.Fatal(err)
			}
			q.Update(added[1], func(e *state.Upload) { e.Status = state.UploadDone })

			part := Part{parents: map[string]parentKind{"orders": {plural: "orders", name: "order", dir: dir}}}
			parents, done, err := OpenParents(part)
			if err != nil {
				t.Fatal(err)
			}
			defer done()
			orders := parents["orders"]
			why := "order SIP-5 is held apart: batch orders-000001.json of run R1 was processed by Omnitron with 2 errors; " +
				"settle it with `etl state retry` or `etl state accept`"
			if _, ok, _ := orders.UniqueOwner("SIP-5"); ok == tc.held {
				t.Errorf("UniqueOwner(SIP-5) found %v", ok)
			}
			if _, ok, _ := orders.Lookup("6"); ok == tc.held {
				t.Errorf("Lookup(6) found %v", ok)
			}
			if _, ok, _ := orders.Lookup("7"); !ok {
				t.Error("Lookup(7) of a batch processed whole did not find it")
			}
			h := orders.(kinds.Holder)
			if w, ok := h.HeldUnique("SIP-5"); ok != tc.held || (ok && w != why) {
				t.Errorf("HeldUnique(SIP-5) = %q, %v", w, ok)
			}
			if w, ok := h.Held("6"); ok != tc.held || (ok && !strings.HasPrefix(w, "order of key 6 is held apart: batch orders-000001.json")) {
				t.Errorf("Held(6) = %q, %v", w, ok)
			}
			if _, ok := h.Held("7"); ok {
				t.Error("Held(7) of a batch processed whole")
			}
		})
	}
}
