package configs

import (
	"fmt"
	"strings"
)

// The kinds of Omnitron's migration, by their section names, in the order
// they run: each one's records reference the ones before (SPEC §8).
const (
	KindUsers      = "users"
	KindAddresses  = "addresses"
	KindOrders     = "orders"
	KindOrderItems = "order_items"
)

// AllKinds are the kinds in the order they run.
var AllKinds = []string{KindUsers, KindAddresses, KindOrders, KindOrderItems}

type section struct {
	name string
	r    *Reading
}

// sections are the kind sections, nil where the file has none.
func (c *Config) sections() []section {
	return []section{{KindUsers, c.Users}, {KindAddresses, c.Addresses}, {KindOrders, c.Orders}, {KindOrderItems, c.OrderItems}}
}

// sourceReadingKeys are the reading keys that, in source, make it the
// users' reading (the single-kind form). fetch_size is not one: in source
// it is the default of every section.
func (s *Source) readingKeys() []string {
	var ks []string
	add := func(k string, given bool) {
		if given {
			ks = append(ks, "source."+k)
		}
	}
	add("query", s.Query != "")
	add("table", s.Table != "")
	add("columns", len(s.Columns) > 0)
	add("key", s.Key != nil)
	add("cursor", s.Cursor != "")
	add("path", s.Path != "")
	return ks
}

// usersFromSource reports whether users are read with source's reading
// keys: the single-kind form. A config with no kind section at all is in
// that form too, so that what it lacks is named as source's keys.
func (c *Config) usersFromSource() bool {
	if c.Users != nil {
		return false
	}
	if len(c.Source.readingKeys()) > 0 {
		return true
	}
	for _, s := range c.sections() {
		if s.r != nil {
			return false
		}
	}
	return true
}

// Kinds are the configured kinds, in the order they run.
func (c *Config) Kinds() []string {
	var ks []string
	for _, s := range c.sections() {
		if s.r != nil || s.name == KindUsers && c.usersFromSource() {
			ks = append(ks, s.name)
		}
	}
	return ks
}

// Reading returns how kind is read; ok is false when it is not
// configured. Users in the single-kind form are read with source's keys
// (Section "source").
func (c *Config) Reading(kind string) (r Reading, ok bool) {
	if kind == KindUsers && c.usersFromSource() {
		r = c.Source.Reading
		r.Section = "source"
		return r, true
	}
	for _, s := range c.sections() {
		if s.name == kind && s.r != nil {
			r = *s.r
			r.Section = kind
			return r, true
		}
	}
	return Reading{}, false
}

// KindSource is source with kind's reading keys in place of its own: all
// a reader of that kind needs. ok is false when kind is not configured.
func (c *Config) KindSource(kind string) (s Source, ok bool) {
	s = c.Source
	s.Reading, ok = c.Reading(kind)
	return s, ok
}

// ParseKinds reads a --kinds flag ("addresses,orders") against the
// configured kinds and returns the kinds it names in the order they run.
func ParseKinds(list string, configured []string) ([]string, error) {
	want := map[string]bool{}
	var unknown, missing []string
	for _, k := range strings.Split(list, ",") {
		k = strings.TrimSpace(k)
		switch {
		case k == "":
			continue
		case !contains(AllKinds, k):
			if p, ok := plural[k]; ok {
				k = fmt.Sprintf("%q (the kind is %s)", k, p)
			} else {
				k = fmt.Sprintf("%q", k)
			}
			unknown = append(unknown, k)
		case !contains(configured, k):
			missing = append(missing, k)
		default:
			want[k] = true
		}
	}
	var problems []string
	if len(unknown) > 0 {
		problems = append(problems, fmt.Sprintf("%s %s not a kind; the kinds are %s",
			strings.Join(unknown, ", "), isAre(len(unknown)), strings.Join(AllKinds, ", ")))
	}
	if len(missing) > 0 {
		has := "none"
		if len(configured) > 0 {
			has = strings.Join(configured, ", ")
		}
		problems = append(problems, fmt.Sprintf("%s %s not configured (the config has %s)",
			strings.Join(missing, ", "), isAre(len(missing)), has))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("--kinds: %s", strings.Join(problems, "; "))
	}
	if len(want) == 0 {
		return nil, fmt.Errorf("--kinds: names no kind; give some of %s, separated by commas", strings.Join(configured, ", "))
	}
	var ks []string
	for _, k := range AllKinds {
		if want[k] {
			ks = append(ks, k)
		}
	}
	return ks, nil
}

// plural points from Omnitron's names of the kinds (those rejects.jsonl
// carries) to the section names the flag takes.
var plural = map[string]string{"user": KindUsers, "address": KindAddresses, "order": KindOrders, "order_item": KindOrderItems}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ForKind is a copy of c for one kind: Source holds the kind's reading
// keys (Section says where the file gives them) and the kind sections are
// gone, so that code reading one kind finds all it needs in Source (ask
// Kinds and Reading of the whole config, not of the copy). ok is false
// when kind is not configured.
func (c *Config) ForKind(kind string) (kc *Config, ok bool) {
	s, ok := c.KindSource(kind)
	if !ok {
		return nil, false
	}
	cp := *c
	cp.Source = s
	cp.Users, cp.Addresses, cp.Orders, cp.OrderItems = nil, nil, nil, nil
	return &cp, true
}
