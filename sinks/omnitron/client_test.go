package omnitron

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"etl/internal/omnitronstub"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
)

const token = "s3cret-token-value"

func record(email, phone string) string {
	return `{"first_name":"Ayşe","last_name":"Yılmaz","email":"` + email + `","gender":"female","sms_allowed":false,` +
		`"email_allowed":true,"phone":` + phone + `,"date_of_birth":"1990-01-13","date_joined":"2022-01-13 09:26:00",` +
		`"password":"md5$$e10adc3949ba59abbe56e057f20f883e","password_algorithm":"md5","customer_code":"1","verified":true,` +
		`"facebook_uuid":null,"attributes":{},"call_allowed":false,"user_type":"registered"}`
}

func batch(recs ...string) []byte {
	users := make([][]byte, len(recs))
	for i, r := range recs {
		users[i] = []byte(r)
	}
	return files.AppendUsers(nil, users)
}

type harness struct {
	stub   *omnitronstub.Server
	client *Client
	mu     sync.Mutex
	waits  []time.Duration
	tries  int
}

func newHarness(t *testing.T, f omnitronstub.Faults, o Options) *harness {
	h := &harness{stub: omnitronstub.New(omnitronstub.Config{Channel: "7", Token: token, Username: "ops", Password: "pw", Faults: f})}
	srv := httptest.NewServer(h.stub)
	t.Cleanup(srv.Close)
	o.URL, o.Channel = srv.URL, "7"
	if o.MaxRetries == 0 {
		o.MaxRetries = 5
	}
	o.OnRetry = func(op string, attempt int, wait time.Duration, err error) {
		h.mu.Lock()
		h.tries++
		h.mu.Unlock()
		if strings.Contains(err.Error(), token) {
			t.Errorf("the token appears in an error: %v", err)
		}
	}
	c, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	c.sleep = func(ctx context.Context, d time.Duration) error { // no real waiting in tests
		h.mu.Lock()
		h.waits = append(h.waits, d)
		h.mu.Unlock()
		return ctx.Err()
	}
	h.client = c
	return h
}

func (h *harness) upload(t *testing.T, data []byte) (string, error) {
	t.Helper()
	return h.uploadKind(t, KindUser, data)
}

func (h *harness) uploadKind(t *testing.T, kind string, data []byte) (string, error) {
	t.Helper()
	id, err := h.client.Start(context.Background(), kind, kind+"s-000001.json", data)
	if err != nil && strings.Contains(err.Error(), token) {
		t.Errorf("the token appears in an error: %v", err)
	}
	return id, err
}

func TestClientFaults(t *testing.T) {
	tests := []struct {
		name    string
		faults  omnitronstub.Faults
		opt     Options
		data    []byte
		wantErr error
		retries int
	}{
		{name: "plain"},
		{name: "first uploads fail with 500", faults: omnitronstub.Faults{FailFirstUploads: 2}, retries: 2},
		{name: "throttled", faults: omnitronstub.Faults{Every429: 1}, opt: Options{MaxRetries: 2}, retries: 2, wantErr: errors.New("gave up after 3 attempts")},
		{name: "dropped connection", faults: omnitronstub.Faults{DropEvery: 1}, opt: Options{MaxRetries: 1}, retries: 1, wantErr: errors.New("gave up")},
		{name: "slow answers time out", faults: omnitronstub.Faults{Slow: 300 * time.Millisecond}, opt: Options{Timeout: 50 * time.Millisecond, MaxRetries: 1}, retries: 1, wantErr: errors.New("Timeout")},
		{name: "401 stops at once", faults: omnitronstub.Faults{Status: 401}, wantErr: ErrAuth},
		{name: "403 stops at once", faults: omnitronstub.Faults{Status: 403}, wantErr: ErrAuth},
		{name: "400 is a rejected file", data: []byte("[]"), wantErr: &RejectedError{}},
		{name: "wrong token", opt: Options{Token: "nope"}, wantErr: ErrAuth},
	}
	for _, kind := range []string{KindUser, KindAddress, KindOrder, KindOrderItem} {
		for _, tc := range tests {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				testClientFault(t, kind, tc.faults, tc.opt, tc.data, tc.wantErr, tc.retries)
			})
		}
	}
}

