package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"etl/pipeline"
	"etl/sinks/files"
)

// TestReadBatchKeys: etl upload files each record of a batch with a keys
// file under the key, unique value and carry the run wrote there, and
// refuses a keys file that changed, is gone or does not match its batch;
// a batch without one (a folder written before runs kept them) is filed
// under what its records say (recordIDs).
func TestReadBatchKeys(t *testing.T) {
	orders := findKind("orders")
	write := func(t *testing.T, keys bool) (string, pipeline.BatchInfo) {
		t.Helper()
		dir := filepath.Join(t.TempDir(), "run")
		s, err := files.New(dir, files.Kind("orders", "order"), files.Keys(keys))
		if err != nil {
			t.Fatal(err)
		}
		b := &pipeline.Batch{Seq: 1, Stats: pipeline.NewStats(),
			Records: [][]byte{[]byte(`{"number":"SIP-1","user":"3"}`), []byte(`{"number":"SIP-2","user":"4"}`)},
			Keys:    []string{"101", "102"}, Uniques: []string{"SIP-1", "SIP-2"}, Carries: [][]byte{nil, pipeline.AppendCarry(nil, "x")}}
		if err := s.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		if err := s.Finish(&pipeline.Manifest{RunID: "run", Kind: "order", Status: "ok", Counts: pipeline.NewStats()}); err != nil {
			t.Fatal(err)
		}
		return dir, s.Batches()[0]
	}

	t.Run("filed as the run filed them", func(t *testing.T) {
		dir, info := write(t, true)
		fb, err := readBatch(orders, dir, "run", info)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"101", "102"}; !reflect.DeepEqual(fb.keys, want) {
			t.Errorf("keys %q, want %q", fb.keys, want)
		}
		if want := []string{"SIP-1", "SIP-2"}; !reflect.DeepEqual(fb.uniques, want) {
			t.Errorf("uniques %q, want %q", fb.uniques, want)
		}
		if want := [][]byte{nil, pipeline.AppendCarry(nil, "x")}; !reflect.DeepEqual(fb.carries, want) {
			t.Errorf("carries %q, want %q", fb.carries, want)
		}
		if want := []string{"3", "4"}; !reflect.DeepEqual(fb.parents, want) {
			t.Errorf("parents %q, want %q", fb.parents, want)
		}
	})
	t.Run("without a keys file", func(t *testing.T) {
		dir, info := write(t, false)
		fb, err := readBatch(orders, dir, "run", info)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"SIP-1", "SIP-2"}; !reflect.DeepEqual(fb.keys, want) || fb.carries != nil {
			t.Errorf("keys %q and carries %q, want the numbers and none", fb.keys, fb.carries)
		}
	})
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, path string, info *pipeline.BatchInfo)
		want   string
	}{
		{"changed", func(t *testing.T, path string, _ *pipeline.BatchInfo) {
			data, _ := os.ReadFile(path)
			writeFile(t, path, strings.Replace(string(data), `"101"`, `"111"`, 1))
		}, "orders-000001.keys.jsonl: the file changed since it was written"},
		{"gone", func(t *testing.T, path string, _ *pipeline.BatchInfo) { os.Remove(path) },
			"orders-000001.keys.jsonl: open"},
		{"a line short", func(t *testing.T, path string, info *pipeline.BatchInfo) {
			data := `{"key":"101","unique":"SIP-1"}` + "\n"
			writeFile(t, path, data)
			sum := sha256.Sum256([]byte(data))
			info.KeysSHA256 = hex.EncodeToString(sum[:])
		}, "orders-000001.keys.jsonl: 1 lines for the 2 records of orders-000001.json"},
		{"not a keys file", func(t *testing.T, path string, info *pipeline.BatchInfo) {
			writeFile(t, path, "{}\n{}\n")
			sum := sha256.Sum256([]byte("{}\n{}\n"))
			info.KeysSHA256 = hex.EncodeToString(sum[:])
		}, "orders-000001.keys.jsonl: line 1: no key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, info := write(t, true)
			tc.change(t, filepath.Join(dir, info.Keys), &info)
			_, err := readBatch(orders, dir, "run", info)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}
