package transforms

import "strings"

// genderCodes are the built-in codes of docs/rules.md §3.3 (1 and 2 are ISO/IEC
// 5218), keyed by foldTurkish form.
var genderCodes = map[string]string{
	"m": "male", "male": "male", "e": "male", "erkek": "male", "bay": "male",
	"man": "male", "mr": "male", "1": "male",
	"f": "female", "female": "female", "k": "female", "kadin": "female",
	"bayan": "female", "woman": "female", "mrs": "female", "ms": "female", "2": "female",
}

// genderUnknown are the codes that mean "not known" and drop silently.
var genderUnknown = map[string]bool{"0": true, "9": true, "u": true, "-": true}

// GenderTable maps legacy codes to "male", "female" or "" (null).
type GenderTable struct {
	m map[string]string
	// The empty value and the one-byte codes (E, K, M, F, 1, 2), most of
	// what legacy tables hold, without hashing: the map lookup was 5% of
	// normalizing a row.
	empty gender
	one   [256]gender
}

type gender struct {
	g  string
	ok bool
}

// NewGenderTable merges config codes over the built-in ones. A config
// value must be male, female or empty (meaning null).
func NewGenderTable(extra map[string]string) GenderTable {
	t := map[string]string{}
	for k, v := range genderCodes {
		t[k] = v
	}
	for k := range genderUnknown {
		t[k] = ""
	}
	for k, v := range extra {
		t[foldTurkish(strings.TrimSpace(k))] = v
	}
	// The spellings legacy tables hold (E, K, Kadın, KADIN) are keys too,
	// so that Gender finds most values with one lookup and no folding.
	// Each folds to its code, so the answer is the one folding gives.
	codes := make([]string, 0, len(t))
	for k := range t {
		codes = append(codes, k)
	}
	for _, k := range codes {
		if k == "" {
			continue
		}
		up := strings.ToUpper(k)
		for _, v := range []string{up, up[:1] + k[1:], strings.ReplaceAll(k, "i", "ı"), strings.ReplaceAll(up, "I", "İ")} {
			if _, ok := t[v]; !ok && foldTurkish(v) == k {
				t[v] = t[k]
			}
		}
	}
	gt := GenderTable{m: t}
	for k, g := range t {
		switch len(k) {
		case 0:
			gt.empty = gender{g, true}
		case 1:
			gt.one[k[0]] = gender{g, true}
		}
	}
	return gt
}

// Gender reads a legacy gender value. known is false for a non-empty value
// that is no code at all, which the caller reports as a warning.
func (t *GenderTable) Gender(v string) (g string, known bool) {
	switch len(v) {
	case 0:
		return t.empty.g, true
	case 1:
		if e := t.one[v[0]]; e.ok {
			return e.g, true
		}
	}
	if g, ok := t.m[v]; ok { // already a folded code, the usual case
		return g, true
	}
	k := trim(v)
	if k == "" {
		return "", true
	}
	return lookupFold(t.m, k)
}
