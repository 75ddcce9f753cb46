package transforms

import (
	"strings"
	"testing"
)

const (
	md5hex    = "e10adc3949ba59abbe56e057f20f883e"
	sha1hex   = "7c4a8d09ca3762af61e59520943dc26494f8941b"
	sha256hex = "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"
)

func TestPassword(t *testing.T) {
	auto := PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}
	tests := []struct {
		name       string
		pol        PasswordPolicy
		v, salt    string
		hasSalt    bool
		rowAlgo    string
		hasAlgo    bool
		want, algo string
		reason     string
	}{
		{"bare md5", auto, md5hex, "", false, "", false, "md5$$" + md5hex, "md5", ""},
		{"bare sha1", auto, sha1hex, "", false, "", false, "sha1$$" + sha1hex, "sha1", ""},
		{"bare sha256", auto, sha256hex, "", false, "", false, "sha256$$" + sha256hex, "sha256", ""},
		{"upper hex lowered", auto, strings.ToUpper(md5hex), "", false, "", false, "md5$$" + md5hex, "md5", ""},
		{"padded", auto, "  " + md5hex + " ", "", false, "", false, "md5$$" + md5hex, "md5", ""},
		{"salt column", auto, md5hex, "s4lt", true, "", false, "md5$s4lt$" + md5hex, "md5", ""},
		{"empty salt column", auto, md5hex, "", true, "", false, "md5$$" + md5hex, "md5", ""},
		{"formatted kept", auto, "sha1$abc$" + strings.ToUpper(sha1hex), "", false, "", false, "sha1$abc$" + sha1hex, "sha1", ""},
		{"formatted upper algo", auto, "MD5$x$" + md5hex, "", false, "", false, "md5$x$" + md5hex, "md5", ""},
		{"formatted salt with a colon", auto, "md5$a:b$" + md5hex, "", false, "", false, "md5$a:b$" + md5hex, "md5", ""},
		{"formatted same salt col", auto, "md5$x$" + md5hex, "x", true, "", false, "md5$x$" + md5hex, "md5", ""},
		{"config agrees", PasswordPolicy{Algorithm: "sha1"}, sha1hex, "", false, "", false, "sha1$$" + sha1hex, "sha1", ""},
		{"row algo agrees", auto, sha256hex, "", false, "SHA256", true, "sha256$$" + sha256hex, "sha256", ""},
		{"row algo empty", auto, md5hex, "", false, "", true, "md5$$" + md5hex, "md5", ""},
		{"config disagrees", PasswordPolicy{Algorithm: "md5"}, sha1hex, "", false, "", false, "", "", "invalid"},
		{"row algo disagrees", auto, md5hex, "", false, "sha1", true, "", "", "invalid"},
		{"formatted salt col disagrees", auto, "md5$x$" + md5hex, "y", true, "", false, "", "", "invalid"},
		{"empty", auto, "", "", false, "", false, "", "", "missing"},
		{"blank", auto, "   ", "", false, "", false, "", "", "missing"},
		{"bcrypt 2a", auto, "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234", "", false, "", false, "", "", "unsupported"},
		{"bcrypt 2b", auto, "$2b$12$x", "", false, "", false, "", "", "unsupported"},
		{"bcrypt 2y", auto, "$2y$10$x", "", false, "", false, "", "", "unsupported"},
		{"phpass P", auto, "$P$B12345678abcdefghijklmnopqrstuv", "", false, "", false, "", "", "unsupported"},
		{"phpass H", auto, "$H$9abcdefghijklmnopqrstuvwxyz0123", "", false, "", false, "", "", "unsupported"},
		{"django pbkdf2", auto, "pbkdf2_sha256$260000$salt$hash=", "", false, "", false, "", "", "unsupported"},
		{"argon2", auto, "argon2$argon2id$v=19$m=102400,t=2,p=8$salt$hash", "", false, "", false, "", "", "unsupported"},
		{"bcrypt_sha256", auto, "bcrypt_sha256$$2b$12$x", "", false, "", false, "", "", "unsupported"},
		{"wordpress", auto, "$wp$2y$10$x", "", false, "", false, "", "", "unsupported"},
		{"passthrough", PasswordPolicy{Algorithm: "auto", Unsupported: "reset_required"}, "$2y$10$abc", "", false, "", false, "$2y$10$abc", "reset_required", ""},
		{"non-hex", auto, strings.Repeat("g", 32), "", false, "", false, "", "", "invalid"},
		{"wrong length", auto, md5hex[:31], "", false, "", false, "", "", "invalid"},
		{"plain text", auto, "123456", "", false, "", false, "", "", "invalid"},
		{"salt with $", auto, md5hex, "a$b", true, "", false, "", "", "invalid"},
		{"salt not utf-8", auto, md5hex, "\xfe\x01", true, "", false, "", "", "invalid"},
		{"formatted salt not utf-8", auto, "md5$\xfe$" + md5hex, "", false, "", false, "", "", "invalid"},
		{"salt in utf-8", auto, md5hex, "şifre", true, "", false, "md5$şifre$" + md5hex, "md5", ""},
		{"passthrough not utf-8", PasswordPolicy{Algorithm: "auto", Unsupported: "reset_required"}, "$2y$10$\xff", "", false, "", false, "", "", "invalid"},
		{"extra parts", auto, "md5$a$b$" + md5hex, "", false, "", false, "", "", "invalid"},
		{"two parts", auto, "md5$" + md5hex, "", false, "", false, "", "", "invalid"},
		{"formatted wrong length", auto, "sha1$salt$7c4a8d09ca3762af61e59520943ddc26494f8941b", "", false, "", false, "", "", "invalid"},
		{"unknown algo", auto, "sha3$x$" + sha256hex, "", false, "", false, "", "", "invalid"},
		{"sha512", auto, "sha512$x$abc", "", false, "", false, "", "", "unsupported"},
	}
	for _, tt := range tests {
		r := tt.pol.Password(tt.v, tt.salt, tt.hasSalt, tt.rowAlgo, tt.hasAlgo)
		if r.Password != tt.want || r.Algorithm != tt.algo || r.Reason != tt.reason {
			t.Errorf("%s: got (%q, %q, %q %s); want (%q, %q, %q)", tt.name, r.Password, r.Algorithm, r.Reason, r.Detail, tt.want, tt.algo, tt.reason)
		}
		if r.Reason != "" && strings.TrimSpace(tt.v) != "" && strings.Contains(r.Detail, strings.TrimSpace(tt.v)) {
			t.Errorf("%s: detail %q leaks the password", tt.name, r.Detail)
		}
	}
}

