package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"etl/internal/atomicfile"
	"etl/pipeline"
)

// keyedBatch is batch seq of records keyed as keys says, each with the
// unique value and carry of the same index.
func keyedBatch(seq int, keys, uniques []string, carries [][]byte) *pipeline.Batch {
	b := &pipeline.Batch{Seq: seq, Keys: keys, Uniques: uniques, Carries: carries, Stats: pipeline.NewStats()}
	for i := range keys {
		b.Records = append(b.Records, rec(i+1, fmt.Sprintf("u%d-%d@x.com", seq, i)))
	}
	b.Last = pipeline.Pos{Key: keys[len(keys)-1]}
	return b
}

// TestKeysFilesWritten: with Keys, each batch file has its keys file
// beside it, 0600, put in place (synced and renamed, by commit) before
// the batch file; a line per record in batch order that gives back every
// key, unique value and carry byte for byte, composite keys, keys that
// are not UTF-8 and binary carries included; listed with its sha256 in
// the manifest, and clean for check.
func TestKeysFilesWritten(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := New(dir, Keys(true))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var committed []string
	s.commit = func(p *atomicfile.Pending, data []byte) error {
		mu.Lock()
		committed = append(committed, filepath.Base(p.Name()))
		mu.Unlock()
		return p.Commit(data)
	}
	batches := []*pipeline.Batch{
		keyedBatch(1, []string{"7", `["12","3"]`, "bad\xffkey", "a\"quote\u2028"},
			[]string{"a@x.com", "b@x.com", "c\xfe@x.com", ""},
			[][]byte{pipeline.AppendCarry(nil, "Ayşe", "Yılmaz"), nil, {0, 0xff, '\n', '"'}, {}}),
		keyedBatch(2, []string{"9"}, []string{"d@x.com"}, [][]byte{nil}),
	}
	ctx := context.Background()
	for _, b := range batches {
		if err := s.WriteBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Finish(&pipeline.Manifest{RunID: "run", Status: "ok", Counts: pipeline.NewStats()}); err != nil {
		t.Fatal(err)
	}

	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		if info, _ := e.Info(); info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
	if got, want := strings.Join(names, ","), "manifest.json,rejects.jsonl,report.html,users-000001.json,users-000001.keys.jsonl,"+
		"users-000002.json,users-000002.keys.jsonl"; got != want {
		t.Fatalf("files %s, want %s", got, want)
	}
	for _, n := range []string{"users-000001", "users-000002"} {
		k, b := slices.IndexFunc(committed, func(c string) bool { return strings.HasPrefix(c, "."+n+KeysExt) }),
			slices.IndexFunc(committed, func(c string) bool { return strings.HasPrefix(c, "."+n+".json.") })
		if k < 0 || b < 0 || k > b {
			t.Errorf("commits %v: want %s's keys file put in place before it", committed, n)
		}
	}

	var m pipeline.Manifest
	data, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Batches) != len(batches) {
		t.Fatalf("manifest lists %d batches", len(m.Batches))
	}
	for i, info := range m.Batches {
		b := batches[i]
		if info.Keys != KeysName(info.File) {
			t.Errorf("%s: keys file %q in the manifest", info.File, info.Keys)
		}
		data, err := os.ReadFile(filepath.Join(dir, info.Keys))
		if err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != info.KeysSHA256 {
			t.Errorf("%s: manifest keys_sha256 %s does not match the file", info.Keys, info.KeysSHA256)
		}
		got, err := ParseKeys(data)
		if err != nil {
			t.Fatalf("%s: %v\n%s", info.Keys, err, data)
		}
		var want []RecordKeys
		for j := range b.Keys {
			var carry []byte
			if len(b.Carries[j]) > 0 {
				carry = b.Carries[j]
			}
			want = append(want, RecordKeys{Key: b.Keys[j], Unique: b.Uniques[j], Carry: carry})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s reads back\n%q\nwant\n%q\nfile:\n%s", info.Keys, got, want, data)
		}
	}
	if page, _ := os.ReadFile(filepath.Join(dir, ReportFile)); !strings.Contains(string(page), "<code>.keys.jsonl</code> file lists the legacy key") {
		t.Error("the report does not say what the keys files are")
	}
	if _, _, problems, err := Check(dir); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

// TestKeysFileLines: a keys file line is readable JSON, and the reader
// refuses what the writer never writes.
func TestKeysFileLines(t *testing.T) {
	b := keyedBatch(1, []string{"7", "x\x80"}, []string{"a@x.com", ""}, [][]byte{{1, 'A'}, nil})
	if got, want := string(appendKeys(nil, b)), `{"key":"7","unique":"a@x.com","carry":"AUE="}`+"\n"+`{"key_base64":"eIA=","unique":""}`+"\n"; got != want {
		t.Errorf("lines\n%s\nwant\n%s", got, want)
	}
	if n := keysSize(b); n < len(appendKeys(nil, b)) {
		t.Errorf("keysSize %d is short of the lines", n)
	}
	for _, tc := range []struct{ name, data, err string }{
		{"empty", "", ""},
		{"cut short", `{"key":"7","unique":""}`, "line 1 does not end in a newline"},
		{"no key", `{"unique":"a"}` + "\n", "line 1: no key"},
		{"no unique", `{"key":"7"}` + "\n", "line 1: no unique"},
		{"both", `{"key":"7","key_base64":"Nw==","unique":""}` + "\n", "line 1: both key and key_base64"},
		{"bad base64", `{"key":"7","unique":"","carry":"!!"}` + "\n", "line 1:"},
		{"second line", `{"key":"7","unique":""}` + "\n" + "[1]\n", "line 2:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseKeys([]byte(tc.data))
			if (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
		})
	}
}

// TestKeysFileFailures: a batch whose keys file cannot be put in place,
// or whose batch file cannot, leaves neither behind and is left out of
// the manifest.
func TestKeysFileFailures(t *testing.T) {
	for _, failing := range []string{"users-000002.keys.jsonl", "users-000002.json."} {
		t.Run(failing, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "run")
			s, err := New(dir, Keys(true))
			if err != nil {
				t.Fatal(err)
			}
			s.commit = func(p *atomicfile.Pending, data []byte) error {
				if strings.HasPrefix(filepath.Base(p.Name()), "."+failing) {
					p.Abort()
					return errors.New("injected: disk full")
				}
				return p.Commit(data)
			}
			var errs []error
			for i := 1; i <= 3; i++ {
				k := string(rune('0' + i))
				errs = append(errs, s.WriteBatch(context.Background(), keyedBatch(i, []string{k}, []string{k + "@x.com"}, [][]byte{nil})))
			}
			errs = append(errs, s.Sync())
			if err := errors.Join(errs...); err == nil || !strings.Contains(err.Error(), "injected") {
				t.Fatalf("got %v, want the injected failure", err)
			}
			m := &pipeline.Manifest{RunID: "run", Status: "ok", Counts: pipeline.NewStats()}
			s.Finish(m)
			var listed []string
			for _, b := range m.Batches {
				listed = append(listed, b.File, b.Keys)
			}
			if got := strings.Join(listed, ","); got != "users-000001.json,users-000001.keys.jsonl,users-000003.json,users-000003.keys.jsonl" {
				t.Errorf("manifest lists %s", got)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), "000002") {
					t.Errorf("%s left behind", e.Name())
				}
			}
		})
	}
}

