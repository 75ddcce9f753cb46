package sources

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
)

// ErrSchemaChanged marks a page whose columns are not those the query had
// when the run started.
var ErrSchemaChanged = errors.New("the source's columns changed during the run")

// pageHook runs in the reading goroutine just before page n (from 0) is
// sent, once the pages before it have been started: tests change the
// table there, between two pages.
var pageHook = func(n int) {}

// drift is what a page's columns are checked against. Every page is a
// statement of its own, so an ALTER TABLE between two pages changes what
// SELECT * gives from the next page on: read by position, a value added
// before the others would land in the wrong column (and be migrated as
// such), one dropped would leave a column short.
type drift struct {
	probed []Column // the probe's columns, types as the driver names them
	page   []Column // what a page selects of them; "" for a type not checked
	// byName: pages select the columns by name (some cast to text), so
	// a page's own columns cannot show a column added, or the type of
	// one cast: the query is described again before every page.
	byName bool
	wire   probing // the wire that describes it, if it can
}

// probing is a Wire that can describe a statement before every page, in
// the page's own round trip.
type probing interface {
	Probe(q string)
	Probed() []Column
}

func (r *Reader) probeQuery() string {
	return "SELECT * FROM (" + r.base + ") AS etl_q LIMIT 0"
}

// probeWith has w describe the query before every page, where pages
// select by name.
func (r *Reader) probeWith(w Wire) {
	r.drift.wire = nil
	if p, ok := w.(probing); ok && r.drift.byName {
		p.Probe(r.probeQuery())
		r.drift.wire = p
	}
}

// checkWire is checkPage for a page started on w.
func (r *Reader) checkWire(w Wire) error {
	if r.drift.wire != nil {
		if err := diffColumns(r.drift.probed, r.drift.wire.Probed()); err != nil {
			return fmt.Errorf("read rows %s: %w", r.after(), err)
		}
	}
	return r.checkPage(w.Columns())
}

// reprobe describes the query again through the driver, before a page
// that selects by name (one more round trip a page, on the driver path
// only), in the page's transaction if it has one.
func (r *Reader) reprobe(ctx context.Context, qc driver.QueryerContext) error {
	if !r.drift.byName {
		return nil
	}
	cols, err := r.describe(ctx, qc)
	if err != nil {
		return fmt.Errorf("run the source query %s: %w", r.after(), lost(err))
	}
	if err := diffColumns(r.drift.probed, cols); err != nil {
		return fmt.Errorf("read rows %s: %w", r.after(), err)
	}
	return nil
}

// expect notes the probe's columns; explicit says the page selects them
// by name, with those cast to text as text.
func (r *Reader) expect(cts []*sql.ColumnType, cast []bool, explicit bool) {
	r.drift.byName = explicit
	for i, ct := range cts {
		c := Column{Name: ct.Name(), Type: ct.DatabaseTypeName()}
		r.drift.probed = append(r.drift.probed, c)
		if explicit && cast[i] {
			// Text by the cast, whatever the column is now: a change of
			// its type shows only in a failed cast or a new rendering.
			c.Type = ""
		}
		r.drift.page = append(r.drift.page, c)
	}
}

// checkPage says whether a started page has the probe's columns (and the
// cursor's text after them in a cursor segment).
func (r *Reader) checkPage(got []Column) error {
	if r.plan[r.seg].ByCursor && len(got) > 0 && got[len(got)-1].Name == "etl_cursor" {
		got = got[:len(got)-1]
	}
	if err := diffColumns(r.drift.page, got); err != nil {
		return fmt.Errorf("read rows %s: %w", r.after(), err)
	}
	return nil
}

// rowsColumns is how a page read through the driver describes its
// columns.
func rowsColumns(rows driver.Rows) []Column {
	names := rows.Columns()
	typed, _ := rows.(driver.RowsColumnTypeDatabaseTypeName)
	cols := make([]Column, len(names))
	for i, n := range names {
		cols[i].Name = n
		if typed != nil {
			cols[i].Type = typed.ColumnTypeDatabaseTypeName(i)
		}
	}
	return cols
}

// explain tells a page that failed to start because a column it selects
// by name has gone (PostgreSQL's text casts) as the schema change it is:
// it probes the query again and compares. Any other failure stays as it
// was.
func (r *Reader) explain(ctx context.Context, qc driver.QueryerContext, w Wire, err error) error {
	if ctx.Err() != nil || (w != nil && !w.Idle()) {
		return err
	}
	var cols []Column
	qerr := r.readOnlyDriver(ctx, qc, func() (err error) {
		cols, err = r.describe(ctx, qc)
		return err
	})
	if qerr != nil {
		return err // the query itself fails now: its own error says why
	}
	if derr := diffColumns(r.drift.probed, cols); derr != nil {
		return fmt.Errorf("query rows %s: %w (the page failed with: %v)", r.after(), derr, err)
	}
	return err
}

// describe runs the probe through the driver and returns its columns.
func (r *Reader) describe(ctx context.Context, qc driver.QueryerContext) ([]Column, error) {
	rows, err := qc.QueryContext(ctx, r.probeQuery(), nil)
	if err != nil {
		return nil, err
	}
	cols := rowsColumns(rows)
	return cols, rows.Close()
}

// diffColumns names the first difference between the columns a page
// should have and those it has.
func diffColumns(want, got []Column) error {
	has := func(cols []Column, name string) bool {
		for _, c := range cols {
			if c.Name == name {
				return true
			}
		}
		return false
	}
	changed := func(what string) error {
		return fmt.Errorf("%w: %s; rerun once the schema is stable: the run resumes after the rows already read",
			ErrSchemaChanged, what)
	}
	for _, g := range got {
		if !has(want, g.Name) {
			return changed(fmt.Sprintf("column %q was added", g.Name))
		}
	}
	for _, w := range want {
		if !has(got, w.Name) {
			return changed(fmt.Sprintf("column %q was dropped", w.Name))
		}
	}
	if len(got) != len(want) {
		return changed(fmt.Sprintf("%d columns, now %d (%s)", len(want), len(got), names(got)))
	}
	for i, w := range want {
		g := got[i]
		switch {
		case g.Name != w.Name:
			return changed(fmt.Sprintf("column %q is now where %q was (columns now: %s)", g.Name, w.Name, names(got)))
		case w.Type != "" && g.Type != w.Type:
			return changed(fmt.Sprintf("column %q changed type from %s to %s", w.Name, typeName(w.Type), typeName(g.Type)))
		}
	}
	return nil
}

func names(cols []Column) string {
	s := make([]string, len(cols))
	for i, c := range cols {
		s[i] = c.Name
	}
	return strings.Join(s, ", ")
}

func typeName(t string) string {
	if t == "" {
		return "a type the driver does not name"
	}
	return t
}
