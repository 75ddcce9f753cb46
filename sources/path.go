package sources

import "os"

// DriverPagesEnv, set to 1, makes every page of the process go through
// the driver: to measure the fallback (make bench), or to rule the wire
// reader out when a run misbehaves.
const DriverPagesEnv = "ETL_DRIVER_PAGES"

func forcedDriver() bool { return driverPages || os.Getenv(DriverPagesEnv) == "1" }

// Paths the pages are read by, as OnPath hears them.
const (
	PathWire   = "wire reader"
	PathDriver = "driver fallback"
)

// tellPath tells OnPath which path reads the pages, and why the driver
// when it is: the wire reader is the fast one, and a user whose runs are
// slower than they should be needs to know it was not used.
func (r *Reader) tellPath(w Wire) {
	if r.OnPath == nil {
		return
	}
	switch {
	case w != nil:
		r.OnPath(PathWire + ": pages read off the connection's socket")
	case forcedDriver():
		r.OnPath(PathDriver + ": " + DriverPagesEnv + "=1 forces it")
	case r.d.Wire == nil:
		r.OnPath(PathDriver + ": no wire reader for " + r.d.Name)
	default:
		why := "of a kind it does not read"
		if r.d.NoWire != "" {
			why = r.d.NoWire
		}
		r.OnPath(PathDriver + ": the connection is " + why + ", which the wire reader does not read")
	}
}
