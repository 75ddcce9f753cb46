package sources

import "io"

// ahead holds the rows of a page read ahead off the socket (sendAhead):
// each row's bytes as the protocol sent them, end to end.
type ahead struct {
	rows []byte
	ends []int
	next int
}

// Reset empties a for a new page, keeping its memory.
func (a *ahead) Reset() { a.rows, a.ends, a.next = a.rows[:0], a.ends[:0], 0 }

// Fill reads rows with read (Wire.Next) while they fit in limit bytes;
// all says it got to the end of the page (n rows, and nothing of the page
// is left on the socket).
func (a *ahead) Fill(limit int, read func() (p []byte, end bool, err error)) (n int, all bool, err error) {
	for len(a.rows) < limit {
		p, end, err := read()
		if end {
			if err == io.EOF {
				err = nil
			}
			return len(a.ends), err == nil, err
		}
		if err != nil {
			return len(a.ends), false, err
		}
		a.rows = append(a.rows, p...)
		a.ends = append(a.ends, len(a.rows))
	}
	return len(a.ends), false, nil
}

// Next hands out the next row read ahead; ok is false when none is left.
func (a *ahead) Next() (p []byte, ok bool) {
	if a.next >= len(a.ends) {
		return nil, false
	}
	a.next++
	return a.row(a.next - 1), true
}

// Last is the last row read ahead; ok is false when there is none.
func (a *ahead) Last() (p []byte, ok bool) {
	if len(a.ends) == 0 {
		return nil, false
	}
	return a.row(len(a.ends) - 1), true
}

func (a *ahead) row(i int) []byte {
	start := 0
	if i > 0 {
		start = a.ends[i-1]
	}
	return a.rows[start:a.ends[i]]
}
