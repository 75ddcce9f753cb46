package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/scratch"
)

// seedSiparisler makes an orders table: order i has the number SIP-i and
// belongs to user (i-1)%users+1. Amounts are DECIMAL; discounts are text
// as a shop's admin typed them.
func seedSiparisler(t *testing.T, db *scratch.DB, n, users int) {
	t.Helper()
	stamp := db.Pick("DATETIME", "TIMESTAMP")
	db.Exec(t, `CREATE TABLE siparisler (id INT PRIMARY KEY, siparis_no VARCHAR(40), uye_id INT, durum VARCHAR(30),
		tarih `+stamp+`, toplam DECIMAL(12,2), indirim VARCHAR(20), para_birimi VARCHAR(5), odeme_tipi VARCHAR(30),
		banka VARCHAR(30), taksit INT, kargo_takip VARCHAR(30), kargo_firmasi VARCHAR(30), teslimat_adresi VARCHAR(600),
		fatura_adresi VARCHAR(600), guncelleme `+stamp+`)`)
	statuses := []string{"Onaylandı", "KARGODA", "iptal", "hazirlaniyor"}
	discounts := []string{"NULL", "''", "'12,50 TL'", "'1.000,00'"}
	currencies := []string{"'TL'", "'TRY'", "NULL"}
	companies := []string{"YURTİÇİ KARGO", "Aras"}
	for start := 1; start <= n; start += 500 {
		var vals []string
		for i := start; i < start+500 && i <= n; i++ {
			vals = append(vals, fmt.Sprintf("(%d, 'SIP-%d', %d, '%s', '2023-03-%02d 14:%02d:00', %d.50, %s, %s, 'Kredi Kartı', 'Garanti', %d, "+
				"'YK%d', '%s', 'Çiçek Sk. No %d Üsküdar İstanbul', 'Çiçek Sk. No %d Üsküdar İstanbul', '2024-01-01 00:00:00')",
				i, i, (i-1)%users+1, statuses[i%len(statuses)], i%28+1, i%60, 100+i, discounts[i%len(discounts)],
				currencies[i%len(currencies)], i%4, i, companies[i%len(companies)], i, i))
		}
		db.Exec(t, "INSERT INTO siparisler VALUES "+strings.Join(vals, ","))
	}
	db.Exec(t, db.Pick("ANALYZE TABLE siparisler", "ANALYZE siparisler"))
}

// seedKalemler gives each of the orders 1..orders lines order lines, the
// product of line j of order i named "Ürün i-j".
func seedKalemler(t *testing.T, db *scratch.DB, orders, lines int) {
	t.Helper()
	db.Exec(t, `CREATE TABLE siparis_kalemleri (siparis_id INT, satir_no INT, urun_adi VARCHAR(300), stok_kodu VARCHAR(40),
		adet DECIMAL(10,3), birim_fiyat DECIMAL(12,4), resim VARCHAR(200), PRIMARY KEY (siparis_id, satir_no))`)
	var vals []string
	flush := func() {
		if len(vals) > 0 {
			db.Exec(t, "INSERT INTO siparis_kalemleri VALUES "+strings.Join(vals, ","))
			vals = vals[:0]
		}
	}
	for i := 1; i <= orders; i++ {
		for j := 1; j <= lines; j++ {
			vals = append(vals, fmt.Sprintf("(%d, %d, 'Ürün %d-%d', 'SKU-%d-%d', %d.000, 19.9000, 'img/%d-%d.jpg')", i, j, i, j, i, j, j, i, j))
			if len(vals) == 500 {
				flush()
			}
		}
	}
	flush()
	db.Exec(t, db.Pick("ANALYZE TABLE siparis_kalemleri", "ANALYZE siparis_kalemleri"))
}

// ordersSection reads orders with table and columns, as
// legacy.example.yaml does.
const ordersSection = `orders:
  table: siparisler
  columns: {number: siparis_no, user: uye_id, status: durum, created_date: tarih,
            amount: toplam, discount_amount: indirim, currency: para_birimi,
            payment_type: odeme_tipi, bank: banka, installment_count: taksit,
            tracking_number: kargo_takip, shipping_company: kargo_firmasi,
            shipping_address: teslimat_adresi, billing_address: fatura_adresi}
  key: id
  cursor: guncelleme
`

