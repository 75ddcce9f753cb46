package postgres

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for _, dsn := range []string{
		"postgres://shop:s3cret@db:5432/shop?sslmode=disable",
		"postgresql://shop:s3cret@db/shop",
		"postgres://shop@db/shop?password=s3cret",
		"host=db user=shop password=s3cret dbname=shop",
		"host=db password = 's3 cret' dbname=shop",
	} {
		got := Redact(dsn)
		if strings.Contains(got, "s3") || !strings.Contains(got, "shop") {
			t.Errorf("Redact(%q) = %q", dsn, got)
		}
	}
}
