package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"etl/internal/atomicfile"
	"etl/kinds/user"
	"etl/pipeline"
	"etl/transforms"
)

func rec(i int, email string) []byte {
	r := transforms.Record{FirstName: "Ayşe", LastName: "Yılmaz", Email: email, DateJoined: "2022-01-13 09:26:00",
		Password: "md5$$e10adc3949ba59abbe56e057f20f883e", PasswordAlgorithm: "md5", CustomerCode: string(rune('0' + i)),
		UserType: "registered"}
	return r.AppendJSON(nil)
}

func TestSinkWritesRunFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "run1")
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	b1 := &pipeline.Batch{Seq: 1, Records: [][]byte{rec(1, "a@x.com"), rec(2, "b@x.com")}, Last: pipeline.Pos{Key: "2"},
		Rejects: []pipeline.Reject{{Key: "3", Field: "email", Reason: "invalid", Detail: "no @"}}}
	b2 := &pipeline.Batch{Rejects: []pipeline.Reject{{Key: "4", Field: "password", Reason: "missing", Detail: "empty"}}}
	b3 := &pipeline.Batch{Seq: 2, Records: [][]byte{rec(5, "c@x.com")}, Last: pipeline.Pos{Key: "5"}}
	for _, b := range []*pipeline.Batch{b1, b2, b3} {
		if err := s.WriteBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Finish(&pipeline.Manifest{RunID: "run1", Counts: pipeline.NewStats()}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		info, _ := e.Info()
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
	if got := strings.Join(names, ","); got != "manifest.json,rejects.jsonl,report.html,users-000001.json,users-000002.json" {
		t.Fatalf("files %s", got)
	}
	var m pipeline.Manifest
	data, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, b := range m.Batches {
		data, _ := os.ReadFile(filepath.Join(dir, b.File))
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != b.SHA256 {
			t.Errorf("%s: manifest sha256 %s does not match the file", b.File, b.SHA256)
		}
		var arr []json.RawMessage
		if err := json.Unmarshal(data, &arr); err != nil || len(arr) != b.Records {
			t.Errorf("%s: %d records, manifest says %d (%v)", b.File, len(arr), b.Records, err)
		}
	}
	rej, _ := os.ReadFile(filepath.Join(dir, RejectsFile))
	if lines := strings.Split(strings.TrimSpace(string(rej)), "\n"); len(lines) != 2 || !strings.Contains(lines[1], `"key":"4"`) {
		t.Errorf("rejects.jsonl:\n%s", rej)
	}
	if _, _, problems, err := Check(dir); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

func TestNewRefusesExistingRunFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := New(dir); err == nil {
		t.Fatal("want an error for an existing run folder")
	}
}

func TestWriteAtomicLeavesNothingOnFailure(t *testing.T) {
	dir := t.TempDir()
	err := writeAtomic(dir, "users-000001.json", func(w io.Writer) error {
		w.Write([]byte("[\n{\"first_name\":"))
		return errors.New("injected")
	})
	if err == nil {
		t.Fatal("want the injected error")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestWriteBatchFailsWholeWhenFolderGone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(dir)
	if err := s.WriteBatch(context.Background(), &pipeline.Batch{Seq: 1, Records: [][]byte{rec(1, "a@x.com")}}); err == nil {
		t.Fatal("want an error")
	}
	if _, err := os.Stat(filepath.Join(dir, BatchName(1))); !os.IsNotExist(err) {
		t.Fatal("a users file appeared")
	}
}

func TestCheckFindsProblems(t *testing.T) {
	dir := t.TempDir()
	good := string(rec(1, "a@x.com"))
	bad := strings.NewReplacer(`"email":"b@x.com"`, `"email":"B@x"`, `"phone":null`, `"phone":"2125551234"`,
		`"date_joined":"2022-01-13 09:26:00"`, `"date_joined":"2022-02-30 09:26:00"`, `"user_type":"registered"`, `"user_type":"admin"`).
		Replace(string(rec(2, "b@x.com")))
	reordered := strings.Replace(good, `{"first_name":"Ayşe","last_name":"Yılmaz",`, `{"last_name":"Yılmaz","first_name":"Ayşe",`, 1)
	content := "[\n" + good + ",\n" + bad + ",\n" + reordered + "\n]\n"
	os.WriteFile(filepath.Join(dir, BatchName(1)), []byte(content), 0o600)
	_, recs, problems, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"users-000001.json[1].email", "users-000001.json[1].phone", "users-000001.json[1].date_joined",
		"users-000001.json[1].user_type", "users-000001.json[2].(record): keys are", "users-000001.json[2].email: same email as users-000001.json[0]"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems do not mention %s:\n%s", want, all)
		}
	}
	if recs != 3 || strings.Contains(all, "users-000001.json[0].") {
		t.Errorf("records %d, problems:\n%s", recs, all)
	}
}

