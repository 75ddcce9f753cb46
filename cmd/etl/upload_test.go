package main

import (
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/omnitronstub"
	"etl/internal/scratch"
)

// uploadHead is the first line of the summary etl upload prints.
func uploadHead(t *testing.T, stderr string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\n(upload \S+.*)$`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in:\n%s", stderr)
	}
	return m[1]
}

// filesConfig is omnitronConfig with the files sink: the same source, a
// run folder under out and the state beside it.
func filesConfig(db *scratch.DB, out string) string {
	return strings.Replace(queryConfig(db, exampleQuery(db), out, ""), "batch_size: 1000", "batch_size: 500", 1)
}

// TestE2EDestinationRefused: a state that counted users written to files
// is refused by a config with the Omnitron sink, before anything is done,
// with what the ledger counts and what to do instead.
func TestE2EDestinationRefused(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 40)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	out := t.TempDir()
	env := []string{"STUB_TOKEN=" + stubToken}
	if r := etl(t, env, "run", "--config", writeConfig(t, filesConfig(db, out))); r.code != 0 {
		t.Fatalf("files run: exit %d\n%s", r.code, r.stderr)
	}
	omni := writeConfig(t, omnitronConfig(db, out, srv.URL, ""))
	r := etl(t, env, "run", "--config", omni)
	if r.code != 2 {
		t.Fatalf("omnitron run on a files state: exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"counts the users it exported to files", "this config sends to omnitron " + srv.URL + ", channel 3",
		"etl upload --config", "fresh state.dir"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the message does not say %q:\n%s", want, r.stderr)
		}
	}
	if stub.Uploads() != 0 {
		t.Fatalf("%d uploads", stub.Uploads())
	}
	if m, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json")); len(m) != 1 {
		t.Fatalf("the refused run left a folder: %v", m)
	}

	// One Omnitron channel's state is refused for another channel too.
	out2 := t.TempDir()
	if r := etl(t, env, "run", "--config", writeConfig(t, omnitronConfig(db, out2, srv.URL, ""))); r.code != 0 {
		t.Fatalf("omnitron run: exit %d\n%s", r.code, r.stderr)
	}
	other := writeConfig(t, strings.Replace(omnitronConfig(db, out2, srv.URL, ""), `channel_id: "3"`, `channel_id: "4"`, 1))
	if r := etl(t, env, "run", "--config", other); r.code != 2 || !strings.Contains(r.stderr, "channel 3") || !strings.Contains(r.stderr, "channel 4") {
		t.Fatalf("another channel: exit %d\n%s", r.code, r.stderr)
	}
}

// TestE2EUpload: the batches of a dry run go to Omnitron with etl upload;
// killed while Omnitron processes them and run again, every user arrives
// exactly once. The files-sink run of the same users then finds them all
// in the ledger and sends nothing, and neither does etl run.
func TestE2EUpload(t *testing.T) {
	db := scratch.New(t, "postgres")
	const n = 1500
	seedUyeler(t, db, n)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken, RecordDelay: 2 * time.Millisecond})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}

	filesOut := t.TempDir()
	if r := etl(t, env, "run", "--config", writeConfig(t, filesConfig(db, filesOut))); r.code != 0 {
		t.Fatalf("files run: exit %d\n%s", r.code, r.stderr)
	}
	filesRun := runFolder(t, filesOut)
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(omnitronConfig(db, out, srv.URL, ""), "concurrency: 2", "concurrency: 1", 1))
	if r := etl(t, env, "run", "--dry-run", "--config", cfg); r.code != 0 {
		t.Fatalf("dry run: exit %d\n%s", r.code, r.stderr)
	}
	dryRun := runFolder(t, out)

	// Killed while Omnitron processes the first batch: its migration id
	// is saved, the others are not sent yet.
	killWhileProcessing(t, stub, out+"-state", env, "upload", "--config", cfg, dryRun)

	r := etl(t, env, "upload", "--config", cfg, dryRun)
	if r.code != 0 {
		t.Fatalf("resumed upload: exit %d\n%s", r.code, r.stderr)
	}
	if head := uploadHead(t, r.stderr); !strings.HasPrefix(head, "upload ok: 1500 users in 3 batches accepted by omnitron") || !strings.Contains(r.stderr, "3 batches: 3 accepted whole") {
		t.Errorf("first line %q\n%s", head, r.stderr)
	}
	if stub.Uploads() != n/500 {
		t.Fatalf("%d uploads for %d batches", stub.Uploads(), n/500)
	}
	checkArrivedOnce(t, stub, n)
	if strings.Contains(r.stderr, stubToken) {
		t.Fatal("the token appears in the output")
	}

	// The same users from the files sink: all in the ledger already.
	r = etl(t, env, "upload", "--config", cfg, filesRun, dryRun)
	if r.code != 0 || !strings.Contains(r.stderr, "0 new (0 users), 3 already in the upload queue, 3 skipped (all 1500 users already sent)") {
		t.Fatalf("upload of the files run: exit %d\n%s", r.code, r.stderr)
	}
	// A run of the config finds them exported.
	if r := etl(t, env, "run", "--config", cfg); r.code != 0 {
		t.Fatalf("run after the upload: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != n/500 {
		t.Fatalf("%d uploads after the run, want %d", stub.Uploads(), n/500)
	}
	checkArrivedOnce(t, stub, n)
	show := etl(t, nil, "state", "show", "--config", cfg)
	if !strings.Contains(show.stdout, fmt.Sprintf("ledger: %d users exported", n)) ||
		!strings.Contains(show.stdout, "destination: omnitron "+srv.URL+", channel 3") {
		t.Errorf("state show:\n%s%s", show.stdout, show.stderr)
	}
}

// TestE2EUploadTampered: a batch file changed since it was written is
// refused, naming it, and nothing is sent; Omnitron refusing records makes
// the upload incomplete, as it does a run.
func TestE2EUploadTampered(t *testing.T) {
	db := scratch.New(t, "mysql")
	seedUyeler(t, db, 30)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken,
		Faults: omnitronstub.Faults{FailRecords: 2, FailIn: "users-000002.json"}})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}
	filesOut := t.TempDir()
	fcfg := writeConfig(t, strings.Replace(filesConfig(db, filesOut), "batch_size: 500", "batch_size: 10", 1))
	if r := etl(t, env, "run", "--config", fcfg); r.code != 0 {
		t.Fatalf("files run: exit %d\n%s", r.code, r.stderr)
	}
	run := runFolder(t, filesOut)
	batch := filepath.Join(run, "users-000003.json")
	orig, err := os.ReadFile(batch)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(batch, []byte(strings.Replace(string(orig), "Ad2", "Ax2", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, omnitronConfig(db, t.TempDir(), srv.URL, ""))
	r := etl(t, env, "upload", "--config", cfg, run)
	if r.code != 1 || !strings.Contains(r.stderr, batch+": the file changed since it was written") {
		t.Fatalf("tampered: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != 0 {
		t.Fatalf("%d uploads of a folder with a changed file", stub.Uploads())
	}

	if err := os.WriteFile(batch, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	r = etl(t, env, "upload", "--config", cfg, run)
	if head := uploadHead(t, r.stderr); r.code != 1 || !strings.HasPrefix(head, "upload incomplete: omnitron refused 2 records") ||
		!strings.Contains(r.stderr, "etl state retry --config "+cfg+" ") {
		t.Fatalf("refused records: exit %d, first line %q\n%s", r.code, head, r.stderr)
	}
	show := etl(t, nil, "state", "show", "--config", cfg)
	if !strings.Contains(show.stdout, "ledger: 20 users exported") || !strings.Contains(show.stdout, "held apart: 10 users of 1 incomplete batch") {
		t.Errorf("state show:\n%s%s", show.stdout, show.stderr)
	}
}

// TestE2EValidateOmnitron: etl validate tells a bad token, a bad channel
// and a folder it cannot write apart, each naming its key, and creates
// nothing in Omnitron.
func TestE2EValidateOmnitron(t *testing.T) {
	db := scratch.New(t, "mysql")
	seedUyeler(t, db, 1)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	afile := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(afile, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	good := omnitronConfig(db, t.TempDir(), srv.URL, "")
	for _, tc := range []struct {
		name, cfg, token string
		code             int
		want, not        []string
	}{
		{"good", good, stubToken, 0, []string{"omnitron: ok", "sink.dir: ok", "state.dir: ok", "source: ok"}, []string{"FAILED"}},
		{"bad token", good, "wrong", 1, []string{"omnitron: FAILED: sink.omnitron.token: omnitron refused the credentials (HTTP 401"},
			[]string{"channel_id", "sink.dir: FAILED"}},
		{"bad channel", strings.Replace(good, `channel_id: "3"`, `channel_id: "4"`, 1), stubToken, 1,
			[]string{`omnitron: FAILED: sink.omnitron.channel_id: omnitron knows no channel "4"`}, []string{"sink.omnitron.token", "sink.dir: FAILED"}},
		{"unwritable sink.dir", regexp.MustCompile(`(?m)^  dir: .*\n  batch_size`).ReplaceAllString(good, "  dir: "+afile+"/out\n  batch_size"), stubToken, 1,
			[]string{"omnitron: ok", "sink.dir: FAILED: stat " + afile + "/out: not a directory", "state.dir: ok"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := etl(t, []string{"STUB_TOKEN=" + tc.token}, "validate", "--config", writeConfig(t, tc.cfg))
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", r.code, tc.code, r.stdout, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(r.stdout, w) {
					t.Errorf("stdout has %q:\n%s", w, r.stdout)
				}
			}
			if strings.Contains(r.stdout+r.stderr, stubToken) {
				t.Error("the token shows")
			}
		})
	}
	if stub.Uploads() != 0 {
		t.Fatalf("validate created %d migrations", stub.Uploads())
	}
}

// TestE2EReadOnlyCommandsWithoutToken: state show, and status with every
// batch finished, load a config whose ${STUB_TOKEN} is unset; status with
// a batch to ask about says which variable it needs.
func TestE2EReadOnlyCommandsWithoutToken(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 20)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	cfg := writeConfig(t, omnitronConfig(db, t.TempDir(), srv.URL, ""))
	if r := etl(t, []string{"STUB_TOKEN=" + stubToken}, "run", "--config", cfg); r.code != 0 {
		t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
	}
	os.Unsetenv("STUB_TOKEN")
	if r := etl(t, nil, "state", "show", "--config", cfg); r.code != 0 || !strings.Contains(r.stdout, "ledger: 20 users exported") {
		t.Fatalf("state show without the token: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := etl(t, nil, "status", "--config", cfg); r.code != 0 || !strings.Contains(r.stdout, "1 batch, 0 not finished") {
		t.Fatalf("status without the token: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// A run needs it, and says so.
	if r := etl(t, nil, "run", "--config", cfg); r.code != 2 || !strings.Contains(r.stderr, "${STUB_TOKEN}, which is not set") {
		t.Fatalf("run without the token: exit %d\n%s", r.code, r.stderr)
	}
}

// killWhileProcessing starts etl with args and kills it (-9) once a batch
// has its migration id saved and Omnitron is still processing it (the
// config's concurrency is 1, so no other upload is in flight then).
func killWhileProcessing(t *testing.T, stub *omnitronstub.Server, stateDir string, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(cmd.Environ(), env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	queue := filepath.Join(stateDir, "uploads.json")
	for {
		data, _ := os.ReadFile(queue)
		if strings.Contains(string(data), `"migration_id"`) && stub.Pending() > 0 {
			break
		}
		select {
		case <-exited:
			t.Fatal("etl ended before it was killed")
		case <-time.After(5 * time.Millisecond):
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-exited
	if stub.Uploads() != 1 {
		t.Fatalf("%d uploads before the kill, want 1", stub.Uploads())
	}
}

// TestE2EUploadResumedByRun: an upload killed mid-way is finished by the
// next etl run of its config, which sends no user twice and none of the
// uploaded users again.
func TestE2EUploadResumedByRun(t *testing.T) {
	db := scratch.New(t, "mysql")
	const n = 1000
	seedUyeler(t, db, n)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken, RecordDelay: 2 * time.Millisecond})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}
	filesOut := t.TempDir()
	if r := etl(t, env, "run", "--config", writeConfig(t, filesConfig(db, filesOut))); r.code != 0 {
		t.Fatalf("files run: exit %d\n%s", r.code, r.stderr)
	}
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(omnitronConfig(db, out, srv.URL, ""), "concurrency: 2", "concurrency: 1", 1))
	killWhileProcessing(t, stub, out+"-state", env, "upload", "--config", cfg, runFolder(t, filesOut))

	r := etl(t, env, "run", "--config", cfg)
	if r.code != 0 || !strings.Contains(r.stderr, "sending or following the batches earlier runs left unfinished") {
		t.Fatalf("run after the killed upload: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != n/500 {
		t.Fatalf("%d uploads for %d batches", stub.Uploads(), n/500)
	}
	checkArrivedOnce(t, stub, n)
	st := etl(t, env, "status", "--config", cfg)
	if st.code != 0 || !strings.Contains(st.stdout, "2 batches, 0 not finished, 0 records failed") {
		t.Fatalf("status: exit %d\n%s%s", st.code, st.stdout, st.stderr)
	}
}

// TestE2EUploadFourKinds: a dry run of users, addresses, orders and order
// items goes to Omnitron with etl upload, each kind into its own queue,
// parents first: the stand-in fails a record whose parent it does not
// hold yet, and none fails. A folder whose orders reference users neither
// exported nor in it is refused before anything is sent; etl status shows
// every kind, and a second upload of the folder (and of its copy) sends
// nothing.
func TestE2EUploadFourKinds(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 20)
	seedAdresler(t, db, 20, 20)
	seedSiparisler(t, db, 30, 20)
	seedKalemler(t, db, 30, 2)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken, RecordDelay: time.Millisecond})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(fourKindsConfig(db, exampleQuery(db), addressQuery, ordersSection, itemsQuery, out, 7, 8), "sink:\n",
		fmt.Sprintf("sink:\n  type: omnitron\n  omnitron:\n    url: %s\n    channel_id: \"3\"\n    token: ${STUB_TOKEN}\n"+
			"    concurrency: 2\n    rps: 0\n    poll_interval: 20ms\n", srv.URL), 1))
	if r := etl(t, env, "run", "--dry-run", "--config", cfg); r.code != 0 {
		t.Fatalf("dry run: exit %d\n%s", r.code, r.stderr)
	}
	run := runFolder(t, out)

	// The orders and items without their users.
	partial := filepath.Join(t.TempDir(), filepath.Base(run))
	if err := os.Mkdir(partial, 0o700); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(run, "*order*"))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(partial, filepath.Base(n)), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	r := etl(t, env, "upload", "--config", cfg, partial)
	if r.code != 2 || !strings.Contains(r.stderr, "orders-000001.json: 8 of its 8 orders reference users neither in this upload nor exported") ||
		!strings.Contains(r.stderr, "nothing was uploaded") {
		t.Fatalf("orders without their users: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != 0 {
		t.Fatalf("%d uploads of a refused folder", stub.Uploads())
	}

	r = etl(t, env, "upload", "--config", cfg, run)
	if head := uploadHead(t, r.stderr); r.code != 0 ||
		!strings.HasPrefix(head, "upload ok: 20 users, 20 addresses, 30 orders, 60 order_items in 18 batches accepted by omnitron, every record") {
		t.Fatalf("upload: exit %d, first line %q\n%s", r.code, head, r.stderr)
	}
	for _, want := range []string{"  users: 3 batches: 3 accepted whole", "  addresses: 3 batches: 3 accepted whole",
		"  orders: 4 batches: 4 accepted whole", "  order_items: 8 batches: 8 accepted whole"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the summary lacks %q:\n%s", want, r.stderr)
		}
	}
	for kind, want := range map[string]int{omnitronstub.User: 20, omnitronstub.Address: 20, omnitronstub.Order: 30, omnitronstub.OrderItem: 60} {
		if c := stub.Counts(kind); c.Accepted != want || c.Refused != 0 || c.Duplicates != 0 {
			t.Errorf("%s: %+v, want %d accepted and none refused", kind, c, want)
		}
	}
	st := etl(t, env, "status", "--config", cfg)
	for _, want := range []string{"18 batches, 0 not finished, 0 records failed", "users: 3 batches: 0 pending, 0 started, 3 done, 0 incomplete, 0 rejected; 0 users held apart",
		"addresses: 3 batches: 0 pending", "orders: 4 batches: 0 pending", "order_items: 8 batches: 0 pending, 0 started, 8 done",
		"order_items-000008.json"} {
		if st.code != 0 || !strings.Contains(st.stdout, want) {
			t.Errorf("status lacks %q: exit %d\n%s%s", want, st.code, st.stdout, st.stderr)
		}
	}
	r = etl(t, env, "upload", "--config", cfg, run, partial)
	if r.code != 0 || !strings.Contains(r.stderr, "0 new (0 users, 0 addresses, 0 orders, 0 order_items), 30 already in the upload queue, 0 skipped") {
		t.Fatalf("second upload: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != 18 {
		t.Fatalf("%d uploads, want 18", stub.Uploads())
	}
}

// TestE2EUploadKeysFiles: a dry run keeps each record's legacy key,
// unique value and carry beside its batch, so that etl upload files the
// records as a run would have: with orders keyed by id (not their
// number) and items by two columns, a later etl run of the config finds
// every record of every kind in its ledger by its legacy key and sends
// nothing, rejects nothing; and addresses added since, without names,
// take their users' names from what the upload filed. A keys file
// changed since it was written is refused, naming it.
func TestE2EUploadKeysFiles(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 20)
	seedAdresler(t, db, 20, 20)
	seedSiparisler(t, db, 30, 20)
	seedKalemler(t, db, 30, 2)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: stubToken, RecordDelay: time.Millisecond})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(fourKindsConfig(db, exampleQuery(db), addressQuery, ordersSection, itemsQuery, out, 7, 8), "sink:\n",
		fmt.Sprintf("sink:\n  type: omnitron\n  omnitron:\n    url: %s\n    channel_id: \"3\"\n    token: ${STUB_TOKEN}\n"+
			"    concurrency: 2\n    rps: 0\n    poll_interval: 20ms\n", srv.URL), 1))
	if r := etl(t, env, "run", "--dry-run", "--config", cfg); r.code != 0 {
		t.Fatalf("dry run: exit %d\n%s", r.code, r.stderr)
	}
	run := runFolder(t, out)
	for _, kind := range []string{"users", "addresses", "orders", "order_items"} {
		batches, _ := filepath.Glob(filepath.Join(run, kind+"-*.json"))
		keys, _ := filepath.Glob(filepath.Join(run, kind+"-*.keys.jsonl"))
		if len(batches) == 0 || len(keys) != len(batches) {
			t.Errorf("%s: %d batch files, %d keys files", kind, len(batches), len(keys))
		}
	}
	if r := etl(t, nil, "check", run); r.code != 0 || !strings.HasPrefix(r.stdout, "ok: 130 records in 18 files") {
		t.Fatalf("check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// A changed keys file is refused before anything is sent.
	keys := filepath.Join(run, "orders-000002.keys.jsonl")
	orig, err := os.ReadFile(keys)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keys, []byte(strings.Replace(string(orig), `"key":"9"`, `"key":"90"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	r := etl(t, env, "upload", "--config", cfg, run)
	if r.code != 1 || !strings.Contains(r.stderr, keys+": the file changed since it was written") {
		t.Fatalf("changed keys file: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != 0 {
		t.Fatalf("%d uploads of a folder with a changed keys file", stub.Uploads())
	}
	if err := os.WriteFile(keys, orig, 0o600); err != nil {
		t.Fatal(err)
	}

	r = etl(t, env, "upload", "--config", cfg, run)
	if head := uploadHead(t, r.stderr); r.code != 0 ||
		!strings.HasPrefix(head, "upload ok: 20 users, 20 addresses, 30 orders, 60 order_items in 18 batches accepted by omnitron, every record") {
		t.Fatalf("upload: exit %d, first line %q\n%s", r.code, head, r.stderr)
	}

	// Every record is known by its legacy key: a dry run of the config
	// (which reads the ledgers the upload filed) would export nothing and
	// rejects nothing as a duplicate or an orphan: every row is skipped
	// as exported (not an address as the same as one exported). (The Omnitron sink runs users alone for now.)
	r = etl(t, env, "run", "--dry-run", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("dry run after the upload: exit %d\n%s", r.code, r.stderr)
	}
	for kind, n := range map[string]int{"users": 20, "addresses": 20, "orders": 30, "order_items": 60} {
		sum := kindSummary(t, r.stderr, kind)
		if want := fmt.Sprintf("read %d, would export 0, rejected 0, skipped %d;", n, n); !strings.Contains(sum, want) ||
			!regexp.MustCompile(fmt.Sprintf(`already_exported +%d\n`, n)).MatchString(sum) {
			t.Errorf("%s: the dry run after the upload does not say %q, every row already_exported:\n%s", kind, want, sum)
		}
	}
	r = etl(t, env, "run", "--kinds", "users", "--config", cfg)
	if r.code != 0 || !strings.Contains(r.stderr, "read 20, exported 0") {
		t.Fatalf("users run after the upload: exit %d\n%s", r.code, r.stderr)
	}
	if stub.Uploads() != 18 {
		t.Fatalf("%d uploads after the run, want the upload's 18", stub.Uploads())
	}

	// Addresses added since, without names, take their users' names
	// from the users ledger, as the upload filed them (carry).
	db.Exec(t, `INSERT INTO adresler VALUES (101, 5, 'İş', NULL, '0216 555 01 01', 'Yeni Sokak 1', 'TR', 'istanbul', 'Üsküdar', NULL, '', '', '', '2030-01-01 00:00:00'),
		(102, 6, 'İş', NULL, '0216 555 01 02', 'Yeni Sokak 2', 'TR', 'ANKARA', 'Çankaya', NULL, '', '', '', '2030-01-01 00:00:00')`)
	before, _ := filepath.Glob(filepath.Join(out, "*", "manifest*.json"))
	r = etl(t, env, "run", "--dry-run", "--kinds", "addresses", "--config", cfg)
	if r.code != 0 || !strings.Contains(r.stderr, "would export 2,") {
		t.Fatalf("dry run of the new addresses: exit %d\n%s", r.code, r.stderr)
	}
	var added string
	after, _ := filepath.Glob(filepath.Join(out, "*", "manifest*.json"))
	for _, m := range after {
		if !slices.Contains(before, m) {
			added = filepath.Dir(m)
		}
	}
	r = etl(t, env, "upload", "--config", cfg, added)
	if head := uploadHead(t, r.stderr); r.code != 0 || !strings.HasPrefix(head, "upload ok: 2 addresses in 1 batch accepted by omnitron") {
		t.Fatalf("upload of the new addresses: exit %d, first line %q\n%s", r.code, head, r.stderr)
	}
	for code, name := range map[string]string{"5": "Ad5", "6": "Ad6"} {
		var got []string
		for _, a := range stub.Addresses(code) {
			got = append(got, fmt.Sprintf("%v %v %v", a["first_name"], a["last_name"], a["line"]))
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, name+" Soyad Yeni Sokak") }) {
			t.Errorf("customer %s's addresses %q: want the new one with the user's names %s Soyad", code, got, name)
		}
	}
}

// kindSummary is the part of a job's output about one kind: its
// summary, from the headline that counts its records to the blank line.
func kindSummary(t *testing.T, stderr, plural string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^.* ` + plural + ` in \d+ batch(?:es)?\b(?:.|\n)*?\n\n`).FindString(stderr)
	if m == "" {
		t.Fatalf("no summary of %s in:\n%s", plural, stderr)
	}
	return m
}
