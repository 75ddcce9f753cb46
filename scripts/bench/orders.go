package main

// The orders' part of the bench: siparisler (1M old orders, each of a
// user the users' run exports) and siparis_kalemleri (3M items, three to
// an order), timed as `etl run --kinds orders` and `--kinds order_items`
// against the client streaming the same queries.

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// itemRows is how many order items the bench seeds: three to an order,
// as a shop's item table is the largest it has.
const itemRows = 3 * rows

// orderQuery is the orders' query; user is a reserved word in PostgreSQL.
func orderQuery(engine string) string {
	q := "`"
	if engine == "postgres" {
		q = `"`
	}
	return `SELECT siparis_id, siparis_no AS number, uye_id AS ` + q + `user` + q + `, durum AS status, tarih AS created_date,
 toplam AS amount, indirim AS discount_amount, para_birimi AS currency, odeme AS payment_type, taksit AS installment_count,
 kargo_takip AS tracking_number, teslimat AS shipping_address, fatura AS billing_address, guncelleme AS updated_at FROM siparisler`
}

// itemQuery gives each item's order by its key, as item tables keep it:
// the items kind takes the order's number from the orders ledger.
const itemQuery = `SELECT kalem_id, siparis_id AS order_key, urun AS product, stok_kodu AS sku, adet AS quantity,
 fiyat AS price, resim AS image_url, guncelleme AS updated_at FROM siparis_kalemleri`

// seedOrders creates siparisler and siparis_kalemleri unless they are
// there already, with their indexes on (cursor, key).
func seedOrders(engine string, db *sql.DB) error {
	var n, m int
	if db.QueryRow("SELECT COUNT(*) FROM siparisler").Scan(&n) == nil && n == rows &&
		db.QueryRow("SELECT COUNT(*) FROM siparis_kalemleri").Scan(&m) == nil && m == itemRows {
		return orderIndexes(db)
	}
	fmt.Printf("seeding %d orders and %d order items into %s etl_bench (once)...\n", rows, itemRows, engine)
	ts, orders, items, charset := "DATETIME", mysqlSeq(rows), mysqlSeq(itemRows), " DEFAULT CHARSET=utf8mb4"
	stamp := "DATE_ADD('2019-01-01', INTERVAL seq * 2 MINUTE)"
	itemStamp := "DATE_ADD('2019-01-01', INTERVAL seq MINUTE)"
	if engine == "postgres" {
		ts, charset = "TIMESTAMP", ""
		orders = fmt.Sprintf("generate_series(1::bigint, %d) AS s(seq)", rows)
		items = fmt.Sprintf("generate_series(1::bigint, %d) AS s(seq)", itemRows)
		stamp = "TIMESTAMP '2019-01-01' + seq * 2 * INTERVAL '1 minute'"
		itemStamp = "TIMESTAMP '2019-01-01' + seq * INTERVAL '1 minute'"
	}
	digits := func(expr string, n int) string { return lpad(engine, expr, n) }
	// Amounts as shops keep them: DECIMAL(12,2); one order in five with
	// a discount; statuses, currencies and payment types as Turkish shops
	// write them; addresses as one line of text.
	statuses := []string{"onaylandı", "kargoda", "kargoda", "kargoda", "iptal", "hazırlanıyor"}
	currencies := []string{"TL", "TRY", "₺", "TL", "USD", "EUR"}
	payments := []string{"kredi kartı", "havale", "kapıda ödeme", "kredi kartı"}
	address := "CONCAT(" + pick(engine, "seq * 7", benchNeighbourhood) + ", ' ', " + pick(engine, "seq", benchStreets) + ", ' ', " +
		pick(engine, "seq * 17", benchStreetKinds) + ", ' No:', seq % 180 + 1, ' D:', seq * 7 % 24 + 1, ' Kadıköy/İSTANBUL')"
	products := []string{"Pamuklu Tişört", "Kot Pantolon Slim Fit", "Deri Cüzdan", "Spor Ayakkabı", "Seramik Kupa 350 ml",
		"Çelik Termos 500 ml", "Yün Atkı", "Keten Gömlek", "Bluetooth Kulaklık", "Bambu Kesme Tahtası"}
	stmts := []string{"DROP TABLE IF EXISTS siparis_kalemleri", "DROP TABLE IF EXISTS siparisler",
		`CREATE TABLE siparisler (siparis_id INT PRIMARY KEY, siparis_no VARCHAR(20), uye_id INT, durum VARCHAR(30),
		tarih ` + ts + `, toplam DECIMAL(12,2), indirim DECIMAL(12,2), para_birimi VARCHAR(5), odeme VARCHAR(30), taksit INT,
		kargo_takip VARCHAR(30), teslimat VARCHAR(300), fatura VARCHAR(300), guncelleme ` + ts + `)` + charset,
		fmt.Sprintf(`INSERT INTO siparisler SELECT seq, CONCAT('S', %s), seq * 7919 %% %d + 1, %s, %s,
			(seq * 7919 %% 500000) / 100.0 + 9.90, CASE WHEN seq %% 5 = 0 THEN (seq %% 2000) / 100.0 END, %s, %s,
			CASE WHEN seq %% 4 = 0 THEN seq %% 12 + 1 ELSE 1 END, CASE WHEN seq %% 6 <> 4 THEN %s END, %s,
			%s, %s FROM %s`,
			digits("seq", 9), rows, pick(engine, "seq", statuses), stamp, pick(engine, "seq * 3", currencies),
			pick(engine, "seq * 5", payments), digits("seq * 104729 % 1000000000000", 12), address, address, stamp, orders),
		`CREATE TABLE siparis_kalemleri (kalem_id INT PRIMARY KEY, siparis_id INT, urun VARCHAR(300), stok_kodu VARCHAR(40),
		adet INT, fiyat DECIMAL(12,2), resim VARCHAR(300), guncelleme ` + ts + `)` + charset,
		fmt.Sprintf(`INSERT INTO siparis_kalemleri SELECT seq, (seq - 1) / 3 + 1, %s, CONCAT('SKU-', %s), seq %% 4 + 1,
			(seq * 7919 %% 100000) / 100.0 + 4.90, CONCAT('https://cdn.example-shop.com.tr/urun/', seq %% 50000, '.jpg'), %s FROM %s`,
			pick(engine, "seq * 7", products), digits("seq * 31 % 100000", 6), itemStamp, items),
	}
	if engine == "postgres" {
		stmts = append(stmts, "VACUUM ANALYZE siparisler", "VACUUM ANALYZE siparis_kalemleri")
	} else {
		// MariaDB's / is exact division; PostgreSQL's on integers is not.
		stmts[len(stmts)-1] = strings.Replace(stmts[len(stmts)-1], "(seq - 1) / 3 + 1", "(seq - 1) DIV 3 + 1", 1)
		stmts = append(stmts, "ANALYZE TABLE siparisler", "ANALYZE TABLE siparis_kalemleri")
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("%.80s...: %w", s, err)
		}
	}
	return orderIndexes(db)
}

