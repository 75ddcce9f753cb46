// Package orderitem turns legacy order lines into Omnitron's old order
// item records (SPEC §11): the 7 keys in contract order, whole
// quantities, exact prices, image URLs made absolute, and the order each
// item belongs to looked up among the orders already exported (SPEC §8).
package orderitem

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"etl/kinds"
	"etl/kinds/field"
	"etl/kinds/money"
	"etl/pipeline"
	"etl/transforms"
)

// Options are normalize.order_item.
type Options struct {
	// ImageBaseURL is joined to a relative image path; "" drops such a
	// path.
	ImageBaseURL string
	// ColumnTypes are the source's column types, in the order of its
	// columns, as its driver names them; nil when it does not say (a CSV
	// file). They tell an exact price from a float (money.ColumnOf).
	ColumnTypes []string
}

// Orders answers for the orders an item may reference (the orders
// ledger).
type Orders interface {
	// Order returns the key of the legacy order the exported order with
	// this number came from. When none was exported, ok is false and why
	// says what is known.
	Order(number string) (key string, ok bool, why string, err error)
	// Number returns the number the legacy order of this key was exported
	// with, for items that give only their order's key.
	Number(key string) (number string, ok bool, why string, err error)
}

// Keys are the 7 keys of an old order item, in contract order.
var Keys = []string{"order_number", "product", "sku", "quantity", "price", "image_url", "extra_field"}

// Limits of SPEC §11, in characters.
const (
	maxProduct = 256
	maxSKU     = 128
)

// Input columns, by position in Keys (extra_field is read by
// field.Extra), then order_key.
const (
	cOrderNumber = iota
	cProduct
	cSKU
	cQuantity
	cPrice
	cImage
	cOrderKey
	nCols
)

// colOrderKey is the legacy order's key, which the exported order of the
// item's number must have come from.
const colOrderKey = "order_key"

// required input columns: without them every row would be a reject.
// order_number may instead come from the orders ledger by order_key.
var required = []int{cQuantity, cPrice}

// Normalizer turns legacy order lines into records. Build it once per
// run from the columns the source returns; Transform is safe for
// concurrent use.
type Normalizer struct {
	orders Orders
	col    [nCols]int // column of each input key; -1 when absent
	extra  field.Extra
	base   string       // the image base URL without its trailing slashes; "" for none
	price  money.Column // how the price column's text is read
	failed kinds.FirstError
}