const ordersQuery = `SELECT id, siparis_no AS number, uye_id AS user, durum AS status, tarih AS created_date,
           toplam AS amount, indirim AS discount_amount, para_birimi AS currency, odeme_tipi AS payment_type,
           banka AS bank, taksit AS installment_count, kargo_takip AS tracking_number,
           kargo_firmasi AS shipping_company, teslimat_adresi AS shipping_address,
           fatura_adresi AS billing_address, guncelleme
    FROM siparisler`

// itemsQuery reads the order lines with their order's number and key:
// an item of an order row rejected for its number is an orphan.
const itemsQuery = `SELECT k.siparis_id, k.satir_no, k.siparis_id AS order_key, s.siparis_no AS order_number,
           k.urun_adi AS product, k.stok_kodu AS sku, k.adet AS quantity, k.birim_fiyat AS price,
           k.resim AS image_url
    FROM siparis_kalemleri k JOIN siparisler s ON s.id = k.siparis_id`

// fourKindsConfig reads users, addresses, orders (as the orders section
// says) and order items (without a cursor: read whole every run).
func fourKindsConfig(db *scratch.DB, users, addresses, orders, items, out string, fetch, batch int) string {
	return fmt.Sprintf(`source:
  driver: %s
  dsn: %q
  fetch_size: %d
users:
  query: |
%s
  key: customer_code
  cursor: updated_at
addresses:
  query: |
%s
  key: adres_id
  cursor: updated_at
%sorder_items:
  query: |
%s
  key: [siparis_id, satir_no]
normalize:
  order:
    status_map: {"onaylandı": 400, "kargoda": shipped, "iptal": 100, "hazırlanıyor": 450}
    shipping_company_map: {"yurtiçi kargo": yurtici}
  order_item:
    image_base_url: https://cdn.example-shop.com.tr/
sink:
  dir: %s
  batch_size: %d
state:
  dir: %s-state
workers: 4
`, db.Engine, db.DSN, fetch, indent(users), indent(addresses), orders, indent(items), out, batch, out)
}

// exportedBy counts, over every run folder in out where the kind of this
// plural finished, how often each value of key was exported, and keeps
// the records by that value; it fails on a folder `etl check` refuses.
func exportedBy(t *testing.T, out, plural, key string) (map[string]int, map[string]map[string]any) {
	t.Helper()
	n, recs := map[string]int{}, map[string]map[string]any{}
	dirs, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, d := range dirs {
		if torn, _ := filepath.Glob(filepath.Join(d, ".*tmp-*")); len(torn) > 0 {
			t.Errorf("torn files left: %v", torn)
		}
		if _, err := os.Stat(filepath.Join(d, "manifest-"+plural+".json")); err != nil {
			continue
		}
		if c := etl(t, nil, "check", d); c.code != 0 {
			t.Errorf("etl check %s: %s%s", d, c.stdout, c.stderr)
		}
		files, _ := filepath.Glob(filepath.Join(d, plural+"-*.json"))
		for _, f := range files {
			var list []map[string]any
			data, _ := os.ReadFile(f)
			if err := json.Unmarshal(data, &list); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for _, r := range list {
				v := fmt.Sprint(r[key])
				n[v]++
				recs[v] = r
			}
		}
	}
	return n, recs
}

// valuesOnce fails unless the values exported are exactly want, once each.
func valuesOnce(t *testing.T, what string, got map[string]int, want []string) {
	t.Helper()
	w := map[string]bool{}
	for _, v := range want {
		w[v] = true
	}
	var bad []string
	for v, c := range got {
		if c != 1 || !w[v] {
			bad = append(bad, fmt.Sprintf("%s×%d", v, c))
		}
	}
	for v := range w {
		if got[v] == 0 {
			bad = append(bad, v+"×0")
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Fatalf("%s not exported exactly once (value×times): %v", what, bad)
	}
}

// orderNumbers are the numbers of these orders.
func orderNumbers(keys []int) []string {
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprintf("SIP-%d", k))
	}
	return out
}

// products are the product names of the lines of these orders.
func products(orders []int, lines int) []string {
	var out []string
	for _, i := range orders {
		for j := 1; j <= lines; j++ {
			out = append(out, fmt.Sprintf("Ürün %d-%d", i, j))
		}
	}
	return out
}

