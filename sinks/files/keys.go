package files

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"etl/pipeline"
)

// A keys file sits beside a batch file (users-000001.keys.jsonl beside
// users-000001.json) and says, one line a record in the batch's order,
// what a run files that record under in its kind's ledger: its legacy
// key (a key of several columns as sources.JoinKey writes it), its
// unique value and its carry (pipeline.Result.Carry). The records alone
// do not say it: the legacy key is a source column no record holds, and
// a carry may hold values the record left out. `etl upload` reads it to
// file a dry run's records exactly as the run would have.
//
// A line is {"key":"7","unique":"ayse@example.com","carry":"BEF5xZ9l..."}:
// key and unique as JSON strings, or, when one is not UTF-8 (which JSON
// cannot carry), as key_base64 or unique_base64 instead; carry the
// base64 of its bytes, left out when the record carries nothing. The
// name ends in .jsonl, not .json, so that nothing that globs a kind's
// batch files (prefix-*.json) takes it for one.

// KeysExt ends the name of every keys file.
const KeysExt = ".keys.jsonl"

// KeysName is the name of the keys file of batch file batch.
func KeysName(batch string) string { return strings.TrimSuffix(batch, ".json") + KeysExt }

// Keys, when on, makes the sink write the keys file of each batch beside
// it, put in place (synced, renamed) with the batch and listed with its
// sha256 in the batch's manifest entry. A dry run turns it on: its
// records are filed in no ledger, and `etl upload` files them later.
func Keys(on bool) Option { return func(s *Sink) { s.keys = on } }

// RecordKeys are what one record is filed under: one line of a keys file.
type RecordKeys struct {
	Key, Unique string
	Carry       []byte // nil when the record carries nothing
}

// keysSize is room enough for appendKeys' lines of b.
func keysSize(b *pipeline.Batch) int {
	n := 0
	for i, k := range b.Keys {
		// Quotes and escapes may double a string; base64 takes 4/3.
		n += len(`{"key_base64":"","unique_base64":"","carry":""}`+"\n") + 2*len(k) + 2*len(b.Uniques[i]) + 2*len(b.Carries[i])
	}
	return n
}

// appendKeys appends the keys file lines of the batch's records.
func appendKeys(dst []byte, b *pipeline.Batch) []byte {
	for i, k := range b.Keys {
		dst = append(dst, '{')
		dst = appendKeyString(dst, "key", k)
		dst = append(dst, ',')
		dst = appendKeyString(dst, "unique", b.Uniques[i])
		if c := b.Carries[i]; len(c) > 0 {
			dst = append(dst, `,"carry":"`...)
			dst = base64.StdEncoding.AppendEncode(dst, c)
			dst = append(dst, '"')
		}
		dst = append(dst, "}\n"...)
	}
	return dst
}

// appendKeyString appends "name":"s", or "name_base64":"..." when s is
// not UTF-8: JSON would write its bad bytes as U+FFFD, and the ledger
// must get the very bytes a run files.
func appendKeyString(dst []byte, name, s string) []byte {
	if !utf8.ValidString(s) {
		dst = append(append(append(dst, '"'), name...), `_base64":"`...)
		dst = base64.StdEncoding.AppendEncode(dst, []byte(s))
		return append(dst, '"')
	}
	dst = append(append(append(dst, '"'), name...), `":`...)
	return pipeline.AppendString(dst, s)
}

// keysLine is a keys file line as read. A field given neither way is
// nil, so that a line without its key is refused rather than read as "".
type keysLine struct {
	Key          *string `json:"key"`
	KeyBase64    []byte  `json:"key_base64"`
	Unique       *string `json:"unique"`
	UniqueBase64 []byte  `json:"unique_base64"`
	Carry        []byte  `json:"carry"`
}

// ParseKeys reads the lines of a keys file, one RecordKeys a line.
func ParseKeys(data []byte) ([]RecordKeys, error) {
	var out []RecordKeys
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			return nil, fmt.Errorf("line %d does not end in a newline (the file was cut short)", n)
		}
		var l keysLine
		if err := json.Unmarshal(line, &l); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		key, err := either(l.Key, l.KeyBase64, "key")
		if err == nil {
			var unique string
			if unique, err = either(l.Unique, l.UniqueBase64, "unique"); err == nil {
				out = append(out, RecordKeys{Key: key, Unique: unique, Carry: l.Carry})
				continue
			}
		}
		return nil, fmt.Errorf("line %d: %w", n, err)
	}
	return out, nil
}

// either is a field given as a string or as the base64 of its bytes,
// exactly one of them.
func either(s *string, b64 []byte, name string) (string, error) {
	switch {
	case s != nil && b64 != nil:
		return "", fmt.Errorf("both %s and %s_base64", name, name)
	case s != nil:
		return *s, nil
	case b64 != nil:
		return string(b64), nil
	}
	return "", errors.New("no " + name)
}