// A users file that cannot be put in place (in the background) fails a
// later WriteBatch or the Sync, is left out of the batches and the
// manifest, and leaves no file behind; the manifest says the run failed.
func TestBackgroundFailureIsReported(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.commit = func(p *atomicfile.Pending, data []byte) error {
		if strings.Contains(p.Name(), BatchName(2)) {
			p.Abort()
			return errors.New("injected: disk full")
		}
		return p.Commit(data)
	}
	ctx := context.Background()
	var errs []error
	for i := 1; i <= 3; i++ {
		errs = append(errs, s.WriteBatch(ctx, &pipeline.Batch{Seq: i, Records: [][]byte{rec(i, fmt.Sprintf("u%d@x.com", i))},
			Last: pipeline.Pos{Key: fmt.Sprint(i)}}))
	}
	errs = append(errs, s.Sync())
	if err := errors.Join(errs...); err == nil || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("WriteBatch and Sync returned %v, want the injected failure", err)
	}
	counts := pipeline.NewStats()
	counts.Read, counts.Exported = 3, 3 // what the pipeline handed over
	m := &pipeline.Manifest{RunID: "run", Status: "ok", Counts: counts}
	if err := s.Finish(m); err == nil {
		t.Fatal("Finish hid the failure")
	}
	if m.Counts.Read != 2 || m.Counts.Exported != 2 || m.LastKey != "3" {
		t.Errorf("manifest counts read %d, exported %d, last key %q; want 2, 2 and 3: the lost file's record is not exported",
			m.Counts.Read, m.Counts.Exported, m.LastKey)
	}
	var files []string
	for _, b := range m.Batches {
		files = append(files, b.File)
	}
	if m.Status != "failed" || strings.Join(files, ",") != "users-000001.json,users-000003.json" {
		t.Fatalf("manifest status %s, batches %v", m.Status, files)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "manifest.json,rejects.jsonl,report.html,users-000001.json,users-000003.json" {
		t.Fatalf("files %s", got)
	}
}

// TestUsersSizeHoldsTheArray: a buffer of usersSize must hold AppendUsers'
// array, or append grows the batch's buffer (a copy of the whole batch).
func TestUsersSizeHoldsTheArray(t *testing.T) {
	for _, users := range [][][]byte{nil, {rec(1, "a@x.com")}, {rec(1, "a@x.com"), rec(2, "b@x.com"), []byte("{}")}} {
		if n, got := usersSize(users), len(AppendUsers(nil, users)); n < got {
			t.Errorf("%d records: usersSize %d, array %d bytes", len(users), n, got)
		}
	}
}

