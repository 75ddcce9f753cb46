package files

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"etl/pipeline"
)

// ReportFile is the human-readable report of a run folder.
const ReportFile = "report.html"

// WriteReport renders the run's report: self-contained HTML (no script,
// no remote asset) that reads offline. It shows what the manifest holds,
// which never includes a password.
func WriteReport(w io.Writer, m *pipeline.Manifest) error {
	return WriteKindsReport(w, []*pipeline.Manifest{m})
}

// WriteKindsReport renders the report of a run folder several kinds wrote
// into: a section per manifest (users, then addresses, ...).
func WriteKindsReport(w io.Writer, ms []*pipeline.Manifest) error {
	if len(ms) == 0 {
		return fmt.Errorf("a report of no manifest")
	}
	p := page{RunID: ms[0].RunID, Version: ms[0].ToolVersion}
	for _, m := range ms {
		if u, ok := uploadFiguresOf(m); ok {
			p.Uploads = append(p.Uploads, u)
		}
	}
	for _, m := range ms {
		r := newReport(m)
		if len(ms) > 1 {
			// One page holds every kind: ids and titles say whose.
			r.Kind, r.Suffix = m.Kind, "-"+m.Kind
		}
		p.Sections = append(p.Sections, r)
	}
	return reportTmpl.Execute(w, p)
}

// page is a report file: one section per kind, after a table of what
// Omnitron made of each kind's batches when the run uploaded them.
type page struct {
	RunID, Version string
	Uploads        []uploadFigures
	Sections       []report
}

// uploadFigures are one kind's uploads in a run: its batches by their fate
// in Omnitron, and the records it accepted and refused.
type uploadFigures struct {
	Kind                                            string
	Batches, Sent, Done, Incomplete, Rejected, Left int
	Accepted, Failed                                int
	IDs                                             []string // migration ids, in batch order
}

// uploadFiguresOf sums the uploads of m's batches; false when the run
// uploaded none (a files sink, a dry run).
func uploadFiguresOf(m *pipeline.Manifest) (uploadFigures, bool) {
	u := uploadFigures{Kind: m.Kind, Batches: len(m.Batches)}
	if u.Kind == "" {
		u.Kind = "user"
	}
	any := false
	for _, b := range m.Batches {
		up := b.Upload
		if up == nil {
			u.Left++
			continue
		}
		any = true
		if up.MigrationID != "" {
			u.Sent++
			u.IDs = append(u.IDs, up.MigrationID)
		}
		switch up.Status {
		case "done", "incomplete", "retried", "accepted":
			if up.Status == "done" {
				u.Done++
			} else {
				u.Incomplete++
			}
			u.Accepted += up.Processed - up.Errors
			u.Failed += up.Errors
		case "rejected":
			u.Rejected++
		default:
			u.Left++
		}
	}
	return u, any
}

type bar struct {
	Label, Class string
	Count        int64
	Y, Width     int
	LegendX      int
}

type report struct {
	M *pipeline.Manifest
	// Kind titles the section and Suffix ends its element ids when a
	// page holds several kinds.
	Kind, Suffix string
	Bars         []bar
	Height       int
	Share        []bar // exported / rejected / skipped, as one stacked bar
	Uploaded     bool
	// Keyed: the batches have keys files beside them (Keys).
	Keyed   bool
	Skipped []string
	// Refused are the batches Omnitron processed with records refused:
	// the first thing an incomplete run's report shows.
	Refused []pipeline.BatchInfo
	Failed  int // records refused, all batches
}

