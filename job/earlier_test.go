package job

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/segmentio/encoding/json"

	"etl/internal/omnitronstub"
	"etl/internal/scratch"
	"etl/pipeline/state"
)

const testToken = "tok-job-test"

// omnitronDBConfig is dbConfig sending to the stand-in at url.
func omnitronDBConfig(db *scratch.DB, dir, url string) string {
	return strings.Replace(dbConfig(db, dir, addressColumns), "sink:\n", fmt.Sprintf("sink:\n  type: omnitron\n  omnitron:\n"+
		"    url: %s\n    channel_id: \"3\"\n    token: %s\n    concurrency: 2\n    rps: 0\n    poll_interval: 10ms\n    max_retries: 3\n",
		url, testToken), 1)
}

// logBuffer keeps a job's log lines, for the tests that read what it said.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// loggedJob is newJob with its log kept in buf too.
func loggedJob(t *testing.T, body string, buf *logBuffer, reports *[]Report) *Job {
	j := newJob(t, loadConfig(t, body), reports)
	j.Log = zerolog.New(zerolog.MultiLevelWriter(zerolog.NewTestWriter(t), buf))
	return j
}

// checkCounts fails unless the stand-in accepted want records of each
// kind, each once, and refused none.
func checkCounts(t *testing.T, stub *omnitronstub.Server, want map[string]int) {
	t.Helper()
	for kind, n := range want {
		c := stub.Counts(kind)
		if c.Accepted != n || c.Refused != 0 || c.Resent != 0 || c.Duplicates != 0 {
			t.Errorf("%s: %+v, want %d accepted, none refused, resent or duplicated", kind, c, n)
		}
	}
}

// TestParentsFirstAcrossRuns: a users batch an earlier run left pending
// (Omnitron refused the credentials) is sent and processed before a run
// of the addresses alone reads or sends any address; a job that then
// runs both kinds waits for nothing and sends nothing.
func TestParentsFirstAcrossRuns(t *testing.T) {
	db := scratch.New(t, "postgres")
	seed(t, db)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: testToken, RecordDelay: 30 * time.Millisecond,
		Faults: omnitronstub.Faults{Status: http.StatusUnauthorized}})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	dir := t.TempDir()
	body := omnitronDBConfig(db, dir, srv.URL)

	var reports []Report
	var log logBuffer
	j := loggedJob(t, body, &log, &reports)
	j.Only = "users"
	if err := j.Run(context.Background()); !errors.Is(err, ErrReported) {
		t.Fatalf("users with the credentials refused: %v", err)
	}
	q, err := state.LoadUploads(filepath.Join(dir, "state"))
	if err != nil || len(q.Unfinished()) != 1 {
		t.Fatalf("users queue: %v, %d unfinished, want the batch pending", err, len(q.Unfinished()))
	}

	stub.SetFaults(omnitronstub.Faults{})
	reports, log = nil, logBuffer{}
	j = loggedJob(t, body, &log, &reports)
	j.Only = "addresses"
	if err := j.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "waiting for 1 users batch to be processed before sending addresses") {
		t.Errorf("the wait was not logged:\n%s", log.String())
	}
	if len(reports) != 1 || counts(reports[0].Manifest) != "address ok full read 3 exported 2 rejected 1 skipped 0" {
		t.Fatalf("addresses: %d reports: %+v", len(reports), reports)
	}
	// An address sent before its user was processed would be refused.
	checkCounts(t, stub, map[string]int{omnitronstub.User: 2, omnitronstub.Address: 2})

	uploads := stub.Uploads()
	reports, log = nil, logBuffer{}
	if err := loggedJob(t, body, &log, &reports).Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if stub.Uploads() != uploads || strings.Contains(log.String(), "to be processed before sending") {
		t.Errorf("a job of both kinds sent %d batches, or waited:\n%s", stub.Uploads()-uploads, log.String())
	}
}

