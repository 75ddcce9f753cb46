package configs

import (
	"fmt"
	"strings"
)

// This file knows the order tables of the recognised platforms: etl init
// writes orders: and order_items: sections for them, and a status_map
// skeleton from the platform's own status values.

// PlatformOrders is the orders section of a platform's config and its
// items section.
type PlatformOrders struct {
	PlatformAddresses // the orders query (SPEC §10's input keys), key, cursor, notes
	// StatusSQL selects each status value as the query selects it and
	// how many orders have it: SELECT value, COUNT(*) … GROUP BY 1.
	StatusSQL string
	// Statuses maps the platform's own status values (lower-cased) whose
	// meaning the platform documents as one of Omnitron's documented
	// statuses to its code; other values are left to GuessStatus.
	Statuses map[string]string
	Counts   []Count
	// Items is the order_items section; nil when the platform's items
	// cannot be read (ItemsNote says why).
	Items     *PlatformAddresses
	ItemsNote string
}

// GuessStatus maps a status of the platform: by the platform's own
// meaning of it, else by its words (GuessStatus).
func (o *PlatformOrders) GuessStatus(v string) (OrderStatus, bool) {
	if code, ok := o.Statuses[strings.ToLower(strings.TrimSpace(v))]; ok {
		return LookupOrderStatus(code)
	}
	return GuessStatus(v)
}

// magentoOrders are Magento's orders (2: sales_order; 1: sales_flat_order)
// and their items, with tables named t("order"), t("order_item") …
func magentoOrders(s schema, p string, flat bool) *PlatformOrders {
	t := func(name string) string {
		if flat {
			return p + "sales_flat_" + name
		}
		return p + "sales_" + name
	}
	o, a, pay, it := t("order"), t("order_address"), t("order_payment"), t("order_item")
	if !s.has(o, "entity_id", "increment_id", "customer_id", "status", "created_at", "updated_at", "grand_total", "discount_amount", "order_currency_code") ||
		!s.has(a, "parent_id", "address_type", "street", "city", "region") {
		return nil
	}
	addr := func(typ string) string {
		return fmt.Sprintf("(SELECT CONCAT_WS(' ', ad.street, ad.city, ad.region) FROM %s ad\n         WHERE ad.parent_id = o.entity_id AND ad.address_type = '%s' LIMIT 1)", a, typ)
	}
	payment := "NULL"
	if s.has(pay, "parent_id", "method") {
		payment = fmt.Sprintf("(SELECT py.method FROM %s py WHERE py.parent_id = o.entity_id LIMIT 1)", pay)
	}
	track, company := "NULL", "NULL"
	if tr := t("shipment_track"); s.has(tr, "order_id", "track_number", "title") {
		track = fmt.Sprintf("(SELECT st.track_number FROM %s st WHERE st.order_id = o.entity_id ORDER BY st.entity_id LIMIT 1)", tr)
		company = fmt.Sprintf("(SELECT st.title FROM %s st WHERE st.order_id = o.entity_id ORDER BY st.entity_id LIMIT 1)", tr)
	}
	po := &PlatformOrders{PlatformAddresses: PlatformAddresses{Table: o, Key: "order_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT o.entity_id    AS order_id,
       o.increment_id AS number,
       o.customer_id  AS customer_code,
       o.status       AS status,
       o.created_at   AS created_date,
       o.grand_total  AS amount,
       NULLIF(ABS(o.discount_amount), 0) AS discount_amount,
       o.order_currency_code AS currency,
       %s AS payment_type,
       %s AS tracking_number,
       %s AS shipping_company,
       COALESCE(%s,
                %s) AS shipping_address,
       %s AS billing_address,
       o.updated_at   AS updated_at
FROM %s o
WHERE o.customer_id IS NOT NULL`, payment, track, company, addr("shipping"), addr("billing"), addr("billing"), o),
		Notes: []string{
			"Magento: orders are " + o + ", addresses " + a + " (street lines, city, region), the",
			"payment method " + pay + ", tracking the first shipment track. Magento stores discount_amount",
			"negative: it is read as its absolute value. A virtual order has no shipping address: its billing one",
			"stands in. Guest orders (no customer_id) have no Omnitron user and are left out.",
		}},
		StatusSQL: fmt.Sprintf("SELECT status, COUNT(*) FROM %s WHERE customer_id IS NOT NULL GROUP BY status ORDER BY COUNT(*) DESC, 1", o),
		// Magento's documented meanings: processing is an invoiced (paid)
		// order not yet shipped; payment_review one whose payment is being
		// checked.
		Statuses: map[string]string{"processing": "400", "payment_review": "350"},
		Counts: []Count{{"guest orders (no customer_id), left out: Omnitron's old orders need a user",
			fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE customer_id IS NULL", o)}},
	}
	if s.has(it, "item_id", "order_id", "parent_item_id", "name", "sku", "qty_ordered", "price", "updated_at") {
		po.Items = &PlatformAddresses{Table: it, Key: "item_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT i.item_id      AS item_id,
       o.increment_id AS order_number,
       i.name         AS product,
       i.sku          AS sku,
       i.qty_ordered  AS quantity,
       i.price        AS price,
       i.updated_at   AS updated_at
FROM %s i
JOIN %s o ON o.entity_id = i.order_id AND o.customer_id IS NOT NULL
WHERE i.parent_item_id IS NULL`, it, o),
			Notes: []string{
				"Magento: items are " + it + ". A configurable or bundle product is a parent line with its",
				"price and child lines without: only parent lines are read. price is the unit price without tax.",
			}}
	}
	return po
}