// TestFourKinds: one config with users, addresses, orders and order
// items. An order of a rejected user and the items of an order that was
// not exported (its user's, its status, its number taken) are orphans; a
// later run, after the user and the status are fixed in the legacy
// tables, exports them in Omnitron's order, each exactly once, with the
// email the user was exported with.
func TestFourKinds(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 20, 20)
		seedSiparisler(t, db, 30, 20) // users 1-20: orders i and i+20 (i ≤ 10)
		seedKalemler(t, db, 30, 2)
		db.Exec(t, "UPDATE uyeler SET mail = 'not-an-email' WHERE uye_id = 7",
			// a second order numbered SIP-1 (of user 2), with one item: a duplicate, its item an orphan
			"INSERT INTO siparisler SELECT 31, siparis_no, 2, durum, tarih, toplam, indirim, para_birimi, odeme_tipi, banka, taksit, kargo_takip, kargo_firmasi, teslimat_adresi, fatura_adresi, guncelleme FROM siparisler WHERE id = 1",
			"INSERT INTO siparis_kalemleri VALUES (31, 1, 'Ürün 31-1', 'SKU-31-1', 1.000, 5.0000, NULL)",
			// an order whose status the map lacks, with one item
			"INSERT INTO siparisler SELECT 32, 'SIP-32', 3, 'Kayıp', tarih, toplam, indirim, para_birimi, odeme_tipi, banka, taksit, kargo_takip, kargo_firmasi, teslimat_adresi, fatura_adresi, guncelleme FROM siparisler WHERE id = 3",
			"INSERT INTO siparis_kalemleri VALUES (32, 1, 'Ürün 32-1', 'SKU-32-1', 1.000, 5.0000, 'https://img.example.com/32.jpg')",
			// an item of no quantity
			"INSERT INTO siparis_kalemleri VALUES (5, 3, 'Ürün 5-3', 'SKU-5-3', 0.000, 5.0000, NULL)")
		out := t.TempDir()
		cfg := writeConfig(t, fourKindsConfig(db, exampleQuery(db), addressQuery, ordersSection, itemsQuery, out, 7, 6))

		first := runOK(t, cfg)
		run := lastRun(t, out)
		for file, want := range map[string]string{
			"manifest.json":             "full read 20 exported 19 rejected 1 skipped 0",
			"manifest-addresses.json":   "full read 20 exported 19 rejected 1 skipped 0",
			"manifest-orders.json":      "full read 32 exported 28 rejected 4 skipped 0",
			"manifest-order_items.json": "full read 63 exported 56 rejected 7 skipped 0",
		} {
			if got := counts(readJSON(t, filepath.Join(run, file))); got != want {
				t.Errorf("first run, %s: %s, want %s\n%s", file, got, want, first)
			}
		}
		rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
		for _, want := range []string{
			`{"key":"7","field":"user","reason":"orphan","detail":"customer 7 was rejected: email invalid"`,
			`{"key":"27","field":"user","reason":"orphan"`,
			`{"key":"31","field":"number","reason":"duplicate"`,
			`{"key":"32","field":"status","reason":"invalid","detail":"\"Kayıp\" is not in normalize.order.status_map"`,
			`{"key":["7","1"],"field":"order_number","reason":"orphan","detail":"order SIP-7 is not in the orders ledger`,
			`{"key":["31","1"],"field":"order_number","reason":"orphan","detail":"order SIP-1 was exported from the legacy order of key 1`,
			`{"key":["5","3"],"field":"quantity","reason":"invalid"`,
			`"kind":"order"}`, `"kind":"order_item"}`,
		} {
			if !strings.Contains(string(rejects), want) {
				t.Errorf("rejects.jsonl lacks %s:\n%s", want, rejects)
			}
		}
		if !strings.Contains(first, "orphans wait for their parent") {
			t.Errorf("the summary does not count the orphans:\n%s", first)
		}
		_, orders := exportedBy(t, out, "orders", "number")
		want := map[string]any{"number": "SIP-1", "user": "1", "user_email": "user1@example.com", "status": "500",
			"created_date": "2023-03-02 14:01:00", "amount": 101.5, "discount_amount": nil, "currency": "TRY",
			"payment_type": "Kredi Kartı", "bank": "Garanti", "installment_count": 1.0, "tracking_number": "YK1",
			"shipping_company": "aras", "shipping_address": "Çiçek Sk. No 1 Üsküdar İstanbul",
			"billing_address": "Çiçek Sk. No 1 Üsküdar İstanbul", "extra_field": map[string]any{}}
		if got := orders["SIP-1"]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("order SIP-1:\n got %v\nwant %v", got, want)
		}
		// SIP-2's currency is its discount's ("12,50 TL"); SIP-3's discount is Turkish notation.
		if o := orders["SIP-2"]; o["status"] != "100" || o["discount_amount"] != 12.5 || o["currency"] != "TRY" ||
			o["shipping_company"] != "yurtici" || o["installment_count"] != 2.0 {
			t.Errorf("order SIP-2: %v", o)
		}
		if o := orders["SIP-3"]; o["status"] != "450" || o["discount_amount"] != 1000.0 {
			t.Errorf("order SIP-3: %v", o)
		}
		if o := orders["SIP-4"]; o["status"] != "400" || o["installment_count"] != nil {
			t.Errorf("order SIP-4: %v", o)
		}
		// Every order line of a rejected line's order is in rejects.jsonl once
		// with its kind: none lacks it.
		for _, l := range strings.Split(strings.TrimSpace(string(rejects)), "\n") {
			if !strings.Contains(l, `"kind":`) {
				t.Errorf("a reject line without its kind: %s", l)
			}
		}
		_, items := exportedBy(t, out, "order_items", "product")
		wantItem := map[string]any{"order_number": "SIP-4", "product": "Ürün 4-2", "sku": "SKU-4-2", "quantity": 2.0,
			"price": 19.9, "image_url": "https://cdn.example-shop.com.tr/img/4-2.jpg", "extra_field": map[string]any{}}
		if got := items["Ürün 4-2"]; fmt.Sprint(got) != fmt.Sprint(wantItem) {
			t.Errorf("item 4-2:\n got %v\nwant %v", got, wantItem)
		}
		// The amounts are written with two decimals, as Omnitron wants them.
		files, _ := filepath.Glob(filepath.Join(run, "order_items-*.json"))
		if data, _ := os.ReadFile(files[0]); len(files) == 0 || !strings.Contains(string(data), `"price":19.90,`) {
			t.Errorf("prices not written with two decimals: %s", data)
		}
		// preview and validate take the new kinds.
		pv := etl(t, nil, "preview", "--config", cfg, "--kind", "orders", "-n", "50")
		for _, want := range []string{"── key 32 REJECTED  status: invalid", "── key 7 REJECTED  user: orphan", "── key 1 ok",
			`"number":"SIP-1","user":"1","user_email":"user1@example.com","status":"500"`, "32 rows read: 28 would be exported, 4 rejected"} {
			if pv.code != 0 || !strings.Contains(pv.stdout, want) {
				t.Errorf("preview --kind orders: exit %d, no %q in\n%s%s", pv.code, want, pv.stdout, pv.stderr)
			}
		}
		pv = etl(t, nil, "preview", "--config", cfg, "--kind", "order_items", "-n", "3")
		if want := `"price":19.90,"image_url":"https://cdn.example-shop.com.tr/img/1-1.jpg"`; pv.code != 0 || !strings.Contains(pv.stdout, want) {
			t.Errorf("preview --kind order_items: exit %d, no %q in\n%s%s", pv.code, want, pv.stdout, pv.stderr)
		}
		if v := etl(t, nil, "validate", "--config", cfg); v.code != 0 || !strings.Contains(v.stdout, "source orders: ok") ||
			!strings.Contains(v.stdout, "source order_items: ok") {
			t.Errorf("validate: exit %d\n%s%s", v.code, v.stdout, v.stderr)
		}
		sh := etl(t, nil, "state", "show", "--config", cfg)
		for _, want := range []string{"ledger: 28 orders exported", "ledger: 56 order_items exported"} {
			if sh.code != 0 || !strings.Contains(sh.stdout, want) {
				t.Errorf("state show: exit %d, no %q in\n%s%s", sh.code, want, sh.stdout, sh.stderr)
			}
		}

		// The shop fixes the user and the status where it keeps them.
		db.Exec(t, "UPDATE uyeler SET mail = 'Fixed7@Example.com', son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id = 7",
			"UPDATE siparisler SET durum = 'Kargoda', guncelleme = '2024-02-01 00:00:00' WHERE id = 32")
		second := runOK(t, cfg)
		run = lastRun(t, out)
		for file, want := range map[string]string{
			"manifest.json":             "incremental read 1 exported 1 rejected 0 skipped 0",
			"manifest-addresses.json":   "incremental read 1 exported 1 rejected 0 skipped 0",
			"manifest-orders.json":      "incremental read 3 exported 3 rejected 0 skipped 0",
			"manifest-order_items.json": "full read 63 exported 5 rejected 2 skipped 56",
		} {
			if got := counts(readJSON(t, filepath.Join(run, file))); got != want {
				t.Errorf("second run, %s: %s, want %s\n%s", file, got, want, second)
			}
		}

		// Every record exactly once over both runs.
		n, orders := exportedBy(t, out, "orders", "number")
		valuesOnce(t, "orders", n, orderNumbers(keyRange(1, 32, 31)))
		if orders["SIP-7"]["user_email"] != "fixed7@example.com" || orders["SIP-27"]["user_email"] != "fixed7@example.com" {
			t.Errorf("orders of user 7 carry %v and %v, not the email the user was exported with",
				orders["SIP-7"]["user_email"], orders["SIP-27"]["user_email"])
		}
		if orders["SIP-1"]["user"] != "1" {
			t.Errorf("SIP-1 is the duplicate's: %v", orders["SIP-1"])
		}
		n, _ = exportedBy(t, out, "order_items", "product")
		valuesOnce(t, "order items", n, append(products(keyRange(1, 30), 2), "Ürün 32-1"))
		lines, _ := exportedAddresses(t, out)
		linesOnce(t, lines, keyRange(1, 20))
		exactlyOnce(t, exported(t, out), keyRange(1, 20))

		// A third run finds nothing new; the item of the duplicate waits
		// (items have no cursor: every run reads them all, orphans too).
		runOK(t, cfg)
		run = lastRunWith(t, out, "manifest-order_items.json")
		if got := counts(readJSON(t, filepath.Join(run, "manifest-order_items.json"))); got != "full read 63 exported 0 rejected 2 skipped 61" {
			t.Errorf("third run, items: %s", got)
		}
		if rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl")); !strings.Contains(string(rejects), `{"key":["31","1"],"field":"order_number","reason":"orphan"`) {
			t.Errorf("third run: the duplicate's item is not an orphan:\n%s", rejects)
		}
		n, _ = exportedBy(t, out, "order_items", "product")
		valuesOnce(t, "order items", n, append(products(keyRange(1, 30), 2), "Ürün 32-1"))
	})
}

