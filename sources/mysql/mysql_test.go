package mysql

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	got := Redact("shop:s3cret@tcp(db:3306)/shop?charset=utf8mb4")
	if strings.Contains(got, "s3cret") || !strings.Contains(got, "shop") {
		t.Errorf("Redact = %q", got)
	}
	if got := Redact("root@tcp(127.0.0.1:3306)/shop"); !strings.Contains(got, "root@tcp(127.0.0.1:3306)/shop") {
		t.Errorf("Redact = %q", got)
	}
}