func opencartOrders(s schema, p string) *PlatformOrders {
	o, st := p+"order", p+"order_status"
	if !s.has(o, "order_id", "customer_id", "order_status_id", "language_id", "date_added", "date_modified", "total", "currency_code",
		"currency_value", "payment_method", "shipping_method", "payment_address_1", "payment_address_2", "payment_city", "payment_zone",
		"shipping_address_1", "shipping_address_2", "shipping_city", "shipping_zone") || !s.has(st, "order_status_id", "language_id", "name") {
		return nil
	}
	po := &PlatformOrders{PlatformAddresses: PlatformAddresses{Table: o, Key: "order_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT o.order_id    AS order_id,
       o.order_id    AS number,
       o.customer_id AS customer_code,
       s.name        AS status,
       o.date_added  AS created_date,
       ROUND(o.total * o.currency_value, 2) AS amount,
       o.currency_code AS currency,
       o.payment_method AS payment_type,
       NULLIF(o.shipping_method, '') AS shipping_company,
       COALESCE(NULLIF(CONCAT_WS(' ', NULLIF(o.shipping_address_1, ''), NULLIF(o.shipping_address_2, ''), NULLIF(o.shipping_city, ''), NULLIF(o.shipping_zone, '')), ''),
                CONCAT_WS(' ', NULLIF(o.payment_address_1, ''), NULLIF(o.payment_address_2, ''), NULLIF(o.payment_city, ''), NULLIF(o.payment_zone, ''))) AS shipping_address,
       CONCAT_WS(' ', NULLIF(o.payment_address_1, ''), NULLIF(o.payment_address_2, ''), NULLIF(o.payment_city, ''), NULLIF(o.payment_zone, '')) AS billing_address,
       o.date_modified AS updated_at
FROM %s o
JOIN %s s ON s.order_status_id = o.order_status_id AND s.language_id = o.language_id
WHERE o.customer_id > 0`, o, st),
		Notes: []string{
			"OpenCart: orders are " + o + "; number is order_id, as the shop shows it. status is the",
			"status's name in the order's language (" + st + "); an order with status 0 is a checkout that",
			"was never confirmed, and guest checkouts (customer_id 0) have no Omnitron user: both are left out.",
			"total is kept in the shop's default currency: amount is total * currency_value, in currency_code.",
			"OpenCart keeps discounts as " + p + "order_total lines: discount_amount is not read.",
		}},
		StatusSQL: fmt.Sprintf("SELECT s.name, COUNT(*) FROM %s o JOIN %s s ON s.order_status_id = o.order_status_id AND s.language_id = o.language_id\n"+
			"  WHERE o.customer_id > 0 GROUP BY s.name ORDER BY COUNT(*) DESC, 1", o, st),
		Counts: []Count{
			{"guest orders (customer_id 0), left out: Omnitron's old orders need a user", fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE customer_id = 0 AND order_status_id > 0", o)},
			{"checkouts never confirmed (order_status_id 0), left out", fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE order_status_id = 0", o)},
		},
	}
	if it := p + "order_product"; s.has(it, "order_product_id", "order_id", "name", "model", "quantity", "price") {
		po.Items = &PlatformAddresses{Table: it, Key: "order_product_id", Query: fmt.Sprintf(`SELECT i.order_product_id AS order_product_id,
       i.order_id    AS order_number,
       i.name        AS product,
       NULLIF(i.model, '') AS sku,
       i.quantity    AS quantity,
       ROUND(i.price * o.currency_value, 2) AS price
FROM %s i
JOIN %s o ON o.order_id = i.order_id AND o.customer_id > 0 AND o.order_status_id > 0`, it, o),
			Notes: []string{
				"OpenCart: items are " + it + "; sku is the product's model. price is the unit price",
				"without tax (the tax is in tax), in the order's currency. No updated-at column: every run reads it whole.",
			}}
	}
	return po
}

func prestashopOrders(s schema, p string) *PlatformOrders {
	o, c, sl := p+"orders", p+"customer", p+"order_state_lang"
	if !s.has(o, "id_order", "reference", "id_customer", "id_currency", "id_lang", "current_state", "payment", "total_paid", "total_discounts",
		"date_add", "date_upd", "id_address_delivery", "id_address_invoice") || !s.has(sl, "id_order_state", "id_lang", "name") ||
		!s.has(p+"currency", "id_currency", "iso_code") || !s.has(p+"address", "id_address", "address1", "address2", "city") {
		return nil
	}
	addr := func(col string) string {
		return fmt.Sprintf("(SELECT CONCAT_WS(' ', ad.address1, NULLIF(ad.address2, ''), ad.city) FROM %saddress ad WHERE ad.id_address = o.%s)", p, col)
	}
	track, company, join := "NULL", "NULL", ""
	if s.has(o, "shipping_number") {
		track = "NULLIF(o.shipping_number, '')"
	}
	if s.has(o, "id_carrier") && s.has(p+"carrier", "id_carrier", "name") {
		company, join = "ca.name", fmt.Sprintf("\nLEFT JOIN %scarrier ca ON ca.id_carrier = o.id_carrier", p)
	}
	po := &PlatformOrders{PlatformAddresses: PlatformAddresses{Table: o, Key: "order_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT o.id_order    AS order_id,
       o.id_order    AS number,
       o.id_customer AS customer_code,
       sl.name       AS status,
       o.date_add    AS created_date,
       o.total_paid  AS amount,
       NULLIF(o.total_discounts, 0) AS discount_amount,
       cu.iso_code   AS currency,
       o.payment     AS payment_type,
       %s AS tracking_number,
       %s AS shipping_company,
       %s AS shipping_address,
       %s AS billing_address,
       o.reference   AS `+"`extra_field.reference`"+`,
       o.date_upd    AS updated_at
FROM %s o
JOIN %s c ON c.id_customer = o.id_customer AND c.deleted = 0
JOIN %s sl ON sl.id_order_state = o.current_state AND sl.id_lang = o.id_lang
LEFT JOIN %scurrency cu ON cu.id_currency = o.id_currency%s`, track, company, addr("id_address_delivery"), addr("id_address_invoice"), o, c, sl, p, join),
		Notes: []string{
			"PrestaShop: orders are " + o + " of customers not deleted (guests' included: they are users too).",
			"number is id_order: the reference is shared by the orders a cart was split into (one per carrier), so",
			"it goes to extra_field.reference. status is the state's name in the order's language (" + sl + ").",
			"Addresses are the order's delivery and invoice " + p + "address rows, deleted or not.",
		}},
		StatusSQL: fmt.Sprintf("SELECT sl.name, COUNT(*) FROM %s o JOIN %s c ON c.id_customer = o.id_customer AND c.deleted = 0\n"+
			"  JOIN %s sl ON sl.id_order_state = o.current_state AND sl.id_lang = o.id_lang GROUP BY sl.name ORDER BY COUNT(*) DESC, 1", o, c, sl),
		// PrestaShop's own states, as its installer names them in English.
		Statuses: map[string]string{
			"awaiting check payment": "300", "awaiting bank wire payment": "300", "awaiting cash on delivery validation": "300",
			"awaiting payment": "300", "payment accepted": "400", "remote payment accepted": "400", "processing in progress": "450",
		},
		Counts: []Count{{"orders of deleted customers, left out", fmt.Sprintf("SELECT COUNT(*) FROM %s o JOIN %s c ON c.id_customer = o.id_customer WHERE c.deleted = 1", o, c)}},
	}
	if it := p + "order_detail"; s.has(it, "id_order_detail", "id_order", "product_name", "product_reference", "product_quantity", "unit_price_tax_incl") {
		po.Items = &PlatformAddresses{Table: it, Key: "id_order_detail", Query: fmt.Sprintf(`SELECT i.id_order_detail AS id_order_detail,
       i.id_order    AS order_number,
       i.product_name AS product,
       NULLIF(i.product_reference, '') AS sku,
       i.product_quantity AS quantity,
       i.unit_price_tax_incl AS price
FROM %s i
JOIN %s o ON o.id_order = i.id_order
JOIN %s c ON c.id_customer = o.id_customer AND c.deleted = 0`, it, o, c),
			Notes: []string{
				"PrestaShop: items are " + it + "; sku is the product reference, price the unit price with tax.",
				"No updated-at column: every run reads it whole.",
			}}
	}
	return po
}

