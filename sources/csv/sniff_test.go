package csv

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestSniff(t *testing.T) {
	win := func(s string) string {
		b, err := charmap.Windows1254.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		name, data string
		delim      rune
		enc        string
		header     string // the header's second field
	}{
		{"comma utf-8", "id,ad,mail\n1,Ayşe,a@x.com\n2,\"Ali, Veli\",b@x.com\n", ',', "utf-8", "ad"},
		{"semicolon windows-1254", win("Üye No;Adı;E-posta\r\n1;Şükrü;a@x.com\r\n2;Çağrı, Ali;b@x.com\r\n"), ';', "windows-1254", "Adı"},
		{"tab with commas in values", "id\tad\tnot\n1\tAyşe\ta, b, c\n2\tAli\td, e\n", '\t', "utf-8", "ad"},
		{"pipe", "id|ad|mail\n1|Ayşe|a@x.com\n", '|', "utf-8", "ad"},
		{"utf-8 BOM", "\ufeffid;ad\n1;x\n", ';', "utf-8", "ad"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "u.csv")
			if err := os.WriteFile(p, []byte(tc.data), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Sniff(p, 10)
			if err != nil {
				t.Fatal(err)
			}
			if s.Delimiter != tc.delim || s.Encoding != tc.enc || s.Header[1] != tc.header || s.Header[0] != "id" && s.Header[0] != "Üye No" {
				t.Fatalf("got %q %s %q", s.Delimiter, s.Encoding, s.Header)
			}
		})
	}
	p := filepath.Join(t.TempDir(), "one.csv")
	os.WriteFile(p, []byte("justonecolumn\nx\n"), 0o600)
	if _, err := Sniff(p, 10); err == nil {
		t.Fatal("a file no delimiter splits: want an error")
	}
}
