package main

import (
	"fmt"
	"strings"
)

const magentoAdmin = `CREATE TABLE admin_user (
  user_id int unsigned NOT NULL AUTO_INCREMENT,
  firstname varchar(32) DEFAULT NULL,
  lastname varchar(32) DEFAULT NULL,
  email varchar(128) DEFAULT NULL,
  username varchar(40) DEFAULT NULL,
  password varchar(255) NOT NULL,
  created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  modified timestamp NULL DEFAULT NULL,
  logdate timestamp NULL DEFAULT NULL,
  lognum smallint unsigned NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 1,
  extra text,
  rp_token text,
  rp_token_created_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY ADMIN_USER_USERNAME (username)
);
INSERT INTO admin_user (firstname, lastname, email, username, password, created) VALUES
  ('Site', 'Admin', 'admin@shop.example.com', 'admin', '%s', '2018-01-01 09:00:00'),
  ('Depo', 'Sorumlusu', 'depo@shop.example.com', 'depo', '%s', '2018-02-01 09:00:00');

`

func magento2() *fixture {
	f := &fixture{name: "magento2"}
	ps := seed(12)
	for i := range ps {
		p := &ps[i]
		salt := fmt.Sprintf("%02dAbCdEfGhIjKlMnOpQrStUvWxYz0123", p.id)[:32]
		switch i % 6 {
		case 0, 3:
			p.hash = magentoHash(p.plain, salt, 1) // 2.0-2.3 default
		case 1:
			p.hash = magentoHash(p.plain, salt, 0) // migrated from 1.x untouched
		case 2:
			p.hash, p.expect = magentoHash(p.plain, salt, 3), "unsupported" // 2.4 default
		case 4:
			p.hash, p.expect = magentoHash(p.plain, salt, 0, 1), "unsupported" // 1.x md5 upgraded in place
		case 5:
			p.hash = magentoHash(p.plain, salt, 1)
		}
	}
	f.persons = ps
	f.w(magentoAdmin, magentoHash("AdminPass1", "adminsaltadminsaltadminsaltadmin", 1), magentoHash("DepoPass1", "deposaltdeposaltdeposaltdeposalt", 1))
	f.w(`CREATE TABLE customer_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint unsigned DEFAULT 0,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  disable_auto_group_change smallint unsigned NOT NULL DEFAULT 0,
  created_in varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  dob date DEFAULT NULL,
  password_hash varchar(128) DEFAULT NULL,
  rp_token varchar(128) DEFAULT NULL,
  rp_token_created_at datetime DEFAULT NULL,
  default_billing int unsigned DEFAULT NULL,
  default_shipping int unsigned DEFAULT NULL,
  taxvat varchar(50) DEFAULT NULL,
  confirmation varchar(64) DEFAULT NULL,
  gender smallint unsigned DEFAULT NULL,
  failures_num smallint DEFAULT 0,
  first_failure timestamp NULL DEFAULT NULL,
  lock_expires timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email, website_id),
  KEY CUSTOMER_ENTITY_WEBSITE_ID (website_id),
  KEY CUSTOMER_ENTITY_FIRSTNAME (firstname),
  KEY CUSTOMER_ENTITY_LASTNAME (lastname)
);
CREATE TABLE customer_address_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  increment_id varchar(50) DEFAULT NULL,
  parent_id int unsigned DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  city varchar(255) NOT NULL,
  company varchar(255) DEFAULT NULL,
  country_id varchar(255) NOT NULL,
  firstname varchar(255) NOT NULL,
  lastname varchar(255) NOT NULL,
  postcode varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  region_id int unsigned DEFAULT NULL,
  street text NOT NULL,
  telephone varchar(255) NOT NULL,
  vat_id varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id)
);
CREATE TABLE newsletter_subscriber (
  subscriber_id int unsigned NOT NULL AUTO_INCREMENT,
  store_id smallint unsigned DEFAULT 0,
  change_status_at timestamp NULL DEFAULT NULL,
  customer_id int unsigned NOT NULL DEFAULT 0,
  subscriber_email varchar(150) DEFAULT NULL,
  subscriber_status int NOT NULL DEFAULT 0,
  subscriber_confirm_code varchar(32) DEFAULT 'NULL',
  PRIMARY KEY (subscriber_id),
  KEY NEWSLETTER_SUBSCRIBER_CUSTOMER_ID (customer_id)
);
`)
	for _, p := range ps {
		var conf string
		if p.id%5 == 0 {
			conf = fmt.Sprintf("%032x", p.id) // has not confirmed the email yet
		}
		gender := p.gender
		if p.id%7 == 0 {
			gender = 3 // "Not Specified"
		}
		f.w("INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (%d, 1, %s, 1, 1, %s, %s, 1, 'Default Store View', %s, %s, %s, %s, %s, %s, %d);\n",
			p.id, q(p.email), q(p.joined), q(p.joined), q(p.first), q(p.last), q(p.dob), q(p.hash), addrRef(p), q(conf), gender)
		if p.phone != "" {
			// A Turkish shop writes the province as the region and the
			// district as the city; street lines are separated by a line break.
			pl, line := placeOf(p), fmt.Sprintf("Bağdat Cd. %d\nDaire %d", p.id, p.id)
			f.w("INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (%d, %d, %s, %s, %s, 'TR', %s, %s, %s, %s, %s, %s);\n",
				100+p.id, p.id, q(p.joined), q(p.joined), q(pl.township), q(p.first), q(p.last), q(pl.city), q(line), q(p.phone), q(vatID(p)))
			f.addr(fmt.Sprint(100+p.id), p, strings.ReplaceAll(line, "\n", " "), "")
		}
		if p.id == 4 {
			f.w("INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone) VALUES (%d, %d, %s, %s, 'Bilinmeyen', 'TR', %s, %s, 'Bursa', 'Köy Yolu 4', %s);\n",
				200+p.id, p.id, q(p.joined), q(p.joined), q(p.first), q(p.last), q(p.phone))
			f.addr(fmt.Sprint(200+p.id), p, "Köy Yolu 4", "invalid") // no such district of Bursa
		}
		if p.id%3 == 0 {
			f.w("INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, %d, %s, 1);\n", p.id, q(p.email))
		}
	}
	magentoSales(f, "sales_", ps, "decimal(20,4)")
	return f
}