func woocommerceOrders(s schema, p string) *PlatformOrders {
	o, a, m := p+"wc_orders", p+"wc_order_addresses", p+"usermeta"
	if !s.has(o, "id", "status", "currency", "type", "total_amount", "customer_id", "date_created_gmt", "date_updated_gmt", "payment_method_title") ||
		!s.has(a, "order_id", "address_type", "address_1", "address_2", "city", "state") {
		return nil
	}
	addr := func(typ string) string {
		return fmt.Sprintf("(SELECT CAST(CONCAT_WS(' ', ad.address_1, NULLIF(ad.address_2, ''), ad.city, ad.state) AS CHAR(512)) FROM %s ad\n"+
			"         WHERE ad.order_id = o.id AND ad.address_type = '%s' LIMIT 1)", a, typ)
	}
	discount := "NULL"
	if od := p + "wc_order_operational_data"; s.has(od, "order_id", "discount_total_amount") {
		discount = fmt.Sprintf("(SELECT NULLIF(od.discount_total_amount, 0) FROM %s od WHERE od.order_id = o.id)", od)
	}
	where := fmt.Sprintf(`o.type = 'shop_order' AND o.customer_id > 0
  AND o.status NOT IN ('wc-checkout-draft', 'auto-draft', 'trash')
  AND NOT EXISTS (SELECT 1 FROM %s m WHERE m.user_id = o.customer_id
                    AND m.meta_key = '%scapabilities' AND m.meta_value LIKE '%%administrator%%')`, m, p)
	po := &PlatformOrders{PlatformAddresses: PlatformAddresses{Table: o, Key: "order_id", Cursor: "updated_at", Query: fmt.Sprintf(`SELECT o.id          AS order_id,
       o.id          AS number,
       o.customer_id AS customer_code,
       o.status      AS status,
       DATE_FORMAT(o.date_created_gmt, '%%Y-%%m-%%dT%%H:%%i:%%sZ') AS created_date,
       o.total_amount AS amount,
       %s AS discount_amount,
       o.currency    AS currency,
       NULLIF(o.payment_method_title, '') AS payment_type,
       COALESCE(%s,
                %s) AS shipping_address,
       %s AS billing_address,
       o.date_updated_gmt AS updated_at
FROM %s o
WHERE %s`, discount, addr("shipping"), addr("billing"), addr("billing"), o, where),
		Notes: []string{
			"WooCommerce: orders are " + o + " (High-Performance Order Storage, WooCommerce 8.2+), addresses",
			a + ". Guest orders (customer_id 0), administrators' orders, refunds and drafts are left out.",
			"The dates are written in UTC, hence the Z. A shop still on wp_posts orders must migrate them to",
			"HPOS first (WooCommerce > Settings > Advanced > Features) or write the query by hand.",
		}},
		StatusSQL: fmt.Sprintf("SELECT o.status, COUNT(*) FROM %s o WHERE %s GROUP BY o.status ORDER BY COUNT(*) DESC, 1", o, where),
		// WooCommerce's documented statuses: pending is awaiting payment,
		// processing paid and awaiting fulfilment, on-hold awaiting the
		// shop's confirmation of the payment.
		Statuses: map[string]string{"wc-pending": "300", "wc-processing": "400", "wc-on-hold": "350", "wc-cancelled": "100"},
		Counts: []Count{{"guest orders (customer_id 0), left out: Omnitron's old orders need a user",
			fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE type = 'shop_order' AND customer_id = 0", o)}},
	}
	it, im := p+"woocommerce_order_items", p+"woocommerce_order_itemmeta"
	if !s.has(it, "order_item_id", "order_item_name", "order_item_type", "order_id") || !s.has(im, "order_item_id", "meta_key", "meta_value") {
		po.ItemsNote = "WooCommerce: no " + it + " and " + im + " tables: write the order_items: section by hand"
		return po
	}
	meta := func(key string) string {
		return fmt.Sprintf("(SELECT im.meta_value FROM %s im WHERE im.order_item_id = i.order_item_id AND im.meta_key = '%s' LIMIT 1)", im, key)
	}
	sku := "NULL"
	if s.has(p+"postmeta", "post_id", "meta_key", "meta_value") {
		sku = fmt.Sprintf("(SELECT CAST(pm.meta_value AS CHAR(128)) FROM %spostmeta pm WHERE pm.meta_key = '_sku'\n"+
			"         AND pm.post_id = COALESCE(NULLIF(%s, '0'), %s) LIMIT 1)", p, meta("_variation_id"), meta("_product_id"))
	}
	po.Items = &PlatformAddresses{Table: it, Key: "order_item_id", Query: fmt.Sprintf(`SELECT i.order_item_id AS order_item_id,
       i.order_id    AS order_number,
       CAST(i.order_item_name AS CHAR(512)) AS product,
       %s AS sku,
       CAST(%s AS DECIMAL(20,4)) AS quantity,
       CAST(CAST(%s AS DECIMAL(20,4)) / CAST(%s AS DECIMAL(20,4)) AS DECIMAL(20,2)) AS price
FROM %s i
JOIN %s o ON o.id = i.order_id
WHERE i.order_item_type = 'line_item' AND %s`, sku, meta("_qty"), meta("_line_subtotal"), meta("_qty"), it, o, strings.ReplaceAll(where, "\n", "\n  ")),
		Notes: []string{
			"WooCommerce: items are the line_item rows of " + it + " with their " + im + " values:",
			"quantity _qty, price _line_subtotal / _qty (the unit price before coupons, rounded to cents by the",
			"database), sku the product's (or variation's) _sku. No updated-at column: every run reads it whole.",
		}}
	return po
}