// TestCheckKeysFiles: etl check holds keys files to their manifest (a
// changed one, a missing one, a stray one) and to their batches' record
// counts.
func TestCheckKeysFiles(t *testing.T) {
	write := func(t *testing.T) string {
		dir := filepath.Join(t.TempDir(), "run")
		s, err := New(dir, Keys(true))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.WriteBatch(context.Background(), keyedBatch(1, []string{"1", "2"}, []string{"a@x.com", "b@x.com"}, [][]byte{nil, nil})); err != nil {
			t.Fatal(err)
		}
		if err := s.Finish(&pipeline.Manifest{RunID: "run", Status: "ok", Counts: pipeline.NewStats()}); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	keys := KeysName(BatchName(1))
	for _, tc := range []struct {
		name   string
		change func(dir string) error
		want   []string // each problem's beginning
	}{
		{"changed", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, keys), []byte(`{"key":"1","unique":"a@x.com"}`+"\n"+`{"key":"3","unique":"b@x.com"}`+"\n"), 0o600)
		}, []string{keys + ": sha256 differs from manifest.json"}},
		{"missing", func(dir string) error { return os.Remove(filepath.Join(dir, keys)) },
			[]string{keys + ": listed in manifest.json (the keys of users-000001.json) but missing"}},
		{"stray", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, KeysName(BatchName(2))), []byte(`{"key":"3","unique":""}`+"\n"), 0o600)
		}, []string{"users-000002.keys.jsonl: not listed in manifest.json"}},
		{"not a keys file", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, KeysName(BatchName(2))), []byte("[1,2]\n"), 0o600)
		}, []string{"users-000002.keys.jsonl: not a keys file: line 1:", "users-000002.keys.jsonl: not listed in manifest.json"}},
		{"a line short", func(dir string) error {
			// The manifest's sha256 made to match: only the count tells.
			data := []byte(`{"key":"1","unique":"a@x.com"}` + "\n")
			if err := os.WriteFile(filepath.Join(dir, keys), data, 0o600); err != nil {
				return err
			}
			m, err := os.ReadFile(filepath.Join(dir, ManifestFile))
			if err != nil {
				return err
			}
			var mf pipeline.Manifest
			if err := json.Unmarshal(m, &mf); err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			return os.WriteFile(filepath.Join(dir, ManifestFile), []byte(strings.Replace(string(m), mf.Batches[0].KeysSHA256, hex.EncodeToString(sum[:]), 1)), 0o600)
		}, []string{keys + ": 1 lines for the 2 records of users-000001.json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := write(t)
			if _, _, problems, err := Check(dir); err != nil || len(problems) > 0 {
				t.Fatalf("check before the change: %v %v", problems, err)
			}
			if err := tc.change(dir); err != nil {
				t.Fatal(err)
			}
			files, _, problems, err := Check(dir)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			ok := len(got) == len(tc.want)
			for i := 0; ok && i < len(got); i++ {
				ok = strings.HasPrefix(got[i], tc.want[i])
			}
			if !ok {
				t.Errorf("problems %q, want %q", got, tc.want)
			}
			if files != 1 {
				t.Errorf("check counts %d files, want the one batch file", files)
			}
		})
	}
}

// TestResumeDropsLateKeysFiles: a resumed run folder keeps the keys files
// of its committed batches and removes those written after the commit.
func TestResumeDropsLateKeysFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	s, err := New(dir, Keys(true))
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		k := string(rune('0' + i))
		if err := s.WriteBatch(context.Background(), keyedBatch(i, []string{k}, []string{k + "@x.com"}, [][]byte{nil})); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	committed := s.Batches()[:1]
	if _, err := Resume(dir, committed, 0, Keys(true)); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "rejects.jsonl,users-000001.json,users-000001.keys.jsonl" {
		t.Errorf("after resume the folder holds %s", got)
	}
	os.Remove(filepath.Join(dir, KeysName(BatchName(1))))
	if _, err := Resume(dir, committed, 0, Keys(true)); err == nil {
		t.Error("resume with a committed keys file gone succeeded")
	}
}
