package configs

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"etl/transforms"
)

// This file guesses a config from a legacy schema (`etl init`): which
// table holds the users, which column feeds which record key, by name
// (Turkish and English) and by content, and which password schemes are in
// use. Everything here is pure; reading the schema is the caller's job.

// synonyms are column names per input key, normalized (lower case, Turkish
// letters folded, separators dropped, CamelCase split into words). A name
// equal to one scores 3; a name holding one as a word scores 2, or 2.5 as
// its last word (the head of a compound in Turkish and English alike:
// SifreTuz is a salt, PasswordHash a password). "x*" is a stem: any word
// (or the whole name) starting with x; "x=" counts only as the whole name.
var synonyms = map[string][]string{
	"first_name":    {"ad", "adi", "isim", "firstname", "fname", "givenname", "name=", "uyeadi", "musteriadi"},
	"last_name":     {"soyad", "soyadi", "soyisim", "lastname", "surname", "lname", "familyname"},
	"email":         {"eposta", "email", "mail", "emailaddress", "epostaadresi", "mailadresi"},
	"gender":        {"cinsiyet", "cins", "gender", "sex"},
	"phone":         {"tel", "telefon", "telefonu", "telephone", "gsm", "cep", "ceptel", "ceptelefonu", "phone", "phonenumber", "mobile", "msisdn", "telno"},
	"date_of_birth": {"dogum", "dogumtarihi", "dtarih", "birth", "birthday", "birthdate", "dob", "dateofbirth"},
	"date_joined": {"kayit", "kayittarihi", "uyeliktarihi", "created*", "joined", "datejoined", "signup", "registered", "registrationdate",
		"dateadd*", "datecreated", "creationdate", "createdate", "registerdate", "eklenme*", "olusturma*", "uyelik*"},
	"password":      {"sifre", "parola", "password", "passwd", "pass", "pwd", "passwordhash", "sifrehash"},
	"password_salt": {"tuz*", "salt", "parolatuzu", "sifretuzu", "passwordsalt"},
	"sms_allowed":   {"sms", "smsizin", "smsonay", "smsallowed", "smspermission", "smsizni"},
	"email_allowed": {"mailizin", "mailonay", "epostaizin", "epostaonay", "emailallowed", "newsletter", "bulten", "mailizni"},
	"call_allowed":  {"aramaizin", "aramaonay", "callallowed", "telizin"},
	"verified": {"aktif", "onayli", "onaylandi", "dogrulandi", "dogrulanmis", "verified", "isverified", "isactive", "active",
		"confirmed", "isconfirmed", "emailconfirmed", "emailverified"},
	"user_type":     {"usertype", "uyetipi", "uyeliktipi", "musteritipi"},
	"facebook_uuid": {"facebook", "facebookid", "fbid", "facebookuuid"},
}

var (
	cursorNames = []string{"sondegisiklik", "guncelle*", "updated*", "modified*", "lastmodified", "lastupdate*", "dateupd", "upd", "degistiril*"}
	guestNames  = []string{"misafir", "guest", "isguest", "ziyaretci"}
	// deletedNames mark soft-deleted rows, which shops keep and must not
	// come back as live accounts.
	deletedNames = []string{"deleted", "isdeleted", "silindi", "silinmis", "removed", "isremoved"}
	userNames    = []string{"uye", "uyeler", "user", "users", "musteri", "musteriler", "customer", "customers", "member", "members", "kullanici", "kullanicilar", "account", "accounts"}
	// staffNames mark the shop's own staff: such a table has emails and
	// passwords too, and must not win over the customers.
	staffNames = []string{"admin*", "administrator*", "employee*", "staff", "yonetici*", "personel", "moderator*", "operator*", "calisan*"}
	// weakNames are names a key takes only when nothing better is there:
	// an active flag says the account may log in, not that its email is
	// confirmed.
	weakNames = map[string][]string{"verified": {"aktif", "active", "isactive"}}
)

var fold = strings.NewReplacer("ı", "i", "İ", "i", "ş", "s", "Ş", "s", "ğ", "g", "Ğ", "g", "ü", "u", "Ü", "u", "ö", "o", "Ö", "o", "ç", "c", "Ç", "c")

