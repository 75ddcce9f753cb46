package main

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

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// Each function hashes a password the way one platform's PHP or Python
// code does, so the fixtures hold what a real shop's database holds.

func md5hex(s string) string    { h := md5.Sum([]byte(s)); return hex.EncodeToString(h[:]) }
func sha1hex(s string) string   { h := sha1.Sum([]byte(s)); return hex.EncodeToString(h[:]) }
func sha256hex(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

// magentoHash is Magento's Encryptor: version 0 md5(salt.pw), 1
// sha256(salt.pw), 3 Argon2id (libsodium, 32-byte output, ops 2, 64 MiB,
// the salt's first 16 bytes); a chain applies each version to the previous
// result. Stored as hash:salt:versions.
func magentoHash(pw, salt string, versions ...int) string {
	cur := pw
	tag := ""
	for i, v := range versions {
		switch v {
		case 0:
			cur = md5hex(salt + cur)
		case 1:
			cur = sha256hex(salt + cur)
		case 3:
			cur = hex.EncodeToString(argon2.IDKey([]byte(cur), []byte(salt[:16]), 2, 64*1024, 1, 32))
		}
		if i > 0 {
			tag += ":"
		}
		if v == 3 {
			tag += "3_32_2_67108864"
		} else {
			tag += fmt.Sprint(v)
		}
	}
	return cur + ":" + salt + ":" + tag
}

// magento1Hash is Magento 1 CE: md5(salt.pw):salt.
func magento1Hash(pw, salt string) string { return md5hex(salt+pw) + ":" + salt }

// opencartHash is OpenCart 2.x/3.x: sha1(salt . sha1(salt . sha1(pw))).
func opencartHash(pw, salt string) string { return sha1hex(salt + sha1hex(salt+sha1hex(pw))) }

// prestashopMD5 is PrestaShop up to 1.6: md5(_COOKIE_KEY_ . pw).
func prestashopMD5(pw, cookieKey string) string { return md5hex(cookieKey + pw) }

func bcryptHash(pw string) string {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), 10)
	if err != nil {
		panic(err)
	}
	// PHP's password_hash writes $2y$; the hash is the same.
	return "$2y$" + string(h[4:])
}

// wpBcrypt is WordPress 6.8+: "$wp" + bcrypt(base64(hmac-sha384("wp-sha384", pw))).
func wpBcrypt(pw string) string {
	m := hmac.New(sha512.New384, []byte("wp-sha384"))
	m.Write([]byte(pw))
	return "$wp" + bcryptHash(base64.StdEncoding.EncodeToString(m.Sum(nil)))
}

const itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// phpass is the portable phpass hash WordPress wrote before 6.8:
// $P$ + cost char + 8 salt chars + 22 chars of md5 iterated 2^cost times.
func phpass(pw, salt string) string {
	const cost = 13 // 'B'
	h := md5.Sum([]byte(salt + pw))
	sum := h[:]
	for i := 0; i < 1<<cost; i++ {
		x := md5.Sum(append(append([]byte{}, sum...), pw...))
		sum = x[:]
	}
	return "$P$" + string(itoa64[cost]) + salt + phpassEncode(sum)
}

func phpassEncode(in []byte) string {
	var out []byte
	for i := 0; i < len(in); {
		v := int(in[i])
		i++
		out = append(out, itoa64[v&0x3f])
		if i < len(in) {
			v |= int(in[i]) << 8
		}
		out = append(out, itoa64[(v>>6)&0x3f])
		if i >= len(in) {
			break
		}
		i++
		if i < len(in) {
			v |= int(in[i]) << 16
		}
		out = append(out, itoa64[(v>>12)&0x3f])
		if i >= len(in) {
			break
		}
		i++
		out = append(out, itoa64[(v>>18)&0x3f])
	}
	return string(out)
}

// djangoPBKDF2 is Django's default hasher.
func djangoPBKDF2(pw, salt string, iter int) string {
	k, err := pbkdf2.Key(sha256.New, pw, []byte(salt), iter, 32)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("pbkdf2_sha256$%d$%s$%s", iter, salt, base64.StdEncoding.EncodeToString(k))
}

// djangoSHA1 is Django's old SHA1PasswordHasher: sha1(salt + pw).
func djangoSHA1(pw, salt string) string { return "sha1$" + salt + "$" + sha1hex(salt+pw) }
