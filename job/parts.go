package job

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline/state"
	"etl/sinks/files"
)

// SourceID fingerprints what decides which rows a run yields and in which
// order: a checkpoint taken on another query, key or cursor means nothing.
func SourceID(s configs.Source) string {
	var cols []string
	for k, v := range s.Columns {
		cols = append(cols, k+"="+v)
	}
	sort.Strings(cols)
	return state.Fingerprint(s.Driver, s.Path, s.Table, strings.Join(cols, ","), s.Query, strings.Join(s.Key, ","), s.Cursor)
}

// rejectsConfig fingerprints what decides whether a row is rejected (the
// normalize: section and the column mapping): rejects kept under another
// fingerprint are read again by key.
func rejectsConfig(cfg *configs.Config, k *kinds.Kind) string {
	norm, _ := json.Marshal(cfg.Normalize) // map keys sorted
	var cols []string
	for k, v := range cfg.Source.Columns {
		cols = append(cols, k+"="+v)
	}
	sort.Strings(cols)
	parts := []string{string(norm), strings.Join(cols, ",")}
	if k.Settings != nil {
		// Only for the kinds that have their own: users' fingerprint
		// stays what it was before there were other kinds.
		own, _ := json.Marshal(k.Settings(cfg))
		parts = append(parts, string(own))
	}
	return state.Fingerprint(parts...)
}

// Part is one kind of a job: the config with its reading settings in
// Source and its own state folder in State.Dir.
type Part struct {
	Kind   *kinds.Kind
	Config *configs.Config
	// parents are the kinds its rows reference, by Plural.
	parents map[string]parentKind
	// earlier are the configured kinds before it, in Omnitron's order:
	// with the Omnitron sink, none of its batches is sent before every
	// batch of theirs is processed (SPEC §8, AwaitEarlier).
	earlier []parentKind
	// A dry run's kinds record what they would export in a ledger in
	// dryDir, and dryParents maps the kinds that ran so far to theirs:
	// their children look there too.
	dryDir     string
	dryParents map[string]dryLedger
	// referenced is set when another configured kind looks this one's
	// records up by key (users, by the addresses' customer_code).
	referenced bool
}

// parentKind is another kind of the job as a kind after it sees it: its
// state folder, what its records carry (kinds.Kind.Carry) and its names.
type parentKind struct {
	plural, name string
	dir          string
	carry        []string
}

// dryLedger is where a dry run's kind filed what it would export, and how
// much of it.
type dryLedger struct {
	dir  string
	size int64
}

// Parts lists the kinds of all (in their order) the config runs; only, if
// set, is a --kinds list of some of them. Every reason a kind cannot run
// is found here, before any is read.
func Parts(all []*kinds.Kind, cfg *configs.Config, only string) ([]Part, error) {
	configured := cfg.Kinds()
	names := configured
	if only != "" {
		var err error
		if names, err = configs.ParseKinds(only, configured); err != nil {
			return nil, fmt.Errorf("--kinds: %w", err)
		}
	}
	for _, n := range names {
		if kinds.Find(all, n) == nil {
			return nil, fmt.Errorf("%s: this etl does not migrate %s yet; remove the %s: section, or run the other kinds with --kinds", n, n, n)
		}
	}
	var parts []Part
	for _, k := range all {
		if !slices.Contains(names, k.Plural) {
			continue
		}
		kc, err := kindConfig(cfg, k)
		if err != nil {
			return nil, err
		}
		kc.State.Dir = StateDir(cfg.State.Dir, k)
		part := Part{Kind: k, Config: kc, parents: map[string]parentKind{}}
		for _, e := range all {
			if e == k {
				break
			}
			if slices.Contains(configured, e.Plural) {
				part.earlier = append(part.earlier, parentKind{plural: e.Plural, name: e.Name, dir: StateDir(cfg.State.Dir, e), carry: e.Carry})
			}
		}
		for _, p := range k.Parents {
			pk := kinds.Find(all, p)
			if pk == nil || !slices.Contains(configured, p) {
				return nil, fmt.Errorf("%s reference %s, which the config does not read: add its %s: section (its ledger says which were exported)", k.Plural, p, p)
			}
			if p == user.Kind.Plural {
				if err := customerKey(cfg); err != nil {
					return nil, fmt.Errorf("%s reference users by customer_code: %w", k.Plural, err)
				}
			}
			part.parents[p] = parentKind{plural: p, name: pk.Name, dir: StateDir(cfg.State.Dir, pk), carry: pk.Carry}
		}
		parts = append(parts, part)
	}
	for i := range parts {
		for _, n := range configured {
			if k := kinds.Find(all, n); k != nil && slices.Contains(k.Parents, parts[i].Kind.Plural) {
				parts[i].referenced = true
			}
		}
	}
	if len(parts) == 0 {
		return nil, errors.New("the config reads no kind: give source.query or source.table for users, or a users:, addresses:, orders: or order_items: section")
	}
	return parts, nil
}

