package transforms

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// hexLen is the hex digest length of each algorithm Omnitron accepts.
var hexLen = map[string]int{"md5": 32, "sha1": 40, "sha256": 64}

// unsupportedPrefixes are hash schemes Omnitron cannot take (SPEC §3.5).
var unsupportedPrefixes = []struct{ prefix, name string }{
	{"$2a$", "bcrypt"}, {"$2b$", "bcrypt"}, {"$2y$", "bcrypt"}, {"$2x$", "bcrypt"},
	{"$P$", "phpass"}, {"$H$", "phpass"}, {"pbkdf2_", "pbkdf2"}, {"$pbkdf2", "pbkdf2"},
	{"argon2", "argon2"}, {"$argon2", "argon2"}, {"bcrypt", "bcrypt"}, {"$wp$", "wordpress bcrypt"},
	{"$1$", "md5-crypt"}, {"$5$", "sha256-crypt"}, {"$6$", "sha512-crypt"}, {"scrypt", "scrypt"},
	{"sha512$", "sha512"}, {"crypt$", "crypt"},
}

// PasswordPolicy is the normalize.password config.
type PasswordPolicy struct {
	Algorithm   string // auto | md5 | sha1 | sha256
	Unsupported string // "reject", or the password_algorithm agreed with Akinon
}

// PasswordResult is the outcome of Password. On a reject Reason is set and
// Detail explains it without the value.
type PasswordResult struct {
	Password, Algorithm string
	Reason, Detail      string
}

// Password builds "{algorithm}${salt}${hash}" (SPEC §3.5) from the legacy
// value, the optional salt column and the optional per-row algorithm
// column (hasSalt/hasAlgo say whether those columns exist at all).
func (p PasswordPolicy) Password(v, salt string, hasSalt bool, rowAlgo string, hasAlgo bool) PasswordResult {
	var r PasswordResult
	parts := p.check(&r, v, salt, hasSalt, rowAlgo, hasAlgo)
	if parts.algo != "" {
		r.Password = parts.join(nil)
	}
	return r
}

// hashParts are the pieces of a password Password accepted, for join.
type hashParts struct {
	algo, salt, hash string
	upper            bool // the hex hash has upper-case digits
}

// check is Password without building the value: it writes the result to
// r (two results, 15 words, went through memory on every row), and on
// success with parts.algo set the value is parts.join. Building it is a
// separate step so that a caller can do it in scratch memory: escape
// analysis would move the scratch to the heap if it flowed into the
// result, whose Detail may outlive it.
func (p *PasswordPolicy) check(r *PasswordResult, v, salt string, hasSalt bool, rowAlgo string, hasAlgo bool) hashParts {
	v = trim(v)
	if v == "" {
		*r = PasswordResult{Reason: "missing", Detail: "empty"}
		return hashParts{}
	}
	// A bare hex digest, the usual legacy value, starts with no scheme
	// prefix: each has a letter past f or a $.
	plainHex, upper := hexCase(v)
	if !plainHex {
		for _, u := range unsupportedPrefixes {
			if len(v) >= len(u.prefix) && strings.EqualFold(v[:len(u.prefix)], u.prefix) {
				if p.Unsupported != "" && p.Unsupported != "reject" {
					if !utf8.ValidString(v) {
						*r = PasswordResult{Reason: "invalid", Detail: "not UTF-8 text: JSON cannot carry it unchanged"}
						return hashParts{}
					}
					*r = PasswordResult{Password: v, Algorithm: p.Unsupported}
					return hashParts{}
				}
				*r = PasswordResult{Reason: "unsupported", Detail: u.name + " hashes cannot be migrated; set normalize.password.unsupported to the algorithm agreed with Akinon"}
				return hashParts{}
			}
		}
	}
	var algo, hash string
	if !plainHex && strings.Contains(v, "$") {
		parts := strings.Split(v, "$")
		if len(parts) != 3 {
			*r = PasswordResult{Reason: "invalid", Detail: "expected algorithm$salt$hash"}
			return hashParts{}
		}
		algo = strings.ToLower(parts[0])
		if _, ok := hexLen[algo]; !ok {
			*r = PasswordResult{Reason: "invalid", Detail: "algorithm is not md5, sha1 or sha256"}
			return hashParts{}
		}
		if hasSalt && salt != "" && salt != parts[1] {
			*r = PasswordResult{Reason: "invalid", Detail: "password_salt column disagrees with the salt in the password"}
			return hashParts{}
		}
		salt, hash = parts[1], parts[2]
	} else {
		hash = v
		switch len(hash) {
		case 32:
			algo = "md5"
		case 40:
			algo = "sha1"
		case 64:
			algo = "sha256"
		default:
			*r = PasswordResult{Reason: "invalid", Detail: "not a hex md5, sha1 or sha256 hash (wrong length)"}
			return hashParts{}
		}
	}
	if !plainHex {
		var ok bool
		if ok, upper = hexCase(hash); !ok {
			*r = PasswordResult{Reason: "invalid", Detail: "hash is not hexadecimal"}
			return hashParts{}
		}
	}
	if !plainHex && len(hash) != hexLen[algo] { // a bare digest's length gave algo
		*r = PasswordResult{Reason: "invalid", Detail: "hash length does not match " + algo}
		return hashParts{}
	}
	if p.Algorithm != "" && p.Algorithm != "auto" && p.Algorithm != algo {
		*r = PasswordResult{Reason: "invalid", Detail: "hash is " + algo + " but normalize.password.algorithm is " + p.Algorithm}
		return hashParts{}
	}
	if hasAlgo {
		if ra := strings.ToLower(trim(rowAlgo)); ra != "" && ra != algo {
			*r = PasswordResult{Reason: "invalid", Detail: "password_algorithm column disagrees with the hash (" + algo + ")"}
			return hashParts{}
		}
	}
	if strings.Contains(salt, "$") {
		*r = PasswordResult{Reason: "invalid", Detail: "salt contains $"}
		return hashParts{}
	}
	// The JSON escaper writes bytes that are not UTF-8 as U+FFFD: the
	// salt would change, and the user could not log in with the password.
	if !utf8.ValidString(salt) {
		*r = PasswordResult{Reason: "invalid", Detail: "salt is not UTF-8 text (a binary column? select the text the hashes were made with)"}
		return hashParts{}
	}
	r.Algorithm = algo
	return hashParts{algo, salt, hash, upper}
}

