package pipeline

// Reason codes of a reject (SPEC §3).
const (
	ReasonMissing     = "missing"
	ReasonInvalid     = "invalid"
	ReasonDuplicate   = "duplicate"
	ReasonUnsupported = "unsupported"
	ReasonTooLong     = "too_long"
)

// Reject is a row that was not exported: one line of rejects.jsonl.
// Detail never holds a password value.
type Reject struct {
	Key    string `json:"key"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
	Detail string `json:"detail"`
}

// Result is what a transform makes of one row: a record (with its JSON
// encoding, made by the worker so encoding runs in parallel) or a reject,
// plus the warnings of values that were dropped on the way.
type Result struct {
	Key      string
	Record   *Record
	JSON     []byte
	Reject   *Reject
	Warnings []Warning
}

// Warning is a value that was dropped (written as null or false) while the
// row was still exported, e.g. {Field: "phone", Kind: "phone_dropped"}.
type Warning struct {
	Field string
	Kind  string
}

// Transform turns one legacy row into a Result. It must be safe for
// concurrent use; Run recovers a panic into a reject of that row.
type Transform func(Row) Result