// TestFourKindsKillResume: runs of all four kinds killed with SIGKILL at
// random instants end with every user, address, order and item exported
// exactly once, the orphans of rejected users following them once fixed.
func TestFourKindsKillResume(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 100)
		seedAdresler(t, db, 100, 100)
		seedSiparisler(t, db, 150, 100)
		seedKalemler(t, db, 150, 2)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id % 50 = 0") // 2 users: 2 addresses, 3 orders, 6 items wait
		out := t.TempDir()
		// Every kind reads slowly (slowSource makes slow()), so that kills
		// land in each.
		// slow() is called in the select list of orders and items (as an
		// extra_field), where it keeps the join read by index.
		q := db.Pick("`", `"`)
		slowOrders := strings.Replace(ordersQuery, " FROM siparisler", ", slow(id) AS "+q+"extra_field.slow"+q+" FROM siparisler", 1)
		slowItems := strings.Replace(itemsQuery, "\n    FROM", ", slow(k.satir_no) AS "+q+"extra_field.slow"+q+"\n    FROM", 1)
		cfg := writeConfig(t, fourKindsConfig(db, slowSource(t, db), addressQuery+" WHERE slow(adres_id) = ''",
			"orders:\n  query: |\n"+indent(slowOrders)+"\n  key: id\n  cursor: guncelleme\n", slowItems, out, 25, 10))
		seed := time.Now().UnixNano()
		if s := os.Getenv("ETL_TEST_SEED"); s != "" {
			seed, _ = strconv.ParseInt(s, 10, 64)
		}
		t.Logf("kill instants from seed %d (rerun with ETL_TEST_SEED=%d)", seed, seed)
		rng := rand.New(rand.NewSource(seed))
		kills, finished := 0, 0
		// Each attempt aims at a kind, in turn: it is killed a random
		// instant after that kind's state was first saved by this run
		// (its run noted or committed), so that kills land in every kind,
		// not only in the last, which every run reads whole.
		plurals := []string{"", "addresses", "orders", "order_items"}
		var killedIn []string
		attempt := func(kill bool, target string) {
			stateFile := filepath.Join(out+"-state", target, "state.json")
			cmd := exec.Command(binary, "run", "--config", cfg)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			started := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var timeout <-chan time.Time
			tick := time.NewTicker(2 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case err := <-done:
					if err != nil {
						t.Fatalf("run: %v\n%s", err, stderr.String())
					}
					finished++
					return
				case <-tick.C:
					if fi, err := os.Stat(stateFile); kill && timeout == nil && err == nil && fi.ModTime().After(started) {
						timeout = time.After(time.Duration(rng.Int63n(int64(150 * time.Millisecond))))
					}
				case <-timeout:
					cmd.Process.Signal(syscall.SIGKILL)
					<-done
					kills++
					killedIn = append(killedIn, cmp.Or(target, "users"))
					return
				}
			}
		}
		for k := 0; k < 12; k++ {
			attempt(true, plurals[k%len(plurals)])
		}
		attempt(false, "")
		// The users rejected are fixed: their addresses, orders and items follow them.
		db.Exec(t, "UPDATE uyeler SET mail = CONCAT('fixed', uye_id, '@example.com'), son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id % 50 = 0")
		for k := 0; k < 8; k++ {
			attempt(true, plurals[k%len(plurals)])
		}
		attempt(false, "")
		if finished < 2 || kills < 10 {
			t.Fatalf("%d kills, %d finished runs: the test did not exercise resume", kills, finished)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 100))
		lines, _ := exportedAddresses(t, out)
		linesOnce(t, lines, keyRange(1, 100))
		n, orders := exportedBy(t, out, "orders", "number")
		valuesOnce(t, "orders", n, orderNumbers(keyRange(1, 150)))
		if e := orders["SIP-50"]["user_email"]; e != "fixed50@example.com" {
			t.Errorf("order SIP-50 carries %v", e)
		}
		n, _ = exportedBy(t, out, "order_items", "product")
		valuesOnce(t, "order items", n, products(keyRange(1, 150), 2))
		// Which kinds were killed mid-run shows in their manifests'
		// attempts: for the log, as random instants may miss a kind.
		resumed := map[string]int{}
		for _, m := range []string{"manifest.json", "manifest-addresses.json", "manifest-orders.json", "manifest-order_items.json"} {
			ms, _ := filepath.Glob(filepath.Join(out, "*", m))
			for _, f := range ms {
				if a, _ := readJSON(t, f)["attempts"].(float64); a > 1 {
					resumed[m] += int(a) - 1
				}
			}
		}
		t.Logf("%s: %d kills (aimed at %v), %d finished runs; resumes by manifest: %v", db.Engine, kills, killedIn, finished, resumed)
	})
}

