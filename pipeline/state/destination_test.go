package state

import (
	"errors"
	"strings"
	"testing"

	"etl/pipeline"
)

// TestCheckDestination: a state takes the destination of its first run
// and refuses another; an old state without one is taken as its upload
// queue shows.
func TestCheckDestination(t *testing.T) {
	files := Destination{Type: DestFiles}
	omni := Destination{Type: DestOmnitron, URL: "https://o.example.com", Channel: "3"}
	queued := &Uploads{byName: map[string]*Upload{}}
	queued.Add("r1", "/out/r1", []pipeline.BatchInfo{{File: "users-000001.json", Records: 1}}, nil)
	empty := &Uploads{byName: map[string]*Upload{}}
	for _, tc := range []struct {
		name   string
		st     State
		q      *Uploads
		want   Destination
		refuse string // "" when taken
		noted  Destination
	}{
		{"fresh state, files", State{}, empty, files, "", files},
		{"fresh state, omnitron", State{}, empty, omni, "", omni},
		{"files state, omnitron", State{Destination: &files}, empty, omni, "counts the users it exported to files", files},
		{"old files state, omnitron", State{LedgerSize: 40}, empty, omni, "etl upload --config", Destination{}},
		{"old omnitron state, files", State{LedgerSize: 40}, queued, files, "exported to omnitron", Destination{}},
		{"old omnitron state learns its URL", State{LedgerSize: 40}, queued, omni, "", omni},
		{"another channel", State{Destination: &omni}, empty, Destination{Type: DestOmnitron, URL: omni.URL, Channel: "4"}, "channel 3", omni},
		{"same, trailing slash", State{Destination: &omni}, empty, Destination{Type: DestOmnitron, URL: omni.URL + "/", Channel: "3"}, "", omni},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := tc.st
			err := st.CheckDestination("/st", tc.want, tc.q)
			var de *DestinationError
			if tc.refuse != "" {
				if !errors.As(err, &de) || !strings.Contains(err.Error(), tc.refuse) {
					t.Fatalf("err = %v, want %q", err, tc.refuse)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if st.Destination == nil || *st.Destination != tc.noted {
				t.Fatalf("noted %+v, want %+v", st.Destination, tc.noted)
			}
		})
	}
}

// TestDropUncommitted: entries filed past the committed ledger, never
// sent, are dropped; sent ones and ones within the ledger stay.
func TestDropUncommitted(t *testing.T) {
	q := &Uploads{byName: map[string]*Upload{}}
	bs := []pipeline.BatchInfo{{File: "a"}, {File: "b"}, {File: "c"}, {File: "d"}}
	q.Add("r", "/r", bs, map[string]Span{"a": {0, 10}, "b": {10, 20}, "c": {20, 30}})
	q.Of("r", "c").Status, q.Of("r", "c").MigrationID = UploadStarted, "m1"
	if n := q.DropUncommitted(10); n != 1 {
		t.Fatalf("dropped %d, want 1 (b)", n)
	}
	var left []string
	for _, e := range q.Entries {
		left = append(left, e.File)
	}
	if strings.Join(left, ",") != "a,c,d" || q.Of("r", "b") != nil {
		t.Fatalf("left %v", left)
	}
}
