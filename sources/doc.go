// Package sources holds what the SQL sources share: a keyset-paged reader
// that streams a query's rows in key order on one read-only connection,
// and the SQL built for table + columns mode. The engines live in
// sources/mysql and sources/postgres, the CSV reader in sources/csv.
//
// Every value reaches the pipeline as text (a pipeline.Row's Text); each engine
// says how its native types become text, so that an impossible date is
// seen by the transforms exactly as the database holds it. An engine may
// also read pages straight off the socket under its driver (Dialect.Wire,
// Claim): both engines do, on connections in plain text.
package sources