// New maps source columns to input keys. extra names columns that are
// allowed without being input keys (the key and the cursor). Every
// unknown, doubled or missing column is reported at once.
func New(columns, extra []string, opt Options, orders Orders) (*Normalizer, error) {
	n := &Normalizer{orders: orders}
	var problems []string
	if b := strings.TrimSpace(opt.ImageBaseURL); b != "" {
		if u, err := url.Parse(b); err != nil || !absolute(u) || u.RawQuery != "" || u.Fragment != "" {
			problems = append(problems, fmt.Sprintf("normalize.order_item.image_base_url %q is not an absolute http(s) URL without a query or fragment", b))
		}
		n.base = strings.TrimRight(b, "/")
	}
	if orders == nil {
		problems = append(problems, "no orders ledger to look items' orders up in")
	}
	byName := map[string]int{colOrderKey: cOrderKey}
	for i, k := range Keys[:cOrderKey] {
		byName[k] = i
	}
	allowed := map[string]bool{}
	for _, e := range extra {
		allowed[e] = true
	}
	for i := range n.col {
		n.col[i] = -1
	}
	seen := map[string]bool{}
	for i, c := range columns {
		if seen[c] {
			problems = append(problems, fmt.Sprintf("column %q appears twice", c))
			continue
		}
		seen[c] = true
		k, ok := byName[c]
		switch {
		case ok:
			n.col[k] = i
		case n.extra.Column(c, i):
		case allowed[c]:
		default:
			problems = append(problems, fmt.Sprintf("column %q is not an order item key, order_key, extra_field or extra_field.<name>", c))
		}
	}
	if i := n.col[cPrice]; i >= 0 && i < len(opt.ColumnTypes) {
		n.price = money.ColumnOf(opt.ColumnTypes[i])
	}
	if n.col[cOrderNumber] < 0 && n.col[cOrderKey] < 0 {
		problems = append(problems, `no column for required key "order_number" (or order_key, the legacy order's key, to take the number its order was exported with)`)
	}
	for _, k := range required {
		if n.col[k] < 0 {
			problems = append(problems, fmt.Sprintf("no column for required key %q", Keys[k]))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("order_items: %s", strings.Join(problems, "; "))
	}
	return n, nil
}

// Err is the first error the orders ledger answered a lookup with, or
// nil. Such a row is rejected as an orphan (later runs read it again),
// but a run whose ledger fails should stop: the caller checks Err.
func (n *Normalizer) Err() error { return n.failed.Err() }

func (n *Normalizer) get(row *pipeline.Row, k int) string {
	if i := n.col[k]; i >= 0 {
		return row.Field(i).V // NULL reads as ""
	}
	return ""
}

// record is one item before it is written.
type record struct {
	number, product, sku string
	quantity             int
	price                money.Amount
	image                string
}

// Transform normalizes one row. Rows are judged field by field in record
// order; the order is looked up last, so a row that can never be
// exported is rejected for what is wrong with it rather than waiting as
// an orphan for an order it would not be exported with anyway.
func (n *Normalizer) Transform(row *pipeline.Row, buf []byte) pipeline.Result {
	var res pipeline.Result
	var r record
	byKey := n.col[cOrderNumber] < 0
	if byKey {
		// The number comes from the orders ledger, looked up last.
		if strings.TrimSpace(n.get(row, cOrderKey)) == "" {
			return kinds.Reject("order_number", pipeline.ReasonMissing, "order_key is empty")
		}
	} else if r.number = strings.TrimSpace(n.get(row, cOrderNumber)); r.number == "" {
		return kinds.Reject("order_number", pipeline.ReasonMissing, "empty")
	}
	var cut bool
	if r.product, cut = field.Cut(transforms.Text(n.get(row, cProduct)), maxProduct); cut {
		res.Warnings = append(res.Warnings, pipeline.Warning{Field: "product", Kind: "product_truncated"})
	}
	r.sku = transforms.Text(n.get(row, cSKU))
	if len(r.sku) > maxSKU && utf8.RuneCountInString(r.sku) > maxSKU {
		return kinds.Reject("sku", pipeline.ReasonTooLong, fmt.Sprintf("longer than %d characters", maxSKU))
	}
	q, st, why := field.Count(n.get(row, cQuantity))
	switch st {
	case field.CountEmpty:
		return kinds.Reject("quantity", pipeline.ReasonMissing, "empty")
	case field.CountZero:
		return kinds.Reject("quantity", pipeline.ReasonInvalid, "0: an item is at least one")
	case field.CountInvalid:
		return kinds.Reject("quantity", pipeline.ReasonInvalid, why)
	}
	r.quantity = q
	// A currency written with the price is dropped: an item has none, and
	// the order's is not in the orders ledger to compare with.
	p, _, pst, why := money.ParseColumn(n.get(row, cPrice), n.price)
	switch pst {
	case money.Empty:
		return kinds.Reject("price", pipeline.ReasonMissing, "empty")
	case money.Invalid:
		return kinds.Reject("price", pipeline.ReasonInvalid, why)
	case money.Unsupported:
		return kinds.Reject("price", pipeline.ReasonUnsupported, why)
	}
	r.price = p
	var dropped bool
	if r.image, dropped = imageURL(n.get(row, cImage), n.base); dropped {
		res.Warnings = append(res.Warnings, pipeline.Warning{Field: "image_url", Kind: "image_url_dropped"})
	}
	// extra_field is written first, at the start of buf, so that a bad one
	// rejects the row before the order is looked up; the record is written
	// after it and moved over it at the end.
	b, why := n.extra.Append(buf[:0], row)
	if why != "" {
		return kinds.Reject("extra_field", pipeline.ReasonInvalid, why)
	}
	extraLen := len(b)

	if byKey {
		key := strings.TrimSpace(n.get(row, cOrderKey))
		number, ok, why, err := n.orders.Number(key)
		if err != nil {
			n.failed.Set(err)
			return kinds.Reject("order_number", pipeline.ReasonOrphan, fmt.Sprintf("orders ledger: %v", err))
		}
		if !ok {
			return kinds.Reject("order_number", pipeline.ReasonOrphan, why)
		}
		r.number = number
		b = r.appendJSON(b, b[:extraLen])
		res.JSON = b[:copy(b, b[extraLen:])]
		return res
	}
	key, ok, why, err := n.orders.Order(r.number)
	if err != nil {
		n.failed.Set(err)
		return kinds.Reject("order_number", pipeline.ReasonOrphan, fmt.Sprintf("orders ledger: %v", err))
	}
	if !ok {
		if why == "" {
			why = fmt.Sprintf("order %s was not exported", r.number)
		}
		return kinds.Reject("order_number", pipeline.ReasonOrphan, why)
	}
	if n.col[cOrderKey] >= 0 {
		if own := strings.TrimSpace(n.get(row, cOrderKey)); own != strings.TrimSpace(key) {
			return kinds.Reject("order_number", pipeline.ReasonOrphan, fmt.Sprintf(
				"order %s was exported from the legacy order of key %s, not from this item's order (order_key %q): "+
					"a later order row with a number already exported is rejected duplicate, and so are its items", r.number, key, own))
		}
	}

	b = r.appendJSON(b, b[:extraLen])
	res.JSON = b[:copy(b, b[extraLen:])]
	return res
}

// imageURL keeps an absolute http(s) URL, joins a relative path to base
// with one slash between them, and drops anything else (dropped is then
// true: a value was there).
func imageURL(v, base string) (_ string, dropped bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", false
	}
	if strings.IndexFunc(v, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\\' }) >= 0 {
		return "", true
	}
	u, err := url.Parse(v)
	switch {
	case err != nil:
		return "", true
	case u.Scheme != "":
		if absolute(u) {
			return v, false
		}
		return "", true
	case strings.HasPrefix(v, "//"): // a host without a scheme: not a path
		return "", true
	case base == "":
		return "", true
	}
	return base + "/" + strings.TrimLeft(v, "/"), false
}

// absolute reports whether u is an http or https URL with a host.
func absolute(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return (s == "http" || s == "https") && u.Host != "" && u.Opaque == ""
}

// appendJSON writes the record with its 7 keys in contract order, and
// extra as its extra_field.
func (r *record) appendJSON(b, extra []byte) []byte {
	b = append(b, `{"order_number":`...)
	b = pipeline.AppendString(b, r.number)
	b = append(b, `,"product":`...)
	b = nullable(b, r.product)
	b = append(b, `,"sku":`...)
	b = nullable(b, r.sku)
	b = append(b, `,"quantity":`...)
	b = strconv.AppendInt(b, int64(r.quantity), 10)
	b = append(b, `,"price":`...)
	b = r.price.Append(b)
	b = append(b, `,"image_url":`...)
	b = nullable(b, r.image)
	b = append(b, `,"extra_field":`...)
	b = append(b, extra...)
	return append(b, '}')
}

func nullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return pipeline.AppendString(b, s)
}
