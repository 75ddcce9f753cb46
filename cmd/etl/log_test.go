package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Logs written to a file or a pipe hold no ANSI escape codes, whether or
// not NO_COLOR is set: colour is for terminals only.
func TestLogsOffATerminalHaveNoColour(t *testing.T) {
	for _, noColor := range []string{"", "1"} {
		cmd := exec.Command(binary, "run", "--config", "../../configs/demo.yaml", "--dry-run")
		var env []string
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "NO_COLOR=") {
				env = append(env, kv)
			}
		}
		cmd.Env = append(env, "ETL_OUT="+t.TempDir(), "NO_COLOR="+noColor)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("demo run: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "run finished") {
			t.Fatalf("no log lines to check:\n%s", out)
		}
		if i := strings.Index(string(out), "\x1b["); i >= 0 {
			t.Errorf("NO_COLOR=%q: an escape code at byte %d of a piped log:\n%q", noColor, i, out[max(0, i-40):min(len(out), i+40)])
		}
	}
}
