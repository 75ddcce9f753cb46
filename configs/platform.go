package configs

import (
	"fmt"
	"regexp"
	"strings"
)

// This file knows the customer tables of the shop platforms a legacy
// database most often comes from. Their users are spread over several
// tables (Magento's EAV values, WordPress's usermeta, PrestaShop's
// addresses), so a table mapping cannot reach them: etl init writes a
// query for them instead, with the platform's own password treatment.

// TableInfo is a table's name and column names.
type TableInfo struct {
	Name    string
	Columns []string
}

// Count is a number etl init reads to put in the config's comments.
type Count struct {
	Label string // e.g. "deleted customers left out"
	SQL   string // SELECT COUNT(*) ...
}

// Platform is a recognised shop platform and the config it needs.
type Platform struct {
	Name     string // e.g. "PrestaShop"
	Table    string // the customers table
	Query    string // the users query, column names as record keys
	Cursor   string // the query's updated-at column, "" when the platform has none
	Counts   []Count
	Password []string // normalize.password lines beyond algorithm and unsupported
	Notes    []string // comments for the top of the config
}

// prefixRe keeps a detected table prefix safe to write into SQL.
var prefixRe = regexp.MustCompile(`^[A-Za-z0-9_]*$`)

type schema map[string]map[string]bool // table → column set

func (s schema) has(table string, cols ...string) bool {
	c, ok := s[table]
	if !ok {
		return false
	}
	for _, col := range cols {
		if !c[col] {
			return false
		}
	}
	return true
}

// findSuffix returns the prefix of the first table named prefix+suffix
// that has cols.
func (s schema) findSuffix(suffix string, cols ...string) (string, bool) {
	for t := range s {
		if strings.HasSuffix(t, suffix) && s.has(t, cols...) {
			p := strings.TrimSuffix(t, suffix)
			if prefixRe.MatchString(p) {
				return p, true
			}
		}
	}
	return "", false
}

// DetectPlatform recognises a shop platform by its tables, or returns nil.
func DetectPlatform(tables []TableInfo, driver string) *Platform {
	s := schema{}
	for _, t := range tables {
		s[t.Name] = map[string]bool{}
		for _, c := range t.Columns {
			s[t.Name][c] = true
		}
	}
	if p, ok := s.findSuffix("customer_entity", "entity_id", "email", "password_hash", "firstname", "lastname"); ok {
		return magento2(s, p)
	}
	if p, ok := s.findSuffix("customer_entity", "entity_id", "entity_type_id", "email"); ok && s.has(p+"eav_attribute", "attribute_code") && s.has(p+"customer_entity_varchar", "value") {
		return magento1(s, p)
	}
	if p, ok := s.findSuffix("customer", "id_customer", "passwd", "email", "is_guest", "deleted", "date_add"); ok {
		return prestashop(s, p)
	}
	if p, ok := s.findSuffix("customer", "customer_id", "password", "salt", "email", "telephone", "date_added"); ok {
		return opencart(s, p)
	}
	if p, ok := s.findSuffix("users", "ID", "user_login", "user_pass", "user_email", "user_registered"); ok && s.has(p+"usermeta", "user_id", "meta_key", "meta_value") && driver == "mysql" {
		return wordpress(p)
	}
	for _, t := range []string{"account_user", "auth_user", "users_user", "accounts_user"} {
		if s.has(t, "id", "password", "email", "is_staff", "is_superuser", "date_joined", "first_name", "last_name") {
			return django(s, t)
		}
	}
	return nil
}

var magentoPassword = []string{
	"# Magento stores hash:salt:version. Version 0 is md5(salt + password) and",
	"# version 1 sha256(salt + password): those rows migrate. Argon2id (2,",
	"# 3_32_2_67108864) and chained versions (0:1, a 1.x md5 rehashed in place)",
	"# cannot be verified by Omnitron and are rejected as unsupported.",
}

