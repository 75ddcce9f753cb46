package sources

// SetPreparedPages makes the Reader run every page as a prepared statement
// through the driver until the returned function is called.
func SetPreparedPages() (reset func()) {
	preparedPages, driverPages = true, true
	return func() { preparedPages, driverPages = false, false }
}

// SetDriverPages makes the Reader read every page through the driver,
// never off the wire, until the returned function is called.
func SetDriverPages() (reset func()) {
	driverPages = true
	return func() { driverPages = false }
}

// WirePages is how many pages have been read off the wire so far.
func WirePages() int64 { return wirePages.Load() }

// AheadPages is how many pages have been sent ahead of the rows before them.
func AheadPages() int64 { return aheadPages.Load() }

// SetPrefetchLimit bounds the bytes of a page read ahead until the
// returned function is called.
func SetPrefetchLimit(n int) (reset func()) {
	old := prefetchLimit
	prefetchLimit = n
	return func() { prefetchLimit = old }
}

// SetKeyTypesUnchecked pages a key of any type, refused or not, until the
// returned function is called: how a page that does not move past its last
// key is made on a real server.
func SetKeyTypesUnchecked() (reset func()) {
	refuseKeyType = false
	return func() { refuseKeyType = true }
}

// SetPageHook runs hook(n) in the reading goroutine just before page n
// (from 0) is sent, until the returned function is called.
func SetPageHook(hook func(n int)) (reset func()) {
	old := pageHook
	pageHook = hook
	return func() { pageHook = old }
}
