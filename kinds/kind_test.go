package kinds

import (
	"errors"
	"strings"
	"testing"

	"etl/pipeline"
)

// broken is a ledger that cannot be read.
type broken struct{}

func (broken) Lookup(string) (string, bool, error)      { return "", false, errors.New("disk gone") }
func (broken) UniqueOwner(string) (string, bool, error) { return "", false, errors.New("disk gone") }
func (broken) Rejected(key string) (string, bool)       { return "email invalid", key == "7" }

// TestParentFails: a parent ledger's error reaches Env.Fail, since a
// transform cannot return it, and Customer gives no why for it.
func TestParentFails(t *testing.T) {
	var failed []error
	env := Env{Parents: map[string]Ledger{"users": broken{}}, Fail: func(err error) { failed = append(failed, err) }}
	l, err := env.Parent("users")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _, err := Customer(l, "7"); ok || err == nil {
		t.Fatalf("Customer of a broken ledger: ok %v, err %v", ok, err)
	}
	if _, _, err := l.UniqueOwner("SIP-1"); err == nil {
		t.Fatal("UniqueOwner of a broken ledger gave no error")
	}
	if len(failed) != 2 || !strings.Contains(failed[0].Error(), "look up 7 in the users ledger: disk gone") {
		t.Fatalf("Fail was told %v", failed)
	}
	if why, ok := l.(Explainer).Rejected("7"); !ok || why != "email invalid" {
		t.Fatalf("the wrapped ledger lost its explanations: %q %v", why, ok)
	}
	if _, err := env.Parent("orders"); err == nil {
		t.Fatal("a parent that is not open was given")
	}
}

// carrying is a ledger of one user, 1, who carries its names.
type carrying struct{ carry string }

func (carrying) Lookup(key string) (string, bool, error)  { return "ayse@example.com", key == "1", nil }
func (carrying) UniqueOwner(string) (string, bool, error) { return "", false, nil }
func (c carrying) LookupCarry(key string) (string, Carried, bool, error) {
	return "ayse@example.com", MakeCarried([]string{"first_name", "last_name"}, c.carry), key == "1", nil
}

// TestCarried: a child reads what its parent carries by name, through
// Env.Parent too; an entry with no carry, one that is not a carry and a
// ledger that keeps none give values that are not Known.
func TestCarried(t *testing.T) {
	names := string(pipeline.AppendCarry(nil, "Ayşe", "Yılmaz"))
	tests := []struct {
		name        string
		l           Ledger
		known       bool
		first, last string
	}{
		{"carried", carrying{names}, true, "Ayşe", "Yılmaz"},
		{"written before carries", carrying{""}, false, "", ""},
		{"not a carry", carrying{"\x09Ay"}, false, "", ""},
		{"one value of two", carrying{string(pipeline.AppendCarry(nil, "Ayşe"))}, false, "", ""},
		{"a ledger that keeps none", broken{}, false, "", ""},
	}
	for _, tt := range tests {
		env := Env{Parents: map[string]Ledger{"users": tt.l}, Fail: func(error) {}}
		l, err := env.Parent("users")
		if err != nil {
			t.Fatal(err)
		}
		_, c, _, _, _ := CustomerCarried(l, "1")
		if c.Known() != tt.known || c.Get("first_name") != tt.first || c.Get("last_name") != tt.last || c.Get("email") != "" {
			t.Errorf("%s: known %v, %q %q; want %v, %q %q", tt.name, c.Known(), c.Get("first_name"), c.Get("last_name"), tt.known, tt.first, tt.last)
		}
	}
}
