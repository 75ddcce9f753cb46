package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/csv"
	"etl/sources/mysql"
	"etl/sources/postgres"
	"etl/transforms"
)

// source is what a run needs of a reader.
type source interface {
	pipeline.Source
	Columns() []string
	Close() error
}

type opened struct {
	src  source
	rdr  *sources.Reader // the database reader; nil for csv
	db   *sql.DB
	tr   pipeline.Transform
	norm *transforms.Normalizer // the users' normalizer; nil for other kinds
	info pipeline.SourceInfo
}

func (o *opened) Close() {
	if o.src != nil {
		o.src.Close()
	}
	if o.db != nil {
		o.db.Close()
	}
}

// namedSource says which source a read failed on (the reader knows its
// query, not the config's table); io.EOF, the end, passes as it is.
type namedSource struct {
	source
	what string
}

func (n namedSource) Next(ctx context.Context) (pipeline.Row, error) {
	row, err := n.source.Next(ctx)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", n.what, err)
	}
	return row, err
}

// openSource connects, learns the columns and builds the kind's transform,
// so that every column problem is known before the first row is read.
// cfg.Source is the kind's reading settings; parents are the ledgers of
// the kinds it references.
// fail, if set, is told of an error the transform could not return.
func openSource(ctx context.Context, cfg *configs.Config, k *kinds.Kind, parents map[string]kinds.Ledger, fail func(error), now time.Time) (*opened, error) {
	s := cfg.Source
	// The manifest names a key of several columns as sources writes its
	// values: a JSON array.
	o := &opened{info: pipeline.SourceInfo{Driver: s.Driver, Table: s.Table, Query: s.Query, Key: sources.JoinKey(s.Key), Path: s.Path}}
	keyCols, cursorCol := []string(s.Key), s.Cursor
	switch s.Driver {
	case "csv":
		delim, _ := utf8.DecodeRuneInString(s.Delimiter) // one character: configs checked it
		r, err := csv.OpenDelimited(s.Path, s.Encoding, delim, s.Columns, keyCols, k.Keys)
		if err != nil {
			return nil, usageError{err}
		}
		o.src = r
	case "mysql", "postgres":
		d, openDB, redact := mysql.Dialect, mysql.OpenDB, mysql.Redact
		if s.Driver == "postgres" {
			d, openDB, redact = postgres.Dialect, postgres.OpenDB, postgres.Redact
		}
		o.info.DSN = redact(s.DSN)
		db, err := openDB(s.DSN)
		if err != nil {
			return nil, usageError{err}
		}
		o.db = db
		query := s.Query
		if query == "" {
			var extra []string
			query, keyCols, extra = sources.TableQuery(d, s.Table, s.Columns, k.Keys, keyCols, s.Cursor)
			if s.Cursor != "" {
				cursorCol = extra[0]
			}
		}
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		r, err := sources.OpenCursor(cctx, d, db, query, keyCols, cursorCol, s.FetchSize)
		if err != nil {
			var why error
			if s.Query == "" && !errors.Is(err, sources.ErrKey) {
				why = missingColumns(cctx, d, db, s)
			}
			o.Close()
			if errors.Is(err, sources.ErrKey) {
				return nil, usageError{err}
			}
			if why != nil {
				return nil, usageError{fmt.Errorf("source table %s: %w (the database said: %v)", s.Table, why, err)}
			}
			return nil, withHint(fmt.Errorf("%s at %s: %w", s.Driver, o.info.DSN, err))
		}
		o.src, o.rdr = namedSource{r, "source " + describe(s)}, r
	default:
		return nil, usageError{fmt.Errorf("source.driver: %q is not supported", s.Driver)}
	}
	env := kinds.Env{Columns: o.src.Columns(), Extra: append(slices.Clip(keyCols), cursorCol), Config: cfg, Now: now, Parents: parents, Fail: fail}
	if o.rdr != nil {
		env.Types = o.rdr.ColumnTypes()
	}
	var err error
	if k.Plural == user.Kind.Plural {
		// The users' normalizer also explains rejects (preview) and
		// lists unmapped keys (validate).
		if o.norm, err = user.New(env); err == nil {
			o.tr = o.norm.Transform
		}
	} else {
		o.tr, err = k.Open(env)
	}
	if err != nil {
		o.Close()
		if strings.HasPrefix(err.Error(), "normalize.") {
			return nil, usageError{err}
		}
		return nil, usageError{fmt.Errorf("source %s: %w", describe(s), err)}
	}
	return o, nil
}

func describe(s configs.Source) string {
	switch {
	case s.Driver == "csv":
		return s.Path
	case s.Table != "":
		return "table " + s.Table
	}
	return "query"
}
