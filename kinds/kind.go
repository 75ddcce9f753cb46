// Package kinds says what a record kind of Omnitron's migration is (users,
// addresses, old orders, old order items): one value per kind, which the
// shared machinery (the runner's dedupe, the ledger, the files sink, the
// uploader, check and preview) takes instead of naming any kind's fields.
// Each kind is a package of its own that exports its Kind; one list in
// cmd/etl names the kinds a job may run, in Omnitron's order.
package kinds

import (
	"fmt"
	"sync/atomic"
	"time"

	"etl/configs"
	"etl/pipeline"
)

// Kind is one record kind.
type Kind struct {
	// Name is Omnitron's name of the kind ("user"): in reject lines and
	// logs.
	Name string
	// Plural names the kind's config section, the prefix of its batch
	// files (users-000001.json) and its folder in the state dir.
	Plural string
	// Keys are the record's keys in the order they are written.
	Keys []string
	// Parents are the kinds (Plural) whose exported records this kind's
	// rows reference: they run first, and their ledgers are its Env.Parents.
	Parents []string
	// Money are the input columns read as amounts (SPEC §10): etl
	// validate and etl init warn when one is a single-precision float.
	Money []string
	// Unique is the rule for records that share Result.Unique.
	Unique pipeline.Unique
	// Carry names the values a record hands on to the kinds that
	// reference it (users: first_name, last_name, which an address
	// without names takes), in the order its transform appends them as
	// Result.Carry (pipeline.AppendCarry). The ledger keeps them with the
	// record's key; a child reads them with Carried.
	Carry []string
	// Check checks one exported record's values for etl check (its keys
	// and their order are checked against Keys), calling bad for each
	// problem; numbers come as json.Number.
	Check func(rec map[string]any, bad func(field, format string, args ...any))
	// Settings, if set, returns the config settings of the kind's own
	// rules (normalize.address): a change to them reads the kind's
	// rejected rows again, as a change to normalize: does users'.
	Settings func(cfg *configs.Config) any
	// Open builds the transform for a source's columns, reporting every
	// column problem at once, before any row is read.
	Open func(env Env) (pipeline.Transform, error)
}

// Env is what a kind's transform is built from.
type Env struct {
	// Columns are the source's columns, in row order; Extra are the
	// columns allowed without being record keys (the key and the cursor).
	Columns, Extra []string
	// Types are the source's column types, in the order of Columns, as
	// its driver names them ("DECIMAL", "FLOAT8"); nil when the source
	// does not say (a CSV file). Money is read by them (SPEC §10: a
	// DECIMAL is exact, a FLOAT rounded).
	Types  []string
	Config *configs.Config
	// Now is the run's "today" in every date rule.
	Now time.Time
	// Parents are the ledgers of the kinds the rows reference, by
	// Plural.
	Parents map[string]Ledger
	// Fail, if set, is told of an error a transform cannot return (a
	// parent ledger that could not be read): the run fails with it once
	// the rows read are accounted for.
	Fail func(error)
}

// Ledger answers for the records a kind exported, in this run and
// earlier ones.
type Ledger interface {
	// Lookup returns the unique value (a user's email) the record of this
	// key was exported with, or ok false when it was not exported.
	Lookup(key string) (unique string, ok bool, err error)
	// UniqueOwner returns the key a record with this unique value (an
	// order's number) was exported under.
	UniqueOwner(unique string) (key string, ok bool, err error)
}

// Carrier is a Ledger that also keeps what its records carry
// (Kind.Carry): the ledgers of a run.
type Carrier interface {
	// LookupCarry is Lookup with the record's values by name. They are
	// not Known when its entry holds none: it was written before its
	// kind carried them.
	LookupCarry(key string) (unique string, c Carried, ok bool, err error)
}

// Carried are the values a record carries, by the names its kind gives
// them (Kind.Carry).
type Carried struct {
	names, values []string
}

// MakeCarried reads a carry (pipeline.Result.Carry) of the values names
// says; a carry that is empty, or is not one, makes a Carried that is
// not Known.
func MakeCarried(names []string, carry string) Carried {
	if carry == "" {
		return Carried{}
	}
	values, ok := pipeline.CarryValues(carry)
	if !ok || len(values) != len(names) {
		return Carried{}
	}
	return Carried{names: names, values: values}
}

// Known says the record's entry holds what its kind carries.
func (c Carried) Known() bool { return c.names != nil }

// Get returns the value carried under name; "" when it is not Known.
func (c Carried) Get(name string) string {
	for i, n := range c.names {
		if n == name {
			return c.values[i]
		}
	}
	return ""
}

// Explainer is a Ledger that also knows why a record it does not hold
// was not exported, so that an orphan's reject can say so.
type Explainer interface {
	// Rejected says why the row of key was last rejected ("email
	// invalid"); ok is false when it does not know.
	Rejected(key string) (why string, ok bool)
}

