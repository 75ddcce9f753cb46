package files

import (
	"io"

	"etl/internal/atomicfile"
)

// writeAtomic writes name in dir whole or not at all. The rename is made
// durable by syncDir, which the sink calls once before anything that
// depends on the names (the manifest, and a checkpoint) rather than once
// per batch: a directory fsync per batch costs more than the batch itself
// on ext4.
func writeAtomic(dir, name string, write func(io.Writer) error) error {
	return atomicfile.Write(dir, name, write)
}

func syncDir(dir string) error { return atomicfile.SyncDir(dir) }
