package sources

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"

	"etl/pipeline"
)

// Reader streams the rows of a SELECT in key order, one keyset page at a
// time: each page is its own short statement (WHERE key > last ORDER BY key
// LIMIT n), so no transaction stays open for the length of a migration and
// a reader can start again after any key. A key may be several columns,
// read in the order of the columns (see keyCmp).
type Reader struct {
	d        Dialect
	db       *sql.DB
	conn     *sql.Conn
	base     string
	key      []string // the key's columns
	keyIdx   []int    // where each of them is among the columns
	parts    []string // a row's key values, joined into its key (JoinKey)
	fetch    int
	columns  []string
	conv     []Converter
	selects  string   // the select list of a page: etl_q.*, or the columns one by one
	buf      []byte   // the text of the current row's values, from the driver
	text     []byte   // slab the rows' texts are kept in
	at       [][2]int // where each value sits in its row's text; -1 for NULL
	ahead    ahead    // the rows of the page read ahead (sendAhead)
	lastBuf  []byte   // its last row
	lastAt   [][2]int
	slab     []pipeline.Span // Spans of the coming rows, cut off one row at a time
	lastKey  string          // a string, not an any: boxing it cost an allocation a row
	hasLast  bool
	inPage   int
	finished bool

	keyKind []KeyKind // how each key column is compared and written (see probeKey)
	exact   []bool    // a string key column paged by its bytes, not its collation

	drift drift // what every page's columns are checked against
	// OnPath, if set, hears once, as reading starts, which path reads
	// the pages (see tellPath). It runs in the reading goroutine.
	OnPath func(path string)

	cursor    string // the cursor column, "" without one
	cursorIdx int
	plan      []Segment
	seg       int      // segment being read
	lastCur   string   // cursor text of the last row read in a cursor segment
	listed    []string // the keys of the Keys segment listedSeg-1 (segKeys)
	listedSeg int

	// Reading runs in a goroutine of its own (see start), which owns the
	// fields above from the first Next on; Next takes its rows from feed.
	feed chan feed
	cur  []pipeline.Row // rows of the last chunk not yet returned
	// spent takes chunks Next has handed out every row of back to the
	// reading goroutine: Next returns rows by value, so a chunk is free
	// once read, and reused it is not 24 KiB to allocate, clear and
	// collect every 256 rows.
	spent chan []pipeline.Row
	all   []pipeline.Row // the whole chunk cur is the rest of
	err   error          // what Next returns once the feed is closed
	stop  context.CancelFunc
	done  chan struct{}
}

// feed is a chunk of rows from the reading goroutine, or the error that
// ended its reading.
type feed struct {
	rows []pipeline.Row
	err  error
}

// feedChunk rows travel from the reading goroutine to Next together.
const feedChunk = 256

// feedDepth is how many chunks the reading goroutine may get ahead of
// Next: 4096 rows, most of a default page. The database starts a page
// when sendAhead sends its statement, which comes only after the page
// before has been read in whole. With 2 chunks the reader, blocked on a
// busy pipeline, got to that read late; the database, done with its
// page, idled for want of the next statement; and the pipeline then
// drained while the reader waited for the database. In an execution
// trace of a 1M-row MariaDB run to tmpfs, neither of the two cores ran
// etl for 13-15% of the run, and one for another 21%. With 16 those fell
// to 6-10% and 14-17%, for 11-15 MB more peak RSS.
const feedDepth = 16

// Segment is one part of a read plan.
type Segment struct {
	// ByCursor reads rows whose cursor is not NULL in (cursor, key) order;
	// otherwise rows are read in key order.
	ByCursor bool
	// NullCursor limits a key-order segment to rows whose cursor IS NULL.
	NullCursor bool
	// From and Upto bound a cursor segment: (cursor, key) > From and <=
	// Upto. Nil is unbounded. In a Keys segment, Upto keeps only rows
	// whose cursor is not NULL and whose (cursor, key) is not greater
	// than it: rows the other segments of an incremental run do not read.
	From, Upto *pipeline.Pos
	// Keys, if set, limits a key-order segment to the keys it lists (WHERE
	// key IN (...)): rows read again by key, such as those rejected by an
	// earlier run. They are loaded when the segment is read, so a plan of
	// many such segments does not hold every key in memory.
	Keys KeyList
}

// KeyList is the keys of a Keys segment.
type KeyList interface {
	Keys() ([]string, error)
}

// Open connects one read-only session, probes the query with no rows to
// learn its columns and checks that the key's columns are among them.
func Open(ctx context.Context, d Dialect, db *sql.DB, query string, key []string, fetch int) (*Reader, error) {
	return OpenCursor(ctx, d, db, query, key, "", fetch)
}