// Holder is a Ledger some of whose records are held apart: exported in a
// batch Omnitron processed with errors, which does not say which record
// it refused. Their children wait (orphans) until the team settles the
// batch (`etl state retry` or `etl state accept`): Omnitron would refuse
// a child whose parent it does not hold. A held record is not found by
// Lookup, LookupCarry or UniqueOwner.
type Holder interface {
	// Held says why the record of key is held apart ("user 812 is held
	// apart: batch … of run … was processed by Omnitron with 2 errors;
	// settle it …"); ok is false when it is not.
	Held(key string) (why string, ok bool)
	// HeldUnique is Held by the record's unique value (an order's number).
	HeldUnique(unique string) (why string, ok bool)
}

// Parent returns the ledger of the parent kind plural. A transform cannot
// return an error, so one the ledger answers with goes to Fail, which
// fails the run once its rows are accounted for; the row itself is
// rejected as an orphan, and read again by the next run.
func (env Env) Parent(plural string) (Ledger, error) {
	l, ok := env.Parents[plural]
	if !ok {
		return nil, fmt.Errorf("the %s ledger is not open", plural)
	}
	if env.Fail == nil {
		return l, nil
	}
	return failing{l: l, fail: env.Fail, plural: plural}, nil
}

// failing is a parent ledger whose errors go to Env.Fail.
type failing struct {
	l      Ledger
	fail   func(error)
	plural string
}

func (f failing) Lookup(key string) (string, bool, error) {
	u, ok, err := f.l.Lookup(key)
	if err != nil {
		f.fail(fmt.Errorf("look up %s in the %s ledger: %w", key, f.plural, err))
	}
	return u, ok, err
}

func (f failing) UniqueOwner(unique string) (string, bool, error) {
	k, ok, err := f.l.UniqueOwner(unique)
	if err != nil {
		f.fail(fmt.Errorf("look up %s in the %s ledger: %w", unique, f.plural, err))
	}
	return k, ok, err
}

func (f failing) LookupCarry(key string) (string, Carried, bool, error) {
	u, c, ok, err := LookupCarry(f.l, key)
	if err != nil {
		f.fail(fmt.Errorf("look up %s in the %s ledger: %w", key, f.plural, err))
	}
	return u, c, ok, err
}

func (f failing) Rejected(key string) (string, bool) {
	if ex, ok := f.l.(Explainer); ok {
		return ex.Rejected(key)
	}
	return "", false
}

func (f failing) Held(key string) (string, bool) {
	if h, ok := f.l.(Holder); ok {
		return h.Held(key)
	}
	return "", false
}

func (f failing) HeldUnique(unique string) (string, bool) {
	if h, ok := f.l.(Holder); ok {
		return h.HeldUnique(unique)
	}
	return "", false
}

// LookupCarry is l's LookupCarry, or its Lookup with nothing Known
// carried when it keeps no carries.
func LookupCarry(l Ledger, key string) (string, Carried, bool, error) {
	if c, ok := l.(Carrier); ok {
		return c.LookupCarry(key)
	}
	u, ok, err := l.Lookup(key)
	return u, Carried{}, ok, err
}

// Customer is the users ledger's answer for a customer code: the email the
// user was exported with, or why it was not (the user's own reject when the
// ledger knows it, SPEC §8), for the orphan's detail.
func Customer(users Ledger, code string) (email string, ok bool, why string, err error) {
	email, _, ok, why, err = CustomerCarried(users, code)
	return email, ok, why, err
}

// CustomerCarried is Customer with what the user carries (its names).
func CustomerCarried(users Ledger, code string) (email string, c Carried, ok bool, why string, err error) {
	email, c, ok, err = LookupCarry(users, code)
	if err != nil || ok {
		return email, c, ok, "", err
	}
	if h, can := users.(Holder); can {
		if w, held := h.Held(code); held {
			return "", Carried{}, false, w, nil
		}
	}
	if ex, can := users.(Explainer); can {
		if w, known := ex.Rejected(code); known {
			return "", Carried{}, false, "customer " + code + " was rejected: " + w, nil
		}
	}
	return "", Carried{}, false, "customer " + code + " is not in the users ledger (not exported yet: rejected, or not read)", nil
}

// Find returns the kind of this Plural in list, or nil.
func Find(list []*Kind, plural string) *Kind {
	for _, k := range list {
		if k.Plural == plural {
			return k
		}
	}
	return nil
}

// Str is a Check's reading of the string m[k]: ok is false, and bad told,
// when it is not one (a null is not bad when nullable).
func Str(m map[string]any, k string, nullable bool, bad func(field, format string, args ...any)) (string, bool) {
	switch v := m[k].(type) {
	case string:
		return v, true
	case nil:
		if !nullable {
			bad(k, "is null, want a string")
		}
	default:
		bad(k, "want a string, got %T", v)
	}
	return "", false
}

// FirstError keeps the first error a transform met and could not return
// (a parent ledger that failed), for the kind's Err; safe for concurrent
// use.
type FirstError struct{ p atomic.Pointer[error] }

// Set keeps err if it is the first.
func (f *FirstError) Set(err error) { f.p.CompareAndSwap(nil, &err) }

// Err is the first error kept, or nil.
func (f *FirstError) Err() error {
	if p := f.p.Load(); p != nil {
		return *p
	}
	return nil
}

// Reject is a transform's result for a row it rejects; the runner fills
// in the key.
func Reject(field, reason, detail string) pipeline.Result {
	return pipeline.Result{Reject: &pipeline.Reject{Field: field, Reason: reason, Detail: detail}}
}
