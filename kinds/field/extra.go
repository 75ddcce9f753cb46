package field

import (
	"bytes"
	"sort"
	"strings"

	"github.com/segmentio/encoding/json"

	"etl/pipeline"
	"etl/transforms"
)

// Input columns of extra_field: a JSON object, and one column a key.
const (
	ExtraColumn = "extra_field"
	extraPrefix = "extra_field."
)

// Extra reads extra_field as users' attributes are read (SPEC §2, §10):
// an extra_field JSON object column and extra_field.<name> columns, a
// column winning over the same key in the JSON; null columns are left
// out. The zero Extra has no column.
type Extra struct {
	json int // the JSON column + 1; 0 when absent
	cols []extraColumn
}

type extraColumn struct {
	name string
	i    int
}

// Column takes source column i when its name is extra_field or
// extra_field.<name>, and reports whether it did.
func (e *Extra) Column(name string, i int) bool {
	switch {
	case name == ExtraColumn:
		e.json = i + 1
	case strings.HasPrefix(name, extraPrefix) && len(name) > len(extraPrefix):
		e.cols = append(e.cols, extraColumn{name[len(extraPrefix):], i})
		sort.SliceStable(e.cols, func(a, b int) bool { return e.cols[a].name < e.cols[b].name })
	default:
		return false
	}
	return true
}

// Append appends the row's extra_field as a JSON object with sorted keys
// ({} when it has none). A JSON column that is not an object makes why
// say so, and b comes back as it was.
func (e *Extra) Append(b []byte, row *pipeline.Row) (_ []byte, why string) {
	if e.json == 0 {
		return e.appendColumns(b, row), ""
	}
	var m map[string]json.RawMessage
	if f := row.Field(e.json - 1); f.Valid {
		if s := strings.TrimSpace(f.V); s != "" && s != "null" {
			js := []byte(strings.ToValidUTF8(s, "\uFFFD"))
			switch {
			case !json.Valid(js):
				return b, "the extra_field column is not JSON"
			case js[0] != '{':
				return b, "the extra_field column is JSON but not an object"
			}
			if err := json.Unmarshal(js, &m); err != nil {
				return b, "the extra_field column is not a JSON object"
			}
		}
	}
	for _, c := range e.cols {
		f := row.Field(c.i)
		if !f.Valid {
			continue
		}
		if m == nil {
			m = map[string]json.RawMessage{}
		}
		m[c.name] = json.AppendEscape(nil, transforms.Text(f.V), 0)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	from := len(b)
	out := bytes.NewBuffer(b) // appends in place where b has room
	out.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			out.WriteByte(',')
		}
		out.Write(pipeline.AppendString(out.AvailableBuffer(), k))
		out.WriteByte(':')
		if err := json.Compact(out, m[k]); err != nil {
			return b[:from], "an extra_field value is not valid JSON"
		}
	}
	out.WriteByte('}')
	return out.Bytes(), ""
}

// appendColumns is Append without a JSON column: the columns are sorted
// already, so the object is written directly.
func (e *Extra) appendColumns(b []byte, row *pipeline.Row) []byte {
	b = append(b, '{')
	first := true
	for _, c := range e.cols {
		f := row.Field(c.i)
		if !f.Valid {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = pipeline.AppendString(b, c.name)
		b = append(b, ':')
		b = pipeline.AppendString(b, transforms.Text(f.V))
	}
	return append(b, '}')
}
