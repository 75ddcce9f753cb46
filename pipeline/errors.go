package pipeline

import "errors"

var (
	// ErrUnbalanced means rows went missing between reading and writing.
	ErrUnbalanced = errors.New("accounting does not balance")
	// ErrInterrupted means the run was asked to stop and stopped cleanly
	// after writing what it had finished.
	ErrInterrupted = errors.New("interrupted")
)
