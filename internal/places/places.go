// Package places holds Türkiye's 81 provinces (il) and their districts
// (ilçe), embedded from tr-places.json (see README.md beside it for its
// sources), and the word folding that legacy place names are matched
// with (SPEC §8, §9).
package places

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

//go:embed tr-places.json
var placesJSON []byte

// Province is one of the 81 provinces. The zero Province matches no
// township.
type Province struct {
	Plate int
	Name  string // official spelling, "İstanbul"
	Upper string // Turkish upper case, "İSTANBUL", as Omnitron writes it
	idx   *districts
}

// districts is a province's district index, by folded name.
type districts struct {
	names     []string            // Turkish upper case, in the data's order
	exact     map[string]string   // folded → upper
	alias     map[string]string   // folded legacy name → current upper
	ambiguous map[string][]string // folded legacy name → candidate uppers
}

// Status says what Township made of a value.
type Status int

const (
	// NotFound: no district of the province folds to the value.
	NotFound Status = iota
	// Found: a current district of the province.
	Found
	// Alias: a legacy name of exactly one current district (a rename,
	// or a former Merkez that became one named district).
	Alias
	// Ambiguous: a former Merkez that was split between several
	// districts; the name alone does not say which (Candidates does).
	Ambiguous
)

func (s Status) String() string {
	switch s {
	case Found:
		return "found"
	case Alias:
		return "alias"
	case Ambiguous:
		return "ambiguous"
	}
	return "not found"
}

// The shape of tr-places.json.
type fileJSON struct {
	Provinces []struct {
		Plate     int      `json:"plate"`
		Name      string   `json:"name"`
		Upper     string   `json:"upper"`
		Aliases   []string `json:"aliases"`
		Districts []string `json:"districts"`
	} `json:"provinces"`
	DistrictAliases []struct {
		Plate int    `json:"plate"`
		Alias string `json:"alias"`
		Name  string `json:"name"`
	} `json:"district_aliases"`
	Ambiguous []struct {
		Plate      int      `json:"plate"`
		Alias      string   `json:"alias"`
		Candidates []string `json:"candidates"`
	} `json:"ambiguous_legacy_districts"`
}

type index struct {
	provinces []Province     // by plate - 1
	byName    map[string]int // folded name, upper or alias → plate
}

var (
	loadOnce sync.Once
	loaded   *index
)

// data parses the embedded file once. The file is part of the binary and
// its tests check it, so a parse error is a build defect: it panics.
func data() *index {
	loadOnce.Do(func() {
		x, err := parse(placesJSON)
		if err != nil {
			panic(fmt.Sprintf("places: embedded tr-places.json: %v", err))
		}
		loaded = x
	})
	return loaded
}

