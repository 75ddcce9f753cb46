package main

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"etl/internal/omnitronstub"
	"etl/internal/scratch"
)

// summaryHead is the first line of the summary a run prints: the line
// after the blank one that opens it.
func summaryHead(t *testing.T, stderr string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\n((?:dry )?run \S+ .*)$`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in:\n%s", stderr)
	}
	return m[1]
}

// TestE2EOmnitronRefusedRecords: Omnitron refuses 3 records of the second
// of three batches. The run is incomplete (exit 1) and says so first; the
// report and etl status name the batch and its count; its users are held
// apart, not in the ledger's count, and not sent again until etl state
// retry; the run after the retry sends them again, and no user the
// stand-in already holds is created twice.
func TestE2EOmnitronRefusedRecords(t *testing.T) {
	db := scratch.New(t, "postgres")
	const n = 30
	seedUyeler(t, db, n)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken,
		Faults: omnitronstub.Faults{FailRecords: 3, FailIn: "users-000002.json"}})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(omnitronConfig(db, out, srv.URL, ""), "batch_size: 500", "batch_size: 10", 1))
	env := []string{"STUB_TOKEN=" + stubToken}

	r := etl(t, env, "run", "--config", cfg)
	if r.code != 1 {
		t.Fatalf("a run with refused records exited %d\n%s", r.code, r.stderr)
	}
	head := summaryHead(t, r.stderr)
	if !regexp.MustCompile(`^run \S+ incomplete: omnitron refused 3 of 10 records in 1 batch;`).MatchString(head) {
		t.Errorf("first line %q", head)
	}
	for _, want := range []string{"users-000002.json: 3 of 10 records refused", "etl state retry --config " + cfg + " --run ", "report.html"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the summary does not say %q:\n%s", want, r.stderr)
		}
	}
	run := runFolder(t, out)
	m := readManifest(t, run)
	if m.Status != "incomplete" || len(m.Batches) != 3 || m.Batches[1].Upload.Status != "incomplete" || m.Batches[1].Upload.Errors != 3 {
		t.Fatalf("manifest status %s, batches %+v", m.Status, m.Batches)
	}
	report, _ := os.ReadFile(filepath.Join(run, "report.html"))
	if !strings.Contains(string(report), `class="status-incomplete" id="status">incomplete<`) ||
		!regexp.MustCompile(`<td>users-000002.json</td><td class="n">3</td><td class="n">10</td>`).Match(report) {
		t.Errorf("the report does not show the refused batch:\n%s", report)
	}
	if got := len(stub.Users()); got != n-3 {
		t.Fatalf("%d users in the stand-in, want %d", got, n-3)
	}

	st := etl(t, env, "status", "--config", cfg)
	if st.code != 0 || !strings.Contains(st.stdout, "/users-000002.json: omnitron refused 3 of 10 records") ||
		!strings.Contains(st.stdout, "10 users of 1 incomplete batch held apart") || !strings.Contains(st.stdout, "etl state retry") {
		t.Errorf("status: exit %d\n%s%s", st.code, st.stdout, st.stderr)
	}
	show := etl(t, env, "state", "show", "--config", cfg)
	if !strings.Contains(show.stdout, "ledger: 20 users exported") || !strings.Contains(show.stdout, "held apart: 10 users") {
		t.Errorf("state show:\n%s%s", show.stdout, show.stderr)
	}

	// Not sent again by itself, not even by --full.
	stub.SetFaults(omnitronstub.Faults{})
	uploads := stub.Uploads()
	if r := etl(t, env, "run", "--full", "--config", cfg); r.code != 0 || stub.Uploads() != uploads {
		t.Fatalf("a run before the retry: exit %d, %d uploads\n%s", r.code, stub.Uploads()-uploads, r.stderr)
	}

	runID := filepath.Base(run)
	if r := etl(t, env, "state", "retry", "--config", cfg, "--run", runID); r.code != 0 ||
		!strings.Contains(r.stdout, "released 10 users of 1 batch ("+runID+"/users-000002.json)") {
		t.Fatalf("retry: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = etl(t, env, "run", "--config", cfg)
	if stub.Uploads() != uploads+1 {
		t.Fatalf("the run after the retry sent %d batches, want 1\n%s", stub.Uploads()-uploads, r.stderr)
	}
	checkArrivedOnce(t, stub, n)
	// The 7 users the stand-in created the first time are refused as
	// already there: the run says so, and once checked they are accepted.
	if head := summaryHead(t, r.stderr); r.code != 1 || !strings.Contains(head, "incomplete: omnitron refused 7 of 10 records in 1 batch") {
		t.Fatalf("the run after the retry: exit %d, first line %q\n%s", r.code, head, r.stderr)
	}
	if a := etl(t, env, "state", "accept", "--config", cfg, "users-000001.json"); a.code != 2 {
		t.Errorf("a batch name found in two runs was accepted: exit %d\n%s%s", a.code, a.stdout, a.stderr)
	}
	last := regexp.MustCompile(`run (\S+) incomplete`).FindStringSubmatch(r.stderr)[1]
	if a := etl(t, env, "state", "accept", "--config", cfg, "--run", last); a.code != 0 || !strings.Contains(a.stdout, "accepted 1 batch") {
		t.Fatalf("accept: exit %d\n%s%s", a.code, a.stdout, a.stderr)
	}
	show = etl(t, env, "state", "show", "--config", cfg)
	if !strings.Contains(show.stdout, "ledger: 30 users exported") || strings.Contains(show.stdout, "held apart") {
		t.Errorf("state show after accept:\n%s%s", show.stdout, show.stderr)
	}
	if r := etl(t, env, "run", "--config", cfg); r.code != 0 || stub.Uploads() != uploads+1 {
		t.Fatalf("a last run: exit %d, %d uploads\n%s", r.code, stub.Uploads()-uploads, r.stderr)
	}
	checkArrivedOnce(t, stub, n)
}

// TestE2EFailedWriteNamesThePath: a users file that cannot be written
// (here the file size limit, as a full disk would) fails the run, and the
// summary's first line names the file's path.
func TestE2EFailedWriteNamesThePath(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 2000)
	out := t.TempDir()
	cfg := writeConfig(t, queryConfig(db, exampleQuery(db), out, ""))
	// bash counts ulimit -f in KiB: a users file of 1000 records is larger
	// than 200 KiB, the ledger and the state are smaller.
	cmd := exec.Command("bash", "-c", `ulimit -f 200 && exec "$0" "$@"`, binary, "run", "--config", cfg)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	head := summaryHead(t, stderr.String())
	if !regexp.MustCompile(`^run \S+ failed: write ` + regexp.QuoteMeta(out) + `/\S+/users-000001\.json: file too large`).MatchString(head) {
		t.Errorf("first line %q\n%s", head, stderr.String())
	}
}
