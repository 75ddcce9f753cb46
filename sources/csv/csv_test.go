package csv

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"etl/pipeline"
	"etl/sources"
	"etl/transforms"
)

func write(t *testing.T, content string) string {
	p := filepath.Join(t.TempDir(), "in.csv")
	os.WriteFile(p, []byte(content), 0o600)
	return p
}

func all(t *testing.T, r *Reader) []pipeline.Row {
	var rows []pipeline.Row
	for {
		row, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return rows
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
	}
}

func TestReadMapped(t *testing.T) {
	p := write(t, "\ufeffid,ad,eposta,not\n1,Ayşe,a@x.com,\\N\n2,\"Veli, Jr.\",,x\n3,bad\n\"4,oops\n")
	r, err := Open(p, "utf-8", map[string]string{"first_name": "ad", "email": "eposta"}, []string{"id"}, transforms.RecordKeys)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(r.Columns(), ","); got != "first_name,email,id" {
		t.Fatalf("columns %s", got)
	}
	rows := all(t, r)
	if len(rows) != 4 {
		t.Fatalf("rows %+v", rows)
	}
	if rows[0].Key != "1" || rows[0].Field(0).V != "Ayşe" || rows[1].Field(0).V != "Veli, Jr." || rows[1].Field(1).Valid {
		t.Errorf("rows %+v", rows[:2])
	}
	if rows[2].Err == "" || rows[2].Key != "line 4" {
		t.Errorf("short row: %+v", rows[2])
	}
	if rows[3].Err == "" || !strings.HasPrefix(rows[3].Key, "line 5") {
		t.Errorf("bad quote: %+v", rows[3])
	}
}

func TestReadEncoding(t *testing.T) {
	p := write(t, "email,first_name\n\xfe@x.com,\xde\xfckr\xfc\n")
	r, err := Open(p, "windows-1254", nil, []string{"email"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rows := all(t, r)
	if rows[0].Key != "ş@x.com" || rows[0].Field(1).V != "Şükrü" {
		t.Fatalf("rows %+v", rows)
	}
}

func TestOpenErrors(t *testing.T) {
	p := write(t, "id,ad\n1,x\n")
	if _, err := Open(p, "utf-8", map[string]string{"first_name": "isim"}, []string{"id"}, nil); err == nil || !strings.Contains(err.Error(), "no header isim (for first_name)") {
		t.Errorf("err = %v", err)
	}
	if _, err := Open(p, "utf-8", nil, []string{"uye_id"}, nil); err == nil || !strings.Contains(err.Error(), `source.key: column "uye_id"`) {
		t.Errorf("err = %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "none.csv"), "utf-8", nil, []string{"id"}, nil); err == nil {
		t.Error("missing file: no error")
	}
}

// TestCompositeKey: a key of several columns is the JSON array of their
// values, in file order (not sorted, as a key of one column is not); a
// row missing any of them is a reject naming the column.
func TestCompositeKey(t *testing.T) {
	p := write(t, "siparis,satir,urun\n12,3,a\n12,1,b\n7,\\N,c\n7,2,\n\"a\"\"b\",1,d\n,1,e\n")
	cases := []struct {
		name    string
		columns map[string]string
		want    []string // each row's key, or its error after a |
	}{
		{"headers", nil, []string{`["12","3"]`, `["12","1"]`, "line 4|empty key column satir", `["7","2"]`, `["a\"b","1"]`, "line 7|empty key column siparis"}},
		{"mapped", map[string]string{"product": "urun"}, []string{`["12","3"]`, `["12","1"]`, "line 4|empty key column satir", `["7","2"]`, `["a\"b","1"]`, "line 7|empty key column siparis"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Open(p, "utf-8", c.columns, []string{"siparis", "satir"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			var got []string
			for _, row := range all(t, r) {
				if row.Err != "" {
					got = append(got, row.Key+"|"+row.Err)
				} else {
					got = append(got, row.Key)
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Fatalf("keys\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
	// Each back as the values it was made of.
	r, _ := Open(p, "utf-8", nil, []string{"satir", "siparis"}, nil)
	defer r.Close()
	row, _ := r.Next(context.Background())
	if parts, err := sources.SplitKey(row.Key, 2); err != nil || parts[0] != "3" || parts[1] != "12" {
		t.Errorf("key %s splits into %q, %v", row.Key, parts, err)
	}
	// One column stays the bare value, and its reject says "empty key".
	r1, _ := Open(p, "utf-8", nil, []string{"satir"}, nil)
	defer r1.Close()
	rows := all(t, r1)
	if rows[0].Key != "3" || rows[2].Err != "empty key" {
		t.Errorf("one column: %+v, %+v", rows[0], rows[2])
	}
}

// TestCompositeKeyErrors: a key column that is not in the file, or
// named twice, is refused when the file opens; a key value that is not
// UTF-8 (the wrong source.encoding) is a reject, not a lossy key.
func TestCompositeKeyErrors(t *testing.T) {
	p := write(t, "a,b\n1,2\n")
	if _, err := Open(p, "utf-8", nil, []string{"a", "c"}, nil); err == nil || !strings.Contains(err.Error(), `source.key: column "c"`) {
		t.Errorf("missing column: %v", err)
	}
	if _, err := Open(p, "utf-8", nil, []string{"a", "a"}, nil); err == nil || !strings.Contains(err.Error(), `"a" named twice`) {
		t.Errorf("twice: %v", err)
	}
	if _, err := Open(p, "utf-8", nil, nil, nil); err == nil || !strings.Contains(err.Error(), "source.key") {
		t.Errorf("none: %v", err)
	}
	p = write(t, "a,b\n1,\xfe\n")
	r, err := Open(p, "utf-8", nil, []string{"a", "b"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if rows := all(t, r); len(rows) != 1 || rows[0].Key != "line 2" || !strings.Contains(rows[0].Err, "key column b is not UTF-8") {
		t.Errorf("rows %+v", rows)
	}
}
