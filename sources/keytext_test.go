package sources_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"etl/sources"
)

// TestJoinKey: a key of one column is its value; one of several is the
// JSON array encoding/json writes (without its HTML escapes), and splits
// back into the same values.
func TestJoinKey(t *testing.T) {
	cases := []struct {
		parts []string
		want  string
	}{
		{[]string{"12"}, "12"},
		{[]string{`["a"]`}, `["a"]`}, // one column: as it is, whatever it looks like
		{[]string{""}, ""},
		{[]string{"12", "3"}, `["12","3"]`},
		{[]string{"", ""}, `["",""]`},
		{[]string{`a"b`, `c\d`, "x"}, `["a\"b","c\\d","x"]`},
		{[]string{"ğüş", "😀", "<a&b>"}, `["ğüş","😀","<a&b>"]`},
		{[]string{"a\nb\tc\r", "\x00\x1f\x7f"}, `["a\nb\tc\r","\u0000\u001f` + "\x7f" + `"]`},
		{[]string{"\u2028", "\u2029"}, `["\u2028","\u2029"]`},
		{[]string{"2024-01-01 10:00:00.5Z", "-1.50"}, `["2024-01-01 10:00:00.5Z","-1.50"]`},
	}
	for _, c := range cases {
		got := sources.JoinKey(c.parts)
		if got != c.want {
			t.Errorf("JoinKey(%q) = %s, want %s", c.parts, got, c.want)
		}
		if app := string(sources.AppendKey([]byte("x"), c.parts)); app != "x"+c.want {
			t.Errorf("AppendKey(%q) = %s", c.parts, app)
		}
		if len(c.parts) > 1 {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			enc.Encode(c.parts)
			if std := strings.TrimSuffix(b.String(), "\n"); std != got {
				t.Errorf("JoinKey(%q) = %s, encoding/json writes %s", c.parts, got, std)
			}
		}
		back, err := sources.SplitKey(got, len(c.parts))
		if err != nil || strings.Join(back, "\x00|") != strings.Join(c.parts, "\x00|") || len(back) != len(c.parts) {
			t.Errorf("SplitKey(%s) = %q, %v; want %q", got, back, err, c.parts)
		}
	}
}

// TestSplitKeyRefuses: text that is not the array of as many strings as
// the key has columns is an error naming it, not a key.
func TestSplitKeyRefuses(t *testing.T) {
	for _, c := range []struct {
		key string
		n   int
	}{
		{`["1","2","3"]`, 2},
		{`["1"]`, 2},
		{`[1,2]`, 2},
		{`12`, 2},
		{`["1",null]`, 2},
		{``, 2},
		{`["1","2"`, 2},
	} {
		if parts, err := sources.SplitKey(c.key, c.n); err == nil || !strings.Contains(err.Error(), "JSON array of 2 strings") {
			t.Errorf("SplitKey(%s, %d) = %q, %v", c.key, c.n, parts, err)
		}
	}
	// Spaces are JSON all the same.
	if parts, err := sources.SplitKey(`[ "1" , "2" ]`, 2); err != nil || parts[0] != "1" || parts[1] != "2" {
		t.Errorf("spaced: %q, %v", parts, err)
	}
}

// TestJoinKeyNotUTF8: bytes JSON cannot carry are replaced, as
// encoding/json does; the readers refuse such values (ValidKeyPart).
func TestJoinKeyNotUTF8(t *testing.T) {
	if got := sources.JoinKey([]string{"a\xffb", "c"}); got != `["a\ufffdb","c"]` {
		t.Errorf("got %s", got)
	}
	if sources.ValidKeyPart("a\xffb") || !sources.ValidKeyPart("ğ") {
		t.Error("ValidKeyPart")
	}
}
