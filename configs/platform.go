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
	// Addresses is how the platform's address book is read; nil when the
	// platform has none (NoAddresses says so) or its tables are not all
	// there.
	Addresses   *PlatformAddresses
	NoAddresses string
	// Orders is how the platform's orders and their items are read; nil
	// when the platform has no standard order tables (NoOrders says so)
	// or they are not all there.
	Orders   *PlatformOrders
	NoOrders string
}

// PlatformAddresses is the addresses section of a platform's config.
type PlatformAddresses struct {
	Table  string   // the addresses table
	Query  string   // the address input keys as column names, beside Key and Cursor
	Key    string   // the query's unique column
	Cursor string   // the query's updated-at column, "" when the table has none
	Notes  []string // comments for the section
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
		return wordpress(s, p)
	}
	for _, t := range []string{"account_user", "auth_user", "users_user", "accounts_user"} {
		if s.has(t, "id", "password", "email", "is_staff", "is_superuser", "date_joined", "first_name", "last_name") {
			return django(s, t)
		}
	}
	return nil
}

// magentoAddressNotes explain how a Magento address becomes an Omnitron one.
func magentoAddressNotes(a string) []string {
	return []string{
		"Magento: addresses are " + a + ". Magento has no district (ilçe) field: Turkish shops write the",
		"province (il) as the region (State/Province) and the district as the city, so region is read as",
		"city and city as township; a shop that writes the province into the city must swap them.",
		"street holds the street lines separated by line breaks, which become spaces.",
	}
}

