package sources

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
)

// A connection made read-only as a whole (default_transaction_read_only)
// is a setting of one server connection. Behind a pooler in transaction mode (pgbouncer) the
// setting stays with that server connection, which the pooler hands to
// its other clients (the shop's own application): their writes would
// fail with "cannot execute ... in a read-only transaction", and the
// reader's later statements, run on other server connections, would not
// be read-only at all. A dialect with TxReadOnly makes each statement that
// runs the source query read-only in a transaction of its own instead.

// queryer is what runs the reader's statements: a connection, a pool or
// a transaction.
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

type txBeginner interface {
	queryer
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// readOnly gives what to run a statement on: b itself where the connection
// is read-only already, else a read-only transaction, which end closes
// (committing it when err is nil, as a read-only one changes nothing).
func (r *Reader) readOnly(ctx context.Context, b txBeginner) (q queryer, end func(err error) error, err error) {
	if !r.d.TxReadOnly {
		return b, func(err error) error { return err }, nil
	}
	tx, err := b.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	return tx, func(err error) error {
		if err != nil {
			tx.Rollback()
			return err
		}
		return tx.Commit()
	}, nil
}

// probe runs probeOn read-only (see readOnly).
func (r *Reader) probe(ctx context.Context) error {
	q, end, err := r.readOnly(ctx, r.conn)
	if err != nil {
		return fmt.Errorf("run the source query: %w", err)
	}
	return end(r.probeOn(ctx, q))
}

// readOnlyDriver runs f, statements on the driver connection qc, in a
// read-only transaction where the dialect asks for one.
func (r *Reader) readOnlyDriver(ctx context.Context, qc driver.QueryerContext, f func() error) error {
	if !r.d.TxReadOnly {
		return f()
	}
	if err := runDriver(ctx, qc, "BEGIN READ ONLY"); err != nil {
		return err
	}
	err := f()
	if cerr := runDriver(ctx, qc, "COMMIT"); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

func runDriver(ctx context.Context, qc driver.QueryerContext, q string) error {
	rows, err := qc.QueryContext(ctx, q, nil)
	if err != nil {
		return err
	}
	return rows.Close()
}

// readOnlyRow scans the one row of q into dest, read-only (see readOnly).
func (r *Reader) readOnlyRow(ctx context.Context, b txBeginner, q string, args []any, dest ...any) error {
	tq, end, err := r.readOnly(ctx, b)
	if err != nil {
		return err
	}
	return end(tq.QueryRowContext(ctx, q, args...).Scan(dest...))
}

// txPage is page in a read-only transaction of its own where the dialect
// asks for one: BEGIN READ ONLY before it, COMMIT once its rows are
// read (two round trips more a page, on the driver path only; the wire
// reader makes its pages read-only in their own round trip).
func (r *Reader) txPage(ctx context.Context, dc any, qc driver.QueryerContext) (driver.Rows, func(), error) {
	if !r.d.TxReadOnly {
		if err := r.reprobe(ctx, qc); err != nil {
			return nil, nil, err
		}
		return r.page(ctx, dc, qc)
	}
	run := func(q string) error { return runDriver(ctx, qc, q) }
	if err := run("BEGIN READ ONLY"); err != nil {
		return nil, nil, fmt.Errorf("query rows %s: %w", r.after(), lost(err))
	}
	err := r.reprobe(ctx, qc)
	var rows driver.Rows
	closeStmt := func() {}
	if err == nil {
		rows, closeStmt, err = r.page(ctx, dc, qc)
	}
	if err != nil {
		// A failed statement leaves the transaction aborted; COMMIT
		// ends it all the same (as a rollback).
		if cerr := run("COMMIT"); cerr != nil {
			err = errors.Join(err, driver.ErrBadConn) // out of step: not for the pool
		}
		return nil, nil, err
	}
	return rows, func() {
		closeStmt()
		run("COMMIT") // a read-only transaction: nothing to lose; a broken connection fails the next page
	}, nil
}
