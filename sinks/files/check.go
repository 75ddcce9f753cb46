package files

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	stdjson "encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"etl/pipeline"
)

// Problem is one way a batch file breaks the record contract (docs/rules.md §1).
type Problem struct {
	File  string
	Index int // record index in the file, -1 for the file itself
	Field string
	Msg   string
}

func (p Problem) String() string {
	if p.Index < 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s[%d].%s: %s", p.File, p.Index, p.Field, p.Msg)
}

// Contract is what the files of one record kind must hold: its batch
// files' prefix, its record keys in order, the checks of one record's
// values, and the key whose value two records may not share ("" for none).
type Contract struct {
	Prefix string
	Keys   []string
	// Record checks a record's values, decoded with numbers as
	// json.Number, calling bad for each problem.
	Record func(m map[string]any, bad func(field, format string, args ...any))
	Unique string
}

// CheckKinds validates the batch files of each contract in dir, and that
// the manifests list exactly those files with their checksums. Keys files
// (keys.go) are checked against the manifests too, and against their
// batches' record counts; they are not counted among the files.
func CheckKinds(dir string, contracts ...Contract) (files, records int, problems []Problem, err error) {
	found := false
	for _, c := range contracts {
		nf, nr, ps, err := c.check(dir)
		if err != nil {
			return 0, 0, nil, err
		}
		found = found || nf > 0 || len(ps) > 0
		files, records, problems = files+nf, records+nr, append(problems, ps...)
	}
	if !found {
		// A run that exported nothing writes no batch, only a manifest.
		for _, c := range contracts {
			if _, err := os.Stat(filepath.Join(dir, KindFile(ManifestFile, c.Prefix))); err == nil {
				return 0, 0, nil, nil
			}
		}
		return 0, 0, nil, fmt.Errorf("no batch files nor %s in %s: not a run folder", ManifestFile, dir)
	}
	return files, records, problems, nil
}

func (c Contract) check(dir string) (files, records int, problems []Problem, err error) {
	manifest := KindFile(ManifestFile, c.Prefix)
	names, err := filepath.Glob(filepath.Join(dir, c.Prefix+"-*.json"))
	if err != nil {
		return 0, 0, nil, err
	}
	sort.Strings(names)
	listed, keyed, hasManifest, err := manifestBatches(dir, manifest)
	if err != nil {
		return 0, 0, nil, err
	}
	seen := map[string]string{}
	for _, path := range names {
		name := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			return 0, 0, nil, fmt.Errorf("read %s: %w", name, err)
		}
		if hasManifest {
			sum := sha256.Sum256(data)
			switch want, ok := listed[name]; {
			case !ok:
				problems = append(problems, Problem{File: name, Index: -1, Msg: "not listed in " + manifest + " (left by a killed run?)"})
			case want != hex.EncodeToString(sum[:]):
				problems = append(problems, Problem{File: name, Index: -1, Msg: "sha256 differs from " + manifest})
			}
			delete(listed, name)
		}
		var recs []stdjson.RawMessage
		if err := stdjson.Unmarshal(data, &recs); err != nil {
			problems = append(problems, Problem{File: name, Index: -1, Msg: "not a JSON array: " + err.Error()})
			continue
		}
		files++
		for i, raw := range recs {
			records++
			m, ps := c.checkRecord(raw)
			for _, p := range ps {
				p.File, p.Index = name, i
				problems = append(problems, p)
			}
			if v, ok := m[c.Unique].(string); ok && c.Unique != "" && v != "" {
				where := fmt.Sprintf("%s[%d]", name, i)
				if prev, ok := seen[v]; ok {
					problems = append(problems, Problem{File: name, Index: i, Field: c.Unique, Msg: "same " + c.Unique + " as " + prev})
				} else {
					seen[v] = where
				}
			}
		}
	}
	ps, err := checkKeysFiles(dir, c.Prefix, manifest, keyed, hasManifest)
	if err != nil {
		return 0, 0, nil, err
	}
	problems = append(problems, ps...)
	for name := range listed {
		problems = append(problems, Problem{File: name, Index: -1, Msg: "listed in " + manifest + " but missing"})
	}
	return files, records, problems, nil
}