// optional is ",\n       "+expr when table has the columns, else "": a
// column some versions of a platform lack.
func optional(s schema, table, expr string, cols ...string) string {
	if !s.has(table, cols...) {
		return ""
	}
	return "\n       " + expr + ","
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
	if a := p + "customer_address_entity"; s.has(a, "entity_id", "parent_id", "firstname", "lastname", "telephone", "street", "country_id", "region", "city", "updated_at") {
		pl.Addresses = &PlatformAddresses{Table: a, Key: "address_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT a.entity_id  AS address_id,
       a.parent_id  AS customer_code,
       a.firstname  AS first_name,
       a.lastname   AS last_name,
       a.telephone  AS phone_number,
       a.street     AS line,
       a.country_id AS country,
       a.region     AS city,
       a.city       AS township,%s%s
       a.updated_at AS updated_at
FROM %s a`, optional(s, a, "a.vat_id     AS tax_no", "vat_id"), optional(s, a, "a.company    AS company_name", "company"), a),
			Notes: magentoAddressNotes(a)}
	}
	pl.Orders = magentoOrders(s, p, false)
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
	if a := p + "customer_address_entity"; s.has(a, "entity_id", "entity_type_id", "parent_id", "updated_at") && s.has(a+"_varchar", "value") && s.has(a+"_text", "value") {
		v := func(typ, code string) string {
			return fmt.Sprintf("(SELECT v.value FROM %s_%s v JOIN %seav_attribute at ON at.attribute_id = v.attribute_id\n"+
				"         WHERE v.entity_id = a.entity_id AND at.entity_type_id = a.entity_type_id AND at.attribute_code = '%s' LIMIT 1)", a, typ, p, code)
		}
		pl.Addresses = &PlatformAddresses{Table: a, Key: "address_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT a.entity_id AS address_id,
       a.parent_id AS customer_code,
       %s AS first_name,
       %s AS last_name,
       %s AS phone_number,
       %s AS line,
       %s AS country,
       %s AS city,
       %s AS township,
       %s AS tax_no,
       %s AS company_name,
       a.updated_at AS updated_at
FROM %s a`, v("varchar", "firstname"), v("varchar", "lastname"), v("varchar", "telephone"), v("text", "street"), v("varchar", "country_id"),
			v("varchar", "region"), v("varchar", "city"), v("varchar", "vat_id"), v("varchar", "company"), a),
			Notes: append(magentoAddressNotes(a), "The address fields are EAV values of "+a+"_varchar and _text, by eav_attribute code.")}
	}
	pl.Orders = magentoOrders(s, p, true)
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
	if a := p + "address"; s.has(a, "address_id", "customer_id", "firstname", "lastname", "company", "address_1", "address_2", "city", "country_id", "zone_id") &&
		s.has(p+"zone", "zone_id", "name") && s.has(p+"country", "country_id", "name") {
		pl.Addresses = &PlatformAddresses{Table: a, Key: "address_id", Query: fmt.Sprintf(`SELECT a.address_id  AS address_id,
       a.customer_id AS customer_code,
       a.firstname   AS first_name,
       a.lastname    AS last_name,
       CONCAT_WS(' ', a.address_1, a.address_2) AS line,
       co.name       AS country,
       z.name        AS city,
       a.city        AS township,%s
       a.company     AS company_name
FROM %s a
LEFT JOIN %scountry co ON co.country_id = a.country_id
LEFT JOIN %szone z ON z.zone_id = a.zone_id`, optional(s, a, "a.tax_id      AS tax_no", "tax_id"), a, p, p),
			Notes: []string{
				"OpenCart: addresses are " + a + ". The province (il) is the address's zone (" + p + "zone.name) and",
				"the district (ilçe) what the customer wrote as the city; a shop that writes the province into",
				"the city must swap them. The country is " + p + "country.name. An OpenCart address has no phone",
				"(the customer's telephone is in " + p + "customer) and no updated-at column: every run reads it whole.",
			}}
	}
	pl.Orders = opencartOrders(s, p)
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
	if a := p + "address"; s.has(a, "id_address", "id_customer", "id_country", "id_state", "alias", "company", "firstname", "lastname",
		"address1", "address2", "city", "phone", "phone_mobile", "vat_number", "dni", "date_upd", "deleted") &&
		s.has(p+"country", "id_country", "iso_code") && s.has(p+"state", "id_state", "name") {
		country, join := "co.iso_code", ""
		if s.has(p+"country_lang", "id_country", "id_lang", "name") {
			// Turkey by its code, since the language of its name varies; other
			// countries by name, in the customer's language.
			country = "CASE co.iso_code WHEN 'TR' THEN 'TR' ELSE COALESCE(cl.name, co.iso_code) END"
			join = fmt.Sprintf("\nLEFT JOIN %scountry_lang cl ON cl.id_country = a.id_country AND cl.id_lang = c.id_lang", p)
		}
		pl.Addresses = &PlatformAddresses{Table: a, Key: "address_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT a.id_address  AS address_id,
       a.id_customer AS customer_code,
       a.alias       AS title,
       a.firstname   AS first_name,
       a.lastname    AS last_name,
       COALESCE(NULLIF(a.phone_mobile, ''), a.phone) AS phone_number,
       CONCAT_WS(' ', a.address1, a.address2) AS line,
       %s AS country,
       COALESCE(st.name, a.city) AS city,
       a.city        AS township,
       COALESCE(NULLIF(a.vat_number, ''), a.dni) AS tax_no,
       a.company     AS company_name,
       a.date_upd    AS updated_at
FROM %s a
JOIN %s c ON c.id_customer = a.id_customer AND c.deleted = 0
LEFT JOIN %scountry co ON co.id_country = a.id_country%s
LEFT JOIN %sstate st ON st.id_state = a.id_state
WHERE a.deleted = 0`, country, a, c, p, join, p),
			Notes: []string{
				"PrestaShop: addresses are " + a + ", of customers not deleted (manufacturers', suppliers' and",
				"deleted addresses are left out). The province (il) is the address's state (" + p + "state.name) and",
				"the district (ilçe) what the customer wrote as the city. Turkey has no states in a new shop: a shop",
				"that added none has the province in the city, and no district field; an address without a state",
				"(abroad, say) takes its city as both. tax_no is vat_number, else dni.",
			}}
	}
	pl.Orders = prestashopOrders(s, p)
	pl.Notes = []string{
		"PrestaShop: customers are " + c + " (" + p + "employee holds the shop's staff). Guest checkouts",
		"are customer rows too: a guest sharing a customer's email loses to the customer.",
		"gender: " + p + "gender.type (0 male, 1 female). phone: the first address, mobile first.",
	}
	return pl
}

func wordpress(s schema, p string) *Platform {
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
	// WooCommerce keeps one billing and one shipping address per customer,
	// as usermeta rows named billing_* and shipping_*: each user is read
	// twice, once per prefix.
	// The cast gives each column one type whether a page sorts the rows in
	// a temporary table or not: MariaDB reports a meta_value as LONGTEXT
	// in one case and TEXT in the other, which reads as a schema change,
	// but keeps a VARCHAR of up to 512 characters as it is.
	am := func(field string) string {
		return fmt.Sprintf("CAST(NULLIF((SELECT m.meta_value FROM %s m WHERE m.user_id = u.ID AND m.meta_key = CONCAT(t.prefix, '%s') LIMIT 1), '') AS CHAR(512))", m, field)
	}
	pl.Addresses = &PlatformAddresses{Table: m, Key: "address_id", Query: fmt.Sprintf(`SELECT u.ID * 2 + t.n AS address_id,
       u.ID AS customer_code,
       t.title AS title,
       %s AS first_name,
       %s AS last_name,
       %s AS phone_number,
       CAST(CONCAT_WS(' ', %s,
                 %s) AS CHAR(512)) AS line,
       %s AS country,
       CAST((SELECT CASE WHEN m.meta_value REGEXP '^TR[0-9][0-9]$' THEN SUBSTRING(m.meta_value, 3) ELSE m.meta_value END
               FROM %s m WHERE m.user_id = u.ID AND m.meta_key = CONCAT(t.prefix, 'state') LIMIT 1) AS CHAR(512)) AS city,
       %s AS township,
       %s AS company_name
FROM %s u
CROSS JOIN (SELECT 0 AS n, 'billing_' AS prefix, 'Fatura adresi' AS title
            UNION ALL SELECT 1, 'shipping_', 'Teslimat adresi') t
WHERE %s IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM %s m WHERE m.user_id = u.ID
                    AND m.meta_key = '%scapabilities' AND m.meta_value LIKE '%%administrator%%')`,
		am("first_name"), am("last_name"), am("phone"), am("address_1"), am("address_2"), am("country"), m, am("city"), am("company"),
		u, am("address_1"), m, p),
		Notes: []string{
			"WooCommerce: each customer's billing and shipping address are " + m + " rows (billing_*, shipping_*);",
			"address_id is the user's ID * 2, + 1 for the shipping address. The province (il) is the state,",
			"which WooCommerce writes as TR + plate code (TR34); the district (ilçe) is what the customer wrote",
			"as the city. A shipping address equal to the billing one is skipped (same_address).",
		}}
	pl.Orders = woocommerceOrders(s, p)
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
	pl.NoOrders = "Django has no standard order tables (Saleor's order_order is not read yet): add orders: and order_items: sections by hand (docs/config.md)"
	if t == "account_user" {
		pl.Notes = append(pl.Notes, "Saleor: verified is is_confirmed; phone is the default billing address's.")
	}
	if s.has("account_address", "id", "first_name", "last_name", "company_name", "street_address_1", "street_address_2", "city",
		"city_area", "country", "country_area", "phone") && s.has("account_user_addresses", "id", "user_id", "address_id") {
		pl.Addresses = &PlatformAddresses{Table: "account_address", Key: "address_id", Query: fmt.Sprintf(`SELECT ua.id          AS address_id,
       ua.user_id     AS customer_code,
       a.first_name   AS first_name,
       a.last_name    AS last_name,
       a.phone        AS phone_number,
       CONCAT_WS(' ', a.street_address_1, a.street_address_2) AS line,
       a.country      AS country,
       a.country_area AS city,
       a.city         AS township,
       a.city_area    AS district,
       a.company_name AS company_name
FROM account_user_addresses ua
JOIN account_address a ON a.id = ua.address_id
JOIN %s u ON u.id = ua.user_id
WHERE NOT u.is_staff AND NOT u.is_superuser`, t),
			Notes: []string{
				"Saleor: addresses are account_address, each a customer's through account_user_addresses",
				"(whose id is the key). Saleor writes a Turkish address as Google's address data does: the",
				"province (il) is country_area, the district (ilçe) city, the neighbourhood city_area.",
				"account_address has no updated-at column: every run reads it whole.",
			}}
	} else {
		pl.NoAddresses = "Django has no standard address table: add an addresses: section by hand (docs/config.md)"
	}
	return pl
}
