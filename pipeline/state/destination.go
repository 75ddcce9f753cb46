package state

import (
	"fmt"
	"strings"
)

// Destination kinds.
const (
	DestFiles    = "files"
	DestOmnitron = "omnitron"
)

// Destination is where the users a state's ledger counts were sent: the
// run folders of the files sink, or one channel of one Omnitron. The
// ledger skips a user it counts, so a state that counted users written to
// files would never upload them to Omnitron. Never the token: it may
// change without the destination changing.
type Destination struct {
	Type    string `json:"type"`
	URL     string `json:"url,omitempty"`
	Channel string `json:"channel_id,omitempty"`
}

func (d Destination) String() string {
	if d.Type == DestOmnitron {
		return fmt.Sprintf("omnitron %s, channel %s", d.URL, d.Channel)
	}
	return "files (the run folders of the files sink)"
}

// Same reports whether d and o are one destination. URLs are compared
// without a trailing slash; an Omnitron destination taken from an old
// state (no URL known) matches any Omnitron.
func (d Destination) Same(o Destination) bool {
	if d.Type != o.Type {
		return false
	}
	if d.Type != DestOmnitron || d.URL == "" || o.URL == "" {
		return true
	}
	return strings.TrimRight(d.URL, "/") == strings.TrimRight(o.URL, "/") && d.Channel == o.Channel
}

// Dest is the destination the state's ledger counts for, or nil for a
// state that has counted nothing yet. A state written before the field
// existed is taken as what its upload queue shows: uploads mean
// Omnitron (which one is not known), none mean files.
func (s *State) Dest(q *Uploads) *Destination {
	if s.Destination != nil {
		return s.Destination
	}
	if len(q.Entries) > 0 {
		return &Destination{Type: DestOmnitron}
	}
	if s.LedgerSize == 0 && len(s.History) == 0 && s.Run == nil {
		return nil
	}
	return &Destination{Type: DestFiles}
}

// DestinationError is a state that counts its users for another
// destination than the config's.
type DestinationError struct {
	Dir       string
	Has, Want Destination
}

func (e *DestinationError) Error() string {
	msg := fmt.Sprintf("state.dir %s counts the users it exported to %s, and this config sends to %s: "+
		"the ledger would skip every user it counts, so they would never reach the new destination", e.Dir, e.Has, e.Want)
	switch {
	case e.Has.Type == DestFiles && e.Want.Type == DestOmnitron:
		msg += "; to upload the files already written, run `etl upload --config CONFIG RUN_DIR...` with a state.dir of its own for Omnitron, " +
			"or give this config a fresh state.dir to read the source again and upload from it"
	default:
		msg += "; give this config a fresh state.dir, or point it back at " + e.Has.String()
	}
	return msg
}

// CheckDestination refuses want unless the state counts for it, and
// notes want in a state that counts for nothing yet, or for the same
// destination without knowing its details (the caller saves the state).
func (s *State) CheckDestination(dir string, want Destination, q *Uploads) error {
	has := s.Dest(q)
	if has != nil && !has.Same(want) {
		return &DestinationError{Dir: dir, Has: *has, Want: want}
	}
	if s.Destination == nil || (want.Type == DestOmnitron && s.Destination.URL == "") {
		w := want
		s.Destination = &w
	}
	return nil
}