// checkKeysFiles checks the keys files of a kind in dir against the
// batches that list them (keyed, by keys file name): listed, the same
// sha256, a line for each of the batch's records. A keys file the
// manifest does not list is a stray, as a batch file would be.
func checkKeysFiles(dir, prefix, manifest string, keyed map[string]pipeline.BatchInfo, hasManifest bool) ([]Problem, error) {
	var problems []Problem
	names, err := filepath.Glob(filepath.Join(dir, prefix+"-*"+KeysExt))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, path := range names {
		name := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		lines, perr := ParseKeys(data)
		if perr != nil {
			problems = append(problems, Problem{File: name, Index: -1, Msg: "not a keys file: " + perr.Error()})
		}
		if !hasManifest {
			continue
		}
		b, ok := keyed[name]
		delete(keyed, name)
		sum := sha256.Sum256(data)
		switch {
		case !ok:
			problems = append(problems, Problem{File: name, Index: -1, Msg: "not listed in " + manifest + " (left by a killed run?)"})
		case b.KeysSHA256 != hex.EncodeToString(sum[:]):
			problems = append(problems, Problem{File: name, Index: -1, Msg: "sha256 differs from " + manifest})
		case perr == nil && len(lines) != b.Records:
			problems = append(problems, Problem{File: name, Index: -1,
				Msg: fmt.Sprintf("%d lines for the %d records of %s", len(lines), b.Records, b.File)})
		}
	}
	for name, b := range keyed {
		problems = append(problems, Problem{File: name, Index: -1, Msg: "listed in " + manifest + " (the keys of " + b.File + ") but missing"})
	}
	return problems, nil
}

// manifestBatches reads the batch files and checksums a manifest lists,
// and its batches that have a keys file, by the keys file's name.
func manifestBatches(dir, file string) (map[string]string, map[string]pipeline.BatchInfo, bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, file))
	if os.IsNotExist(err) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	var m struct {
		Batches []pipeline.BatchInfo `json:"batches"`
	}
	if err := stdjson.Unmarshal(data, &m); err != nil {
		return nil, nil, false, fmt.Errorf("read %s: %w", file, err)
	}
	listed, keyed := map[string]string{}, map[string]pipeline.BatchInfo{}
	for _, b := range m.Batches {
		listed[b.File] = b.SHA256
		if b.Keys != "" {
			keyed[b.Keys] = b
		}
	}
	return listed, keyed, true, nil
}

// checkRecord checks one record's keys, their order and, when they are
// right, every value; m is the record decoded (nil if it is not JSON).
func (c Contract) checkRecord(raw []byte) (m map[string]any, out []Problem) {
	bad := func(field, format string, args ...any) {
		out = append(out, Problem{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	keys, err := objectKeys(raw)
	if err != nil {
		return nil, []Problem{{Field: "(record)", Msg: err.Error()}}
	}
	d := stdjson.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&m); err != nil {
		return nil, []Problem{{Field: "(record)", Msg: err.Error()}}
	}
	if strings.Join(keys, ",") != strings.Join(c.Keys, ",") {
		bad("(record)", "keys are %v, want exactly %v in that order", keys, c.Keys)
		return m, out
	}
	if c.Record != nil {
		c.Record(m, bad)
	}
	return m, out
}

// objectKeys lists the keys of a JSON object in the order they appear.
func objectKeys(raw []byte) ([]string, error) {
	d := stdjson.NewDecoder(bytes.NewReader(raw))
	t, err := d.Token()
	if err != nil || t != stdjson.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	var keys []string
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return nil, err
		}
		keys = append(keys, t.(string))
		var skip stdjson.RawMessage
		if err := d.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return keys, nil
}