func FuzzPassword(f *testing.F) {
	for _, s := range []string{md5hex, "sha1$abc$" + sha1hex, "$2y$10$x", "md5$a$b$c", sha256hex + ":salt:1",
		md5hex + ":Qz", md5hex + ":s:0:1", sha256hex + ":s:3_32_2_67108864", "!unusable", "md5$a:b$" + md5hex} {
		f.Add(s, "")
	}
	pol := PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}
	f.Fuzz(func(t *testing.T, v, salt string) {
		r := pol.Password(v, salt, salt != "", "", false)
		if r.Reason != "" {
			if r.Password != "" || (len(v) >= 8 && strings.Contains(r.Detail, v)) {
				t.Fatalf("reject of %q leaks or keeps a value: %+v", v, r)
			}
			return
		}
		re := hashRe(r.Algorithm)
		if re == nil || !re(r.Password) {
			t.Fatalf("Password(%q, %q) = %q (%s), not in contract form", v, salt, r.Password, r.Algorithm)
		}
		again := pol.Password(r.Password, "", false, "", false)
		if again.Password != r.Password {
			t.Fatalf("Password(%q) = %q, but again %q", v, r.Password, again.Password)
		}
	})
}

// hashRe checks algo$salt$hex without regexp, for the fuzz invariant.
func hashRe(algo string) func(string) bool {
	n, ok := hexLen[algo]
	if !ok {
		return nil
	}
	return func(s string) bool {
		p := strings.Split(s, "$")
		return len(p) == 3 && p[0] == algo && len(p[2]) == n && isHex(p[2]) && p[2] == strings.ToLower(p[2])
	}
}

// The bare-hex fast path relies on no unsupported scheme prefix being
// made of hex digits alone.
func TestUnsupportedPrefixesAreNotHex(t *testing.T) {
	for _, u := range unsupportedPrefixes {
		if isHex(u.prefix) {
			t.Errorf("prefix %q is all hex: a bare hash could start with it", u.prefix)
		}
	}
}

func isHex(s string) bool {
	ok, _ := hexCase(s)
	return ok
}

func TestHexCase(t *testing.T) {
	for _, c := range []struct {
		s          string
		hex, upper bool
	}{
		{"", false, false},
		{"0", true, false},
		{"0123456789abcdef", true, false},
		{"0123456789ABCDEF", true, true},
		{"aB", true, true},
		{"Ag", false, false},
		{"g", false, false},
		{"12 3", false, false},
		{"G0", false, false},
		{"\xff", false, false},
		{"$2y$10$", false, false},
	} {
		if hex, upper := hexCase(c.s); hex != c.hex || upper != c.upper {
			t.Errorf("hexCase(%q) = %v, %v; want %v, %v", c.s, hex, upper, c.hex, c.upper)
		}
	}
}
