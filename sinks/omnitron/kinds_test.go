package omnitron

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"etl/internal/omnitronstub"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
)

const (
	// user 1 of record("a@example.com", ...)
	addressRec = `{"customer_code":"1","email":"a@example.com","first_name":"Ayşe","last_name":"Yılmaz","title":null,` +
		`"phone_number":null,"line":"Halk Sok. No:3","country":"Türkiye","city":"İSTANBUL","township":"ÜSKÜDAR",` +
		`"district":null,"tax_office":null,"tax_no":null,"company_name":null}`
	orderRec = `{"number":"SIP-1","user":"1","user_email":"a@example.com","status":"400","created_date":"2021-02-02 11:30:00",` +
		`"amount":10.00,"discount_amount":null,"currency":"TRY","payment_type":"","bank":"","installment_count":null,` +
		`"tracking_number":"","shipping_company":null,"shipping_address":"Halk Sok. No:3","billing_address":"Halk Sok. No:3",` +
		`"extra_field":{}}`
	itemRec = `{"order_number":"SIP-1","product":"Ürün","sku":null,"quantity":2,"price":5.00,"image_url":null,"extra_field":{}}`
)

// goodBatch is a batch of each kind whose records pass the stand-in's
// field checks (their references hold only once their parents were sent).
var goodBatch = map[string][]byte{
	KindUser:      batch(record("a@example.com", `"5321234567"`)),
	KindAddress:   batch(addressRec),
	KindOrder:     batch(orderRec),
	KindOrderItem: batch(itemRec),
}

// follow polls a migration until it is processed.
func follow(t *testing.T, c *Client, id string) Progress {
	t.Helper()
	for {
		p, err := c.Progress(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if p.Done() {
			return p
		}
		time.Sleep(time.Millisecond)
	}
}

func TestClientRefusesUnknownKind(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	for _, kind := range []string{"", "users", "addresses", "order-item"} {
		if _, err := h.uploadKind(t, kind, goodBatch[KindUser]); err == nil || !strings.Contains(err.Error(), "no kind") {
			t.Errorf("kind %q: %v", kind, err)
		}
	}
	if h.stub.Uploads() != 0 {
		t.Fatalf("%d uploads", h.stub.Uploads())
	}
}

// TestClientReferences: a batch sent before its parents were processed
// comes back with error_count 1 a record; sent again after, 0. The
// stand-in counts the second sending of the same file.
func TestClientReferences(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	for _, kind := range []string{KindAddress, KindOrder, KindOrderItem} {
		id, err := h.uploadKind(t, kind, goodBatch[kind])
		if err != nil {
			t.Fatal(err)
		}
		if p := follow(t, h.client, id); p.Errors != 1 {
			t.Fatalf("%s before its parents: %+v", kind, p)
		}
	}
	for _, kind := range []string{KindUser, KindAddress, KindOrder, KindOrderItem} {
		id, err := h.uploadKind(t, kind, goodBatch[kind])
		if err != nil {
			t.Fatal(err)
		}
		if p := follow(t, h.client, id); p.Errors != 0 || p.Total != 1 {
			t.Fatalf("%s after its parents: %+v", kind, p)
		}
	}
	for _, kind := range []string{KindAddress, KindOrder, KindOrderItem} {
		if c := h.stub.Counts(kind); c.Uploads != 2 || c.Resent != 1 || c.Accepted != 1 || c.Refused != 1 {
			t.Errorf("%s: %+v", kind, c)
		}
	}
	if len(h.stub.Addresses("1")) != 1 || len(h.stub.Items("SIP-1")) != 1 {
		t.Fatalf("%d addresses, %d items held", len(h.stub.Addresses("1")), len(h.stub.Items("SIP-1")))
	}
}

// queueKinds files one batch per kind in an upload queue, in the given
// order, as a run of every kind would.
func queueKinds(t *testing.T, kinds ...string) *state.Uploads {
	dir := t.TempDir()
	q, err := state.LoadUploads(dir)
	if err != nil {
		t.Fatal(err)
	}
	plural := map[string]string{KindUser: "users", KindAddress: "addresses", KindOrder: "orders", KindOrderItem: "order_items"}
	for _, kind := range kinds {
		b := goodBatch[kind]
		name := files.KindBatchName(plural[kind], 1)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
		q.AddKind(kind, "run1", dir, []pipeline.BatchInfo{{File: name, Records: 1, SHA256: sha(b)}}, nil)
	}
	return q
}

// TestUploaderSendsEachKindToItsEndpoint: the queue entry's kind picks
// the endpoint. One at a time, in Omnitron's order, every batch is
// processed whole; an address sent before its user comes back
// incomplete.
func TestUploaderSendsEachKindToItsEndpoint(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	q := queueKinds(t, KindUser, KindAddress, KindOrder, KindOrderItem)
	u := &Uploader{Client: h.client, Queue: q, Concurrency: 1, PollInterval: time.Millisecond}
	u.Start(context.Background())
	u.Enqueue(q.Unfinished()...)
	if err := u.Wait(); err != nil {
		t.Fatal(err)
	}
	for _, e := range q.Snapshot() {
		if e.Status != state.UploadDone || e.Errors != 0 {
			t.Errorf("%s (%s): %+v", e.File, e.Kind, e)
		}
	}
	for _, kind := range []string{KindUser, KindAddress, KindOrder, KindOrderItem} {
		if c := h.stub.Counts(kind); c.Uploads != 1 || c.Accepted != 1 {
			t.Errorf("%s: %+v", kind, c)
		}
	}
	// Saved and read again, the queue keeps each entry's kind.
	reloaded, err := state.LoadUploads(q.Snapshot()[0].Dir)
	if err != nil {
		t.Fatal(err)
	}
	if s := reloaded.Snapshot(); s[0].Kind != KindUser || s[1].Kind != KindAddress || s[3].Kind != KindOrderItem {
		t.Fatalf("reloaded kinds %q %q %q", s[0].Kind, s[1].Kind, s[3].Kind)
	}

	orphan := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	q = queueKinds(t, KindAddress)
	if err := runUploader(t, orphan, q, false); err != nil {
		t.Fatal(err)
	}
	if e := q.Snapshot()[0]; e.Status != state.UploadIncomplete || e.Errors != 1 {
		t.Fatalf("address before its user: %+v", e)
	}
}

// An entry of a queue written before entries had a kind is a users batch.
func TestUploaderOldQueueIsUsers(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	dir := t.TempDir()
	b := goodBatch[KindUser]
	os.WriteFile(filepath.Join(dir, "users-000001.json"), b, 0o600)
	old := `{"uploads":[{"run":"r","dir":"` + dir + `","file":"users-000001.json","records":1,"sha256":"` + sha(b) +
		`","status":"pending","total_count":0,"processed_count":0,"error_count":0,"updated":"2024-01-01T00:00:00Z"}]}`
	if err := os.WriteFile(filepath.Join(dir, state.UploadsFile), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	q, err := state.LoadUploads(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := runUploader(t, h, q, false); err != nil {
		t.Fatal(err)
	}
	if c := h.stub.Counts(omnitronstub.User); c.Uploads != 1 || c.Accepted != 1 || q.Snapshot()[0].Status != state.UploadDone {
		t.Fatalf("%+v, %+v", c, q.Snapshot()[0])
	}
	data, _ := os.ReadFile(filepath.Join(dir, state.UploadsFile))
	if bytes.Contains(data, []byte(`"kind"`)) {
		t.Fatalf("a users entry gained a kind: %s", data)
	}
}
