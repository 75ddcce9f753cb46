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
	r, err := Open(p, "utf-8", map[string]string{"first_name": "ad", "email": "eposta"}, "id", pipeline.RecordKeys)
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
	r, err := Open(p, "windows-1254", nil, "email", nil)
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
	if _, err := Open(p, "utf-8", map[string]string{"first_name": "isim"}, "id", nil); err == nil || !strings.Contains(err.Error(), "no header isim (for first_name)") {
		t.Errorf("err = %v", err)
	}
	if _, err := Open(p, "utf-8", nil, "uye_id", nil); err == nil || !strings.Contains(err.Error(), `source.key: column "uye_id"`) {
		t.Errorf("err = %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "none.csv"), "utf-8", nil, "id", nil); err == nil {
		t.Error("missing file: no error")
	}
}
