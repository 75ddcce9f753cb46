package transforms

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// The password every platform hash below is made from.
const plain = "Gizli.Parola-42"

func hexOf(h func() hash.Hash, s string) string {
	d := h()
	d.Write([]byte(s))
	return hex.EncodeToString(d.Sum(nil))
}

// omnitronVerifies checks an exported password the way Omnitron's
// Django-style hashers do: {alg}${salt}${hash}, and the hash is the hex
// digest of alg(salt + password).
func omnitronVerifies(encoded, password string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 3 {
		return false
	}
	var h func() hash.Hash
	switch parts[0] {
	case "md5":
		h = md5.New
	case "sha1":
		h = sha1.New
	case "sha256":
		h = sha256.New
	default:
		return false
	}
	return hexOf(h, parts[1]+password) == parts[2]
}

// phpass is WordPress's portable hash (class-phpass.php): md5 of salt and
// password, then 2^log2 rounds of md5(hash . password).
func phpass(password, salt string, log2 int) string {
	const itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	h := md5.Sum([]byte(salt + password))
	for n := 1 << log2; n > 0; n-- {
		h = md5.Sum(append(h[:], password...))
	}
	// encode64, as the PHP does it
	in, out, i := h[:], []byte("$P$"+string(itoa64[log2])+salt), 0
	for {
		v := int(in[i])
		i++
		out = append(out, itoa64[v&0x3f])
		if i < len(in) {
			v |= int(in[i]) << 8
		}
		out = append(out, itoa64[(v>>6)&0x3f])
		if i++; i-1 >= len(in) {
			break
		}
		if i < len(in) {
			v |= int(in[i]) << 16
		}
		out = append(out, itoa64[(v>>12)&0x3f])
		if i++; i-1 >= len(in) {
			break
		}
		out = append(out, itoa64[(v>>18)&0x3f])
		if i >= len(in) {
			break
		}
	}
	return string(out)
}

// phpBcrypt is PHP's password_hash(PASSWORD_BCRYPT): the same hash as
// Go's, written $2y$.
func phpBcrypt(t *testing.T, password string, cost int) string {
	b, err := bcrypt.GenerateFromPassword([]byte(password), cost)
	if err != nil {
		t.Fatal(err)
	}
	return "$2y$" + strings.TrimPrefix(string(b), "$2a$")
}

// cost is a platform's default work factor, or under -short the least
// the algorithm takes: the value keeps its real form (the factor is
// written in it), and no assertion depends on how slow it was to make.
func cost(full, short int) int {
	if testing.Short() {
		return short
	}
	return full
}