// A run killed after the state named it and before its folder was made
// is resumed into a new folder; a folder that held committed work and is
// gone is an error, not a fresh start.
func TestResumeMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := Resume(dir, nil, 0)
	if err != nil {
		t.Fatalf("resume of a run that made no folder: %v", err)
	}
	if err := s.WriteBatch(context.Background(), &pipeline.Batch{Seq: 1, Records: [][]byte{rec(1, "a@example.com")}, Stats: pipeline.NewStats()}); err != nil {
		t.Fatal(err)
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, BatchName(1))); err != nil {
		t.Fatalf("the resumed run's batch: %v", err)
	}

	gone := filepath.Join(t.TempDir(), "gone")
	if _, err := Resume(gone, []pipeline.BatchInfo{{File: BatchName(1), Records: 1}}, 0); err == nil {
		t.Fatal("resume of a lost folder with committed batches succeeded")
	}
	if _, err := Resume(gone, nil, 10); err == nil {
		t.Fatal("resume of a lost folder with committed rejects succeeded")
	}
	if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a failed resume made the folder: %v", err)
	}
}

// TestResumeCutsBackToCommit: resuming a run folder keeps the committed
// batches, removes users files written after the commit and torn temp
// files, cuts rejects.jsonl back to its committed size and appends after
// it; a committed batch that is gone, or a rejects file shorter than
// committed, is an error.
func TestResumeCutsBackToCommit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	committed := "{\"key\":\"1\"}\n"
	write(BatchName(1), "[]")
	write(BatchName(2), "[]")                                                                     // after the commit
	write("."+BatchName(3)+".tmp-123", "[")                                                       // torn
	write(RejectsFile, committed+"{\"key\":\"9\",\"detail\":\""+strings.Repeat("x", 300)+"\"}\n") // after the commit, longer than what follows
	batches := []pipeline.BatchInfo{{File: BatchName(1)}}

	s, err := Resume(dir, batches, int64(len(committed)))
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != RejectsFile+" "+BatchName(1) {
		t.Fatalf("after resume the folder holds %s", got)
	}
	b := &pipeline.Batch{Seq: 2, Rejects: []pipeline.Reject{{Key: "10", Field: "email", Reason: "invalid"}}, Stats: pipeline.NewStats()}
	if err := s.WriteBatch(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, RejectsFile))
	if lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n"); len(lines) != 2 || lines[0]+"\n" != committed || !strings.Contains(lines[1], `"10"`) {
		t.Fatalf("rejects after resume:\n%s", data)
	}

	if _, err := Resume(dir, []pipeline.BatchInfo{{File: BatchName(1)}, {File: BatchName(7)}}, 0); err == nil {
		t.Error("resume with a committed batch gone succeeded")
	}
	if _, err := Resume(dir, batches, int64(len(data))+1); err == nil {
		t.Error("resume with rejects shorter than committed succeeded")
	}
}

// TestCheckRecordFields breaks one field of a valid record at a time:
// etl check must name that field, and only it.
func TestCheckRecordFields(t *testing.T) {
	good := string(rec(1, "a@x.com"))
	if _, p := users.checkRecord([]byte(good)); len(p) != 0 {
		t.Fatalf("a valid record: %v", p)
	}
	for _, c := range []struct{ from, to, field string }{
		{`"first_name":"Ayşe"`, `"first_name":""`, "first_name"},
		{`"first_name":"Ayşe"`, `"first_name":null`, "first_name"},
		{`"first_name":"Ayşe"`, `"first_name":"` + strings.Repeat("ş", 151) + `"`, "first_name"},
		{`"last_name":"Yılmaz"`, `"last_name":"Yılmaz  Kaya"`, "last_name"},
		{`"last_name":"Yılmaz"`, `"last_name":" Yılmaz"`, "last_name"},
		{`"email":"a@x.com"`, `"email":"A@x.com"`, "email"},
		{`"gender":null`, `"gender":"kadın"`, "gender"},
		{`"sms_allowed":false`, `"sms_allowed":"no"`, "sms_allowed"},
		{`"email_allowed":false`, `"email_allowed":null`, "email_allowed"},
		{`"verified":false`, `"verified":0`, "verified"},
		{`"call_allowed":false`, `"call_allowed":"false"`, "call_allowed"},
		{`"phone":null`, `"phone":"05321234567"`, "phone"},
		{`"date_of_birth":null`, `"date_of_birth":"1990-02-30"`, "date_of_birth"},
		{`"date_of_birth":null`, `"date_of_birth":"1990-01-02 00:00:00"`, "date_of_birth"},
		{`"date_joined":"2022-01-13 09:26:00"`, `"date_joined":"2022-01-13"`, "date_joined"},
		{`"password":"md5$$e10adc3949ba59abbe56e057f20f883e"`, `"password":"md5$$e10adc3949ba59abbe56e057f20f883"`, "password"},
		{`"password":"md5$$e10adc3949ba59abbe56e057f20f883e"`, `"password":"sha1$$e10adc3949ba59abbe56e057f20f883e"`, "password"},
		{`"password_algorithm":"md5"`, `"password_algorithm":""`, "password_algorithm"},
		{`"customer_code":"1"`, `"customer_code":""`, "customer_code"},
		{`"facebook_uuid":null`, `"facebook_uuid":""`, "facebook_uuid"},
		{`"attributes":{}`, `"attributes":[]`, "attributes"},
		{`"user_type":"registered"`, `"user_type":"admin"`, "user_type"},
	} {
		if !strings.Contains(good, c.from) {
			t.Fatalf("the record has no %s", c.from)
		}
		bad := strings.Replace(good, c.from, c.to, 1)
		_, p := users.checkRecord([]byte(bad))
		if len(p) != 1 || p[0].Field != c.field {
			t.Errorf("%s: problems %v, want one of %s", c.to, p, c.field)
		}
	}
}

