// Package configs loads and validates the legacy.yaml config (see
// legacy.example.yaml in this folder). Loading expands ${VAR} and
// ${VAR:-default}, rejects unknown keys and wrong types, and reports every
// problem at once with its key path; Validate does no I/O, so a bad config
// fails before any connection is opened. Kinds and Reading tell which
// kinds a config migrates and how each is read, in either of its forms
// (docs/config.md).
package configs