// testClientFault sends one batch of a kind (data, or a good one) against
// faults.
func testClientFault(t *testing.T, kind string, faults omnitronstub.Faults, opt Options, data []byte, wantErr error, retries int) {
	if opt.Token == "" {
		opt.Token = token
	}
	if data == nil {
		data = goodBatch[kind]
	}
	h := newHarness(t, faults, opt)
	id, err := h.uploadKind(t, kind, data)
	switch want := wantErr; {
	case want == nil && err != nil:
		t.Fatalf("error %v", err)
	case want == nil && len(id) != 32:
		t.Fatalf("migration id %q", id)
	case want == nil:
	case errors.Is(want, ErrAuth):
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("want an auth error, got %v", err)
		}
	default:
		var rej *RejectedError
		if _, isRej := want.(*RejectedError); isRej {
			if !errors.As(err, &rej) {
				t.Fatalf("want a rejected file, got %v", err)
			}
		} else if err == nil || !strings.Contains(err.Error(), want.Error()) {
			t.Fatalf("want %q, got %v", want, err)
		}
	}
	if h.tries != retries {
		t.Fatalf("%d retries, want %d", h.tries, retries)
	}
	// Each kind goes to its own endpoint: the stand-in counts it there.
	if c := h.stub.Counts(kind); wantErr == nil && c.Uploads != 1 {
		t.Fatalf("the stand-in counts %+v uploads of %s", c, kind)
	}
}

// Retry-After is honoured: the wait before the retry is at least what the
// server asked for.
func TestClientHonoursRetryAfter(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{Every429: 2}, Options{Token: token})
	for i := 0; i < 2; i++ {
		if _, err := h.upload(t, batch(record("r"+string(rune('a'+i))+"@example.com", "null"))); err != nil {
			t.Fatal(err)
		}
	}
	if len(h.waits) != 1 || h.waits[0] < time.Second {
		t.Fatalf("waits %v, want one of at least 1s", h.waits)
	}
}

func TestClientRateCap(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token, RPS: 20})
	for i := 0; i < 5; i++ {
		h.client.Progress(context.Background(), "x")
	}
	// The fake clock stands still, so each request waits 50ms more than
	// the one before it.
	if len(h.waits) != 4 || h.waits[3] < 190*time.Millisecond {
		t.Fatalf("waits %v", h.waits)
	}
}

func TestClientLogin(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Username: "ops", Password: "pw"})
	if err := h.client.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := h.upload(t, batch(record("l@example.com", "null"))); err != nil {
		t.Fatal(err)
	}
	bad := newHarness(t, omnitronstub.Faults{}, Options{Username: "ops", Password: "wrong"})
	if err := bad.client.Login(context.Background()); !errors.Is(err, ErrAuth) || strings.Contains(err.Error(), "wrong") {
		t.Fatalf("bad password: %v", err)
	}
}

// queueOf writes batch files and files them in an upload queue.
func queueOf(t *testing.T, batches ...[]byte) (*state.Uploads, string) {
	dir := t.TempDir()
	var infos []pipeline.BatchInfo
	for i, b := range batches {
		name := files.BatchName(i + 1)
		os.WriteFile(filepath.Join(dir, name), b, 0o600)
		infos = append(infos, pipeline.BatchInfo{File: name, Records: bytes.Count(b, []byte("customer_code")), SHA256: sha(b)})
	}
	q, err := state.LoadUploads(dir)
	if err != nil {
		t.Fatal(err)
	}
	q.Add("run1", dir, infos, nil)
	return q, dir
}

func runUploader(t *testing.T, h *harness, q *state.Uploads, goOn bool) error {
	var fatal error
	u := &Uploader{Client: h.client, Queue: q, Concurrency: 2, PollInterval: time.Millisecond, GoOnRejected: goOn,
		Fatal: func(err error) { fatal = err }}
	u.Start(context.Background())
	u.Enqueue(q.Unfinished()...)
	u.Wait()
	return fatal
}

func TestUploaderSendsOnceAndReportsErrors(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{FailFirstUploads: 1}, Options{Token: token})
	q, _ := queueOf(t,
		batch(record("u1@example.com", `"5321234567"`), record("u2@example.com", "null")),
		batch(record("u3@example.com", `"123"`)), // Omnitron refuses this record: error_count 1
	)
	if err := runUploader(t, h, q, false); err != nil {
		t.Fatal(err)
	}
	snap := q.Snapshot()
	// The batch with a refused record is incomplete, not done: its users
	// are held apart.
	if snap[0].Status != state.UploadDone || snap[0].Total != 2 || snap[0].Errors != 0 ||
		snap[1].Status != state.UploadIncomplete || snap[1].Errors != 1 || snap[1].MigrationID == "" {
		t.Fatalf("queue %+v", snap)
	}
	if len(h.stub.Users()) != 2 || h.stub.Uploads() != 2 {
		t.Fatalf("%d users, %d uploads", len(h.stub.Users()), h.stub.Uploads())
	}
	// A second pass sends nothing: every entry is done.
	reloaded, _ := state.LoadUploads(snap[0].Dir)
	if err := runUploader(t, h, reloaded, false); err != nil || h.stub.Uploads() != 2 {
		t.Fatalf("second pass: %v, %d uploads", err, h.stub.Uploads())
	}
}

