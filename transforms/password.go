package transforms

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// hexLen is the hex digest length of each algorithm Omnitron accepts.
var hexLen = map[string]int{"md5": 32, "sha1": 40, "sha256": 64}

// unsupportedPrefixes are hash schemes Omnitron cannot verify: it checks
// md5, sha1 or sha256 of salt+password, nothing slower or keyed.
var unsupportedPrefixes = []struct{ prefix, name string }{
	{"$2a$", "bcrypt"}, {"$2b$", "bcrypt"}, {"$2y$", "bcrypt"}, {"$2x$", "bcrypt"},
	{"$P$", "phpass"}, {"$H$", "phpass"}, {"pbkdf2_", "pbkdf2"}, {"$pbkdf2", "pbkdf2"},
	{"argon2", "argon2"}, {"$argon2", "argon2"}, {"bcrypt", "bcrypt"}, {"$wp$", "wordpress bcrypt"},
	{"$1$", "md5-crypt"}, {"$5$", "sha256-crypt"}, {"$6$", "sha512-crypt"}, {"scrypt", "scrypt"},
	{"sha512$", "sha512"}, {"crypt$", "crypt"}, {"$scrypt$", "scrypt"}, {"$y$", "yescrypt"},
	{"$7$", "scrypt"}, {"$sha1$", "sha1-crypt"},
	// Django writes "!" and 40 random characters for a user who has no
	// password (set_unusable_password): there is nothing to carry over.
	{"!", "unusable (no password set)"},
}

// djangoSlowNames are words in the algorithm part of a Django-style
// algorithm$… value that mark a slow or keyed hasher (sha512b64pbkdf2,
// pbkdf2_sha1, argon2, bcrypt_sha256, scrypt and hashers of third-party
// packages named after them): whatever the dressing, Omnitron cannot
// verify them.
var djangoSlowNames = []string{"pbkdf2", "argon2", "bcrypt", "scrypt", "crypt"}

// Schemes of normalize.password.scheme: how to read a value whose form
// alone does not say how it was made.
const (
	SchemeAuto = "auto"
	// SchemeOpenCart: a row with a non-empty salt holds
	// sha1(salt . sha1(salt . sha1(password))), which no md5/sha1/sha256
	// of salt+password reproduces; a row with an empty salt holds the
	// md5(password) of OpenCart before 1.5.5.
	SchemeOpenCart = "opencart"
)

// PasswordPolicy is the normalize.password config.
type PasswordPolicy struct {
	Algorithm   string // auto | md5 | sha1 | sha256
	Unsupported string // "reject", or the password_algorithm agreed with Akinon
	// Salt is one salt for every bare hex hash (normalize.password.salt),
	// for platforms that prefix each password with one shop-wide secret,
	// such as PrestaShop's _COOKIE_KEY_ before 1.7.
	Salt string
	// Scheme is normalize.password.scheme: "" or auto, or opencart.
	Scheme string
}

// PasswordResult is the outcome of Password. On a reject Reason is set and
// Detail explains it without the value.
type PasswordResult struct {
	Password, Algorithm string
	Reason, Detail      string
}

