package pipeline

import (
	"context"
	"strings"
)

// Field is one legacy column value rendered as text. Sources turn every
// native type into text (dates too) so that a driver can never "fix" an
// impossible value before the transforms have seen it.
type Field struct {
	V     string
	Valid bool // false for SQL NULL
}

// Row is one legacy row: its values back to back in Text, and where each
// column's value lies in it.
//
// The spans hold no pointers, and that is why they are not Fields: the
// reader cuts them from slabs of many rows, and slabs of string headers
// were a third of a run's allocation and most of what the collector had
// to scan and guard with write barriers, for values nothing reads once
// the row is transformed.
type Row struct {
	Key string
	// Pos is where the row sits in the source's read order; a run resumed
	// after a crash reads on after the Pos of its last durable row.
	Pos   Pos
	Text  string
	Spans []Span // aligned with the source's columns
	// Err is set when the source could not read the row whole (a malformed
	// CSV line): the pipeline rejects it with this detail instead of
	// transforming it, so it is still accounted for.
	Err string
}

// Span is where a value lies in its row's Text; Start < 0 for SQL NULL.
type Span struct{ Start, End int32 }

// null is the span of a NULL value.
var null = Span{-1, -1}

// Field is the value of column i.
func (r *Row) Field(i int) Field {
	s := r.Spans[i]
	if s.Start < 0 {
		return Field{}
	}
	return Field{V: r.Text[s.Start:s.End], Valid: true}
}

// NumFields is the number of columns.
func (r *Row) NumFields() int { return len(r.Spans) }

// MakeRow builds a row of these values (for sources that read values one
// by one, and tests): one string for the row's text, not one a value.
func MakeRow(key string, fields []Field) Row {
	n := 0
	for _, f := range fields {
		n += len(f.V)
	}
	var text strings.Builder
	text.Grow(n)
	spans := make([]Span, len(fields))
	for i, f := range fields {
		if !f.Valid {
			spans[i] = null
			continue
		}
		spans[i] = Span{int32(text.Len()), int32(text.Len() + len(f.V))}
		text.WriteString(f.V)
	}
	return Row{Key: key, Text: text.String(), Spans: spans}
}

// Source yields rows in key order and io.EOF after the last one.
type Source interface {
	Next(ctx context.Context) (Row, error)
}

// Pos is a place in a source's read order. Seg numbers the parts of a read
// plan (an incremental run reads the cursor range, then the rows whose
// cursor is NULL); Cursor is the cursor's value as the database renders it
// as text, so that comparing with it again is exact.
type Pos struct {
	Seg    int    `json:"seg"`
	Cursor string `json:"cursor,omitempty"`
	Key    string `json:"key"`
}