// customerKey checks that the users are keyed by their customer code: the
// users ledger knows a user by its key, and other kinds look users up by
// customer_code. A users table that maps no customer_code column writes
// the key as the customer code, so any key does; one that maps it may name
// the key by the legacy column or by the record key (the table's SELECT
// reads both as the mapped column); a query is checked when its columns
// are known (OpenSource).
func customerKey(cfg *configs.Config) error {
	r, _ := cfg.Reading(user.Kind.Plural)
	key, ok := r.Key.Single()
	switch {
	case !ok:
		return fmt.Errorf("%s.key must be one column, the one selected as customer_code, not %s", r.Section, strings.Join(r.Key, ", "))
	case r.Table != "" && r.Columns["customer_code"] != "" && r.Columns["customer_code"] != key && key != "customer_code":
		return fmt.Errorf("%s.key must be the column mapped to customer_code (%s), not %s", r.Section, r.Columns["customer_code"], key)
	case r.Query != "" && key != "customer_code" && selectsCustomerCode.MatchString(r.Query):
		// The columns are known once the query runs (queryCustomerKey);
		// a query that names customer_code is refused before any kind runs.
		return fmt.Errorf("%s.key must be the column selected as customer_code, not %s", r.Section, key)
	}
	return nil
}

// selectsCustomerCode finds a query that names a customer_code column.
var selectsCustomerCode = regexp.MustCompile(`(?i)\bcustomer_code\b`)

// queryCustomerKey is customerKey for a users query, once its columns
// are known: one that selects customer_code must be keyed by it.
func queryCustomerKey(p Part, columns []string) error {
	s := p.Config.Source
	if !p.referenced || p.Kind.Plural != user.Kind.Plural || s.Query == "" || !slices.Contains(columns, "customer_code") {
		return nil
	}
	if key, _ := s.Key.Single(); key != "customer_code" {
		return fmt.Errorf("%s.key is %s, but other kinds look users up by customer_code: key the users by the column selected as customer_code", s.Section, key)
	}
	return nil
}

// sinkOptions name a kind's files, and say whether its keys are of
// several columns.
func sinkOptions(k *kinds.Kind, cfg *configs.Config) []files.Option {
	opts := []files.Option{files.Kind(k.Plural, k.Name)}
	if len(cfg.Source.Key) > 1 {
		opts = append(opts, files.CompositeKeys())
	}
	return opts
}

// StateDir is a kind's folder in the state dir: users keep the state
// dir itself, as before there were other kinds.
func StateDir(dir string, k *kinds.Kind) string {
	if k.Plural == user.Kind.Plural {
		return dir
	}
	return filepath.Join(dir, k.Plural)
}

// kindConfig is cfg as OpenSource and runKind take it for kind k: the
// kind's reading settings in Source, wherever the file gives them.
func kindConfig(cfg *configs.Config, k *kinds.Kind) (*configs.Config, error) {
	kc, ok := cfg.ForKind(k.Plural)
	if !ok {
		return nil, fmt.Errorf("the config reads no %s (it configures %s)", k.Plural, strings.Join(cfg.Kinds(), ", "))
	}
	return kc, nil
}