// Password builds "{algorithm}${salt}${hash}" (docs/rules.md §3.5) from the legacy
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
	var algo, hash string
	if !plainHex {
		if name := unsupportedScheme(v); name != "" {
			p.unsupported(r, v, name)
			return hashParts{}
		}
	} else if p.Scheme == SchemeOpenCart {
		if trim(salt) != "" {
			p.unsupported(r, v, "opencart salted sha1 (sha1 of salt and sha1 of salt and sha1 of the password)")
			return hashParts{}
		}
		if len(v) != hexLen["md5"] {
			*r = PasswordResult{Reason: "invalid", Detail: "normalize.password.scheme is opencart: a hash without a salt must be md5 (32 hex digits)"}
			return hashParts{}
		}
	}
	switch {
	case !plainHex && magentoForm(v):
		var ok bool
		if algo, salt, hash, ok = p.magento(r, v, salt, hasSalt); !ok {
			return hashParts{}
		}
	case !plainHex && strings.Contains(v, "$"):
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
	default:
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
		if salt == "" {
			// The shop-wide secret is what the platform put before the
			// password (New refuses it together with a salt column).
			salt = p.Salt
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

// unsupported files v, made by the scheme name, as unsupported: a reject,
// or passed through untouched under the algorithm agreed with Akinon.
func (p *PasswordPolicy) unsupported(r *PasswordResult, v, name string) {
	if p.Unsupported != "" && p.Unsupported != "reject" {
		if !utf8.ValidString(v) {
			*r = PasswordResult{Reason: "invalid", Detail: "not UTF-8 text: JSON cannot carry it unchanged"}
			return
		}
		*r = PasswordResult{Password: v, Algorithm: p.Unsupported}
		return
	}
	*r = PasswordResult{Reason: "unsupported", Detail: name + " hashes cannot be migrated; set normalize.password.unsupported to the algorithm agreed with Akinon"}
}

// unsupportedScheme names the scheme of a value that is not bare hex when
// it is one Omnitron cannot verify, else "".
func unsupportedScheme(v string) string {
	for _, u := range unsupportedPrefixes {
		if len(v) >= len(u.prefix) && strings.EqualFold(v[:len(u.prefix)], u.prefix) {
			return u.name
		}
	}
	if i := strings.IndexByte(v, '$'); i > 0 {
		name := strings.ToLower(v[:i])
		for _, w := range djangoSlowNames {
			if strings.Contains(name, w) {
				return name
			}
		}
	}
	if magentoForm(v) {
		return magentoUnsupported(v)
	}
	return ""
}

// Magento writes hash:salt:version (Magento 2) or hash:salt (Magento 1),
// where the hash is of salt+password. Versions: 0 md5, 1 sha256, 2 and
// 3_<salt bytes>_<ops>_<memory> argon2id; a password upgraded in place is
// re-hashed over the old hash and lists the chain, e.g. 0:1.
const (
	magentoMD5    = "0"
	magentoSHA256 = "1"
)

// magentoForm reports whether v is in Magento's colon form: a colon, and
// no $ (a salt in algorithm$salt$hash may hold a colon).
func magentoForm(v string) bool {
	return strings.IndexByte(v, ':') >= 0 && strings.IndexByte(v, '$') < 0
}

// magentoUnsupported names the scheme of a Magento value Omnitron cannot
// verify (argon2id, a chain of hashes), else "".
func magentoUnsupported(v string) string {
	parts := strings.Split(v, ":")
	if len(parts) < 3 {
		return ""
	}
	versions := parts[2:]
	for _, ver := range versions {
		if !magentoVersion(ver) {
			return "" // not Magento's: magento() says why
		}
	}
	if len(versions) > 1 {
		return "magento chained (" + strings.Join(versions, ":") + ", a hash re-hashed on upgrade)"
	}
	if ver := versions[0]; ver != magentoMD5 && ver != magentoSHA256 {
		return "magento argon2id"
	}
	return ""
}

// magentoVersion reports whether s is a hash version Magento writes.
func magentoVersion(s string) bool {
	switch s {
	case magentoMD5, magentoSHA256, "2", "3":
		return true
	}
	if rest, ok := strings.CutPrefix(s, "3_"); ok {
		for _, f := range strings.Split(rest, "_") {
			if f == "" || strings.Trim(f, "0123456789") != "" {
				return false
			}
		}
		return true
	}
	return false
}

// magento reads a Magento hash:salt[:version] that magentoUnsupported let
// through: one md5 or sha256 of salt+password. Magento 1 writes no
// version; the length of the hash says which (sha256 in the editions that
// use it, md5 otherwise).
func (p *PasswordPolicy) magento(r *PasswordResult, v, colSalt string, hasSalt bool) (algo, salt, hash string, ok bool) {
	parts := strings.Split(v, ":")
	hash, salt = parts[0], parts[1]
	switch {
	case len(parts) == 2 && len(hash) == hexLen["md5"]:
		algo = "md5"
	case len(parts) == 2 && len(hash) == hexLen["sha256"]:
		algo = "sha256"
	case len(parts) == 2:
		*r = PasswordResult{Reason: "invalid", Detail: "hash:salt with a hash that is neither md5 nor sha256 (wrong length)"}
		return "", "", "", false
	case len(parts) == 3 && parts[2] == magentoMD5:
		algo = "md5"
	case len(parts) == 3 && parts[2] == magentoSHA256:
		algo = "sha256"
	default:
		*r = PasswordResult{Reason: "invalid", Detail: "expected Magento's hash:salt or hash:salt:version with version 0, 1, 2 or 3_…"}
		return "", "", "", false
	}
	if hasSalt && colSalt != "" && colSalt != salt {
		*r = PasswordResult{Reason: "invalid", Detail: "password_salt column disagrees with the salt in the password"}
		return "", "", "", false
	}
	return algo, salt, hash, true
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
