package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// previewConfig writes a CSV of five users, two of them failing two
// rules at once, and a config reading it.
func previewConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	const md5 = "e10adc3949ba59abbe56e057f20f883e"
	csv := "id,ad,soyad,mail,kayit,sifre,tip\n" +
		"1,Ayşe,Yılmaz,ayse@example.com,2022-01-13," + md5 + ",\n" +
		"2,Ali,Kaya,not-an-email,," + md5 + ",\n" +
		"3,Can,Kurt,can@example.com,2022-01-13,abc,\n" +
		"4,Ece,Polat,ece@example.com,2022-01-13," + md5 + ",\n" +
		"5,,Boş,bos@example.com,2022-01-13," + md5 + ",admin\n"
	if err := os.WriteFile(filepath.Join(dir, "users.csv"), []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	return writeConfig(t, "source:\n  driver: csv\n  path: "+filepath.Join(dir, "users.csv")+"\n"+
		"  columns: {customer_code: id, first_name: ad, last_name: soyad, email: mail, date_joined: kayit, password: sifre, user_type: tip}\n"+
		"  key: customer_code\nsink:\n  dir: "+filepath.Join(dir, "out")+"\nstate:\n  dir: "+filepath.Join(dir, "state")+"\n")
}

// keysShown are the keys of the rows a preview shows, in order.
func keysShown(out string) string {
	var keys []string
	for _, m := range regexp.MustCompile(`(?m)^── key (\S+) `).FindAllStringSubmatch(out, -1) {
		keys = append(keys, m[1])
	}
	return strings.Join(keys, " ")
}

// TestPreview: every failing field of a rejected row, the tally by
// outcome, one row by --key and only rejects with --rejected.
func TestPreview(t *testing.T) {
	cfg := previewConfig(t)
	r := etl(t, nil, "preview", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"── key 2 REJECTED  email: invalid",
		"   also    date_joined: missing",
		"── key 5 REJECTED  first_name: missing",
		"   also    user_type: invalid",
		"5 rows read: 2 would be exported, 3 rejected",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in:\n%s", want, r.stdout)
		}
	}
	// The tally counts a row once, for its first failing field, as a run
	// does: the second failures are not in it.
	tally := r.stdout[strings.Index(r.stdout, "by outcome"):]
	for _, want := range []string{`ok\s+2\n`, `email invalid\s+1\n`, `password invalid\s+1\n`, `first_name missing\s+1\n`} {
		if !regexp.MustCompile(want).MatchString(tally) {
			t.Errorf("no %q in the tally:\n%s", want, tally)
		}
	}
	if strings.Contains(tally, "date_joined") || strings.Contains(tally, "user_type") {
		t.Errorf("a second failure counted in the tally:\n%s", tally)
	}
	if keys := keysShown(r.stdout); keys != "1 2 3 4 5" {
		t.Errorf("rows shown %q", keys)
	}

	r = etl(t, nil, "preview", "--config", cfg, "--key", "5")
	if keys := keysShown(r.stdout); r.code != 0 || keys != "5" || !strings.Contains(r.stdout, "also    user_type: invalid") {
		t.Errorf("--key 5: exit %d, rows %q\n%s%s", r.code, keys, r.stdout, r.stderr)
	}
	r = etl(t, nil, "preview", "--config", cfg, "--rejected")
	if keys := keysShown(r.stdout); r.code != 0 || keys != "2 3 5" {
		t.Errorf("--rejected: exit %d, rows %q\n%s%s", r.code, keys, r.stdout, r.stderr)
	}
	r = etl(t, nil, "preview", "--config", cfg, "--rejected", "-n", "1")
	if keys := keysShown(r.stdout); r.code != 0 || keys != "2" {
		t.Errorf("--rejected -n 1: exit %d, rows %q\n%s%s", r.code, keys, r.stdout, r.stderr)
	}
	r = etl(t, nil, "preview", "--config", cfg, "--key", "99")
	if r.code != 1 || !strings.Contains(r.stderr, "no row with key 99") {
		t.Errorf("--key 99: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// A run still rejects each row for its first failing field only.
	r = etl(t, nil, "run", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "date_joined") || strings.Contains(r.stderr, "user_type") {
		t.Errorf("the run counts second failures:\n%s", r.stderr)
	}
}

// TestPreviewJSON: with --log-format json the preview is JSON lines too,
// a row's every failing field among them.
func TestPreviewJSON(t *testing.T) {
	r := etl(t, nil, "preview", "--config", previewConfig(t), "--log-format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	jsonLines(t, "stderr", r.stderr)
	lines := jsonLines(t, "stdout", r.stdout)
	if len(lines) != 6 || lines[5]["message"] != "preview summary" || lines[5]["rejected"] != 3.0 {
		t.Fatalf("want 5 rows and a summary:\n%s", r.stdout)
	}
	if rj, _ := lines[1]["rejects"].([]any); len(rj) != 2 || rj[1].(map[string]any)["field"] != "date_joined" {
		t.Fatalf("row 2: %v", lines[1])
	}
}