func newReport(m *pipeline.Manifest) report {
	r := report{M: m}
	c := m.Counts
	var max int64 = 1
	type item struct {
		label, class string
		n            int64
	}
	var items []item
	for _, x := range c.Rejects {
		items = append(items, item{x.Field + " · " + x.Reason, "reject", x.Count})
	}
	for _, x := range c.Warnings {
		items = append(items, item{x.Field + " · " + x.Reason, "warning", x.Count})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].n > items[j].n })
	for _, it := range items {
		if it.n > max {
			max = it.n
		}
	}
	for i, it := range items {
		r.Bars = append(r.Bars, bar{Label: it.label, Class: it.class, Count: it.n, Y: i * 22, Width: int(1 + 400*it.n/max)})
	}
	r.Height = len(r.Bars)*22 + 4
	if c.Read > 0 {
		x := 0
		for _, s := range []struct {
			label string
			n     int64
		}{{"exported", c.Exported}, {"rejected", c.Rejected}, {"skipped", c.Skipped}} {
			w := int(600 * s.n / c.Read)
			r.Share = append(r.Share, bar{Label: s.label, Class: s.label, Count: s.n, Y: x, Width: w, LegendX: 140 * len(r.Share)})
			x += w
		}
	}
	for _, b := range m.Batches {
		r.Keyed = r.Keyed || b.Keys != ""
		if b.Upload != nil {
			r.Uploaded = true
			if b.Upload.Errors > 0 {
				r.Refused = append(r.Refused, b)
				r.Failed += b.Upload.Errors
			}
		}
	}
	for k, n := range c.SkippedBy {
		r.Skipped = append(r.Skipped, fmt.Sprintf("%s: %d", k, n))
	}
	sort.Strings(r.Skipped)
	return r
}

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"keys":  func(l []string) string { return strings.Join(l, ", ") },
	"short": func(s string) string { return s[:min(12, len(s))] },
}).Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>etl run {{.RunID}}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:70em}
h1{font-size:1.4em} h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0} td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.status-ok{color:#176b2c} .status-failed,.status-interrupted,.status-incomplete{color:#a11}
.status-partial,.status-abandoned{color:#a60}
svg text{font:12px system-ui,sans-serif}
.exported{fill:#3a8f4f} .rejected,.reject{fill:#c8553d} .skipped{fill:#999} .warning{fill:#e0a526}
</style></head><body>
{{end -}}
{{define "section"}}<h1>etl run {{.M.RunID}}{{with .Kind}}, {{.}}{{end}}: <span class="status-{{.M.Status}}" id="status{{.Suffix}}">{{.M.Status}}</span></h1>
{{with .M.Error}}<p><strong>{{.}}</strong></p>{{end}}
{{if .Refused}}<h2 class="status-incomplete">Refused by Omnitron: {{.Failed}} records</h2>
<p>Omnitron does not say which records of a batch it refused, so every record of these batches is held apart: not counted as exported, not sent again until <code>etl state retry</code>.</p>
<table id="refused{{.Suffix}}">
<tr><th>file</th><th>records refused</th><th>of</th><th>migration id</th></tr>
{{range .Refused}}<tr><td>{{.File}}</td><td class="n">{{.Upload.Errors}}</td><td class="n">{{.Upload.Total}}</td><td><code>{{.Upload.MigrationID}}</code></td></tr>
{{end}}</table>{{end}}
<table>
<tr><th>mode</th><td>{{.M.Mode}}{{if gt .M.Attempts 1}} ({{.M.Attempts}} attempts){{end}}</td></tr>
<tr><th>started</th><td>{{.M.Started.Format "2006-01-02 15:04:05Z07:00"}}</td></tr>
<tr><th>finished</th><td>{{.M.Finished.Format "2006-01-02 15:04:05Z07:00"}}</td></tr>
<tr><th>source</th><td>{{.M.Source.Driver}} {{.M.Source.DSN}}{{.M.Source.Path}}{{with .M.Source.Table}} table {{.}}{{end}}, key {{.M.Source.Key}}</td></tr>
{{if .M.CursorAfter}}<tr><th>cursor range</th><td>after {{.M.CursorBefore}} up to {{.M.CursorAfter}}</td></tr>{{end}}
<tr><th>dry run</th><td>{{.M.Options.DryRun}}</td></tr>
</table>

<h2>Counts</h2>
<table id="counts{{.Suffix}}">
<tr><th>read</th><th>exported</th><th>rejected</th><th>skipped</th><th>balanced</th></tr>
<tr><td class="n">{{.M.Counts.Read}}</td><td class="n">{{.M.Counts.Exported}}</td><td class="n">{{.M.Counts.Rejected}}</td><td class="n">{{.M.Counts.Skipped}}</td><td>{{.M.Balanced}}</td></tr>
</table>
{{if .Share}}<svg width="620" height="46" role="img" aria-label="share of rows exported, rejected and skipped">
{{range .Share}}<rect class="{{.Class}}" x="{{.Y}}" y="0" width="{{.Width}}" height="20"><title>{{.Label}}: {{.Count}}</title></rect>{{end}}
{{range .Share}}<rect class="{{.Class}}" x="{{.LegendX}}" y="28" width="10" height="10"/><text x="{{.LegendX}}" dx="14" y="37">{{.Label}} {{.Count}}</text>{{end}}
</svg>{{end}}
{{with .Skipped}}<p>skipped by reason: {{range .}}{{.}} {{end}}</p>{{end}}

<h2>Rejects and warnings by field and reason</h2>
{{if .Bars}}<svg width="760" height="{{.Height}}" role="img" aria-label="rejects and warnings by field and reason">
{{range .Bars}}<text x="0" y="{{.Y}}" dy="15">{{.Label}}</text><rect class="{{.Class}}" x="250" y="{{.Y}}" width="{{.Width}}" height="16"/><text x="{{.Width}}" y="{{.Y}}" dx="256" dy="13">{{.Count}}</text>
{{end}}</svg>{{else}}<p>No rejects and no warnings.</p>{{end}}
<table id="rejects{{.Suffix}}">
<tr><th>kind</th><th>field</th><th>reason</th><th>count</th><th>example keys</th></tr>
{{range .M.Counts.Rejects}}<tr><td>reject</td><td>{{.Field}}</td><td>{{.Reason}}</td><td class="n">{{.Count}}</td><td>{{keys .Examples}}</td></tr>
{{end}}{{range .M.Counts.Warnings}}<tr><td>warning</td><td>{{.Field}}</td><td>{{.Reason}}</td><td class="n">{{.Count}}</td><td>{{keys .Examples}}</td></tr>
{{end}}</table>
<p>Every reject is listed in <code>rejects.jsonl</code> with its key, field and reason.</p>

<h2>Batches</h2>
{{if .M.Batches}}<table id="batches{{.Suffix}}">
<tr><th>file</th><th>records</th><th>sha256</th><th>last key</th>{{if .Uploaded}}<th>upload</th><th>migration id</th><th>processed</th><th>errors</th>{{end}}</tr>
{{range .M.Batches}}<tr><td>{{.File}}</td><td class="n">{{.Records}}</td><td><code>{{short .SHA256}}…</code></td><td>{{.LastKey}}</td>{{if $.Uploaded}}{{with .Upload}}<td>{{.Status}}</td><td><code>{{.MigrationID}}</code></td><td class="n">{{.Processed}}/{{.Total}}</td><td class="n">{{.Errors}}</td>{{else}}<td colspan="4">not sent</td>{{end}}{{end}}</tr>
{{end}}</table>
{{if .Keyed}}<p>Beside each batch file, its <code>.keys.jsonl</code> file lists the legacy key, unique value and carry of each of its records, in order: what <code>etl upload</code> files them under, as a run would have.</p>{{end}}
{{- else}}<p>No batch file: nothing new to export.</p>{{end}}
{{end -}}
{{template "head" .}}{{if .Uploads}}<h1>etl run {{.RunID}}: uploads to Omnitron</h1>
<table id="uploads">
<tr><th>kind</th><th>batches</th><th>sent</th><th>done</th><th>incomplete</th><th>rejected</th><th>not processed</th><th>records accepted</th><th>records refused</th><th>migration ids</th></tr>
{{range .Uploads}}<tr><td>{{.Kind}}</td><td class="n">{{.Batches}}</td><td class="n">{{.Sent}}</td><td class="n">{{.Done}}</td><td class="n">{{.Incomplete}}</td><td class="n">{{.Rejected}}</td><td class="n">{{.Left}}</td><td class="n">{{.Accepted}}</td><td class="n">{{.Failed}}</td><td>{{range $i, $id := .IDs}}{{if $i}}, {{end}}<code>{{$id}}</code>{{end}}</td></tr>
{{end}}</table>
{{end}}{{range .Sections}}{{template "section" .}}{{end}}<p><small>etl {{.Version}}</small></p>
</body></html>
`))
