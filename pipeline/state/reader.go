package state

import (
	"bufio"
	"io"
)

// byteReader buffers a section of the log for entry decoding.
type byteReader struct{ *bufio.Reader }

func newByteReader(r io.Reader) *byteReader {
	return &byteReader{bufio.NewReaderSize(r, 4096)}
}

// offsetReader tracks how far a buffered scan of the log has consumed.
type offsetReader struct {
	r   io.Reader
	off int64 // log offset of the reader's start
	n   int64 // bytes handed to the buffer
}

func (o *offsetReader) Read(p []byte) (int, error) {
	n, err := o.r.Read(p)
	o.n += int64(n)
	return n, err
}

// pos is the log offset of the next byte br will return.
func (o *offsetReader) pos(br *byteReader) int64 {
	return o.off + o.n - int64(br.Buffered())
}