// postRecord creates one record in the stand-in through its API, as the
// team would by hand, and waits until it is processed.
func postRecord(t *testing.T, stub *omnitronstub.Server, url, kind string, rec json.RawMessage) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", "by-hand.json")
	fw.Write([]byte("[" + string(rec) + "]"))
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, url+"/api/v1/remote/3/migrations/start/"+kind+"/", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Token "+testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("post a %s by hand: %v %v", kind, err, resp)
	}
	resp.Body.Close()
	for stub.Pending() > 0 {
		time.Sleep(time.Millisecond)
	}
}

// rejectDetails are the details of a run folder's rejects of kind, by key.
func rejectDetails(t *testing.T, dir, kind string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "rejects.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r struct{ Key, Kind, Reason, Detail string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if r.Kind == kind {
			out[r.Key] = r.Reason + ": " + r.Detail
		}
	}
	return out
}

// TestHeldChildren: Omnitron refuses a record of the users' batch, so its
// users are held apart: the job goes on, and their addresses wait as
// orphans saying why and what to do. Once the team has created the
// missing user and accepted the batch, the next run sends them.
func TestHeldChildren(t *testing.T) {
	db := scratch.New(t, "postgres")
	seed(t, db)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: testToken,
		Faults: omnitronstub.Faults{FailRecords: 1, FailIn: "users-000001.json"}})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	dir := t.TempDir()
	body := omnitronDBConfig(db, dir, srv.URL)

	var reports []Report
	var log logBuffer
	if err := loggedJob(t, body, &log, &reports).Run(context.Background()); !errors.Is(err, ErrReported) {
		t.Fatalf("got %v, want the incomplete users reported", err)
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports: the addresses did not run after the incomplete users", len(reports))
	}
	users, addrs := reports[0], reports[1]
	if users.Manifest.Status != StatusIncomplete || counts(addrs.Manifest) != "address ok full read 3 exported 0 rejected 3 skipped 0" {
		t.Fatalf("users %s, %s", users.Manifest.Status, counts(addrs.Manifest))
	}
	run := users.Manifest.RunID
	held := func(code string) string {
		return "orphan: user " + code + " is held apart: batch users-000001.json of run " + run +
			" was processed by Omnitron with 1 error; settle it with `etl state retry` or `etl state accept`"
	}
	got := rejectDetails(t, addrs.Dir, "address")
	for key, want := range map[string]string{"10": held("1"), "12": held("3"), "11": "orphan: customer 2 was rejected: email invalid"} {
		if !strings.HasPrefix(got[key], want) {
			t.Errorf("address %s: %q, want %q", key, got[key], want)
		}
	}
	if stub.Counts(omnitronstub.Address).Uploads != 0 {
		t.Fatalf("addresses were sent: %+v", stub.Counts(omnitronstub.Address))
	}

	// The team finds user 1 missing, creates it, and accepts the batch.
	stub.SetFaults(omnitronstub.Faults{})
	var recs []json.RawMessage
	data, err := os.ReadFile(filepath.Join(users.Dir, "users-000001.json"))
	if err == nil {
		err = json.Unmarshal(data, &recs)
	}
	if err != nil || len(recs) != 2 {
		t.Fatalf("users-000001.json: %v, %d records", err, len(recs))
	}
	postRecord(t, stub, srv.URL, omnitronstub.User, recs[0])
	if _, err := state.Accept(filepath.Join(dir, "state"), func(e *state.Upload) bool { return e.Status == state.UploadIncomplete }); err != nil {
		t.Fatal(err)
	}

	reports = nil
	if err := loggedJob(t, body, &log, &reports).Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 2 || counts(reports[1].Manifest) != "address ok incremental read 3 exported 2 rejected 1 skipped 0" {
		t.Fatalf("after accept: %d reports: %s", len(reports), counts(reports[len(reports)-1].Manifest))
	}
	c := stub.Counts(omnitronstub.Address)
	if c.Accepted != 2 || c.Refused != 0 || c.Resent != 0 {
		t.Errorf("addresses: %+v, want the 2 held ones accepted", c)
	}
}
