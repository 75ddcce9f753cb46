package pipeline

// Merge adds the accounting of d (one batch) into s.
func (s *Stats) Merge(d *Stats) {
	s.Read += d.Read
	s.Exported += d.Exported
	s.Rejected += d.Rejected
	s.Skipped += d.Skipped
	for r, n := range d.SkippedBy {
		s.SkippedBy[r] += n
	}
	s.Rejects = mergeCounts(s.Rejects, s.rejectIdx, d.Rejects)
	s.Warnings = mergeCounts(s.Warnings, s.warningIdx, d.Warnings)
}

func mergeCounts(list []*Count, idx map[string]*Count, add []*Count) []*Count {
	for _, a := range add {
		list = count(list, idx, a.Field, a.Reason, a.Count, a.Examples...)
	}
	return list
}
