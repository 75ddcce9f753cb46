package files

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"etl/pipeline"
)

func sampleManifest() *pipeline.Manifest {
	c := pipeline.NewStats()
	c.Merge(&pipeline.Stats{Read: 10, Exported: 6, Rejected: 3, Skipped: 1, SkippedBy: map[string]int64{"already_exported": 1},
		Rejects: []*pipeline.Count{{Field: "email", Reason: "invalid", Count: 2, Examples: []string{"7", "9"}},
			{Field: "password", Reason: "unsupported", Count: 1, Examples: []string{"4"}}},
		Warnings: []*pipeline.Count{{Field: "phone", Reason: "phone_dropped", Count: 3, Examples: []string{"1", "2", "5"}}}})
	return &pipeline.Manifest{RunID: "20261122T180000Z-abcdef", Status: "incomplete", Mode: "full", Started: time.Now(), Finished: time.Now(),
		ToolVersion: "test", Source: pipeline.SourceInfo{Driver: "postgres", DSN: "postgres://etl:xxxxx@db/shop", Key: "customer_code"},
		Counts: c, Balanced: true,
		Batches: []pipeline.BatchInfo{
			{File: "users-000001.json", Records: 4, SHA256: strings.Repeat("ab", 32), LastKey: "5",
				Upload: &pipeline.BatchUpload{Status: "incomplete", MigrationID: "2740e84efe2e4bea91615f46f567aa3c", Total: 4, Processed: 4, Errors: 1}},
			{File: "users-000002.json", Records: 2, SHA256: strings.Repeat("cd", 32), LastKey: "10"},
		}}
}

// table returns the text of each row's cells of the table with id.
func table(doc *html.Node, id string) [][]string {
	var rows [][]string
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if n.Type == html.ElementNode && n.Data == "table" {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == id {
					in = true
				}
			}
		}
		if in && n.Type == html.ElementNode && n.Data == "tr" {
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					cells = append(cells, strings.TrimSpace(text(c)))
				}
			}
			rows = append(rows, cells)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(doc, false)
	return rows
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}

func TestReport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReport(&b, sampleManifest()); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script", "src=", "http://", "https://", "@import"} {
		if strings.Contains(page, bad) {
			t.Errorf("the report holds %q: it must read offline and run nothing", bad)
		}
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := table(doc, "counts"); len(got) != 2 || strings.Join(got[1], " ") != "10 6 3 1 true" {
		t.Errorf("counts table %v", got)
	}
	rejects := table(doc, "rejects")
	want := []string{"reject email invalid 2 7, 9", "reject password unsupported 1 4", "warning phone phone_dropped 3 1, 2, 5"}
	if len(rejects) != 4 {
		t.Fatalf("rejects table %v", rejects)
	}
	for i, w := range want {
		if got := strings.Join(rejects[i+1], " "); got != w {
			t.Errorf("rejects row %d = %q, want %q", i+1, got, w)
		}
	}
	batches := table(doc, "batches")
	if len(batches) != 3 || batches[1][4] != "incomplete" || batches[1][7] != "1" || batches[2][4] != "not sent" {
		t.Errorf("batches table %v", batches)
	}
	// A batch with refused records comes first, in red, with its count.
	if got := table(doc, "refused"); len(got) != 2 || strings.Join(got[1], " ") != "users-000001.json 1 4 2740e84efe2e4bea91615f46f567aa3c" {
		t.Errorf("refused table %v", got)
	}
	if !strings.Contains(page, `<span class="status-incomplete" id="status">incomplete</span>`) ||
		!regexp.MustCompile(`\.status-incomplete[^{]*\{color:#a11\}`).MatchString(page) {
		t.Error("the incomplete status is not shown in red")
	}
	if !strings.Contains(page, `aria-label="rejects and warnings by field and reason"`) {
		t.Error("no breakdown chart")
	}
}

// TestReportInChromium loads the report in headless Chromium, where it is
// installed (Debian package chromium), and reads the rendered page back.
func TestReportInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, ReportFile)
	var b bytes.Buffer
	WriteReport(&b, sampleManifest())
	os.WriteFile(p, b.Bytes(), 0o600)
	out, err := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://"+p).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	dom := string(out)
	for _, w := range []string{`id="status"`, "users-000001.json", "2740e84efe2e4bea91615f46f567aa3c", "phone_dropped"} {
		if !strings.Contains(dom, w) {
			t.Errorf("the rendered page lacks %q", w)
		}
	}
}

// The report is a page from its first byte: what the browser and the
// mail client are given.
func TestReportStartsWithDoctype(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReport(&b, &pipeline.Manifest{Counts: pipeline.NewStats()}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("<!DOCTYPE html>")) {
		t.Fatalf("report starts %q", b.String()[:40])
	}
}

// A run that uploaded its batches opens its report with a table of each
// kind's uploads; one that uploaded none (the files sink, a dry run) has
// no such table.
func TestReportUploadsByKind(t *testing.T) {
	users := sampleManifest()
	addresses := sampleManifest()
	addresses.Kind = "address"
	addresses.Batches = []pipeline.BatchInfo{
		{File: "addresses-000001.json", Records: 5, Upload: &pipeline.BatchUpload{Status: "done", MigrationID: "aa01", Total: 5, Processed: 5}},
		{File: "addresses-000002.json", Records: 3, Upload: &pipeline.BatchUpload{Status: "rejected", Error: "400"}},
		{File: "addresses-000003.json", Records: 2, Upload: &pipeline.BatchUpload{Status: "started", MigrationID: "aa03", Total: 2, Processed: 1}},
	}
	files := sampleManifest()
	files.Batches[0].Upload = nil
	for _, tc := range []struct {
		name string
		ms   []*pipeline.Manifest
		want []string // rows of the table, after its head; nil: no table
	}{
		{"two kinds", []*pipeline.Manifest{users, addresses}, []string{
			"user 2 1 0 1 0 1 3 1 2740e84efe2e4bea91615f46f567aa3c",
			"address 3 2 1 0 1 1 5 0 aa01, aa03"}},
		{"files sink", []*pipeline.Manifest{files}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteKindsReport(&b, tc.ms); err != nil {
				t.Fatal(err)
			}
			doc, err := html.Parse(strings.NewReader(b.String()))
			if err != nil {
				t.Fatal(err)
			}
			got := table(doc, "uploads")
			if tc.want == nil {
				if got != nil {
					t.Fatalf("a run that uploaded nothing has an uploads table %v", got)
				}
				return
			}
			if len(got) != len(tc.want)+1 || strings.Join(got[0], " ") != "kind batches sent done incomplete rejected not processed records accepted records refused migration ids" {
				t.Fatalf("uploads table %v", got)
			}
			for i, w := range tc.want {
				if row := strings.Join(got[i+1], " "); row != w {
					t.Errorf("row %d = %q, want %q", i+1, row, w)
				}
			}
		})
	}
}
