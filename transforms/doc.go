// Package transforms holds the normalization rules of docs/rules.md §3: one small
// pure function per field (phone, dates, gender, email, password, text,
// flags) and the Normalizer that applies them to a legacy row.
//
// A rule answers with a value, a warning (the value is dropped and the row
// still exported) or a reject (the row is not exported). No rule ever puts
// a password value into an error or a reject detail.
package transforms
