package pipeline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/segmentio/encoding/json"
)

// examplesPerReason bounds the example keys kept for each reason, so the
// summary stays small on a table of millions.
const examplesPerReason = 5

// Count is how often one field/reason occurred, with a few example keys.
type Count struct {
	Field    string   `json:"field"`
	Reason   string   `json:"reason"`
	Count    int64    `json:"count"`
	Examples []string `json:"example_keys"`
}

// Stats is the accounting of one run: read = exported + rejected + skipped.
type Stats struct {
	Read     int64 `json:"read"`
	Exported int64 `json:"exported"`
	Rejected int64 `json:"rejected"`
	Skipped  int64 `json:"skipped"`

	Rejects   []*Count         `json:"rejects"`
	Warnings  []*Count         `json:"warnings"`
	SkippedBy map[string]int64 `json:"skipped_by"`

	rejectIdx  map[string]*Count
	warningIdx map[string]*Count
}

// NewStats returns empty accounting.
func NewStats() *Stats {
	return &Stats{
		Rejects:    []*Count{},
		Warnings:   []*Count{},
		SkippedBy:  map[string]int64{},
		rejectIdx:  map[string]*Count{},
		warningIdx: map[string]*Count{},
	}
}

func (s *Stats) reject(r *Reject) {
	s.Rejected++
	s.Rejects = bump(s.Rejects, s.rejectIdx, r.Field, r.Reason, r.Key)
}

func (s *Stats) warning(w Warning, key string) {
	s.Warnings = bump(s.Warnings, s.warningIdx, w.Field, w.Kind, key)
}

func (s *Stats) skip(reason string) {
	s.Skipped++
	s.SkippedBy[reason]++
}

func bump(list []*Count, idx map[string]*Count, field, reason, key string) []*Count {
	return count(list, idx, field, reason, 1, key)
}

// count adds n occurrences of field/reason, keeping the first example keys.
func count(list []*Count, idx map[string]*Count, field, reason string, n int64, examples ...string) []*Count {
	id := field + "\x00" + reason
	c := idx[id]
	if c == nil {
		c = &Count{Field: field, Reason: reason, Examples: []string{}}
		idx[id] = c
		list = append(list, c)
	}
	c.Count += n
	for _, k := range examples {
		if len(c.Examples) < examplesPerReason {
			// A copy: a key shares the memory of many rows (see
			// sources.Reader), and examples live as long as the run.
			c.Examples = append(c.Examples, strings.Clone(k))
		}
	}
	return list
}

// Sorted orders the counts by field and reason so reports are stable.
func (s *Stats) Sorted() {
	for _, l := range [][]*Count{s.Rejects, s.Warnings} {
		sort.Slice(l, func(i, j int) bool {
			if l[i].Field != l[j].Field {
				return l[i].Field < l[j].Field
			}
			return l[i].Reason < l[j].Reason
		})
	}
}

// Balanced reports whether every row read is accounted for.
func (s *Stats) Balanced() error {
	if s.Read != s.Exported+s.Rejected+s.Skipped {
		return fmt.Errorf("%w: read %d != exported %d + rejected %d + skipped %d",
			ErrUnbalanced, s.Read, s.Exported, s.Rejected, s.Skipped)
	}
	return nil
}

// UnmarshalJSON reads stats saved in a state file back into a form that
// can be added to.
func (s *Stats) UnmarshalJSON(data []byte) error {
	type plain Stats
	p := plain(*NewStats())
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	*s = Stats(p)
	if s.SkippedBy == nil {
		s.SkippedBy = map[string]int64{}
	}
	if s.Rejects == nil {
		s.Rejects = []*Count{}
	}
	if s.Warnings == nil {
		s.Warnings = []*Count{}
	}
	s.rejectIdx, s.warningIdx = map[string]*Count{}, map[string]*Count{}
	for _, c := range s.Rejects {
		s.rejectIdx[c.Field+"\x00"+c.Reason] = c
	}
	for _, c := range s.Warnings {
		s.warningIdx[c.Field+"\x00"+c.Reason] = c
	}
	return nil
}