// A batch that got a migration id is only polled by a later run, never
// sent again.
func TestUploaderPollsStartedBatch(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	data := batch(record("p@example.com", "null"))
	q, _ := queueOf(t, data)
	id, err := h.upload(t, data)
	if err != nil {
		t.Fatal(err)
	}
	e := q.Unfinished()[0]
	q.Update(e, func(e *state.Upload) { e.Status, e.MigrationID = state.UploadStarted, id })
	if err := runUploader(t, h, q, false); err != nil {
		t.Fatal(err)
	}
	if h.stub.Uploads() != 1 || q.Snapshot()[0].Status != state.UploadDone {
		t.Fatalf("%d uploads, %+v", h.stub.Uploads(), q.Snapshot()[0])
	}
}

func TestUploaderRejectedBatch(t *testing.T) {
	for _, goOn := range []bool{false, true} {
		h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
		q, _ := queueOf(t, []byte("[]\n"), batch(record("after@example.com", "null")))
		err := runUploader(t, h, q, goOn)
		snap := q.Snapshot()
		if snap[0].Status != state.UploadRejected {
			t.Fatalf("entry %+v", snap[0])
		}
		if goOn {
			if err != nil || snap[1].Status != state.UploadDone {
				t.Fatalf("on_rejected continue: %v %+v", err, snap[1])
			}
		} else if !errors.Is(err, ErrBatchRejected) || !strings.Contains(err.Error(), "users-000001.json") {
			t.Fatalf("on_rejected stop: %v", err)
		}
	}
}

// A file changed after it was written is never sent.
func TestUploaderRefusesChangedFile(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	q, dir := queueOf(t, batch(record("c@example.com", "null")))
	os.WriteFile(filepath.Join(dir, "users-000001.json"), batch(record("other@example.com", "null")), 0o600)
	if err := runUploader(t, h, q, false); err == nil || !strings.Contains(err.Error(), "sha256") || h.stub.Uploads() != 0 {
		t.Fatalf("%v, %d uploads", err, h.stub.Uploads())
	}
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TLS is verified: a server with a private CA is refused until ca_file
// names that CA.
func TestClientPrivateCA(t *testing.T) {
	stub := omnitronstub.New(omnitronstub.Config{Channel: "7", Token: token})
	srv := httptest.NewTLSServer(stub)
	defer srv.Close()
	ca := filepath.Join(t.TempDir(), "ca.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	os.WriteFile(ca, pemBytes, 0o600)
	data := batch(record("tls@example.com", "null"))

	plain, _ := New(Options{URL: srv.URL, Channel: "7", Token: token})
	if _, err := plain.Start(context.Background(), KindUser, "users-000001.json", data); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("an unknown CA was accepted: %v", err)
	}
	withCA, err := New(Options{URL: srv.URL, Channel: "7", Token: token, CAFile: ca})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := withCA.Start(context.Background(), KindUser, "users-000001.json", data); err != nil {
		t.Fatalf("with ca_file: %v", err)
	}
	if _, err := New(Options{URL: srv.URL, CAFile: filepath.Join(t.TempDir(), "none.pem")}); err == nil {
		t.Fatal("a missing ca_file was accepted")
	}
}

// Poll (etl status) asks about started batches once and records the
// answer, without sending anything.
func TestPollRecordsProgress(t *testing.T) {
	h := newHarness(t, omnitronstub.Faults{}, Options{Token: token})
	data := batch(record("s1@example.com", "null"), record("s2@example.com", `"12"`))
	q, _ := queueOf(t, data, batch(record("s3@example.com", "null")))
	id, err := h.upload(t, data)
	if err != nil {
		t.Fatal(err)
	}
	for h.stub.Pending() > 0 {
		time.Sleep(time.Millisecond)
	}
	e := q.Unfinished()[0]
	q.Update(e, func(e *state.Upload) { e.Status, e.MigrationID = state.UploadStarted, id })
	if err := Poll(context.Background(), h.client, q); err != nil {
		t.Fatal(err)
	}
	snap := q.Snapshot()
	if snap[0].Status != state.UploadIncomplete || snap[0].Processed != 2 || snap[0].Errors != 1 {
		t.Fatalf("polled entry %+v", snap[0])
	}
	if snap[1].Status != state.UploadPending || h.stub.Uploads() != 1 {
		t.Fatalf("status sent a pending batch: %+v, %d uploads", snap[1], h.stub.Uploads())
	}
}
