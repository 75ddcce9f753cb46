package pipeline

// Reason codes of a reject (docs/rules.md §3).
const (
	ReasonMissing     = "missing"
	ReasonInvalid     = "invalid"
	ReasonDuplicate   = "duplicate"
	ReasonUnsupported = "unsupported"
	ReasonTooLong     = "too_long"
	// ReasonOrphan is a row whose parent (an address's user, an item's
	// order) was not exported: it is read again by later runs.
	ReasonOrphan = "orphan"
)

// Unique says what two records of a kind may not share: the value a
// transform puts in Result.Unique (a user's email). A record whose value
// an earlier record kept is rejected duplicate on Field, or, when Skip is
// set, skipped with that reason (two addresses of a customer that
// normalize alike are one address). The zero Unique dedupes nothing.
type Unique struct {
	Field string
	Skip  string
}

// SkipAlreadyExported is the skip reason of a key an earlier run exported:
// Omnitron only creates users, so it is never sent again (docs/architecture.md, incremental runs).
const SkipAlreadyExported = "already_exported"

// Reject is a row that was not exported: one line of rejects.jsonl.
// Detail never holds a password value.
type Reject struct {
	Key    string `json:"key"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
	Detail string `json:"detail"`
	// Kind is the record kind's name ("user", "address"), set by the
	// sink that writes the line.
	Kind string `json:"kind,omitempty"`
}

// Result is what a transform makes of one row: a record, as its JSON
// encoding and its unique value (for the dedupe stage: a user's
// normalized email; see Unique), or a reject,
// plus the warnings of values that were dropped on the way. Encoding in
// the transform runs it in parallel, on the workers.
type Result struct {
	Key    string
	Pos    Pos
	Unique string
	JSON   []byte
	// Carry is what the record hands on to the kinds that reference it
	// (AppendCarry), kept in the ledger with its key; nil for none. A
	// transform appends it to buf right after JSON, so that it shares
	// the record's memory.
	Carry    []byte
	Reject   *Reject
	Warnings []Warning
	// Guest marks a record of user_type guest: among rows sharing an
	// email, a registered one wins over it wherever it is read (Run).
	Guest bool
}

// Warning is a value that was dropped (written as null or false) while the
// row was still exported, e.g. {Field: "phone", Kind: "phone_dropped"}.
type Warning struct {
	Field string
	Kind  string
}

// Transform turns one legacy row into a Result. It appends the record's
// JSON to buf (a zero-length slice with room, owned by the worker, so that
// a chunk of records shares one allocation) and returns it as Result.JSON;
// Result.Unique may share that memory too (see Record.AppendJSONEmail).
// It must be safe for concurrent use; Run recovers a panic into a reject.
// row is lent for the call (a pointer: a Row by value, 12 words with buf,
// was copied through memory at each of three calls a row) and must not
// be kept or changed.
type Transform func(row *Row, buf []byte) Result