// orderIndexes are the indexes on (cursor, key), see cursorIndex.
func orderIndexes(db *sql.DB) error {
	for _, s := range []string{"CREATE INDEX IF NOT EXISTS siparisler_guncelleme ON siparisler (guncelleme, siparis_id)",
		"CREATE INDEX IF NOT EXISTS siparis_kalemleri_guncelleme ON siparis_kalemleri (guncelleme, kalem_id)"} {
		if _, err := db.Exec(s); err != nil {
			return err
		}
	}
	return nil
}

// writeOrderConfig writes the config of the orders' runs.
func writeOrderConfig(engine, dsn, work string) string {
	cfg := filepath.Join(work, engine+"-orders.yaml")
	indent := func(q string) string { return "    " + strings.ReplaceAll(q, "\n", "\n    ") }
	os.WriteFile(cfg, []byte(fmt.Sprintf(`source:
  driver: %s
  dsn: %q
users:
  query: |
%s
  key: customer_code
  cursor: updated_at
  fetch_size: 5000
orders:
  query: |
%s
  key: siparis_id
  cursor: updated_at
  fetch_size: 5000
order_items:
  query: |
%s
  key: kalem_id
  cursor: updated_at
  fetch_size: 5000
normalize:
  order:
    status_map: {"onaylandı": 400, "kargoda": 500, "iptal": 100, "hazırlanıyor": 450}
sink:
  dir: %s
  batch_size: 1000
state:
  dir: %s
workers: 4
`, engine, dsn, indent(query(engine)), indent(orderQuery(engine)), indent(itemQuery), filepath.Join(work, "out-"+engine+"-orders"),
		filepath.Join(work, engine+"-orders-state"))), 0o600)
	return cfg
}

// benchOrders times `etl run --kinds orders` (1M rows) and `--kinds
// order_items` (3M rows) against the client streaming each query. The
// users are exported first, untimed; each orders run starts from a fresh
// orders state, and the items' runs from a fresh items state on the
// last orders run's ledger (1M orders: the items' parent lookups).
func benchOrders(engine, dsn, work string) error {
	cfg := writeOrderConfig(engine, dsn, work)
	stateDir := filepath.Join(work, engine+"-orders-state")
	out := filepath.Join(work, "out-"+engine+"-orders")
	os.RemoveAll(stateDir)
	if _, _, err := timeRun(stateDir, nil, "bin/etl", "run", "--config", cfg, "--kinds", "users", "--log-level", "warn"); err != nil {
		return fmt.Errorf("etl run --kinds users: %w", err)
	}
	for _, k := range []struct {
		plural, query string
		rows          int
	}{{"orders", orderQuery(engine), rows}, {"order_items", itemQuery, itemRows}} {
		fmt.Printf("\n== %s: %d %s (etl run --kinds %s, after its parents)\n", engine, k.rows, strings.ReplaceAll(k.plural, "_", " "), k.plural)
		var client, etl, ratios []float64
		var rss int64
		for i := range pairTries {
			c, err := timeClient(engine, dsn, k.query)
			if err != nil {
				return fmt.Errorf("client: %w", err)
			}
			s, r, err := timeRun(filepath.Join(stateDir, k.plural), nil, "bin/etl", "run", "--config", cfg, "--kinds", k.plural, "--log-level", "warn")
			if err != nil {
				return fmt.Errorf("etl run --kinds %s: %w", k.plural, err)
			}
			if i == 0 {
				// A run that rejected its rows (orphans, say) would be
				// quick and prove nothing.
				c, err := lastCounts(out, "manifest-"+k.plural+".json")
				if err != nil {
					return err
				}
				fmt.Printf("%-42s exported %d, rejected %d, skipped %d\n", "a whole run's counts", c.Exported, c.Rejected, c.Skipped)
				if c.Exported < int64(k.rows)*99/100 {
					return fmt.Errorf("only %d of %d %s were exported: %+v", c.Exported, k.rows, k.plural, c.Rejects)
				}
			}
			client, etl, ratios, rss = append(client, c), append(etl, s), append(ratios, s/c), max(rss, r)
		}
		fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median of %d)\n", "client streaming the query to /dev/null", median(client), float64(k.rows)/median(client), pairTries)
		fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median of %d)  peak RSS %4d MB  ratio to client %.2f (median of the pairs)\n",
			"etl run, whole (files)", median(etl), float64(k.rows)/median(etl), pairTries, rss>>10, median(ratios))
	}
	return nil
}
