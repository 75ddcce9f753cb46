// Package csv reads legacy users from a CSV file with a header row, for
// hand-made dumps and the demo. Rows are read in file order, which stands
// in for key order: sort a dump by key to get "the smaller key wins".
// A key may be several columns (written as sources.JoinKey writes it); the
// file is not sorted by them either. An empty cell and \N (MySQL's dump
// of NULL) are NULL.
package csv

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"etl/pipeline"
	"etl/sources"
)

// Reader streams the rows of a CSV file.
type Reader struct {
	f       *os.File
	r       *csv.Reader
	columns []string
	pick    []int
	key     []string // the key's columns
	keyIdx  []int    // where each of them is among columns
	parts   []string
	width   int
}

// Open reads the header of path. columns, when given, maps record keys to
// header names; otherwise the headers are the record keys. key names the
// key's columns (each a record key or a header).
func Open(path, encoding string, columns map[string]string, key []string, order []string) (*Reader, error) {
	return OpenDelimited(path, encoding, ',', columns, key, order)
}

// OpenDelimited is Open for a file whose fields are separated by delim
// (Excel in a Turkish locale writes ';').
func OpenDelimited(path, encoding string, delim rune, columns map[string]string, key []string, order []string) (*Reader, error) {
	if len(key) == 0 {
		return nil, errors.New("source.key: no column named")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open csv: %w", err)
	}
	cr := csv.NewReader(decode(bufio.NewReaderSize(f, 256<<10), encoding))
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("read csv header of %s: %w", path, err)
	}
	header = append([]string(nil), header...)
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	r := &Reader{f: f, r: cr, width: len(header), key: slices.Clone(key)}
	if err := r.mapColumns(header, columns, key, order); err != nil {
		f.Close()
		return nil, fmt.Errorf("csv %s: %w", path, err)
	}
	return r, nil
}

func (r *Reader) mapColumns(header []string, columns map[string]string, key []string, order []string) error {
	at := map[string]int{}
	for i, h := range header {
		at[h] = i
	}
	if len(columns) == 0 {
		r.columns = header
		for i := range header {
			r.pick = append(r.pick, i)
		}
	} else {
		keys := make([]string, 0, len(columns))
		for k := range columns {
			keys = append(keys, k)
		}
		rank := map[string]int{}
		for i, k := range order {
			rank[k] = i + 1
		}
		sort.Slice(keys, func(i, j int) bool {
			ri, rj := rank[keys[i]], rank[keys[j]]
			if ri != rj && ri > 0 && rj > 0 {
				return ri < rj
			}
			if (ri > 0) != (rj > 0) {
				return ri > 0
			}
			return keys[i] < keys[j]
		})
		var missing []string
		for _, k := range keys {
			i, ok := at[columns[k]]
			if !ok {
				missing = append(missing, fmt.Sprintf("%s (for %s)", columns[k], k))
				continue
			}
			r.columns = append(r.columns, k)
			r.pick = append(r.pick, i)
		}
		if len(missing) > 0 {
			return fmt.Errorf("no header %s; headers are %s", strings.Join(missing, ", "), strings.Join(header, ", "))
		}
		for _, k := range key {
			if _, mapped := columns[k]; !mapped && !contains(r.columns, k) {
				if i, ok := at[k]; ok {
					r.columns = append(r.columns, k)
					r.pick = append(r.pick, i)
				}
			}
		}
	}
	for _, k := range key {
		idx := -1
		for i, c := range r.columns {
			if c == k {
				idx = i
			}
		}
		if idx < 0 {
			return fmt.Errorf("source.key: column %q is not among the columns (%s)", k, strings.Join(r.columns, ", "))
		}
		if contains(r.key[:len(r.keyIdx)], k) {
			return fmt.Errorf("source.key: column %q named twice", k)
		}
		r.keyIdx = append(r.keyIdx, idx)
	}
	return nil
}

// decode turns in, in the file's encoding, into UTF-8.
func decode(in io.Reader, encoding string) io.Reader {
	switch encoding {
	case "windows-1254":
		return charmap.Windows1254.NewDecoder().Reader(in)
	case "iso-8859-9":
		return charmap.ISO8859_9.NewDecoder().Reader(in)
	}
	return in
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Columns are the record-side names of the columns Next fills.
func (r *Reader) Columns() []string { return r.columns }

// Next returns the next row in file order, or io.EOF.
func (r *Reader) Next(ctx context.Context) (pipeline.Row, error) {
	rec, err := r.r.Read()
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pipeline.Row{Key: fmt.Sprintf("line %d", pe.StartLine), Err: "malformed csv: " + pe.Err.Error()}, nil
	}
	if err != nil {
		if err == io.EOF {
			return pipeline.Row{}, io.EOF
		}
		return pipeline.Row{}, fmt.Errorf("read csv: %w", err)
	}
	line, _ := r.r.FieldPos(0) // valid only after a successful Read
	if len(rec) != r.width {
		return pipeline.Row{Key: fmt.Sprintf("line %d", line),
			Err: fmt.Sprintf("malformed csv: %d fields, the header has %d", len(rec), r.width)}, nil
	}
	fields := make([]pipeline.Field, len(r.pick))
	for i, p := range r.pick {
		v := rec[p]
		if v != "" && v != `\N` {
			fields[i] = pipeline.Field{V: v, Valid: true} // copied by MakeRow
		}
	}
	for i, idx := range r.keyIdx {
		switch {
		case !fields[idx].Valid && len(r.keyIdx) == 1:
			return pipeline.Row{Key: fmt.Sprintf("line %d", line), Err: "empty key"}, nil
		case !fields[idx].Valid:
			return pipeline.Row{Key: fmt.Sprintf("line %d", line), Err: fmt.Sprintf("empty key column %s", r.key[i])}, nil
		case len(r.keyIdx) > 1 && !sources.ValidKeyPart(fields[idx].V):
			return pipeline.Row{Key: fmt.Sprintf("line %d", line),
				Err: fmt.Sprintf("key column %s is not UTF-8 text (is source.encoding right?)", r.key[i])}, nil
		}
	}
	row := pipeline.MakeRow("", fields)
	if len(r.keyIdx) == 1 {
		row.Key = row.Field(r.keyIdx[0]).V
		return row, nil
	}
	r.parts = r.parts[:0]
	for _, idx := range r.keyIdx {
		r.parts = append(r.parts, row.Field(idx).V)
	}
	row.Key = sources.JoinKey(r.parts)
	return row, nil
}

// Close closes the file.
func (r *Reader) Close() error { return r.f.Close() }
