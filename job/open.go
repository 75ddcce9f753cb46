package job

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

// Source is what a run needs of a reader.
type Source interface {
	pipeline.Source
	Columns() []string
	Close() error
}

// Opened is a kind's source, open, with its transform.
type Opened struct {
	Src       Source
	Reader    *sources.Reader // the database reader; nil for csv
	db        *sql.DB
	Transform pipeline.Transform
	Norm      *transforms.Normalizer // the users' normalizer; nil for other kinds
	Info      pipeline.SourceInfo
}

// Close closes the reader and the database.
func (o *Opened) Close() {
	if o.Src != nil {
		o.Src.Close()
	}
	if o.db != nil {
		o.db.Close()
	}
}

// namedSource says which source a read failed on (the reader knows its
// query, not the config's table); io.EOF, the end, passes as it is.
type namedSource struct {
	Source
	what string
}

func (n namedSource) Next(ctx context.Context) (pipeline.Row, error) {
	row, err := n.Source.Next(ctx)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", n.what, err)
	}
	return row, err
}

// OpenSource connects, learns the columns and builds the kind's transform,
// so that every column problem is known before the first row is read.
// cfg.Source is the kind's reading settings; parents are the ledgers of
// the kinds it references.
// fail, if set, is told of an error the transform could not return.
func OpenSource(ctx context.Context, cfg *configs.Config, k *kinds.Kind, parents map[string]kinds.Ledger, fail func(error), now time.Time) (*Opened, error) {
	s := cfg.Source
	// The manifest names a key of several columns as sources writes its
	// values: a JSON array.
	o := &Opened{Info: pipeline.SourceInfo{Driver: s.Driver, Table: s.Table, Query: s.Query, Key: sources.JoinKey(s.Key), Path: s.Path}}
	keyCols, cursorCol := []string(s.Key), s.Cursor
	switch s.Driver {
	case "csv":
		delim, _ := utf8.DecodeRuneInString(s.Delimiter) // one character: configs checked it
		r, err := csv.OpenDelimited(s.Path, s.Encoding, delim, s.Columns, keyCols, k.Keys)
		if err != nil {
			return nil, ConfigError{err}
		}
		o.Src = r
	case "mysql", "postgres":
		d, openDB, redact := mysql.Dialect, mysql.OpenDB, mysql.Redact
		if s.Driver == "postgres" {
			d, openDB, redact = postgres.Dialect, postgres.OpenDB, postgres.Redact
		}
		o.Info.DSN = redact(s.DSN)
		db, err := openDB(s.DSN)
		if err != nil {
			return nil, ConfigError{err}
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
				return nil, ConfigError{err}
			}
			if why != nil {
				return nil, ConfigError{fmt.Errorf("source table %s: %w (the database said: %v)", s.Table, why, err)}
			}
			return nil, WithHint(fmt.Errorf("%s at %s: %w", s.Driver, o.Info.DSN, err))
		}
		o.Src, o.Reader = namedSource{r, "source " + describe(s)}, r
	default:
		return nil, ConfigError{fmt.Errorf("source.driver: %q is not supported", s.Driver)}
	}
	env := kinds.Env{Columns: o.Src.Columns(), Extra: append(slices.Clip(keyCols), cursorCol), Config: cfg, Now: now, Parents: parents, Fail: fail}
	if o.Reader != nil {
		env.Types = o.Reader.ColumnTypes()
	}
	var err error
	if k.Plural == user.Kind.Plural {
		// The users' normalizer also explains rejects (preview) and
		// lists unmapped keys (validate).
		if o.Norm, err = user.New(env); err == nil {
			o.Transform = o.Norm.Transform
		}
	} else {
		o.Transform, err = k.Open(env)
	}
	if err != nil {
		o.Close()
		if strings.HasPrefix(err.Error(), "normalize.") {
			return nil, ConfigError{err}
		}
		return nil, ConfigError{fmt.Errorf("source %s: %w", describe(s), err)}
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
