package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"etl/configs"
	"etl/sources"
	"etl/sources/csv"
)

// initCSV is `etl init --driver csv --path FILE`: the delimiter and the
// encoding are guessed from the start of the file, its headers are mapped
// to record keys as a table's columns are, and the config is written and
// previewed.
func initCSV(ctx context.Context, path, outPath string, stdout io.Writer) error {
	s, err := csv.Sniff(path, initSample)
	if err != nil {
		return usageError{err}
	}
	t := sources.Table{Name: filepath.Base(path)}
	infos := make([]configs.ColumnInfo, len(s.Header))
	for i, h := range s.Header {
		t.Columns = append(t.Columns, sources.Column{Name: h, Type: "text"})
		infos[i] = configs.ColumnInfo{Name: h, Type: "text"}
		for _, row := range s.Rows {
			infos[i].Values = append(infos[i].Values, row[i])
		}
	}
	g := configs.GuessColumns(infos)
	key, keyNote := pickKey(t)
	if key != "" {
		keyNote = "looks like an id; check that it is unique and never empty"
	}
	// The config resolves a relative path against its own folder.
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	ref := abs
	if dir, err := filepath.Abs(filepath.Dir(outPath)); err == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			ref = rel
		}
	}
	delim := string(s.Delimiter)
	head := fmt.Sprintf("  driver: csv\n  path: %s\n  encoding: %s%s# guessed from the file's bytes\n  delimiter: %q%s# guessed: it splits every sampled line alike\n",
		yamlString(ref), s.Encoding, strings.Repeat(" ", max(1, 25-len(s.Encoding))), delim, strings.Repeat(" ", max(1, 23-len(fmt.Sprintf("%q", delim)))))
	about := fmt.Sprintf("The file %s was sampled (%d rows); its rows are read in file order, which stands in for key order", t.Name, len(s.Rows))
	yaml, todos := initYAML(about, head, "", false, t, key, keyNote, g, len(s.Rows), nil)
	summary := fmt.Sprintf("%s (%s, delimiter %q), key %s, %d of %d columns mapped (sampled %d rows)",
		t.Name, s.Encoding, delim, orTODO(key), len(g.Columns), len(t.Columns), len(s.Rows))
	return finishInit(ctx, outPath, yaml, summary, "", todos, nil, stdout)
}