// TestOrdersNeedTheirParents: order items without an orders section, and
// orders whose users are not keyed by customer_code, stop before anything
// is read.
func TestOrdersNeedTheirParents(t *testing.T) {
	db := scratch.New(t, scratch.Engines[0])
	seedUyeler(t, db, 3)
	seedSiparisler(t, db, 3, 3)
	seedKalemler(t, db, 3, 1)
	out := t.TempDir()
	full := fourKindsConfig(db, exampleQuery(db), addressQuery, ordersSection, itemsQuery, out, 7, 6)
	noOrders := strings.Replace(full, ordersSection, "", 1)
	byEmail := strings.Replace(full, "  key: customer_code\n", "  key: email\n", 1)
	for _, tc := range []struct{ name, body, kinds, want string }{
		{"items without orders", noOrders, "order_items", "order_items reference orders, which the config does not read"},
		{"users not keyed by customer_code", byEmail, "orders", "orders reference users by customer_code: users.key must be the column selected as customer_code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := etl(t, nil, "run", "--config", writeConfig(t, tc.body), "--kinds", tc.kinds)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Fatalf("exit %d, want 2 saying %q\n%s", r.code, tc.want, r.stderr)
			}
			if entries, _ := os.ReadDir(out); len(entries) > 0 {
				t.Errorf("a run folder was made")
			}
		})
	}
}