// vatID is a tax number some customers gave: a VKN (10 digits) or none.
func vatID(p person) string {
	if p.id%3 != 0 {
		return ""
	}
	return fmt.Sprintf("%010d", 1234500000+p.id)
}

func addrRef(p person) string {
	if p.phone == "" {
		return "NULL"
	}
	return fmt.Sprint(100 + p.id)
}

// magento1 is OpenMage / Magento 1.9: customer_entity holds only the
// email; names, birth date, gender and the password hash are EAV values.
func magento1() *fixture {
	f := &fixture{name: "magento1"}
	ps := seed(12)
	for i := range ps {
		p := &ps[i]
		salt := p.salt[:2]
		switch i % 4 {
		case 0, 2:
			p.hash = magento1Hash(p.plain, salt) // CE default: md5(salt.pw):salt
		case 1:
			p.hash = md5hex(p.plain) // imported or set from the admin without a salt
		case 3:
			p.hash, p.expect = bcryptHash(p.plain), "unsupported" // OpenMage 20 password_hash
		}
	}
	f.persons = ps
	f.w(magentoAdmin, md5hex("xyAdminPass1")+":xy", md5hex("zzDepoPass1")+":zz")
	f.w(`CREATE TABLE eav_entity_type (
  entity_type_id smallint unsigned NOT NULL AUTO_INCREMENT,
  entity_type_code varchar(50) NOT NULL DEFAULT '',
  entity_model varchar(255) NOT NULL,
  entity_table varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_type_id)
);
INSERT INTO eav_entity_type VALUES (1, 'customer', 'customer/customer', 'customer/entity'), (2, 'customer_address', 'customer/address', 'customer/address_entity');
CREATE TABLE eav_attribute (
  attribute_id smallint unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_code varchar(255) DEFAULT NULL,
  backend_type varchar(8) NOT NULL DEFAULT 'static',
  frontend_input varchar(50) DEFAULT NULL,
  frontend_label varchar(255) DEFAULT NULL,
  is_required smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (attribute_id),
  UNIQUE KEY UNQ_EAV_ATTRIBUTE_ENTITY_TYPE_ID_ATTRIBUTE_CODE (entity_type_id, attribute_code)
);
INSERT INTO eav_attribute (attribute_id, entity_type_id, attribute_code, backend_type, frontend_input, frontend_label) VALUES
  (5, 1, 'firstname', 'varchar', 'text', 'First Name'), (7, 1, 'lastname', 'varchar', 'text', 'Last Name'),
  (11, 1, 'dob', 'datetime', 'date', 'Date Of Birth'), (12, 1, 'password_hash', 'varchar', 'hidden', NULL),
  (13, 1, 'default_billing', 'int', 'text', 'Default Billing Address'), (16, 1, 'confirmation', 'varchar', 'text', 'Is Confirmed'),
  (18, 1, 'gender', 'int', 'select', 'Gender'), (20, 2, 'firstname', 'varchar', 'text', 'First Name'),
  (22, 2, 'lastname', 'varchar', 'text', 'Last Name'), (24, 2, 'company', 'varchar', 'text', 'Company'),
  (25, 2, 'street', 'text', 'multiline', 'Street Address'), (26, 2, 'city', 'varchar', 'text', 'City'),
  (27, 2, 'country_id', 'varchar', 'select', 'Country'), (28, 2, 'region', 'varchar', 'text', 'State/Province'),
  (29, 2, 'region_id', 'int', 'hidden', 'State/Province'), (31, 2, 'telephone', 'varchar', 'text', 'Telephone'),
  (36, 2, 'vat_id', 'varchar', 'text', 'VAT number');
CREATE TABLE customer_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_set_id smallint unsigned NOT NULL DEFAULT 0,
  website_id smallint unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint unsigned DEFAULT 0,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  disable_auto_group_change smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id),
  KEY IDX_CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email, website_id)
);
`)
	for _, typ := range []string{"varchar varchar(255)", "int int", "datetime datetime", "text text"} {
		var suffix, vtype string
		fmt.Sscan(typ, &suffix, &vtype)
		for _, ent := range []string{"customer_entity", "customer_address_entity"} {
			f.w(`CREATE TABLE %s_%s (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value %s DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_%s_%s_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
`, ent, suffix, vtype, ent, suffix)
		}
	}
	f.w(`CREATE TABLE customer_address_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_set_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  parent_id int unsigned DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id),
  KEY IDX_CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id)
);
`)
	for _, p := range ps {
		f.w("INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (%d, 1, 0, 1, %s, 1, 1, %s, %s, 1);\n",
			p.id, q(p.email), q(p.joined), q(p.joined))
		f.w("INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, %d, %s), (1, 7, %d, %s), (1, 12, %d, %s);\n",
			p.id, q(p.first), p.id, q(p.last), p.id, q(p.hash))
		if p.id%5 == 0 {
			f.w("INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 16, %d, '%032x');\n", p.id, p.id)
		}
		f.w("INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, %d, %d);\n", p.id, p.gender)
		if p.dob != "" {
			f.w("INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, %d, '%s 00:00:00');\n", p.id, p.dob)
		}
		if p.phone != "" {
			a, pl, line := 100+p.id, placeOf(p), fmt.Sprintf("Cumhuriyet Cd. %d", p.id)
			f.w("INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (%d, 2, %d, %s, %s, 1);\n", a, p.id, q(p.joined), q(p.joined))
			f.w("INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, %d, %s), (2, 22, %d, %s), (2, 26, %d, %s), (2, 27, %d, 'TR'), (2, 28, %d, %s), (2, 31, %d, %s);\n",
				a, q(p.first), a, q(p.last), a, q(pl.township), a, a, q(pl.city), a, q(p.phone))
			f.w("INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, %d, %s);\n", a, q(line))
			f.w("INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, %d, %d);\n", p.id, a)
			f.addr(fmt.Sprint(a), p, line, "")
		}
	}
	magentoSales(f, "sales_flat_", ps, "decimal(12,4)")
	return f
}
