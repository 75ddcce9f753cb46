package kinds

import (
	"errors"
	"strings"
	"testing"
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
