package pipeline

import "time"

// Manifest describes one run and its outputs (README, Outputs).
type Manifest struct {
	RunID        string      `json:"run_id"`
	Kind         string      `json:"kind,omitempty"` // the record kind's name: user, address
	Status       string      `json:"status"`         // ok | incomplete | failed | interrupted | partial | abandoned
	Mode         string      `json:"mode,omitempty"` // full | incremental
	Attempts     int         `json:"attempts,omitempty"`
	Error        string      `json:"error,omitempty"`
	Started      time.Time   `json:"started"`
	Finished     time.Time   `json:"finished"`
	ToolVersion  string      `json:"tool_version"`
	Source       SourceInfo  `json:"source"`
	Options      RunOptions  `json:"options"`
	Counts       *Stats      `json:"counts"`
	Balanced     bool        `json:"balanced"`
	Batches      []BatchInfo `json:"batches"`
	RejectsFile  string      `json:"rejects_file"`
	CursorBefore string      `json:"cursor_before"`
	CursorAfter  string      `json:"cursor_after"`
	LastKey      string      `json:"last_key"`
}

// SourceInfo says what was read; the DSN is redacted.
type SourceInfo struct {
	Driver string `json:"driver"`
	DSN    string `json:"dsn,omitempty"`
	Path   string `json:"path,omitempty"`
	Table  string `json:"table,omitempty"`
	Query  string `json:"query,omitempty"`
	Key    string `json:"key"`
}

// RunOptions records the settings that shaped the output.
type RunOptions struct {
	DryRun    bool   `json:"dry_run"`
	Full      bool   `json:"full,omitempty"`
	Limit     int64  `json:"limit,omitempty"`
	BatchSize int    `json:"batch_size"`
	Workers   int    `json:"workers"`
	Timezone  string `json:"timezone"`
}

// BatchInfo is one users file as written.
type BatchInfo struct {
	File    string `json:"file"`
	Records int    `json:"records"`
	SHA256  string `json:"sha256"`
	LastKey string `json:"last_key"`
	// Keys names the batch's keys file (files.Keys: each record's legacy
	// key, unique value and carry, one line a record) and KeysSHA256 is
	// its checksum; both empty when the run wrote none.
	Keys       string `json:"keys,omitempty"`
	KeysSHA256 string `json:"keys_sha256,omitempty"`
	// Upload is the batch's fate in Omnitron (sink omnitron only).
	Upload *BatchUpload `json:"upload,omitempty"`
}

// BatchUpload is what Omnitron made of one batch.
type BatchUpload struct {
	Status      string `json:"status"` // pending | started | done | incomplete | rejected | retried | accepted
	MigrationID string `json:"migration_id,omitempty"`
	Total       int    `json:"total_count"`
	Processed   int    `json:"processed_count"`
	Errors      int    `json:"error_count"`
	Error       string `json:"error,omitempty"`
}