// TestKindsShareARunFolder: addresses join the folder the users made,
// append to its rejects.jsonl, and name their own files.
func TestKindsShareARunFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	users, err := New(dir, Kind("users", "user"))
	if err != nil {
		t.Fatal(err)
	}
	b := &pipeline.Batch{Seq: 1, Records: [][]byte{[]byte(`{"a":1}`)}, Keys: []string{"1"}, Uniques: []string{"a@b.c"},
		Rejects: []pipeline.Reject{{Key: "2", Field: "email", Reason: "invalid"}}, Stats: pipeline.NewStats()}
	if err := users.WriteBatch(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if err := users.Finish(&pipeline.Manifest{Kind: "user", Status: "ok", Counts: pipeline.NewStats()}); err != nil {
		t.Fatal(err)
	}
	if _, err := New(dir); err == nil {
		t.Fatal("a second users sink took a folder that has users")
	}
	addrs, err := New(dir, Kind("addresses", "address"))
	if err != nil {
		t.Fatal(err)
	}
	b.Rejects = []pipeline.Reject{{Key: "9", Field: "city", Reason: "invalid"}}
	if err := addrs.WriteBatch(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if err := addrs.Finish(&pipeline.Manifest{Kind: "address", Status: "ok", Counts: pipeline.NewStats(), Started: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if _, err := New(dir, Kind("addresses", "address")); err == nil {
		t.Fatal("a second addresses sink took a folder that has addresses")
	}
	for _, f := range []string{"users-000001.json", "addresses-000001.json", ManifestFile, "manifest-addresses.json", ReportFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	if page, _ := os.ReadFile(filepath.Join(dir, ReportFile)); !strings.Contains(string(page), `id="status-user"`) ||
		!strings.Contains(string(page), `id="status-address"`) {
		t.Errorf("the report has no section for each kind:\n%s", page)
	}
	rej, _ := os.ReadFile(filepath.Join(dir, RejectsFile))
	want := `{"key":"2","field":"email","reason":"invalid","detail":"","kind":"user"}` + "\n" +
		`{"key":"9","field":"city","reason":"invalid","detail":"","kind":"address"}` + "\n"
	if string(rej) != want {
		t.Errorf("rejects.jsonl:\n%s\nwant\n%s", rej, want)
	}
}

// TestCompositeKeysAreArrays: a key of several columns is a JSON array
// in rejects.jsonl (SPEC §8), not a string holding one, and every line
// carries its kind, in every batch.
func TestCompositeKeysAreArrays(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := New(dir, Kind("order_items", "order_item"), CompositeKeys())
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for i := range 3 {
		b := &pipeline.Batch{Rejects: []pipeline.Reject{
			{Key: fmt.Sprintf(`["12","%d"]`, i), Field: "quantity", Reason: "invalid"},
			{Key: fmt.Sprintf(`["13","%d"]`, i), Field: "order_number", Reason: "orphan", Detail: "order 13"},
		}, Stats: pipeline.NewStats()}
		if err := s.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		want += fmt.Sprintf(`{"key":["12","%d"],"field":"quantity","reason":"invalid","detail":"","kind":"order_item"}`+"\n", i) +
			fmt.Sprintf(`{"key":["13","%d"],"field":"order_number","reason":"orphan","detail":"order 13","kind":"order_item"}`+"\n", i)
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	rej, _ := os.ReadFile(filepath.Join(dir, RejectsFile))
	if string(rej) != want {
		t.Errorf("rejects.jsonl:\n%s\nwant\n%s", rej, want)
	}
}

// TestCompositeRejectHasRejectsFields: compositeReject spells out the
// fields of pipeline.Reject; a field added there must be added here.
func TestCompositeRejectHasRejectsFields(t *testing.T) {
	r, c := reflect.TypeFor[pipeline.Reject](), reflect.TypeFor[compositeReject]()
	if r.NumField() != c.NumField() {
		t.Fatalf("pipeline.Reject has %d fields, compositeReject %d", r.NumField(), c.NumField())
	}
	for i := range r.NumField() {
		if f, g := r.Field(i), c.Field(i); f.Name != g.Name || f.Tag != g.Tag {
			t.Errorf("field %d: %s %q in pipeline.Reject, %s %q in compositeReject", i, f.Name, f.Tag, g.Name, g.Tag)
		}
	}
}

// users is the users' contract, as etl check holds their files to it.
var users = Contract{Prefix: "users", Keys: transforms.RecordKeys, Record: user.Kind.Check, Unique: "email"}

// Check is CheckKinds of users alone.
func Check(dir string) (files, records int, problems []Problem, err error) {
	return CheckKinds(dir, users)
}

// TestDrop: a kind that found nothing new leaves the folder as if it had
// not run: the report loses its section, and a folder left with nothing
// goes.
func TestDrop(t *testing.T) {
	ctx := context.Background()
	write := func(t *testing.T, dir, prefix, name string, records int) {
		s, err := New(dir, Kind(prefix, name))
		if err != nil {
			t.Fatal(err)
		}
		b := &pipeline.Batch{Seq: 1, Stats: pipeline.NewStats()}
		for i := 0; i < records; i++ {
			b.Records, b.Keys, b.Uniques = append(b.Records, []byte(`{}`)), append(b.Keys, "1"), append(b.Uniques, "")
		}
		if err := s.WriteBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
		if err := s.Finish(&pipeline.Manifest{Kind: name, Status: "ok", Counts: pipeline.NewStats(), Started: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("after users", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "run")
		write(t, dir, "users", "user", 1)
		write(t, dir, "addresses", "address", 0)
		if err := Drop(dir, "addresses"); err != nil {
			t.Fatal(err)
		}
		page, _ := os.ReadFile(filepath.Join(dir, ReportFile))
		if _, err := os.Stat(filepath.Join(dir, "manifest-addresses.json")); err == nil || strings.Contains(string(page), "address") {
			t.Errorf("the addresses are still in the folder:\n%s", page)
		}
		if _, err := os.Stat(filepath.Join(dir, "users-000001.json")); err != nil {
			t.Error(err)
		}
	})
	t.Run("alone", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "run")
		write(t, dir, "addresses", "address", 0)
		if err := Drop(dir, "addresses"); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			entries, _ := os.ReadDir(dir)
			t.Errorf("the folder of a kind that wrote nothing stays: %v", entries)
		}
	})
}