// join is algo + "$" + salt + "$" + strings.ToLower(hash), built in
// scratch when it has room: the result may share scratch's memory.
func (h hashParts) join(scratch []byte) string {
	b, n := scratch[:0], len(h.algo)+len(h.salt)+len(h.hash)+2
	if cap(b) < n {
		b = make([]byte, 0, n)
	}
	b = append(b, h.algo...)
	b = append(b, '$')
	b = append(b, h.salt...)
	b = append(b, '$')
	at := len(b)
	b = append(b, h.hash...)
	if h.upper {
		for i := at; i < len(b); i++ {
			if c := b[i]; c >= 'A' && c <= 'F' {
				b[i] = c + 'a' - 'A'
			}
		}
	}
	return unsafe.String(&b[0], len(b))
}

// hexCase reports whether s is a non-empty hex string and whether it has
// upper-case digits (which the contract writes in lower case).
func hexCase(s string) (hex, upper bool) {
	if len(s) < 8 || len(s)%8 != 0 {
		return hexCaseBytes(s)
	}
	// Digests are 32, 40 or 64 digits: whole words. A byte is a digit or,
	// lower-cased by setting bit 5 (0x20), a letter a–f; it is upper case
	// when bit 5, moved to bit 7 by x<<2, was clear. A byte past 0x7F
	// makes the word bad by itself (x&highs): atLeast and above need
	// ASCII, and may carry across bytes otherwise.
	var bad, up uint64
	for i := 0; i < len(s); i += 8 {
		x := word(s, i)
		digit := atLeast(x, '0') &^ above(x, '9')
		l := x | 0x20*ones
		letter := atLeast(l, 'a') &^ above(l, 'f')
		bad |= x&highs | ((digit | letter) ^ highs)
		up |= letter &^ (x << 2)
	}
	return bad == 0, bad == 0 && up != 0
}

// hexCaseBytes is hexCase a byte at a time.
func hexCaseBytes(s string) (hex, upper bool) {
	// A table and no branches: digits and letters come in random order
	// in a digest, and a branch per byte guessed wrong half the time
	// (4% of a run's CPU).
	all, any := byte(hexDigit), byte(0)
	for i := 0; i < len(s); i++ {
		c := hexClass[s[i]]
		all &= c
		any |= c
	}
	return s != "" && all != 0, any&hexUpper != 0 && all != 0
}

// hexClass classes bytes for hexCase.
var hexClass = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = hexDigit
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = hexDigit
	}
	for c := 'A'; c <= 'F'; c++ {
		t[c] = hexDigit | hexUpper
	}
	return t
}()

const (
	hexDigit = 1 << iota
	hexUpper
)