func TestPasswordPlatforms(t *testing.T) {
	auto := PasswordPolicy{Algorithm: "auto", Unsupported: "reject", Scheme: SchemeAuto}
	opencart := auto
	opencart.Scheme = SchemeOpenCart
	// PrestaShop's _COOKIE_KEY_ (56 characters, from settings.inc.php).
	const cookieKey = "Xq3mVb8TzL0pWc6NdR2hJs9GkY4fAe7UoI1tZxCvBnM5lQwErTyUiOpA"
	presta := auto
	presta.Salt = cookieKey

	// Magento 2 (Encryptor::getHash): hash(salt . password, version):salt:version.
	mSalt := "p4ZGXr7cOgyV9ZsD8iQm2Wt6hB0fJx3N"
	m2md5 := hexOf(md5.New, mSalt+plain)
	m2sha := hexOf(sha256.New, mSalt+plain)
	// Argon2id13 through libsodium: the salt cut to 16 bytes, opslimit
	// and memlimit interactive (2, 64 MiB), one lane, 32 bytes.
	mem := uint32(cost(64<<10, 64))
	m2argon := hex.EncodeToString(argon2.IDKey([]byte(plain), []byte(mSalt[:16]), 2, mem, 1, 32))
	// An md5 hash upgraded in place: sha256 over the old md5 digest.
	m2chain := hexOf(sha256.New, mSalt+hexOf(md5.New, mSalt+plain))
	m2chainArgon := hex.EncodeToString(argon2.IDKey([]byte(hexOf(sha256.New, mSalt+plain)), []byte(mSalt[:16]), 2, mem, 1, 32))
	// Magento 1 (Mage_Core_Model_Encryption): md5(salt . password):salt
	// with a two-character salt; sha256 in the editions that use it.
	m1md5 := hexOf(md5.New, "Qz"+plain) + ":Qz"
	m1sha := hexOf(sha256.New, "Qz"+plain) + ":Qz"

	// OpenCart 1.5.5 to 3: salt of 9 characters,
	// sha1(salt . sha1(salt . sha1(password))); older rows md5(password).
	ocSalt := "aB3dE6gH9"
	ocSHA := hexOf(sha1.New, ocSalt+hexOf(sha1.New, ocSalt+hexOf(sha1.New, plain)))
	ocMD5 := hexOf(md5.New, plain)

	// PrestaShop up to 1.6: md5(_COOKIE_KEY_ . password).
	psMD5 := hexOf(md5.New, cookieKey+plain)

	// WordPress: phpass portable hashes ($P$B: 2^8 rounds); 6.8 and later
	// '$wp' . password_hash(base64(hmac-sha384(password, 'wp-sha384'))).
	wpPhpass := phpass(plain, "Ab3.De/9", 8)
	mac := hmac.New(sha512.New384, []byte("wp-sha384"))
	mac.Write([]byte(plain))
	wp68 := "$wp" + phpBcrypt(t, base64.StdEncoding.EncodeToString(mac.Sum(nil)), cost(10, bcrypt.MinCost))

	// Django's hashers.
	djSalt := "Qd8sKd0rS9aZ1xY2cV3bN4"
	iter := cost(870000, 1000) // Django 5.0's
	pb, err := pbkdf2.Key(sha256.New, plain, []byte(djSalt), iter, 32)
	if err != nil {
		t.Fatal(err)
	}
	djPBKDF2 := "pbkdf2_sha256$" + strconv.Itoa(iter) + "$" + djSalt + "$" + base64.StdEncoding.EncodeToString(pb)
	pb1, err := pbkdf2.Key(sha1.New, plain, []byte(djSalt), iter, 20)
	if err != nil {
		t.Fatal(err)
	}
	djPBKDF2SHA1 := "pbkdf2_sha1$" + strconv.Itoa(iter) + "$" + djSalt + "$" + base64.StdEncoding.EncodeToString(pb1)
	pb512, err := pbkdf2.Key(sha512.New, plain, []byte(djSalt), iter, 64)
	if err != nil {
		t.Fatal(err)
	}
	djSHA512PBKDF2 := "sha512b64pbkdf2$" + strconv.Itoa(iter) + "$" + djSalt + "$" + base64.StdEncoding.EncodeToString(pb512)
	raw := base64.RawStdEncoding
	djMem, phpMem := cost(102400, 64), cost(65536, 64) // Django's, PHP's PASSWORD_ARGON2ID
	djArgon := fmt.Sprintf("argon2$argon2id$v=19$m=%d,t=2,p=8$", djMem) + raw.EncodeToString([]byte(djSalt)) + "$" +
		raw.EncodeToString(argon2.IDKey([]byte(plain), []byte(djSalt), 2, uint32(djMem), 8, 32))
	phpArgon := fmt.Sprintf("$argon2id$v=19$m=%d,t=4,p=1$", phpMem) + raw.EncodeToString([]byte(djSalt[:16])) + "$" +
		raw.EncodeToString(argon2.IDKey([]byte(plain), []byte(djSalt[:16]), 4, uint32(phpMem), 1, 32))
	djBcryptSHA := "bcrypt_sha256" + strings.Replace(phpBcrypt(t, hexOf(sha256.New, plain), cost(12, bcrypt.MinCost)), "$2y$", "$2b$", 1)
	djSHA1 := "sha1$" + djSalt + "$" + hexOf(sha1.New, djSalt+plain)
	djMD5 := "md5$" + djSalt + "$" + hexOf(md5.New, djSalt+plain)
	djUnsaltedMD5 := "md5$$" + hexOf(md5.New, plain)
	djUnusable := "!" + "kJ3hD9fL2sQ8wE1rT6yU4iO7pA5sD0fG3hJ2kL9z"

	tests := []struct {
		name    string
		pol     PasswordPolicy
		v, salt string
		hasSalt bool
		algo    string // exported algorithm; "" for a reject
		reason  string
	}{
		{"magento2 v0 md5", auto, m2md5 + ":" + mSalt + ":0", "", false, "md5", ""},
		{"magento2 v1 sha256", auto, m2sha + ":" + mSalt + ":1", "", false, "sha256", ""},
		{"magento2 v1 upper hex", auto, strings.ToUpper(m2sha) + ":" + mSalt + ":1", "", false, "sha256", ""},
		{"magento2 v1 salt column agrees", auto, m2sha + ":" + mSalt + ":1", mSalt, true, "sha256", ""},
		{"magento2 v1 salt column disagrees", auto, m2sha + ":" + mSalt + ":1", "other", true, "", "invalid"},
		{"magento2 argon2 v2", auto, m2argon + ":" + mSalt + ":2", "", false, "", "unsupported"},
		{"magento2 argon2 agnostic", auto, m2argon + ":" + mSalt + ":3_32_2_67108864", "", false, "", "unsupported"},
		{"magento2 chained md5 then sha256", auto, m2chain + ":" + mSalt + ":0:1", "", false, "", "unsupported"},
		{"magento2 chained sha256 then argon2", auto, m2chainArgon + ":" + mSalt + ":1:3_32_2_67108864", "", false, "", "unsupported"},
		{"magento2 unknown version", auto, m2sha + ":" + mSalt + ":7", "", false, "", "invalid"},
		{"magento2 version 0 with a sha256", auto, m2sha + ":" + mSalt + ":0", "", false, "", "invalid"},
		{"magento1 md5", auto, m1md5, "", false, "md5", ""},
		{"magento1 sha256", auto, m1sha, "", false, "sha256", ""},
		{"hash:salt wrong length", auto, hexOf(sha1.New, "Qz"+plain) + ":Qz", "", false, "", "invalid"},
		{"opencart md5 unsalted", opencart, ocMD5, "", true, "md5", ""},
		{"opencart nested sha1", opencart, ocSHA, ocSalt, true, "", "unsupported"},
		{"opencart unsalted sha1", opencart, hexOf(sha1.New, plain), "", true, "", "invalid"},
		{"opencart 4 bcrypt", opencart, phpBcrypt(t, plain, cost(10, bcrypt.MinCost)), "", true, "", "unsupported"},
		{"prestashop 1.6 md5 with cookie key", presta, psMD5, "", false, "md5", ""},
		{"prestashop 1.7 bcrypt", presta, phpBcrypt(t, plain, cost(10, bcrypt.MinCost)), "", false, "", "unsupported"},
		{"wordpress phpass", auto, wpPhpass, "", false, "", "unsupported"},
		{"wordpress 6.8", auto, wp68, "", false, "", "unsupported"},
		{"wordpress bare md5", auto, hexOf(md5.New, plain), "", false, "md5", ""},
		{"django pbkdf2_sha256", auto, djPBKDF2, "", false, "", "unsupported"},
		{"django pbkdf2_sha1", auto, djPBKDF2SHA1, "", false, "", "unsupported"},
		{"sha512b64pbkdf2", auto, djSHA512PBKDF2, "", false, "", "unsupported"},
		{"django argon2", auto, djArgon, "", false, "", "unsupported"},
		{"php argon2id", auto, phpArgon, "", false, "", "unsupported"},
		{"django bcrypt_sha256", auto, djBcryptSHA, "", false, "", "unsupported"},
		{"django sha1", auto, djSHA1, "", false, "sha1", ""},
		{"django md5", auto, djMD5, "", false, "md5", ""},
		{"django unsalted md5", auto, djUnsaltedMD5, "", false, "md5", ""},
		{"django unusable", auto, djUnusable, "", false, "", "unsupported"},
		{"django unusable bare", auto, "!", "", false, "", "unsupported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.pol.Password(tt.v, tt.salt, tt.hasSalt, "", false)
			if r.Algorithm != tt.algo || r.Reason != tt.reason {
				t.Fatalf("got (%q, %q, %q: %s); want algorithm %q, reason %q", r.Password, r.Algorithm, r.Reason, r.Detail, tt.algo, tt.reason)
			}
			if r.Reason != "" {
				if r.Password != "" || strings.Contains(r.Detail, tt.v) || strings.Contains(r.Detail, plain) {
					t.Errorf("reject keeps or leaks a value: %+v", r)
				}
				return
			}
			if !omnitronVerifies(r.Password, plain) {
				t.Errorf("exported %q does not verify with the password", r.Password)
			}
			if omnitronVerifies(r.Password, plain+"x") {
				t.Errorf("exported %q verifies a wrong password", r.Password)
			}
		})
	}

	// With the reset algorithm agreed with Akinon, every unsupported hash
	// passes through untouched under that name, never as md5/sha1/sha256.
	reset := auto
	reset.Unsupported = "reset_required"
	resetOC := opencart
	resetOC.Unsupported = "reset_required"
	for _, tt := range tests {
		if tt.reason != "unsupported" {
			continue
		}
		pol := reset
		if tt.pol.Scheme == SchemeOpenCart {
			pol = resetOC
		}
		r := pol.Password(tt.v, tt.salt, tt.hasSalt, "", false)
		if r.Reason != "" || r.Algorithm != "reset_required" || r.Password != tt.v {
			t.Errorf("%s with a reset algorithm: got (%q, %q, %q); want the value under reset_required", tt.name, r.Password, r.Algorithm, r.Reason)
		}
	}
}

// Without scheme opencart, OpenCart's nested sha1 is indistinguishable
// from sha1(salt + password) and would be exported as a hash that never
// verifies: what the scheme is for.
func TestOpenCartNeedsTheScheme(t *testing.T) {
	salt := "aB3dE6gH9"
	v := hexOf(sha1.New, salt+hexOf(sha1.New, salt+hexOf(sha1.New, plain)))
	r := PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}.Password(v, salt, true, "", false)
	if r.Reason != "" || omnitronVerifies(r.Password, plain) {
		t.Fatalf("auto: got %+v; the point of this test is that it exports and does not verify", r)
	}
}

func TestMagentoVersion(t *testing.T) {
	for _, c := range []struct {
		s  string
		ok bool
	}{
		{"0", true}, {"1", true}, {"2", true}, {"3", true}, {"3_32_2_67108864", true},
		{"", false}, {"4", false}, {"3_", false}, {"3_32__1", false}, {"3_a", false}, {"01", false},
	} {
		if got := magentoVersion(c.s); got != c.ok {
			t.Errorf("magentoVersion(%q) = %v; want %v", c.s, got, c.ok)
		}
	}
}
