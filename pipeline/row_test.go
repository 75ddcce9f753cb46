package pipeline

import (
	"reflect"
	"testing"
)

func TestMakeRowGivesBackItsFields(t *testing.T) {
	fields := []Field{{V: "7", Valid: true}, {}, {V: "", Valid: true}, {V: "Şükrü", Valid: true}, {}, {V: "a@b.co", Valid: true}}
	r := MakeRow("7", fields)
	if r.Key != "7" || r.NumFields() != len(fields) {
		t.Fatalf("key %q, %d fields", r.Key, r.NumFields())
	}
	for i, want := range fields {
		if got := r.Field(i); got != want {
			t.Errorf("field %d = %+v, want %+v", i, got, want)
		}
	}
	if r.Text != "7Şükrüa@b.co" {
		t.Errorf("text %q", r.Text)
	}
	if empty := MakeRow("k", nil); empty.NumFields() != 0 || empty.Text != "" {
		t.Errorf("no fields: %+v", empty)
	}
}

// The reader cuts spans from slabs of thousands of rows. A pointer in a
// Span would make the collector scan every slab again, which was most of
// its work on a run before rows were spans.
func TestSpanHoldsNoPointers(t *testing.T) {
	typ := reflect.TypeOf(Span{})
	for i := range typ.NumField() {
		switch k := typ.Field(i).Type.Kind(); k {
		case reflect.Int32, reflect.Uint32, reflect.Int64, reflect.Uint64, reflect.Int, reflect.Uint, reflect.Bool:
		default:
			t.Errorf("Span.%s is a %s: spans must hold no pointers", typ.Field(i).Name, k)
		}
	}
}
