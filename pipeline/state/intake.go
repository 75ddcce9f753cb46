package state

// DropUncommitted removes the entries filed with users the state does not
// count: `etl upload` saves the queue before the state, so a kill in
// between leaves entries whose ledger span lies past the committed ledger
// (whose tail the next open cuts). They were never sent (nothing is sent
// before the state is saved), so dropping them is safe, and the next
// upload files them again. It returns how many it dropped; the caller
// saves.
func (u *Uploads) DropUncommitted(ledgerSize int64) int {
	u.mu.Lock()
	defer u.mu.Unlock()
	kept := u.Entries[:0]
	n := 0
	for _, e := range u.Entries {
		if e.Status == UploadPending && e.MigrationID == "" && e.Span != nil && e.Span.To > ledgerSize {
			delete(u.byName, e.Run+"/"+e.File)
			n++
			continue
		}
		kept = append(kept, e)
	}
	u.Entries = kept
	return n
}
