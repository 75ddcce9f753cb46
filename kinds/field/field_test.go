package field

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"etl/pipeline"
)

func TestCut(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
		cut  bool
	}{
		{"kısa adres", 20, "kısa adres", false},
		{"abc def", 7, "abc def", false},
		{"abc def ghi", 7, "abc def", true},  // the limit falls on a space
		{"abc def ghi", 9, "abc def", true},  // inside a word: back to the space
		{"abcdefghij", 4, "abcd", true},      // no space: at the limit
		{"ab cdefghij", 5, "ab", true},       //
		{"çğıöşü çğıöşü", 8, "çğıöşü", true}, // characters, not bytes
		{"ççççççççç", 3, "ççç", true},
	} {
		got, cut := Cut(tc.in, tc.max)
		if got != tc.want || cut != tc.cut {
			t.Errorf("Cut(%q, %d) = %q, %v; want %q, %v", tc.in, tc.max, got, cut, tc.want, tc.cut)
		}
		if utf8.RuneCountInString(got) > tc.max || strings.HasSuffix(got, " ") {
			t.Errorf("Cut(%q, %d) = %q", tc.in, tc.max, got)
		}
	}
	long := strings.Repeat("Atatürk Cad. No 5 ", 40)
	long = long[:len(long)-1]
	got, cut := Cut(long, 512)
	if !cut || utf8.RuneCountInString(got) > 512 || !strings.HasPrefix(long, got) || long[len(got)] != ' ' {
		t.Errorf("Cut of a long address: %d characters, cut %v", utf8.RuneCountInString(got), cut)
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		in  string
		n   int
		st  CountStatus
		why string
	}{
		{"1", 1, CountOK, ""},
		{" 12 ", 12, CountOK, ""},
		{"2.000", 2, CountOK, ""}, // DECIMAL
		{"2.0", 2, CountOK, ""},
		{"007", 7, CountOK, ""},
		{"2147483647", 2147483647, CountOK, ""},
		{"", 0, CountEmpty, ""},
		{"  ", 0, CountEmpty, ""},
		{"0", 0, CountZero, ""},
		{"0.000", 0, CountZero, ""},
		{"2.5", 0, CountInvalid, "a fraction"},
		{"2.001", 0, CountInvalid, "a fraction"},
		{"-1", 0, CountInvalid, "negative"},
		{"-0", 0, CountInvalid, "negative"},
		{"2147483648", 0, CountInvalid, "larger"},
		{"99999999999999999999999", 0, CountInvalid, "larger"},
		{"2,000", 0, CountInvalid, "not a whole number"},
		{"1e3", 0, CountInvalid, "not a whole number"},
		{"2.", 0, CountInvalid, "not a whole number"},
		{".5", 0, CountInvalid, "a fraction"},
		{"+2", 0, CountInvalid, "not a whole number"},
		{"iki", 0, CountInvalid, "not a whole number"},
	} {
		n, st, why := Count(tc.in)
		if n != tc.n || st != tc.st || !strings.Contains(why, tc.why) {
			t.Errorf("Count(%q) = %d, %v, %q; want %d, %v, …%q…", tc.in, n, st, why, tc.n, tc.st, tc.why)
		}
	}
}

const null = "\x00NULL"

func row(vals ...string) pipeline.Row {
	fs := make([]pipeline.Field, len(vals))
	for i, v := range vals {
		fs[i] = pipeline.Field{V: v, Valid: v != null}
		if v == null {
			fs[i].V = ""
		}
	}
	return pipeline.MakeRow("k", fs)
}

func TestExtra(t *testing.T) {
	for _, tc := range []struct {
		name    string
		columns []string
		vals    []string
		want    string // the object, or the refusal's detail
	}{
		{"none", []string{"number"}, []string{"1"}, `{}`},
		{"columns sorted", []string{"extra_field.z", "extra_field.a"}, []string{"son", " ilk  değer "}, `{"a":"ilk değer","z":"son"}`},
		{"null column left out", []string{"extra_field.a", "extra_field.b"}, []string{null, "x"}, `{"b":"x"}`},
		{"mojibake repaired", []string{"extra_field.not"}, []string{"Ã‡aÄŸrÄ±"}, `{"not":"Çağrı"}`},
		{"JSON", []string{"extra_field"}, []string{` {"b": [1, 2], "a": {"x": null}} `}, `{"a":{"x":null},"b":[1,2]}`},
		{"JSON null", []string{"extra_field"}, []string{"null"}, `{}`},
		{"JSON empty", []string{"extra_field"}, []string{""}, `{}`},
		{"JSON NULL", []string{"extra_field"}, []string{null}, `{}`},
		{"column wins", []string{"extra_field", "extra_field.a"}, []string{`{"a": 1, "b": 2}`, "kolon"}, `{"a":"kolon","b":2}`},
		{"column added", []string{"extra_field", "extra_field.c"}, []string{`{"a": 1}`, "3"}, `{"a":1,"c":"3"}`},
		{"not an object", []string{"extra_field"}, []string{`[1, 2]`}, "JSON but not an object"},
		{"a string", []string{"extra_field"}, []string{`"x"`}, "JSON but not an object"},
		{"not JSON", []string{"extra_field"}, []string{`{a: 1}`}, "not JSON"},
		{"bad UTF-8", []string{"extra_field"}, []string{"{\"a\": \"\xff\"}"}, `{"a":"` + "\uFFFD" + `"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var e Extra
			for i, c := range tc.columns {
				if want := strings.HasPrefix(c, "extra_field"); e.Column(c, i) != want {
					t.Fatalf("Column(%q) = %v", c, !want)
				}
			}
			r := row(tc.vals...)
			prefix := []byte(`{"x":`)
			got, why := e.Append(prefix, &r)
			if why != "" {
				if !strings.Contains(why, tc.want) || string(got) != string(prefix) {
					t.Fatalf("refused with %q and %q; want %q", why, got, tc.want)
				}
				return
			}
			obj := strings.TrimPrefix(string(got), string(prefix))
			if obj != tc.want {
				t.Fatalf("got %s, want %s", obj, tc.want)
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(obj), &m); err != nil {
				t.Fatalf("%s: %v", obj, err)
			}
		})
	}
	var e Extra
	if e.Column("extra_field.", 0) || e.Column("extra", 0) {
		t.Error("Column takes extra_field. or extra")
	}
}