func parse(b []byte) (*index, error) {
	var f fileJSON
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	x := &index{provinces: make([]Province, len(f.Provinces)), byName: map[string]int{}}
	name := func(v string, plate int) error {
		k := Fold(v)
		if p, ok := x.byName[k]; ok && p != plate {
			return fmt.Errorf("%q names provinces %d and %d", v, p, plate)
		}
		x.byName[k] = plate
		return nil
	}
	for _, p := range f.Provinces {
		if p.Plate < 1 || p.Plate > len(f.Provinces) || x.provinces[p.Plate-1].Plate != 0 {
			return nil, fmt.Errorf("province %q: plate %d out of order", p.Name, p.Plate)
		}
		d := &districts{exact: map[string]string{}, alias: map[string]string{}, ambiguous: map[string][]string{}}
		for _, n := range p.Districts {
			up := Upper(n)
			k := Fold(n)
			if _, dup := d.exact[k]; dup {
				return nil, fmt.Errorf("%s: district %q twice", p.Name, n)
			}
			d.exact[k] = up
			d.names = append(d.names, up)
		}
		x.provinces[p.Plate-1] = Province{Plate: p.Plate, Name: p.Name, Upper: p.Upper, idx: d}
		for _, v := range append([]string{p.Name, p.Upper}, p.Aliases...) {
			if err := name(v, p.Plate); err != nil {
				return nil, err
			}
		}
	}
	prov := func(plate int) (*districts, error) {
		if plate < 1 || plate > len(x.provinces) {
			return nil, fmt.Errorf("no province with plate %d", plate)
		}
		return x.provinces[plate-1].idx, nil
	}
	for _, a := range f.DistrictAliases {
		d, err := prov(a.Plate)
		if err != nil {
			return nil, fmt.Errorf("district alias %q: %w", a.Alias, err)
		}
		to, ok := d.exact[Fold(a.Name)]
		if !ok {
			return nil, fmt.Errorf("district alias %q: %q is no district of plate %d", a.Alias, a.Name, a.Plate)
		}
		if cur, clash := d.exact[Fold(a.Alias)]; clash {
			// Bahşili folds as Bahşılı does: the alias is already found.
			if cur != to {
				return nil, fmt.Errorf("district alias %q of plate %d is another current district", a.Alias, a.Plate)
			}
			continue
		}
		d.alias[Fold(a.Alias)] = to
	}
	for _, a := range f.Ambiguous {
		d, err := prov(a.Plate)
		if err != nil {
			return nil, fmt.Errorf("ambiguous district %q: %w", a.Alias, err)
		}
		k := Fold(a.Alias)
		if _, clash := d.exact[k]; clash {
			return nil, fmt.Errorf("ambiguous district %q of plate %d is a current district", a.Alias, a.Plate)
		}
		if _, clash := d.alias[k]; clash {
			return nil, fmt.Errorf("ambiguous district %q of plate %d is also an alias", a.Alias, a.Plate)
		}
		var c []string
		for _, n := range a.Candidates {
			up, ok := d.exact[Fold(n)]
			if !ok {
				return nil, fmt.Errorf("ambiguous district %q: candidate %q is no district of plate %d", a.Alias, n, a.Plate)
			}
			c = append(c, up)
		}
		d.ambiguous[k] = c
	}
	return x, nil
}

// Upper writes s in Turkish upper case ("Üsküdar" → "ÜSKÜDAR", "iğdır" →
// "İĞDIR"), as Omnitron writes place names.
func Upper(s string) string { return strings.ToUpperSpecial(unicode.TurkishCase, s) }

// Provinces lists the 81 provinces in plate order.
func Provinces() []Province {
	return append([]Province(nil), data().provinces...)
}

// City finds the province v names: its name, upper-case name or a legacy
// alias (Afyon, İçel, K.Maraş, …) compared after Fold, or its plate code
// ("34", "034", "6", "06").
func City(v string) (Province, bool) {
	x := data()
	var buf [64]byte
	k := appendFold(buf[:0], v)
	if plate, ok := plateCode(k); ok {
		if plate >= 1 && plate <= len(x.provinces) {
			return x.provinces[plate-1], true
		}
		return Province{}, false
	}
	if plate, ok := x.byName[string(k)]; ok {
		return x.provinces[plate-1], true
	}
	return Province{}, false
}

// plateCode reads a folded value of one to three ASCII digits.
func plateCode(k []byte) (int, bool) {
	if len(k) == 0 || len(k) > 3 {
		return 0, false
	}
	n := 0
	for _, c := range k {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Township finds the district of p that v names, within p only (24
// district names occur in more than one province): its current name in
// Turkish upper case ("ÜSKÜDAR") and how it was found. For Ambiguous and
// NotFound upper is "".
func (p Province) Township(v string) (upper string, st Status) {
	if p.idx == nil {
		return "", NotFound
	}
	var buf [64]byte
	k := appendFold(buf[:0], v)
	if up, ok := p.idx.exact[string(k)]; ok {
		return up, Found
	}
	if up, ok := p.idx.alias[string(k)]; ok {
		return up, Alias
	}
	if _, ok := p.idx.ambiguous[string(k)]; ok {
		return "", Ambiguous
	}
	return "", NotFound
}

// Candidates lists the districts (upper case) an Ambiguous value of p
// may be, in the data's order; nil for any other value.
func (p Province) Candidates(v string) []string {
	if p.idx == nil {
		return nil
	}
	return append([]string(nil), p.idx.ambiguous[Fold(v)]...)
}

// Districts lists p's current districts in Turkish upper case, in Turkish
// alphabetical order.
func (p Province) Districts() []string {
	if p.idx == nil {
		return nil
	}
	return append([]string(nil), p.idx.names...)
}
