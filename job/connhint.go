package job

import (
	"errors"
	"net"
	"syscall"

	"github.com/go-sql-driver/mysql"
	"github.com/lib/pq"
)

// connHint says, for an error met while connecting to the legacy
// database, what most likely failed and what to check in source.dsn;
// "" when the error says nothing the user can act on.
func connHint(err error) string {
	var my *mysql.MySQLError
	if errors.As(err, &my) {
		switch my.Number {
		case 1045, 1698:
			return "the server refused the user or password: check them in source.dsn"
		case 1044, 1142, 1143:
			return "the user may not read this database or table: grant it SELECT"
		case 1049:
			return "no such database: check the database name in source.dsn"
		}
	}
	var pe *pq.Error
	if errors.As(err, &pe) {
		switch pe.Code {
		case "28P01", "28000":
			return "the server refused the user or password: check them in source.dsn (and pg_hba.conf)"
		case "3D000":
			return "no such database: check the database name in source.dsn"
		case "42501":
			return "the user may not read this table: grant it SELECT"
		}
	}
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "nothing listens there: check the host and port in source.dsn, and that the server runs"
	case errors.As(err, &dns):
		return "the host name does not resolve: check the host in source.dsn"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "the host cannot be reached: check the host in source.dsn and the network"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "the connection timed out: check the host and port in source.dsn, and any firewall between"
	}
	return ""
}

// WithHint appends connHint's advice to err, if it has any.
func WithHint(err error) error {
	if h := connHint(err); h != "" {
		return hinted{err, h}
	}
	return err
}

type hinted struct {
	err  error
	hint string
}

func (h hinted) Error() string { return h.err.Error() + "; " + h.hint }
func (h hinted) Unwrap() error { return h.err }
