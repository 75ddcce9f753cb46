package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The same config run from two working directories reads the same files
// and shares one state: relative paths follow the config file, not the
// shell.
func TestConfigPathsFollowTheConfigFile(t *testing.T) {
	root := t.TempDir()
	proj, a, b := filepath.Join(root, "proj"), filepath.Join(root, "a"), filepath.Join(root, "b")
	for _, d := range []string{proj, a, b} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	csv, err := os.ReadFile("../../testdata/demo/legacy_users.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(proj, "users.csv"), csv, 0o600); err != nil {
		t.Fatal(err)
	}
	demo, err := os.ReadFile("../../configs/demo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(demo)
	for old, repl := range map[string]string{
		"path: ../testdata/demo/legacy_users.csv": "path: users.csv",
		"dir: ${ETL_OUT:-out}/.state":             "dir: state",
		"dir: ${ETL_OUT:-out}":                    "dir: out",
	} {
		if !strings.Contains(cfg, old) {
			t.Fatalf("demo.yaml no longer holds %q", old)
		}
		cfg = strings.Replace(cfg, old, repl, 1)
	}
	if err := os.WriteFile(filepath.Join(proj, "legacy.yaml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(dir string) string {
		t.Helper()
		cmd := exec.Command(binary, "run", "--config", "../proj/legacy.yaml")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("run from %s: %v\n%s", dir, err, out)
		}
		return string(out)
	}
	run(a)
	second := run(b)
	if !strings.Contains(second, "exported 0") || !strings.Contains(second, "skipped 9") {
		t.Errorf("the run from another folder did not share the first run's state:\n%s", second)
	}
	for _, d := range []string{a, b} {
		if left, _ := os.ReadDir(d); len(left) != 0 {
			t.Errorf("%s holds %d entries: a run wrote beside the shell, not beside the config", d, len(left))
		}
	}
	if _, err := os.Stat(filepath.Join(proj, "state")); err != nil {
		t.Errorf("no state beside the config: %v", err)
	}
}