// OpenCursor is Open for a source with a cursor column, which must be one
// of the query's columns too.
func OpenCursor(ctx context.Context, d Dialect, db *sql.DB, query string, key []string, cursor string, fetch int) (*Reader, error) {
	if err := checkKeyColumns(key); err != nil {
		return nil, err
	}
	conn, err := Session(ctx, d, db)
	if err != nil {
		return nil, err
	}
	r := &Reader{d: d, db: db, conn: conn, base: strings.TrimRight(strings.TrimSpace(query), "; \n\t"),
		key: slices.Clone(key), cursor: cursor, fetch: fetch, plan: []Segment{{}}}
	if err := r.probe(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return r, nil
}

func (r *Reader) probeOn(ctx context.Context, q queryer) error {
	rows, err := q.QueryContext(ctx, "SELECT * FROM ("+r.base+") AS etl_q LIMIT 0")
	if err != nil {
		return fmt.Errorf("run the source query: %w", err)
	}
	defer rows.Close()
	cts, err := rows.ColumnTypes()
	if err != nil {
		return fmt.Errorf("read the source query's columns: %w", err)
	}
	r.keyIdx, r.cursorIdx = make([]int, len(r.key)), -1
	for i := range r.keyIdx {
		r.keyIdx[i] = -1
	}
	var list []string
	cast, dup, seen := false, false, map[string]bool{}
	casts := make([]bool, len(cts))
	for i, ct := range cts {
		r.columns = append(r.columns, ct.Name())
		r.conv = append(r.conv, r.d.Converter(ct))
		col := "etl_q." + r.d.Quote(ct.Name())
		if r.d.AsText != nil && r.d.AsText(ct) {
			col, cast = r.d.Text(col)+" AS "+r.d.Quote(ct.Name()), true
			casts[i] = true
		}
		list = append(list, col)
		dup = dup || seen[ct.Name()] // a name twice: only etl_q.* selects both
		seen[ct.Name()] = true
		if j := slices.Index(r.key, ct.Name()); j >= 0 {
			r.keyIdx[j] = i
		} else if ct.Name() == r.cursor {
			r.cursorIdx = i
		}
	}
	for j, idx := range r.keyIdx {
		if idx < 0 {
			return fmt.Errorf("source.key: column %q is not among the query's columns (%s): %w",
				r.key[j], strings.Join(r.columns, ", "), ErrKey)
		}
	}
	if r.cursor != "" && r.cursorIdx < 0 {
		return fmt.Errorf("source.cursor: column %q is not among the query's columns (%s): %w",
			r.cursor, strings.Join(r.columns, ", "), ErrKey)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the source query's columns: %w", err)
	}
	rows.Close()
	if err := r.probeKey(ctx, cts); err != nil {
		return err
	}
	r.selects = "etl_q.*"
	if cast && !dup {
		r.selects = strings.Join(list, ", ")
	}
	r.expect(cts, casts, r.selects != "etl_q.*")
	// One more cell than columns: a cursor segment selects the cursor
	// again as text, rendered by the database itself.
	r.conv = append(r.conv, func(dst []byte, v any) []byte {
		switch x := v.(type) {
		case []byte:
			return append(dst, x...)
		case string:
			return append(dst, x...)
		}
		return fmt.Append(dst, v)
	})
	r.at = make([][2]int, len(cts)+1)
	r.lastAt = make([][2]int, len(cts)+1)
	return nil
}

// Plan sets what to read, before the first Next: the segments in order,
// resuming after pos (nil: from the start of the first segment).
func (r *Reader) Plan(segs []Segment, after *pipeline.Pos) error {
	if r.feed != nil {
		return errors.New("internal error: a plan set after reading started")
	}
	for _, sg := range segs {
		if (sg.ByCursor || sg.NullCursor || (sg.Keys != nil && sg.Upto != nil)) && r.cursor == "" {
			return errors.New("internal error: a cursor segment without a cursor column")
		}
		if sg.Keys != nil && (sg.ByCursor || sg.NullCursor) {
			return errors.New("internal error: a Keys segment is read in key order")
		}
		for _, p := range []*pipeline.Pos{sg.From, sg.Upto} {
			if p != nil {
				if _, err := SplitKey(p.Key, len(r.key)); err != nil {
					return fmt.Errorf("a bound of the rows to read: %w", err)
				}
			}
		}
	}
	r.plan, r.seg, r.hasLast, r.finished = segs, 0, false, len(segs) == 0
	if after != nil {
		if after.Seg >= len(segs) {
			r.finished = true
			return nil
		}
		parts, err := SplitKey(after.Key, len(r.key))
		if err != nil {
			return fmt.Errorf("resume reading %s: %w", r.keyName(), err)
		}
		r.seg = after.Seg
		// As rows write it, so that a page back at it is seen (readPlan).
		r.lastKey, r.lastCur, r.hasLast = JoinKey(parts), after.Cursor, true
	}
	return nil
}

// Greatest returns the greatest (cursor, key) pair of rows whose cursor is
// not NULL, or nil for none: the bound an incremental run notes before it
// reads, so that rows changed while it reads are left to the next run.
func (r *Reader) Greatest(ctx context.Context) (*pipeline.Pos, error) {
	if r.feed != nil { // the reading goroutine holds the connection
		return nil, errors.New("internal error: Greatest called after reading started")
	}
	return r.greatest(ctx, r.conn, false)
}

// greatest finds the bound on conn; inTx: conn is in a transaction of
// its own already (a snapshot).
func (r *Reader) greatest(ctx context.Context, conn *sql.Conn, inTx bool) (*pipeline.Pos, error) {
	c, k := "etl_q."+r.d.Quote(r.cursor), r.keyExprs()
	q := "SELECT " + r.d.Text(c) + ", " + strings.Join(k, ", ") + " FROM (" + r.base + ") AS etl_q WHERE " + c +
		" IS NOT NULL ORDER BY " + c + " DESC, " + strings.Join(k, " DESC, ") + " DESC LIMIT 1"
	var cur any
	key := make([]any, len(k))
	dest := []any{&cur}
	for i := range key {
		dest = append(dest, &key[i])
	}
	var err error
	if inTx {
		err = conn.QueryRowContext(ctx, q).Scan(dest...)
	} else {
		err = r.readOnlyRow(ctx, conn, q, nil, dest...)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("find the greatest %s: %w", r.cursor, lost(err))
	}
	parts := make([]string, len(key))
	for i, v := range key {
		if v == nil { // NULL keys were refused when the reader opened: one came since
			return nil, fmt.Errorf("find the greatest %s: its row has a NULL key %q", r.cursor, r.key[i])
		}
		parts[i] = string(r.conv[r.keyIdx[i]](nil, v))
	}
	return &pipeline.Pos{Cursor: string(r.conv[len(r.conv)-1](nil, cur)), Key: JoinKey(parts)}, nil
}

// Snapshot is the database as it was at one moment, on a connection of
// its own.
type Snapshot struct {
	r    *Reader
	conn *sql.Conn
}

// Snapshot takes a snapshot in which Greatest can run beside the reading
// (without an index on the cursor it is a full scan, and reading need not
// wait for it) and still give the bound as of now. It returns nil when the
// engine cannot promise such a snapshot of the query's tables: call
// Greatest before reading then.
func (r *Reader) Snapshot(ctx context.Context) (*Snapshot, error) {
	if r.d.Snapshot == nil {
		return nil, nil
	}
	conn, err := Session(ctx, r.d, r.db)
	if err != nil {
		return nil, err
	}
	ok, err := r.d.Snapshot(ctx, conn)
	if err != nil || !ok {
		conn.ExecContext(ctx, "ROLLBACK")
		conn.Close()
		if err != nil {
			return nil, fmt.Errorf("take a snapshot: %w", err)
		}
		return nil, nil
	}
	return &Snapshot{r: r, conn: conn}, nil
}

// Greatest is Reader.Greatest as of the snapshot. It ends the snapshot.
func (s *Snapshot) Greatest(ctx context.Context) (*pipeline.Pos, error) {
	defer s.Close()
	return s.r.greatest(ctx, s.conn, true)
}

// Close ends the snapshot's transaction and gives back its connection.
func (s *Snapshot) Close() {
	if s.conn == nil {
		return
	}
	s.conn.ExecContext(context.Background(), "ROLLBACK")
	s.conn.Close()
	s.conn = nil
}

// CountNullCursor counts the rows whose cursor is NULL.
func (r *Reader) CountNullCursor(ctx context.Context) (int64, error) {
	if r.feed != nil {
		return 0, errors.New("internal error: CountNullCursor called after reading started")
	}
	var n int64
	q := "SELECT " + r.d.Func("COUNT") + "(*) FROM (" + r.base + ") AS etl_q WHERE etl_q." + r.d.Quote(r.cursor) + " IS NULL"
	if err := r.readOnlyRow(ctx, r.conn, q, nil, &n); err != nil {
		return 0, fmt.Errorf("count rows with a NULL %s: %w", r.cursor, lost(err))
	}
	return n, nil
}

// textSlab is the size of the slabs rows' texts are copied into.
const textSlab = 32 << 10

// ErrKey marks a key that is not among the query's columns.
var ErrKey = errors.New("bad key")

// Columns are the names of the query's columns, in order.
func (r *Reader) Columns() []string { return r.columns }

// ColumnTypes are the query's column types, in the order of Columns, as
// the driver names them (DatabaseTypeName: "DECIMAL", "FLOAT4"): what a
// transform needs to tell an exact number from a float.
func (r *Reader) ColumnTypes() []string {
	out := make([]string, len(r.drift.probed))
	for i, c := range r.drift.probed {
		out[i] = c.Type
	}
	return out
}

// Next returns the next row in key order, or io.EOF. Plan, Greatest and
// CountNullCursor must come before the first Next.
func (r *Reader) Next(ctx context.Context) (pipeline.Row, error) {
	if len(r.cur) == 0 {
		if r.feed == nil {
			r.start(ctx)
		}
		if r.err != nil {
			return pipeline.Row{}, r.err
		}
		select {
		case f, ok := <-r.feed:
			switch {
			case !ok:
				r.err = io.EOF
				return pipeline.Row{}, io.EOF
			case f.err != nil:
				r.err = f.err
				return pipeline.Row{}, f.err
			}
			if r.all != nil {
				clear(r.all) // or its rows would keep their slabs alive
				select {
				case r.spent <- r.all[:0]:
				default:
				}
			}
			r.cur, r.all = f.rows, f.rows
		case <-ctx.Done():
			return pipeline.Row{}, ctx.Err()
		}
	}
	row := r.cur[0]
	r.cur = r.cur[1:]
	return row, nil
}

// start reads the plan in a goroutine of its own, below database/sql: on
// the driver's connection (Conn.Raw), whose rows hand over their values
// without database/sql's locks and conversions, and beside the caller, who
// gets the rows in chunks over a short channel (so memory stays bounded
// whatever the page size).
func (r *Reader) start(ctx context.Context) {
	ctx, r.stop = context.WithCancel(ctx)
	r.feed, r.done = make(chan feed, feedDepth), make(chan struct{})
	r.spent = make(chan []pipeline.Row, feedDepth+1)
	go func() {
		defer close(r.done)
		defer close(r.feed)
		var readErr error
		drop := false
		err := r.conn.Raw(func(dc any) error {
			qc, ok := dc.(driver.QueryerContext)
			if !ok {
				return fmt.Errorf("the %s driver cannot run a query on a connection", r.d.Name)
			}
			var w Wire
			if r.d.Wire != nil && !forcedDriver() {
				var err error
				if w, err = r.d.Wire(ctx, dc); err != nil {
					return fmt.Errorf("read from the %s connection: %w", r.d.Name, lost(err))
				}
			}
			r.tellPath(w)
			readErr = r.readPlan(ctx, dc, qc, w)
			if w != nil && !w.Idle() {
				// A page was left unread (its rows are still on the
				// socket), or the connection is out of step with its
				// driver: it goes, not back to the pool (database/sql
				// closes a connection whose Raw says driver.ErrBadConn).
				drop = true
				return driver.ErrBadConn
			}
			return readErr
		})
		if drop {
			err = readErr // nil when every row was read all the same
		}
		if err != nil {
			select {
			case r.feed <- feed{err: err}:
			case <-ctx.Done():
			}
		}
	}()
}

// readPlan reads every segment of the plan, page by page, and sends the
// rows to the feed.
func (r *Reader) readPlan(ctx context.Context, dc any, qc driver.QueryerContext, w Wire) error {
	chunk := make([]pipeline.Row, 0, feedChunk)
	send := func() error {
		select {
		case r.feed <- feed{rows: chunk}:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case chunk = <-r.spent:
		default:
			chunk = make([]pipeline.Row, 0, feedChunk)
		}
		return nil
	}
	var dest []driver.Value
	var ahead *next // the page sent ahead of this one's rows, if any
	r.probeWith(w)
	for pages := 0; !r.finished; pages++ {
		var rows driver.Rows
		closeStmt := func() {}
		var err error
		if w != nil {
			if err = r.wirePage(ctx, w, ahead != nil); err == nil {
				err = r.checkWire(w)
			}
			if err == nil {
				pageHook(pages + 1)
				ahead, err = r.sendAhead(w)
			}
		} else {
			pageHook(pages)
			if rows, closeStmt, err = r.txPage(ctx, dc, qc); err == nil {
				err = r.checkPage(rowsColumns(rows))
				if n := len(rows.Columns()); cap(dest) < n {
					dest = make([]driver.Value, n)
				} else {
					dest = dest[:n]
				}
			}
		}
		if err != nil {
			if rows != nil {
				rows.Close()
				closeStmt()
			}
			if errors.Is(err, ErrSchemaChanged) {
				return err
			}
			return r.explain(ctx, qc, w, err)
		}
		r.inPage = 0
		// The page starts after (fromKey, fromCur); a row back at it means
		// the database did not read the key as it was written: reading on
		// would loop.
		fromKey, fromCur, moving := r.lastKey, r.lastCur, r.hasLast
		var bad error // a row that cannot be read on (a NULL key), said in full by row
		for err == nil {
			var vals []byte
			if w != nil {
				vals, err = r.wireRow(w)
			} else if err = rows.Next(dest); err == nil {
				r.values(dest)
				vals = r.buf
			}
			if err != nil {
				break
			}
			var row pipeline.Row
			if row, bad = r.row(vals); bad != nil {
				break
			}
			if moving && row.Key == fromKey && r.lastCur == fromCur {
				bad = fmt.Errorf("the page after key %q of %q returned that key again: the database compares the key otherwise than it reads back "+
					"(a key type or connection charset that cannot carry it exactly); stopped rather than read it forever: pick another source.key", fromKey, r.keyName())
				break
			}
			if chunk = append(chunk, row); len(chunk) == feedChunk {
				err = send()
			}
		}
		if rows != nil {
			rows.Close()
		}
		closeStmt()
		switch {
		case bad != nil:
			return bad
		case ctx.Err() != nil:
			return ctx.Err()
		case err != io.EOF:
			return fmt.Errorf("read rows %s: %w", r.after(), lost(err))
		}
		if r.inPage < r.fetch {
			r.seg++
			r.hasLast, r.lastCur = false, ""
			r.finished = r.seg >= len(r.plan)
		}
		if ahead != nil && !ahead.is(r) {
			return fmt.Errorf("internal error: the page sent ahead (%+v) is not the one the rows lead to, %s", *ahead, r.after())
		}
	}
	if len(chunk) > 0 {
		return send()
	}
	return nil
}

func (r *Reader) after() string {
	switch {
	case !r.hasLast:
		return "from the start"
	case r.plan[r.seg].ByCursor:
		return fmt.Sprintf("after %s %s, key %s", r.cursor, r.lastCur, r.lastKey)
	}
	return fmt.Sprintf("after key %s", r.lastKey)
}

// page starts the next page of the current segment through the driver.
// closeStmt releases what the page needed besides its rows (after them).
func (r *Reader) page(ctx context.Context, dc any, qc driver.QueryerContext) (rows driver.Rows, closeStmt func(), err error) {
	var args []any
	q, err := r.pageQuery(r.seg, r.afterPos(), func(v string) string {
		args = append(args, v)
		return r.d.Placeholder(len(args))
	})
	if err != nil {
		return nil, nil, err
	}
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	closeStmt, err = func() {}, driver.ErrSkip
	if !preparedPages {
		rows, err = qc.QueryContext(ctx, q, named)
	}
	if errors.Is(err, driver.ErrSkip) {
		// The driver wants a prepared statement (the MySQL driver, when it
		// cannot interpolate the key: a statement longer than
		// max_allowed_packet, say).
		rows, closeStmt, err = prepared(ctx, dc, q, named)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("query rows %s: %w", r.after(), lost(err))
	}
	return rows, closeStmt, nil
}

// wirePage starts the next page of the current segment on w, sending it
// unless it was sent ahead.
func (r *Reader) wirePage(ctx context.Context, w Wire, sent bool) error {
	wirePages.Add(1)
	if !sent {
		if err := r.wireSend(w, r.seg, r.afterPos()); err != nil {
			return fmt.Errorf("query rows %s: %w", r.after(), lost(err))
		}
	}
	if err := w.Start(ctx); err != nil {
		return fmt.Errorf("query rows %s: %w", r.after(), lost(err))
	}
	return nil
}

func (r *Reader) wireSend(w Wire, seg int, after *pipeline.Pos) error {
	var args []string
	q, err := r.pageQuery(seg, after, func(v string) string {
		args = append(args, v)
		return w.Arg(len(args), v)
	})
	if err != nil {
		return err
	}
	return w.Send(q, args)
}

// next is the page a page leads to: the same segment after its last row
// when it is full, else the start of the next segment.
type next struct {
	seg   int
	after *pipeline.Pos
}

// is says the reader's state after a page's rows is that of n.
func (n next) is(r *Reader) bool {
	if r.finished || r.seg != n.seg || r.hasLast != (n.after != nil) {
		return false
	}
	return n.after == nil || (r.lastKey == n.after.Key && r.lastCur == n.after.Cursor)
}

// prefetchLimit bounds the bytes of a page read ahead (a variable so that
// tests can make it small): 5000 rows of a users table take under 1 MB.
var prefetchLimit = 8 << 20

// sendAhead reads the started page ahead into memory and, when it all
// fits, sends the page it leads to before its rows are handed out: the
// database then reads the next page while this one goes down the
// pipeline, instead of waiting for a statement after each page (on a
// busy 2-core machine, 2 ms a page before its first row came).
func (r *Reader) sendAhead(w Wire) (*next, error) {
	r.ahead.Reset()
	n, all, err := r.ahead.Fill(prefetchLimit, w.Next)
	if err != nil {
		return nil, fmt.Errorf("read rows %s: %w", r.after(), lost(err))
	}
	if !all {
		return nil, nil // a page too large to hold: read as it comes
	}
	nx := next{seg: r.seg + 1}
	if n == r.fetch {
		last, _ := r.ahead.Last() // n > 0
		if r.lastBuf, err = w.Render(r.lastBuf[:0], r.lastAt, last); err != nil {
			return nil, fmt.Errorf("read rows %s: %w", r.after(), lost(err))
		}
		key, ok := r.keyOf(r.lastBuf, r.lastAt)
		if !ok {
			return nil, nil // a NULL key, or one JSON cannot carry: the rows say so in full
		}
		after := &pipeline.Pos{Key: key}
		if r.plan[r.seg].ByCursor {
			c := r.lastAt[len(r.columns)]
			if c[0] < 0 {
				return nil, nil
			}
			after.Cursor = string(r.lastBuf[c[0]:c[1]])
		}
		nx = next{seg: r.seg, after: after}
	}
	if nx.seg >= len(r.plan) {
		return nil, nil // the last page of the plan
	}
	if err := r.wireSend(w, nx.seg, nx.after); err != nil {
		return nil, fmt.Errorf("query rows %s: %w", r.after(), lost(err))
	}
	aheadPages.Add(1)
	return &nx, nil
}

// wireRow renders the page's next row, read ahead or off the socket, at
// the free end of the text slab (io.EOF after the last): row then keeps it
// where it is, with no copy.
func (r *Reader) wireRow(w Wire) ([]byte, error) {
	p, ok := r.ahead.Next()
	if !ok {
		var end bool
		var err error
		if p, end, err = w.Next(); end || err != nil {
			return nil, err
		}
	}
	// Render copies the packet and renders some values after it: room for
	// twice the packet is plenty for most rows. One that outgrows it
	// anyway is moved to a new array by append, and copied by row.
	if need := 2*len(p) + len(r.columns); need > cap(r.text)-len(r.text) {
		r.text = make([]byte, 0, max(textSlab, need))
	}
	return w.Render(r.text[len(r.text):], r.at, p)
}

// afterPos is where the current segment's next page starts (nil: at its
// start).
func (r *Reader) afterPos() *pipeline.Pos {
	if !r.hasLast {
		return nil
	}
	return &pipeline.Pos{Cursor: r.lastCur, Key: r.lastKey}
}

// pageQuery is the statement of the page of segment seg that starts after
// a position (nil: at the segment's start); arg renders a key or cursor
// text into it. Cursor values are compared
// in the database with the text it rendered them as, so no precision or
// time zone is lost on the way.
func (r *Reader) pageQuery(seg int, after *pipeline.Pos, arg func(string) string) (string, error) {
	sg := r.plan[seg]
	keys, err := r.segKeys(seg)
	if err != nil {
		return "", err
	}
	q := "SELECT " + r.selects + " FROM (" + r.base + ") AS etl_q"
	order := strings.Join(r.keyExprs(), ", ")
	if sg.ByCursor {
		c := "etl_q." + r.d.Quote(r.cursor)
		q = "SELECT " + r.selects + ", " + r.d.Text(c) + " AS etl_cursor FROM (" + r.base + ") AS etl_q"
		order = c + ", " + order
	}
	where, err := r.where(sg, keys, after, arg)
	if err != nil {
		return "", err
	}
	return q + where + " ORDER BY " + order + " LIMIT " + strconv.Itoa(r.fetch), nil
}

// segKeys loads the keys of segment seg (nil for a segment of all keys),
// keeping the last segment's: its pages share them.
func (r *Reader) segKeys(seg int) ([]string, error) {
	sg := r.plan[seg]
	if sg.Keys == nil {
		return nil, nil
	}
	if r.listedSeg == seg+1 {
		return r.listed, nil
	}
	keys, err := sg.Keys.Keys()
	if err != nil {
		return nil, err
	}
	r.listed, r.listedSeg = keys, seg+1
	return keys, nil
}

// driverPages makes every page go through the driver, even where the
// dialect can read the wire (tests set it).
var driverPages = false

// wirePages counts the pages read off the wire, aheadPages those of them
// sent ahead (tests read them).
var wirePages, aheadPages atomic.Int64

// preparedPages makes every page a prepared statement, as a driver that
// answers driver.ErrSkip does (tests set it: the MySQL driver's own
// reasons are rare, such as a query longer than max_allowed_packet).
var preparedPages = false

// prepared runs q as a prepared statement on the driver's connection.
func prepared(ctx context.Context, dc any, q string, args []driver.NamedValue) (driver.Rows, func(), error) {
	pc, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return nil, nil, errors.New("the driver can neither run the query directly nor prepare it")
	}
	st, err := pc.PrepareContext(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	sq, ok := st.(driver.StmtQueryContext)
	if !ok {
		st.Close()
		return nil, nil, errors.New("the driver's statement cannot run a query")
	}
	rows, err := sq.QueryContext(ctx, args)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return rows, func() { st.Close() }, nil
}

// where is the WHERE clause of segment sg, after a position (nil: from
// its start); arg renders a key or cursor text into it. Every text goes
// through arg in the order it appears in the statement (MySQL's
// placeholders are positional).
func (r *Reader) where(sg Segment, keys []string, after *pipeline.Pos, arg func(string) string) (string, error) {
	eq, lt := r.d.Op("="), r.d.Op("<")
	gt := r.d.Op(">")
	var where []string
	// bounded is (cursor, key) compared with p: op is ">" or "<=".
	bounded := func(op string, p *pipeline.Pos) (string, error) {
		c := "etl_q." + r.d.Quote(r.cursor)
		strict := gt
		if op == "<=" {
			strict = lt
		}
		s := "(" + c + strict + arg(p.Cursor) + " OR (" + c + eq + arg(p.Cursor) + " AND "
		k, err := r.keyCmp(op, p.Key, arg)
		if err != nil {
			return "", err
		}
		return s + k + "))", nil
	}
	if sg.ByCursor {
		where = append(where, "etl_q."+r.d.Quote(r.cursor)+" IS NOT NULL")
		from := sg.From
		if after != nil {
			from = after
		}
		if from != nil {
			w, err := bounded(">", from)
			if err != nil {
				return "", err
			}
			where = append(where, w)
		}
		if sg.Upto != nil {
			w, err := bounded("<=", sg.Upto)
			if err != nil {
				return "", err
			}
			where = append(where, w)
		}
	} else {
		if sg.NullCursor {
			where = append(where, "etl_q."+r.d.Quote(r.cursor)+" IS NULL")
		}
		if sg.Keys != nil {
			if len(keys) == 0 {
				where = append(where, "1 = 0")
			} else {
				w, err := r.keyIn(keys, arg)
				if err != nil {
					return "", err
				}
				where = append(where, w)
			}
			if u := sg.Upto; u != nil {
				where = append(where, "etl_q."+r.d.Quote(r.cursor)+" IS NOT NULL")
				w, err := bounded("<=", u)
				if err != nil {
					return "", err
				}
				where = append(where, w)
			}
		}
		if after != nil {
			w, err := r.keyCmp(">", after.Key, arg)
			if err != nil {
				return "", err
			}
			where = append(where, w)
		}
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), nil
}

// Estimate counts the rows the plan has left to read, on a connection of
// its own (for the ETA of a long run; it may take a while on a big
// table, so callers run it beside the reading).
func (r *Reader) Estimate(ctx context.Context, after *pipeline.Pos) (int64, error) {
	var total int64
	for i, sg := range r.plan {
		var pos *pipeline.Pos
		if after != nil {
			if i < after.Seg {
				continue
			}
			if i == after.Seg {
				pos = after
			}
		}
		var keys []string
		if sg.Keys != nil {
			var err error
			if keys, err = sg.Keys.Keys(); err != nil {
				return 0, err
			}
		}
		var args []any
		where, err := r.where(sg, keys, pos, func(v string) string {
			args = append(args, v)
			return r.d.Placeholder(len(args))
		})
		if err != nil {
			return 0, err
		}
		var n int64
		if err := r.readOnlyRow(ctx, r.db, "SELECT "+r.d.Func("COUNT")+"(*) FROM ("+r.base+") AS etl_q"+where, args, &n); err != nil {
			return 0, fmt.Errorf("count rows: %w", err)
		}
		total += n
	}
	return total, nil
}

// values renders the driver's values (bytes still in its buffer) into
// r.buf and notes where each one lies in r.at.
func (r *Reader) values(dest []driver.Value) {
	r.buf = r.buf[:0]
	for i, v := range dest {
		if v == nil {
			r.at[i] = [2]int{-1, -1}
			continue
		}
		start := len(r.buf)
		r.buf = r.conv[i](r.buf, v)
		r.at[i] = [2]int{start, len(r.buf)}
	}
}

// row turns a row's values (vals, as r.at places them) into a Row whose
// text is kept in the text slab and whose spans are cut from r.slab.
func (r *Reader) row(vals []byte) (pipeline.Row, error) {
	if len(vals) > math.MaxInt32 {
		// Spans are 32-bit; neither protocol sends a row this large (a
		// PostgreSQL DataRow's length is 32-bit, MySQL's max_allowed_packet
		// is 1 GiB), so this is a guard, not a limit anyone meets.
		return pipeline.Row{}, fmt.Errorf("row %s holds %d bytes, more than a row can (2 GiB)", r.after(), len(vals))
	}
	r.inPage++
	n := len(r.columns)
	if len(r.slab) < n {
		r.slab = make([]pipeline.Span, n*256)
	}
	spans := r.slab[:n:n]
	r.slab = r.slab[n:]
	// The row's text goes into a shared slab, not a string of its own:
	// one allocation per many rows. A field kept for long (an example
	// key) must be copied, or it keeps the whole slab alive.
	off := len(r.text)
	switch {
	case len(vals) == 0:
	case cap(r.text) > off && unsafe.SliceData(vals) == unsafe.SliceData(r.text[off:]):
		r.text = r.text[:off+len(vals)] // rendered in place (wireRow)
	default:
		if len(vals) > cap(r.text)-off {
			r.text = make([]byte, 0, max(textSlab, len(vals)))
			off = 0
		}
		r.text = append(r.text, vals...)
	}
	var text string
	if len(vals) > 0 {
		text = unsafe.String(&r.text[off], len(vals))
	}
	for i, at := range r.at[:n] {
		spans[i] = pipeline.Span{Start: int32(at[0]), End: int32(at[1])} // -1, -1 for NULL
	}
	row := pipeline.Row{Text: text, Spans: spans}
	var key string
	if len(r.keyIdx) == 1 {
		kf := row.Field(r.keyIdx[0])
		if !kf.Valid {
			return pipeline.Row{}, fmt.Errorf("row %s has a NULL key %q: the key must be unique and not null", r.after(), r.key[0])
		}
		key = kf.V
	} else {
		r.parts = r.parts[:0]
		for i, idx := range r.keyIdx {
			kf := row.Field(idx)
			if !kf.Valid {
				return pipeline.Row{}, fmt.Errorf("row %s has a NULL in key column %q: every column of the key must be not null", r.after(), r.key[i])
			}
			if !ValidKeyPart(kf.V) {
				return pipeline.Row{}, fmt.Errorf("row %s has a value of key column %q that is not UTF-8 text, which a key of several columns (a JSON array) cannot carry", r.after(), r.key[i])
			}
			r.parts = append(r.parts, kf.V)
		}
		key = JoinKey(r.parts)
	}
	r.lastKey, r.hasLast = key, true
	pos := pipeline.Pos{Seg: r.seg, Key: key}
	if r.plan[r.seg].ByCursor {
		at := r.at[n]
		r.lastCur = text[at[0]:at[1]]
		pos.Cursor = r.lastCur
	}
	row.Key, row.Pos = key, pos
	return row, nil
}

// keyOf is the key of a row's values (vals, as at places them), or false
// for a NULL in it or a value a key of several columns cannot carry.
func (r *Reader) keyOf(vals []byte, at [][2]int) (string, bool) {
	r.parts = r.parts[:0]
	for _, idx := range r.keyIdx {
		k := at[idx]
		if k[0] < 0 {
			return "", false
		}
		v := string(vals[k[0]:k[1]])
		if len(r.keyIdx) > 1 && !ValidKeyPart(v) {
			return "", false
		}
		r.parts = append(r.parts, v)
	}
	return JoinKey(r.parts), true
}

// Close ends the session.
func (r *Reader) Close() error {
	if r.stop != nil {
		r.stop()
		for range r.feed { // let the reading goroutine see the stop
		}
		<-r.done
	}
	if err := r.conn.Close(); !errors.Is(err, sql.ErrConnDone) {
		return err
	}
	return nil // dropped by the reading (see start)
}

// lost names a dropped connection plainly: drivers report it as "driver:
// bad connection", which tells a migration engineer nothing.
func lost(err error) error {
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("the connection to the database was lost (server restart, network cut or killed session): %w", err)
	}
	return err
}
