package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/omnitronstub"
	"etl/internal/scratch"
)

// The four kinds as the uploads test seeds them: users, one address
// each, one and a half orders each, two lines an order.
const (
	upUsers, upAddresses, upOrders, upLines = 200, 200, 300, 2
)

// fourKindsOmnitron is fourKindsConfig sending to the stand-in at url,
// concurrency batches in flight per kind.
func fourKindsOmnitron(db *scratch.DB, out, url string, concurrency int) string {
	cfg := fourKindsConfig(db, exampleQuery(db), addressQuery, ordersSection, itemsQuery, out, 40, 50)
	return strings.Replace(cfg, "sink:\n", fmt.Sprintf("sink:\n  type: omnitron\n  omnitron:\n    url: %s\n    channel_id: \"3\"\n"+
		"    token: ${STUB_TOKEN}\n    concurrency: %d\n    rps: 0\n    poll_interval: 20ms\n    max_retries: 12\n", url, concurrency), 1)
}

// faultyStub is a stand-in that answers 500 to the first uploads,
// throttles and drops connections, and takes long enough over each record
// that a child batch sent before its parents were processed would fail.
func faultyStub(t *testing.T) (*omnitronstub.Server, string) {
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken, RecordDelay: 2 * time.Millisecond,
		Faults: omnitronstub.Faults{FailFirstUploads: 2, Every429: 60, DropEvery: 13}})
	srv := httptest.NewServer(stub)
	t.Cleanup(srv.Close)
	return stub, srv.URL
}

// checkKindsOnce fails unless the stand-in holds every record of every
// kind, each accepted once: no batch sent twice, no record refused.
func checkKindsOnce(t *testing.T, stub *omnitronstub.Server) {
	t.Helper()
	for kind, n := range map[string]int{omnitronstub.User: upUsers, omnitronstub.Address: upAddresses,
		omnitronstub.Order: upOrders, omnitronstub.OrderItem: upOrders * upLines} {
		c := stub.Counts(kind)
		if c.Accepted != n || c.Records != n || c.Refused != 0 || c.Resent != 0 || c.Duplicates != 0 {
			t.Errorf("%s: %+v, want %d records, each accepted once", kind, c, n)
		}
	}
	checkArrivedOnce(t, stub, upUsers)
	for i := 1; i <= upOrders; i++ {
		if _, ok := stub.Order(fmt.Sprintf("SIP-%d", i)); !ok {
			t.Fatalf("order SIP-%d is not in Omnitron", i)
		}
		if items := stub.Items(fmt.Sprintf("SIP-%d", i)); len(items) != upLines {
			t.Fatalf("order SIP-%d has %d items", i, len(items))
		}
	}
}

func seedFourKinds(t *testing.T, db *scratch.DB) {
	seedUyeler(t, db, upUsers)
	seedAdresler(t, db, upAddresses, upUsers)
	seedSiparisler(t, db, upOrders, upUsers)
	seedKalemler(t, db, upOrders, upLines)
}

