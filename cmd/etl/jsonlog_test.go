package main

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"etl/internal/omnitronstub"
	"etl/internal/scratch"
)

// jsonLines decodes every line of out as one JSON object, failing on the
// first that is not, and returns them.
func jsonLines(t *testing.T, what, out string) []map[string]any {
	t.Helper()
	var events []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%s: line %d is not a JSON object (%v): %q\nall of it:\n%s", what, i+1, err, line, out)
		}
		events = append(events, e)
	}
	return events
}

// TestJSONLogsOnly: with --log-format json every line a run writes, ok,
// dry, failed mid-run or failed before it starts, is a JSON object, and
// the summary is one event with its counts as fields.
func TestJSONLogsOnly(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 120)
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: "another-token"})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	env := []string{"STUB_TOKEN=" + stubToken}
	files := writeConfig(t, queryConfig(db, exampleQuery(db), t.TempDir(), ""))
	refused := writeConfig(t, omnitronConfig(db, t.TempDir(), srv.URL, ""))
	missing := writeConfig(t, queryConfig(db, strings.Replace(exampleQuery(db), "FROM uyeler", "FROM no_such_table", 1), t.TempDir(), ""))
	for _, c := range []struct {
		name, cfg string
		args      []string
		code      int
		outcome   string // "": no summary, the run did not start
	}{
		{"ok", files, nil, 0, "ok"},
		{"dry run", files, []string{"--dry-run"}, 0, "ok"},
		{"failed", refused, nil, 1, "failed"},
		{"failed to start", missing, nil, 1, ""},
		{"usage", files, []string{"--limit", "-1"}, 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := etl(t, env, append([]string{"run", "--config", c.cfg, "--log-format", "json"}, c.args...)...)
			if r.code != c.code {
				t.Fatalf("exit %d, want %d\n%s", r.code, c.code, r.stderr)
			}
			jsonLines(t, "stdout", r.stdout)
			events := jsonLines(t, "stderr", r.stderr)
			var summaries []map[string]any
			for _, e := range events {
				switch e["message"] {
				case "run summary":
					summaries = append(summaries, e)
				case "progress":
					t.Errorf("a progress event in a run this short: %v", e)
				}
			}
			if c.outcome == "" {
				if len(summaries) != 0 || len(events) == 0 || events[len(events)-1]["error"] == nil {
					t.Fatalf("want an error event and no summary:\n%s", r.stderr)
				}
				return
			}
			if len(summaries) != 1 {
				t.Fatalf("%d summary events:\n%s", len(summaries), r.stderr)
			}
			s := summaries[0]
			if s["outcome"] != c.outcome || s["read"] == nil || s["exported"] == nil || s["rejects"] == nil ||
				s["warnings"] == nil || s["batches"] == nil || !strings.HasSuffix(s["report"].(string), "report.html") {
				t.Fatalf("summary event lacks its fields: %v", s)
			}
			if c.outcome == "failed" && !regexp.MustCompile(`refused the credentials`).MatchString(s["error"].(string)) {
				t.Fatalf("failed summary without its error: %v", s)
			}
		})
	}
}

// TestConsoleLogsNoEmptyField: a console run of a CSV source (no DSN)
// logs no field without a value, and counts with their plurals right.
func TestConsoleLogsNoEmptyField(t *testing.T) {
	r := etl(t, []string{"ETL_OUT=" + t.TempDir()}, "run", "--config", "../../configs/demo.yaml", "--dry-run")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "run started") {
		t.Fatalf("no log lines to check:\n%s", r.stderr)
	}
	if m := regexp.MustCompile(`(?m)\b[a-z_]+=(?:\s|$)`).FindString(r.stderr); m != "" {
		t.Errorf("an empty field %q in:\n%s", m, r.stderr)
	}
	if m := regexp.MustCompile(`\b1 (?:batches|batch files|attempts|users|rows|records)\b`).FindString(r.stderr); m != "" {
		t.Errorf("%q in:\n%s", m, r.stderr)
	}
}
