package csv

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Sniffed is what a sample of a CSV file says about it.
type Sniffed struct {
	Delimiter rune
	Encoding  string // utf-8 or windows-1254
	Header    []string
	Rows      [][]string // up to the n asked for, each as wide as the header
}

// delimiters are the separators spreadsheets and dump tools write.
var delimiters = []rune{',', ';', '\t', '|'}

// Sniff reads the start of path and guesses its delimiter and encoding:
// UTF-8 when the bytes are valid UTF-8, else windows-1254 (Excel's
// Turkish code page); the delimiter that splits the header and the rows
// into the same number of fields, more than one, the most often. It
// returns the header and up to n rows read with them.
func Sniff(path string, n int) (*Sniffed, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open csv: %w", err)
	}
	defer f.Close()
	buf := make([]byte, 256<<10)
	k, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("read csv %s: %w", path, err)
	}
	buf = buf[:k]
	if k == len(buf) { // cut mid-file: keep whole lines only
		if i := bytes.LastIndexByte(buf, '\n'); i > 0 {
			buf = buf[:i+1]
		}
	}
	s := &Sniffed{Encoding: "utf-8"}
	if !utf8.Valid(buf) {
		s.Encoding = "windows-1254"
	}
	text, err := io.ReadAll(decode(bytes.NewReader(buf), s.Encoding))
	if err != nil {
		return nil, fmt.Errorf("decode csv %s as %s: %w", path, s.Encoding, err)
	}
	best := -1.0
	for _, d := range delimiters {
		recs := parse(string(text), d, n+1)
		if len(recs) == 0 || len(recs[0]) < 2 {
			continue
		}
		same := 0
		for _, r := range recs[1:] {
			if len(r) == len(recs[0]) {
				same++
			}
		}
		// Consistent widths first; among those, more fields.
		score := float64(same+1)/float64(len(recs))*1000 + float64(len(recs[0]))
		if score > best {
			best, s.Delimiter, s.Header = score, d, recs[0]
			s.Rows = nil
			for _, r := range recs[1:] {
				if len(r) == len(recs[0]) {
					s.Rows = append(s.Rows, r)
				}
			}
		}
	}
	if s.Delimiter == 0 {
		return nil, fmt.Errorf("csv %s: no delimiter (comma, semicolon, tab or |) splits its header into more than one field", path)
	}
	s.Header[0] = strings.TrimPrefix(s.Header[0], "\ufeff")
	return s, nil
}

// parse reads up to n records of text split at d, stopping at the first
// malformed one.
func parse(text string, d rune, n int) [][]string {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma, cr.FieldsPerRecord = d, -1
	var out [][]string
	for len(out) < n {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		out = append(out, rec)
	}
	return out
}