func magento2(s schema, p string) *Platform {
	e := p + "customer_entity"
	pl := &Platform{Name: "Magento 2", Table: e, Cursor: "updated_at", Password: magentoPassword}
	phone := "NULL"
	if s.has(p+"customer_address_entity", "entity_id", "telephone") {
		phone = fmt.Sprintf("(SELECT a.telephone FROM %scustomer_address_entity a WHERE a.entity_id = e.default_billing)", p)
	}
	emailAllowed := ""
	if s.has(p+"newsletter_subscriber", "customer_id", "subscriber_status") {
		emailAllowed = fmt.Sprintf("\n       CASE WHEN EXISTS (SELECT 1 FROM %snewsletter_subscriber n\n                         WHERE n.customer_id = e.entity_id AND n.subscriber_status = 1) THEN 1 ELSE 0 END AS email_allowed,", p)
	}
	pl.Query = fmt.Sprintf(`SELECT e.entity_id     AS customer_code,
       e.firstname     AS first_name,
       e.lastname      AS last_name,
       e.email         AS email,
       e.gender        AS gender,
       %s AS phone,
       e.dob           AS date_of_birth,
       e.created_at    AS date_joined,
       e.password_hash AS password,
       CASE WHEN e.confirmation IS NULL THEN 1 ELSE 0 END AS verified,%s
       e.updated_at    AS updated_at
FROM %s e`, phone, emailAllowed, e)
	pl.Notes = []string{
		"Magento 2: customers are " + e + " (admin_user holds the shop's staff, not customers).",
		"gender: 1 male, 2 female, 3 \"not specified\" (becomes null). verified: Magento sets",
		"confirmation while the customer has not confirmed the email. phone: the default billing address.",
		"A customer account is per website: the same email in two websites is one Omnitron user (the first wins).",
	}
	return pl
}

func magento1(s schema, p string) *Platform {
	e := p + "customer_entity"
	attr := func(typ, code string) string {
		return fmt.Sprintf("(SELECT v.value FROM %scustomer_entity_%s v JOIN %seav_attribute a ON a.attribute_id = v.attribute_id\n"+
			"         WHERE v.entity_id = e.entity_id AND a.entity_type_id = e.entity_type_id AND a.attribute_code = '%s' LIMIT 1)", p, typ, p, code)
	}
	phone := "NULL"
	if s.has(p+"customer_address_entity_varchar", "value") && s.has(p+"customer_address_entity", "parent_id") {
		phone = fmt.Sprintf("(SELECT t.value FROM %scustomer_address_entity ad\n"+
			"           JOIN %scustomer_address_entity_varchar t ON t.entity_id = ad.entity_id\n"+
			"           JOIN %seav_attribute ta ON ta.attribute_id = t.attribute_id AND ta.attribute_code = 'telephone'\n"+
			"         WHERE ad.parent_id = e.entity_id ORDER BY ad.entity_id LIMIT 1)", p, p, p)
	}
	dob := "NULL"
	if s.has(p + "customer_entity_datetime") {
		dob = attr("datetime", "dob")
	}
	gender := "NULL"
	if s.has(p + "customer_entity_int") {
		gender = attr("int", "gender")
	}
	pl := &Platform{Name: "Magento 1 (OpenMage)", Table: e, Cursor: "updated_at", Password: append([]string{
		"# Magento 1 writes md5(salt + password):salt (a bare md5 when set without a",
		"# salt); OpenMage 20 writes bcrypt, which is rejected as unsupported.",
	}, magentoPassword...)}
	pl.Query = fmt.Sprintf(`SELECT e.entity_id  AS customer_code,
       %s AS first_name,
       %s AS last_name,
       e.email      AS email,
       %s AS gender,
       %s AS phone,
       %s AS date_of_birth,
       e.created_at AS date_joined,
       %s AS password,
       CASE WHEN %s IS NULL THEN 1 ELSE 0 END AS verified,
       e.updated_at AS updated_at
FROM %s e`, attr("varchar", "firstname"), attr("varchar", "lastname"), gender, phone, dob, attr("varchar", "password_hash"),
		attr("varchar", "confirmation"), e)
	pl.Notes = []string{
		"Magento 1 (OpenMage): customers are " + e + "; names, birth date, gender, password and",
		"the email confirmation are EAV values (customer_entity_varchar/int/datetime by eav_attribute code).",
		"admin_user holds the shop's staff, not customers. phone: the customer's first address.",
	}
	return pl
}

