package state

import (
	"fmt"
	"path/filepath"
)

// Retried is what Retry did.
type Retried struct {
	Batches []*Upload // the entries released, now UploadRetried
	Users   int       // users made eligible for export again
}

// Retry releases the users of the incomplete batches pick chooses, so
// that the next run exports them again (in new batches): their ledger
// entries are cancelled, and the next new run reads the whole source,
// since they sit before the checkpoint. Omnitron refuses an email it
// already holds, so a user it did create is refused again, never created
// twice. A batch that is not incomplete is an error; one already released
// is not released twice. The caller holds the state dir's lock.
func Retry(dir string, pick func(*Upload) bool) (*Retried, error) {
	st, err := Load(dir)
	if err != nil {
		return nil, err
	}
	q, err := LoadUploads(dir)
	if err != nil {
		return nil, err
	}
	var chosen []*Upload
	for _, e := range q.Entries {
		if !pick(e) {
			continue
		}
		if e.Status != UploadIncomplete {
			return nil, fmt.Errorf("retry %s of run %s: it is %s, not incomplete: only a batch Omnitron processed with errors is retried", e.File, e.Run, e.Status)
		}
		if e.Span == nil {
			return nil, fmt.Errorf("retry %s of run %s: the state does not say where its users are in the ledger (it was sent by an older etl); "+
				"check its users in Omnitron and export the missing ones by hand", e.File, e.Run)
		}
		chosen = append(chosen, e)
	}
	if len(chosen) == 0 {
		return nil, fmt.Errorf("retry: no incomplete batch matches in %s (see `etl status`)", filepath.Join(dir, UploadsFile))
	}
	l, err := OpenLedger(dir, st.LedgerSize, false)
	if err != nil {
		return nil, err
	}
	defer l.Close()
	res := &Retried{Batches: chosen}
	for _, e := range chosen {
		keys, emails, err := l.Entries(*e.Span)
		if err != nil {
			return nil, fmt.Errorf("retry %s of run %s: %w", e.File, e.Run, err)
		}
		// Only users still counted: a retry cut short after the state was
		// saved and before the queue was is done again without releasing
		// anyone twice.
		var rk, re []string
		for i, k := range keys {
			ok, err := l.Exported(k)
			if err != nil {
				return nil, fmt.Errorf("retry %s of run %s: %w", e.File, e.Run, err)
			}
			if ok {
				rk, re = append(rk, k), append(re, emails[i])
			}
		}
		if err := l.Release(rk, re); err != nil {
			return nil, err
		}
		res.Users += len(rk)
	}
	size, err := l.Sync()
	if err != nil {
		return nil, err
	}
	st.LedgerSize, st.Released, st.Reread = size, st.Released+res.Users, true
	if err := st.Save(dir); err != nil {
		return nil, fmt.Errorf("retry: %w", err)
	}
	for _, e := range chosen {
		if err := q.Update(e, func(e *Upload) { e.Status = UploadRetried }); err != nil {
			return nil, fmt.Errorf("retry: %w", err)
		}
	}
	return res, nil
}

// Accept marks the incomplete batches pick chooses as checked: every
// user of them is in Omnitron (the records it refused were ones it
// already held), so they count as exported and are not sent again. The
// caller holds the state dir's lock.
func Accept(dir string, pick func(*Upload) bool) ([]*Upload, error) {
	q, err := LoadUploads(dir)
	if err != nil {
		return nil, err
	}
	var chosen []*Upload
	for _, e := range q.Entries {
		if !pick(e) {
			continue
		}
		if e.Status != UploadIncomplete {
			return nil, fmt.Errorf("accept %s of run %s: it is %s, not incomplete", e.File, e.Run, e.Status)
		}
		chosen = append(chosen, e)
	}
	if len(chosen) == 0 {
		return nil, fmt.Errorf("accept: no incomplete batch matches in %s (see `etl status`)", filepath.Join(dir, UploadsFile))
	}
	for _, e := range chosen {
		if err := q.Update(e, func(e *Upload) { e.Status = UploadAccepted }); err != nil {
			return nil, fmt.Errorf("accept: %w", err)
		}
	}
	return chosen, nil
}
