package sources

// SetPreparedPages makes the Reader run every page as a prepared statement
// until the returned function is called.
func SetPreparedPages() (reset func()) {
	preparedPages = true
	return func() { preparedPages = false }
}