func opencart(s schema, p string) *Platform {
	c := p + "customer"
	pl := &Platform{Name: "OpenCart", Table: c, Password: []string{
		"scheme: opencart                 # OpenCart 2.x/3.x: sha1(salt . sha1(salt . sha1(password))) when a salt",
		"                                 # is set, which Omnitron cannot verify (unsupported); rows without",
		"                                 # a salt hold md5(password) from before 2.0 and migrate",
	}}
	pl.Query = fmt.Sprintf(`SELECT c.customer_id AS customer_code,
       c.firstname   AS first_name,
       c.lastname    AS last_name,
       c.email       AS email,
       c.telephone   AS phone,
       c.date_added  AS date_joined,
       c.password    AS password,
       c.salt        AS password_salt,
       c.newsletter  AS email_allowed
FROM %s c`, c)
	pl.Notes = []string{
		"OpenCart: customers are " + c + " (" + p + "user holds the shop's staff). Guest checkouts are",
		"only in " + p + "order (customer_id 0): there is no account to migrate for them.",
		"OpenCart has no updated-at column: every run reads the whole table.",
		"It has no email confirmation either: verified stays false (status only enables the account).",
	}
	return pl
}

func prestashop(s schema, p string) *Platform {
	c := p + "customer"
	gender, join := "NULL", ""
	if s.has(p+"gender", "id_gender", "type") {
		gender = "CASE g.type WHEN 0 THEN 'male' WHEN 1 THEN 'female' END"
		join = fmt.Sprintf("\nLEFT JOIN %sgender g ON g.id_gender = c.id_gender", p)
	}
	phone := "NULL"
	if s.has(p+"address", "id_customer", "phone", "phone_mobile", "deleted") {
		phone = fmt.Sprintf("(SELECT COALESCE(NULLIF(a.phone_mobile, ''), a.phone) FROM %saddress a\n"+
			"         WHERE a.id_customer = c.id_customer AND a.deleted = 0 ORDER BY a.id_address LIMIT 1)", p)
	}
	pl := &Platform{Name: "PrestaShop", Table: c, Cursor: "updated_at", Password: []string{
		"salt: ${PRESTASHOP_COOKIE_KEY}   # PrestaShop up to 1.6 stores md5(_COOKIE_KEY_ . password); the key is",
		"                                 # not in the database: it is _COOKIE_KEY_ in config/settings.inc.php",
		"                                 # (1.6) or cookie_key in app/config/parameters.php (1.7).",
		"                                 # 1.7 rehashes with bcrypt at login: those rows are unsupported.",
	}}
	pl.Query = fmt.Sprintf(`SELECT c.id_customer AS customer_code,
       c.firstname   AS first_name,
       c.lastname    AS last_name,
       c.email       AS email,
       %s AS gender,
       %s AS phone,
       c.birthday    AS date_of_birth,
       c.date_add    AS date_joined,
       c.passwd      AS password,
       c.newsletter  AS email_allowed,
       CASE c.is_guest WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type,
       c.date_upd    AS updated_at
FROM %s c%s
WHERE c.deleted = 0`, gender, phone, c, join)
	pl.Counts = []Count{
		{"deleted customers (deleted = 1), left out by the WHERE clause", fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE deleted = 1", c)},
		{"guest checkouts (is_guest = 1), exported as user_type guest", fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE is_guest = 1 AND deleted = 0", c)},
	}
	pl.Notes = []string{
		"PrestaShop: customers are " + c + " (" + p + "employee holds the shop's staff). Guest checkouts",
		"are customer rows too: a guest sharing a customer's email loses to the customer.",
		"gender: " + p + "gender.type (0 male, 1 female). phone: the first address, mobile first.",
	}
	return pl
}

func wordpress(p string) *Platform {
	u, m := p+"users", p+"usermeta"
	meta := func(key string) string {
		return fmt.Sprintf("(SELECT m.meta_value FROM %s m WHERE m.user_id = u.ID AND m.meta_key = '%s' LIMIT 1)", m, key)
	}
	names := func(key string) string {
		return fmt.Sprintf("COALESCE(NULLIF(%s, ''),\n                NULLIF(%s, ''))", meta(key), meta("billing_"+key))
	}
	pl := &Platform{Name: "WordPress / WooCommerce", Table: u, Password: []string{
		"# WordPress stores phpass ($P$) and, since 6.8, $wp$2y$ bcrypt: both are",
		"# unsupported; bare md5 hashes (set by plugins or SQL) still log in and migrate.",
	}}
	pl.Query = fmt.Sprintf(`SELECT u.ID         AS customer_code,
       %s AS first_name,
       %s AS last_name,
       u.user_email AS email,
       NULLIF(%s, '') AS phone,
       DATE_FORMAT(u.user_registered, '%%Y-%%m-%%dT%%H:%%i:%%sZ') AS date_joined,
       u.user_pass  AS password
FROM %s u
WHERE NOT EXISTS (SELECT 1 FROM %s m WHERE m.user_id = u.ID
                    AND m.meta_key = '%scapabilities' AND m.meta_value LIKE '%%administrator%%')`,
		names("first_name"), names("last_name"), meta("billing_phone"), u, m, p)
	pl.Counts = []Count{{"administrators, left out by the WHERE clause",
		fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE meta_key = '%scapabilities' AND meta_value LIKE '%%administrator%%'", m, p)}}
	pl.Notes = []string{
		"WordPress / WooCommerce: users are " + u + "; first and last names and the phone are",
		m + " rows (first_name, last_name, WooCommerce's billing_*), not display_name.",
		"user_registered is written in UTC, hence the Z. WordPress has no updated-at column.",
	}
	return pl
}

func django(s schema, t string) *Platform {
	pl := &Platform{Name: "Django (" + t + ")", Table: t, Password: []string{
		"# Django stores pbkdf2_sha256$… (unsupported), '!…' for accounts that never",
		"# set a password (unsupported), and sha1$salt$hash / md5$salt$hash from old",
		"# hashers, which Omnitron verifies as they are.",
	}}
	phone, verified, cursor := "NULL", "", ""
	if s.has(t, "default_billing_address_id") && s.has("account_address", "id", "phone") {
		phone = "(SELECT a.phone FROM account_address a WHERE a.id = u.default_billing_address_id)"
	}
	if s.has(t, "is_confirmed") {
		verified = "\n       u.is_confirmed AS verified,"
	}
	if s.has(t, "updated_at") {
		cursor, pl.Cursor = ",\n       u.updated_at  AS updated_at", "updated_at"
	}
	pl.Query = fmt.Sprintf(`SELECT u.id          AS customer_code,
       u.first_name  AS first_name,
       u.last_name   AS last_name,
       u.email       AS email,
       %s AS phone,
       u.date_joined AS date_joined,%s
       u.password    AS password%s
FROM %s u
WHERE NOT u.is_staff AND NOT u.is_superuser`, phone, verified, cursor, t)
	pl.Counts = []Count{{"staff and superusers, left out by the WHERE clause",
		fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE is_staff OR is_superuser", t)}}
	pl.Notes = []string{"Django: users are " + t + "; staff accounts are the shop's, not customers."}
	if t == "account_user" {
		pl.Notes = append(pl.Notes, "Saleor: verified is is_confirmed; phone is the default billing address's.")
	}
	return pl
}
