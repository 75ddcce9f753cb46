package pipeline

import "context"

// Field is one legacy column value rendered as text. Sources turn every
// native type into text (dates too) so that a driver can never "fix" an
// impossible value before the transforms have seen it.
type Field struct {
	V     string
	Valid bool // false for SQL NULL
}

// Row is one legacy row; Fields are aligned with the source's columns.
type Row struct {
	Key string
	// Pos is where the row sits in the source's read order; a run resumed
	// after a crash reads on after the Pos of its last durable row.
	Pos    Pos
	Fields []Field
	// Err is set when the source could not read the row whole (a malformed
	// CSV line): the pipeline rejects it with this detail instead of
	// transforming it, so it is still accounted for.
	Err string
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
