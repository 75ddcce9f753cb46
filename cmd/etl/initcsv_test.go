package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// turkishExcel copies the fixture, a CSV as Excel writes it in a Turkish
// locale (windows-1254, ';', CRLF, headers with Turkish letters), into a
// fresh folder and returns the folder.
func turkishExcel(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/turkish_excel.csv")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "users.csv"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// checkTurkishRun runs cfg and checks the users came through whole:
// four exported with their Turkish letters, the one whose email holds a
// ';' (quoted in the file) rejected for it, not split.
func checkTurkishRun(t *testing.T, dir, cfg string) {
	t.Helper()
	r := etl(t, nil, "run", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
	}
	m := readManifest(t, runFolder(t, filepath.Join(dir, "out")))
	if m.Counts.Read != 5 || m.Counts.Exported != 4 || m.Counts.Rejected != 1 {
		t.Fatalf("counts %+v\n%s", m.Counts, r.stderr)
	}
	users, _ := usersOf(t, runFolder(t, filepath.Join(dir, "out")))
	if u := users["2"]; u == nil || u["first_name"] != "Şükrü" || u["last_name"] != "Çağrı" || u["date_joined"] != "2019-05-04 10:00:00" {
		t.Fatalf("user 2: %v", u)
	}
}

// TestCSVDelimiter: source.delimiter ";" reads a Turkish Excel CSV.
func TestCSVDelimiter(t *testing.T) {
	dir := turkishExcel(t)
	cfg := filepath.Join(dir, "legacy.yaml")
	body := `source:
  driver: csv
  path: users.csv
  encoding: windows-1254
  delimiter: ";"
  columns: {customer_code: "Üye No", first_name: "Adı", last_name: "Soyadı", email: "E-posta", gender: Cinsiyet,
            phone: "Cep Telefonu", date_of_birth: "Doğum Tarihi", date_joined: "Kayıt Tarihi", password: "Şifre"}
  key: customer_code
sink:
  dir: out
state:
  dir: state
`
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	checkTurkishRun(t, dir, cfg)
}

// TestInitCSV: `etl init --driver csv` on a Turkish Excel CSV finds its
// delimiter and encoding, maps its Turkish headers, and writes a config
// that runs.
func TestInitCSV(t *testing.T) {
	dir := turkishExcel(t)
	cmd := exec.Command(binary, "init", "--driver", "csv", "--path", "users.csv", "-o", "legacy.yaml")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	yaml, err := os.ReadFile(filepath.Join(dir, "legacy.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"driver: csv", "path: users.csv", "encoding: windows-1254", `delimiter: ";"`,
		`first_name:        "Adı"`, `email:             "E-posta"`, `date_joined:       "Kayıt Tarihi"`, `password:          "Şifre"`, `key: "Üye No"`} {
		if !strings.Contains(string(yaml), want) {
			t.Errorf("no %q in the config:\n%s", want, yaml)
		}
	}
	if !strings.Contains(string(out), "preview of the first 5 rows") {
		t.Errorf("no preview:\n%s", out)
	}
	checkTurkishRun(t, dir, filepath.Join(dir, "legacy.yaml"))
}