// TestE2EOmnitronFourKinds: the four kinds from PostgreSQL through the
// binary into a stand-in that fails, throttles, drops connections and
// processes slowly: every record of every kind arrives exactly once, each
// kind's batches after its parents' were processed, and running again
// sends nothing.
func TestE2EOmnitronFourKinds(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedFourKinds(t, db)
	stub, url := faultyStub(t)
	out := t.TempDir()
	cfg := writeConfig(t, fourKindsOmnitron(db, out, url, 2))
	env := []string{"STUB_TOKEN=" + stubToken}

	started := time.Now()
	r := etl(t, env, "run", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	t.Logf("four kinds, %d batches, in %s", stub.Uploads(), time.Since(started).Round(time.Millisecond))
	if !strings.Contains(r.stderr, "omnitron request failed; retrying") {
		t.Errorf("no retry was logged; the faults did not bite:\n%s", r.stderr)
	}
	checkKindsOnce(t, stub)

	uploads := stub.Uploads()
	if r := etl(t, env, "run", "--config", cfg); r.code != 0 || stub.Uploads() != uploads {
		t.Fatalf("rerun: exit %d, %d batches sent\n%s", r.code, stub.Uploads()-uploads, r.stderr)
	}
}

// migrationIDs counts the batches of a queue that have a migration id.
func migrationIDs(queue string) int {
	data, _ := os.ReadFile(queue)
	return strings.Count(string(data), `"migration_id"`)
}

// TestE2EOmnitronFourKindsKilled: each kind's uploads are killed with -9
// in turn, the users' and orders' the moment their first batch has its
// migration id, the addresses' and items' while Omnitron processes their
// third; every run after a kill resumes them, and in the end every record
// of every kind arrived exactly once. One batch in flight at a time:
// a kill between Omnitron's answer and the saving of the migration id
// would have the batch sent again, which no client can prevent.
func TestE2EOmnitronFourKindsKilled(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedFourKinds(t, db)
	stub, url := faultyStub(t)
	out := t.TempDir()
	cfg := writeConfig(t, fourKindsOmnitron(db, out, url, 1))
	env := []string{"STUB_TOKEN=" + stubToken}
	stateDir := out + "-state"

	for _, k := range []struct {
		kind, dir string
		nth       int // killed once the nth batch of the kind has its id, while it is processed
	}{
		{omnitronstub.User, "", 1},
		{omnitronstub.Address, "addresses", 3},
		{omnitronstub.Order, "orders", 1},
		{omnitronstub.OrderItem, "order_items", 3},
	} {
		queue := filepath.Join(stateDir, k.dir, "uploads.json")
		cmd := exec.Command(binary, "run", "--config", cfg)
		cmd.Env = append(cmd.Environ(), env...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		for !(migrationIDs(queue) >= k.nth && stub.Pending() > 0) {
			select {
			case <-exited:
				t.Fatalf("etl ended before its %s uploads were killed\n%s", k.kind, stderr.String())
			case <-time.After(time.Millisecond):
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
		if sent, saved := stub.Counts(k.kind).Uploads, migrationIDs(queue); sent != saved {
			t.Fatalf("killed in %s: %d uploads accepted, %d migration ids saved", k.kind, sent, saved)
		}
		t.Logf("killed while %s batch %d was processed (%d uploads so far)", k.kind, k.nth, stub.Uploads())
	}
	r := etl(t, env, "run", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("run after the kills: exit %d\n%s", r.code, r.stderr)
	}
	checkKindsOnce(t, stub)
	uploads := stub.Uploads()
	if r := etl(t, env, "run", "--config", cfg); r.code != 0 || stub.Uploads() != uploads {
		t.Fatalf("rerun: exit %d, %d batches sent\n%s", r.code, stub.Uploads()-uploads, r.stderr)
	}
}

// postByHand creates records of a kind in the stand-in as a team would by
// hand, and waits until they are processed.
func postByHand(t *testing.T, stub *omnitronstub.Server, url, kind string, recs ...json.RawMessage) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", "by-hand.json")
	data, _ := json.Marshal(recs)
	fw.Write(data)
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, url+"/api/v1/remote/3/migrations/start/"+kind+"/", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Token "+stubToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("post %s by hand: %s", kind, resp.Status)
	}
	for stub.Pending() > 0 {
		time.Sleep(time.Millisecond)
	}
}

// TestE2EHeldChildren: Omnitron refuses a user of the first users batch,
// so the batch's users are held apart: the addresses run all the same,
// and those of the held users wait as orphans saying which batch holds
// them and what to do, none sent. Once the team has created the missing
// user and run `etl state accept`, the next run sends them, each once.
func TestE2EHeldChildren(t *testing.T) {
	db := scratch.New(t, "postgres")
	const n = 20
	seedUyeler(t, db, n)
	seedAdresler(t, db, n, n)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken,
		Faults: omnitronstub.Faults{FailRecords: 1, FailIn: "users-000001.json"}})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(twoKindsConfig(db, exampleQuery(db), out, 10, 10), "sink:\n",
		"sink:\n  type: omnitron\n  omnitron:\n    url: "+srv.URL+"\n    channel_id: \"3\"\n    token: ${STUB_TOKEN}\n    poll_interval: 20ms\n", 1))
	env := []string{"STUB_TOKEN=" + stubToken}

	r := etl(t, env, "run", "--config", cfg)
	if r.code != 1 || !strings.Contains(r.stderr, "users-000001.json: 1 of 10") {
		t.Fatalf("exit %d, want 1 with the refused batch named\n%s", r.code, r.stderr)
	}
	run := runFolder(t, out)
	runID := filepath.Base(run)
	data, err := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	orphans := 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rej struct{ Key, Kind, Field, Reason, Detail string }
		if err := json.Unmarshal([]byte(line), &rej); err != nil {
			t.Fatal(err)
		}
		if rej.Kind != "address" {
			continue
		}
		orphans++
		user, _ := strconv.Atoi(rej.Key) // address i belongs to user i
		want := fmt.Sprintf("user %d is held apart: batch users-000001.json of run %s was processed by Omnitron with 1 error; "+
			"settle it with `etl state retry` or `etl state accept`", user, runID)
		if rej.Reason != "orphan" || rej.Field != "customer_code" || rej.Detail != want || user > 10 {
			t.Errorf("address reject %+v, want %q", rej, want)
		}
	}
	if c := stub.Counts(omnitronstub.Address); orphans != 10 || c.Accepted != 10 || c.Refused != 0 {
		t.Fatalf("%d addresses held as orphans, stand-in %+v; want the 10 of the held users held, the other 10 accepted", orphans, c)
	}

	// The team finds the refused user missing in Omnitron, creates it
	// and accepts the batch.
	var recs []json.RawMessage
	data, _ = os.ReadFile(filepath.Join(run, "users-000001.json"))
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatal(err)
	}
	stub.SetFaults(omnitronstub.Faults{})
	postByHand(t, stub, srv.URL, omnitronstub.User, recs[0])
	if a := etl(t, env, "state", "accept", "--config", cfg, "--run", runID); a.code != 0 {
		t.Fatalf("accept: exit %d\n%s%s", a.code, a.stdout, a.stderr)
	}
	if r := etl(t, env, "run", "--config", cfg); r.code != 0 {
		t.Fatalf("run after accept: exit %d\n%s", r.code, r.stderr)
	}
	for kind, want := range map[string]int{omnitronstub.User: n, omnitronstub.Address: n} {
		if c := stub.Counts(kind); len(stub.Held(kind)) != want || c.Resent != 0 || c.Duplicates != 0 ||
			(kind == omnitronstub.Address && c.Refused != 0) {
			t.Errorf("%s: %d held, %+v", kind, len(stub.Held(kind)), c)
		}
	}
	checkArrivedOnce(t, stub, n)
}
