package configs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Problems is every problem found in a config, each naming its key path.
type Problems []string

func (p Problems) Error() string {
	if len(p) == 1 {
		return "config: " + p[0]
	}
	return fmt.Sprintf("config has %d problems:\n  - %s", len(p), strings.Join(p, "\n  - "))
}

// Load reads, expands, decodes and validates the config at path. Relative
// file and folder paths in it (source.path and each kind's path, sink.dir,
// state.dir, sink.omnitron.ca_file) are taken from the config file's folder, not from
// the working directory, as docker compose does: the same config run from
// any folder reads the same files and shares one state.
func Load(path string, opts ...Option) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := Parse(data, opts...)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.resolve(filepath.Dir(abs))
	return c, nil
}

// resolve makes the config's relative paths relative to base.
func (c *Config) resolve(base string) {
	paths := []*string{&c.Source.Path, &c.Sink.Dir, &c.State.Dir, &c.Sink.Omnitron.CAFile}
	for _, s := range c.sections() {
		if s.r != nil {
			paths = append(paths, &s.r.Path)
		}
	}
	for _, p := range paths {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
}

// Parse is Load on bytes.
func Parse(data []byte, opts ...Option) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, Problems{"not valid YAML: " + err.Error()}
	}
	c := &Config{unset: map[string]string{}, set: map[string]bool{}, allowUnset: map[string]bool{}}
	for _, o := range opts {
		o(c)
	}
	d := decoder{unset: c.unset, set: c.set}
	if len(root.Content) > 0 {
		d.decode(root.Content[0], reflect.ValueOf(c).Elem(), "")
	}
	c.applyDefaults()
	problems := d.problems
	if err := c.Validate(); err != nil {
		var vp Problems
		if errors.As(err, &vp) {
			problems = append(problems, vp...)
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return c, nil
}

type decoder struct {
	problems Problems
	unset    map[string]string
	set      map[string]bool
}

func (d *decoder) addf(path, format string, args ...any) {
	d.problems = append(d.problems, path+": "+fmt.Sprintf(format, args...))
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) scalar(n *yaml.Node, path string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.addf(path, "want a single value, got a %s (line %d)", kindName(n), n.Line)
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	v, unset, err := expand(n.Value, envLookup)
	if err != nil {
		d.addf(path, "%v (line %d)", err, n.Line)
		return "", false
	}
	if len(unset) > 0 {
		d.unset[path] = unset[0]
	}
	return v, true
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	}
	return "value"
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if v.Kind() == reflect.Pointer {
		// A kind section: given, even empty, it is configured (and
		// Validate says what it lacks).
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem(), path)
		v.Set(p)
		return
	}
	if v.Type() == reflect.TypeOf(Keys(nil)) {
		d.decodeKeys(n, v, path)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" && v.Kind() != reflect.String {
		return // an empty section keeps its defaults
	}
	if v.Type() == reflect.TypeOf(time.Duration(0)) {
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		dur, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			d.addf(path, "want a duration such as 30s or 2m, got %q (line %d)", s, n.Line)
			return
		}
		d.set[path] = true
		v.SetInt(int64(dur))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Float64:
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			d.addf(path, "want a number, got %q (line %d)", s, n.Line)
			return
		}
		d.set[path] = true
		v.SetFloat(f)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.addf(path, "want a mapping, got a %s (line %d)", kindName(n), n.Line)
			return
		}
		m := reflect.MakeMap(v.Type())
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if m.MapIndex(reflect.ValueOf(k)).IsValid() {
				d.addf(join(path, k), "key appears twice (line %d)", n.Content[i].Line)
				continue
			}
			if s, ok := d.scalar(n.Content[i+1], join(path, k)); ok {
				m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(s))
			}
		}
		v.Set(m)
	case reflect.String:
		if s, ok := d.scalar(n, path); ok {
			v.SetString(s)
			// Written, even empty (or from an unset ${VAR}): a default
			// is only for a key the file leaves out or leaves null.
			d.set[path] = n.Tag != "!!null"
		}
	case reflect.Int:
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		i, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			// reported here; left unset, its default keeps Validate from
			// reporting the same key again as out of range
			d.addf(path, "want a whole number, got %q (line %d)", s, n.Line)
			return
		}
		d.set[path] = true
		v.SetInt(int64(i))
	default:
		panic("configs: no decoder for " + v.Kind().String())
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.addf(orRoot(path), "want a mapping, got a %s (line %d)", kindName(n), n.Line)
		return
	}
	fields := map[string][]int{}
	var names []string
	var collect func(t reflect.Type, index []int)
	collect = func(t reflect.Type, index []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			at := append(index[:len(index):len(index)], i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				collect(f.Type, at) // an embedded struct's keys are its parent's
				continue
			}
			if tag := f.Tag.Get("yaml"); tag != "" {
				fields[tag] = at
				names = append(names, tag)
			}
		}
	}
	collect(v.Type(), nil)
	sort.Strings(names)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn := n.Content[i]
		p := join(path, kn.Value)
		if seen[kn.Value] {
			d.addf(p, "key appears twice (line %d)", kn.Line)
			continue
		}
		seen[kn.Value] = true
		fi, ok := fields[kn.Value]
		if !ok {
			d.addf(p, "unknown key (line %d); known keys here: %s", kn.Line, strings.Join(names, ", "))
			continue
		}
		d.decode(n.Content[i+1], v.FieldByIndex(fi), p)
	}
}

// decodeKeys reads a key: one column, or a list of them. A missing or
// empty one stays nil (Validate says it is required); a list keeps what
// it holds, even nothing, for Validate to judge.
func (d *decoder) decodeKeys(n *yaml.Node, v reflect.Value, path string) {
	switch n.Kind {
	case yaml.ScalarNode:
		s, ok := d.scalar(n, path)
		if !ok || s == "" {
			d.set[path] = ok && n.Tag != "!!null"
			return
		}
		d.set[path] = true
		v.Set(reflect.ValueOf(Keys{s}))
	case yaml.SequenceNode:
		ks := Keys{}
		for _, e := range n.Content {
			if e.Kind == yaml.AliasNode {
				e = e.Alias
			}
			if e.Kind != yaml.ScalarNode {
				d.addf(path, "want a column name in the list, got a %s (line %d)", kindName(e), e.Line)
				return
			}
			s, ok := d.scalar(e, path)
			if !ok {
				return
			}
			ks = append(ks, s)
		}
		d.set[path] = true
		v.Set(reflect.ValueOf(ks))
	default:
		d.addf(path, "want a column name or a list of them, got a %s (line %d)", kindName(n), n.Line)
	}
}

func orRoot(p string) string {
	if p == "" {
		return "(top level)"
	}
	return p
}