// words splits a column name into lower-case, folded words, at
// separators and at CamelCase humps (MusteriID: musteri, id).
func words(name string) []string {
	var out []string
	var cur []rune
	rs := []rune(fold.Replace(name))
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	isUp := func(r rune) bool { return r >= 'A' && r <= 'Z' }
	isLow := func(r rune) bool { return r >= 'a' && r <= 'z' }
	for i, r := range rs {
		if !(isUp(r) || isLow(r) || r >= '0' && r <= '9') {
			flush()
			continue
		}
		if isUp(r) && i > 0 && (isLow(rs[i-1]) || isUp(rs[i-1]) && i+1 < len(rs) && isLow(rs[i+1])) {
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// nameScore rates how well a column name matches a list of synonyms.
func nameScore(name string, syns []string) float64 {
	w := words(name)
	joined := strings.Join(w, "")
	best := 0.0
	for _, s := range syns {
		stem, exact := strings.HasSuffix(s, "*"), strings.HasSuffix(s, "=")
		s = strings.TrimRight(s, "*=")
		if joined == s || stem && strings.HasPrefix(joined, s) {
			return 3
		}
		if exact {
			continue
		}
		for i, x := range w {
			if x == s || stem && strings.HasPrefix(x, s) {
				sc := 2.0
				if i == len(w)-1 && len(w) > 1 {
					sc = 2.5
				}
				best = max(best, sc)
			}
		}
	}
	return best
}

// Words is words for other packages: a name split into folded,
// lower-case words.
func Words(name string) []string { return words(name) }

// EditDistance is the Levenshtein distance between a and b: how close a
// misspelt name (a command, a column) is to one that exists.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// OrderLike says whether a table is named like an orders table.
func OrderLike(name string) bool {
	return nameScore(name, []string{"order*", "siparis*", "sales"}) >= 2
}

// IDLike says whether a column is named like an identifier.
func IDLike(name string) bool {
	w := words(name)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return last == "id" || last == "no" || len(w) == 1 && last == "kod"
}

// ColumnInfo is a column with a sample of its values (NULL as "").
type ColumnInfo struct {
	Name, Type string
	Values     []string
}

// Guess is what a legacy table looks like to etl init.
type Guess struct {
	Columns   map[string]string // record key (or password_salt) → column
	How       map[string]string // record key → why
	Cursor    string
	Guest     string                    // a guest flag column, if any
	Deleted   string                    // a deleted flag column, if any
	DeletedOn int                       // sampled rows with the deleted flag set
	Passwords map[string]int            // password scheme → rows in the sample
	Phones    map[string]int            // phone shape → rows in the sample
	Dates     map[string]map[string]int // date record key → shape → rows in the sample
	Notes     []string
}

// TableScore rates how much a table looks like the users table.
func TableScore(name string, cols []string) int {
	score := 0
	for _, key := range []string{"email", "password", "first_name", "last_name", "phone", "date_joined"} {
		for _, c := range cols {
			if nameScore(c, synonyms[key]) >= 2 {
				score += map[string]int{"email": 4, "password": 4}[key] + 1
				break
			}
		}
	}
	if nameScore(name, userNames) >= 2 {
		score += 3
	}
	if nameScore(name, staffNames) >= 2 {
		score -= 8
	}
	return score
}

var (
	emailLike = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	nonDigit  = regexp.MustCompile(`[^0-9]`)
)

// share is the fraction of non-empty values that satisfy ok (0 with none).
func share(values []string, ok func(string) bool) float64 {
	n, hit := 0, 0
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		n++
		if ok(v) {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

func phoneLike(v string) bool {
	d := nonDigit.ReplaceAllString(v, "")
	return len(d) >= 10 && len(d) <= 13 && strings.Contains("05+9", v[:1])
}

// GuessColumns maps a table's columns to record keys: by name first, then
// by content, each column to at most one key.
func GuessColumns(cols []ColumnInfo) Guess {
	g := Guess{Columns: map[string]string{}, How: map[string]string{}, Passwords: map[string]int{}, Phones: map[string]int{},
		Dates: map[string]map[string]int{}}
	type cand struct {
		key, col, how string
		score         float64
	}
	var cands []cand
	for _, c := range cols {
		email := share(c.Values, func(v string) bool { return emailLike.MatchString(strings.Trim(v, " .<>")) })
		phone := share(c.Values, phoneLike)
		pw := share(c.Values, func(v string) bool { s := PasswordScheme(v); return s != "unrecognized" })
		for key, syns := range synonyms {
			s := nameScore(c.Name, syns)
			how := "by name"
			if nameScore(c.Name, weakNames[key]) >= 2 {
				s -= 0.6
			}
			switch key {
			case "email":
				if email >= 0.8 {
					s, how = s+2.5, fmt.Sprintf("by content: %.0f%% of sampled values look like emails", 100*email)
				} else if len(c.Values) > 0 && email < 0.2 && s > 0 {
					s -= 2 // named like an email, holds none (mail_onay, ...)
				}
			case "phone":
				if phone >= 0.8 && s == 0 {
					s, how = 2.2, fmt.Sprintf("by content: %.0f%% of sampled values look like phone numbers", 100*phone)
				}
			case "password":
				if pw >= 0.8 && s == 0 {
					s, how = 2.1, fmt.Sprintf("by content: %.0f%% of sampled values look like password hashes", 100*pw)
				}
			}
			if s < 2 {
				continue
			}
			if why := contradicts(key, c.Values); why != "" {
				g.Notes = append(g.Notes, fmt.Sprintf("%s is named like %s, but its sample says otherwise (%s): not mapped", c.Name, key, why))
				continue
			}
			cands = append(cands, cand{key, c.Name, how, s})
		}
		if nameScore(c.Name, cursorNames) >= 2 && g.Cursor == "" && timeLike(c.Type) {
			g.Cursor = c.Name
		}
		if nameScore(c.Name, deletedNames) >= 2 && g.Deleted == "" && contradicts("sms_allowed", c.Values) == "" {
			g.Deleted = c.Name
			for _, v := range c.Values {
				if on, _ := transforms.Flag(v); on {
					g.DeletedOn++
				}
			}
		}
		if nameScore(c.Name, guestNames) >= 2 && contradicts("sms_allowed", c.Values) == "" {
			g.Guest = c.Name
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].col < cands[j].col
	})
	used := map[string]bool{g.Cursor: g.Cursor != "", g.Guest: g.Guest != "", g.Deleted: g.Deleted != ""}
	for _, c := range cands {
		if g.Columns[c.key] != "" || used[c.col] {
			continue
		}
		g.Columns[c.key], g.How[c.key] = c.col, c.how
		used[c.col] = true
	}
	for _, c := range cols {
		switch c.Name {
		case g.Columns["password"]:
			for _, v := range c.Values {
				if v != "" {
					g.Passwords[PasswordScheme(v)]++
				}
			}
		case g.Columns["phone"]:
			for _, v := range c.Values {
				if v != "" {
					g.Phones[phoneShape(v)]++
				}
			}
		}
		for _, k := range []string{"date_of_birth", "date_joined"} {
			if c.Name != g.Columns[k] {
				continue
			}
			g.Dates[k] = map[string]int{}
			for _, v := range c.Values {
				if v != "" {
					g.Dates[k][DateShape(v)]++
				}
			}
		}
	}
	return g
}

func timeLike(typ string) bool {
	for _, t := range []string{"time", "date", "int", "serial"} {
		if strings.Contains(typ, t) {
			return true
		}
	}
	return false
}

var (
	hexRe      = regexp.MustCompile(`^[0-9a-fA-F]+$`)
	bcryptRe   = regexp.MustCompile(`^\$2[abxy]?\$\d\d\$`)
	prefixedRe = regexp.MustCompile(`^(md5|sha1|sha256)\$[^$]*\$[0-9a-fA-F]+$`)
)

// PasswordScheme names the scheme a stored password looks like.
func PasswordScheme(v string) string {
	switch {
	case hexRe.MatchString(v) && len(v) == 32:
		return "md5"
	case hexRe.MatchString(v) && len(v) == 40:
		return "sha1"
	case hexRe.MatchString(v) && len(v) == 64:
		return "sha256"
	case prefixedRe.MatchString(v):
		return strings.SplitN(v, "$", 2)[0] + " (algorithm$salt$hash)"
	case bcryptRe.MatchString(v):
		return "bcrypt"
	case strings.HasPrefix(v, "$P$") || strings.HasPrefix(v, "$H$"):
		return "phpass"
	case strings.HasPrefix(v, "pbkdf2_"):
		return "pbkdf2"
	case strings.HasPrefix(v, "$argon2"):
		return "argon2"
	case strings.HasPrefix(v, "$1$") || strings.HasPrefix(v, "$5$") || strings.HasPrefix(v, "$6$"):
		return "crypt"
	}
	return "unrecognized"
}

func phoneShape(v string) string {
	v = strings.TrimSpace(v)
	d := nonDigit.ReplaceAllString(v, "")
	switch {
	case strings.HasPrefix(v, "+90") || strings.HasPrefix(d, "90") && len(d) == 12:
		return "+90 5XX…"
	case strings.HasPrefix(d, "05") && len(d) == 11:
		return "05XX…"
	case strings.HasPrefix(d, "5") && len(d) == 10:
		return "5XX… (10 digits)"
	case strings.ContainsAny(v, "eE") && strings.Contains(v, "."):
		return "float artefact (5.32E+09)"
	case len(d) < 10:
		return "too short"
	}
	return "other"
}

var dateShapes = []struct {
	re    *regexp.Regexp
	shape string
}{
	{regexp.MustCompile(`^0000-00-00`), "zero date 0000-00-00"},
	{regexp.MustCompile(`^\d{4}-\d{2}-00|^\d{4}-00-`), "partial date (day or month 00)"},
	{regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)$`), "YYYY-MM-DD hh:mm:ss with zone"},
	{regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}`), "YYYY-MM-DD hh:mm[:ss]"},
	{regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`), "YYYY-MM-DD"},
	{regexp.MustCompile(`^\d{4}/\d{2}/\d{2}`), "YYYY/MM/DD"},
	{regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.\d{4}`), "DD.MM.YYYY"},
	{regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{4}`), "DD/MM/YYYY"},
	{regexp.MustCompile(`^\d{1,2}-\d{1,2}-\d{4}`), "DD-MM-YYYY"},
	{regexp.MustCompile(`^\d{1,2}[./-]\d{1,2}[./-]\d{2}$`), "two-digit year"},
	{regexp.MustCompile(`^\d{9,10}$`), "unix seconds"},
}

// DateShape names the layout a stored date looks like.
func DateShape(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "1900-01-01") {
		return "1900-01-01 placeholder"
	}
	for _, d := range dateShapes {
		if d.re.MatchString(v) {
			return d.shape
		}
	}
	return "other"
}

// genderWords are the values a gender column holds (codes the config
// may add are digits or one letter).
var genderWords = map[string]bool{"male": true, "female": true, "erkek": true, "kadin": true, "bay": true, "bayan": true,
	"man": true, "woman": true, "mr": true, "mrs": true, "ms": true, "miss": true, "unknown": true, "belirsiz": true}

// contradicts says why a column's sample cannot be what key holds, or ""
// when it can (or the sample holds no value to judge by). Half the
// sampled values must fit (most for keys with few spellings): a column
// mapped against its own content would reject or blank every row.
func contradicts(key string, values []string) string {
	var sample []string
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			sample = append(sample, v)
		}
	}
	if len(sample) == 0 {
		return ""
	}
	fits := func(need float64, ok func(string) bool) bool { return share(sample, ok) >= need }
	bad := fmt.Sprintf("e.g. %q", sample[0])
	if len(bad) > 40 {
		bad = bad[:37] + "..."
	}
	switch key {
	case "user_type":
		if !fits(0.8, func(v string) bool { v = strings.ToLower(v); return v == "registered" || v == "guest" }) {
			return "values are not registered or guest, " + bad + "; a query can translate them with CASE"
		}
	case "gender":
		if !fits(0.5, func(v string) bool {
			v = strings.ToLower(fold.Replace(v))
			return len([]rune(v)) == 1 || genderWords[v]
		}) {
			return "values are not gender codes, " + bad
		}
	case "sms_allowed", "email_allowed", "call_allowed", "verified":
		if !fits(0.8, func(v string) bool { _, known := transforms.Flag(v); return known }) {
			return "values are not yes/no flags, " + bad
		}
	case "date_of_birth", "date_joined":
		if !fits(0.5, func(v string) bool {
			_, st, _ := transforms.ParseStamp(v, time.UTC, time.Now())
			return st == transforms.DateOK || st == transforms.DateNoValue
		}) {
			return "values are not dates, " + bad
		}
	case "password":
		if !fits(0.5, func(v string) bool { return PasswordScheme(v) != "unrecognized" }) {
			return "values are not password hashes"
		}
	case "phone":
		if !fits(0.5, func(v string) bool { return len(nonDigit.ReplaceAllString(v, "")) >= 7 }) {
			return "values are not phone numbers"
		}
	case "first_name", "last_name":
		if !fits(0.5, func(v string) bool {
			return strings.IndexFunc(v, func(r rune) bool { return r > '9' }) >= 0 && !emailLike.MatchString(v)
		}) {
			return "values are not names"
		}
	}
	return ""
}

// KeyScore rates how well a column name fits a record key by name, as
// init's matching does: 3 the same, 2 or more a good match, 0 none.
func KeyScore(key, column string) float64 { return nameScore(column, synonyms[key]) }
