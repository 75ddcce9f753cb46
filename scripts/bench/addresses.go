package main

// The addresses' part of the bench: a table adresler of rows addresses
// beside uyeler, each belonging to a user the users' run exports, timed
// as `etl run --kinds addresses` against the client streaming the same
// query.

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"etl/internal/places"
)

// addressUsers is how many users have addresses: address i belongs to
// user (i·7919 mod addressUsers)+1, so users 1..addressUsers have one
// address each and the last 200k addresses are second addresses, their
// users scattered over the ledger as real customers are.
const addressUsers = 800_000

const addressQuery = `SELECT adres_id, uye_id AS customer_code, baslik AS title, alici AS full_name,
 tel AS phone_number, adres AS line, ulke AS country, il AS city, ilce AS township, mahalle AS district,
 vergi_dairesi AS tax_office, vergi_no AS tax_no, firma AS company_name, guncelleme AS updated_at FROM adresler`

// Words that legacy address rows are made of. Lines come out 40-80
// characters, as a neighbourhood, street, building and door do.
var (
	benchStreets = []string{"Atatürk", "Cumhuriyet", "İstiklal", "Gazi Mustafa Kemal", "Fevzi Çakmak", "İnönü",
		"Mimar Sinan", "Yunus Emre", "Mevlana", "Barbaros", "Kazım Karabekir", "Şehit Ayşe Çakır", "Gül", "Lale",
		"Menekşe", "Çamlık", "Bağlar", "Pınarbaşı", "Değirmen", "Okul", "Hürriyet", "Karanfil", "Zambak", "Akasya",
		"Ihlamur", "Çınar", "Söğüt", "Kavak", "Şair Nedim", "Millet", "Ziya Gökalp"}
	benchStreetKinds   = []string{"Cad.", "Sok.", "Caddesi", "Sokak", "Bulvarı", "Sk."}
	benchNeighbourhood = []string{"Cumhuriyet Mah.", "Yenimahalle", "Fatih Mah.", "Bahçelievler Mah.", "Merkez Mah.",
		"Hürriyet Mah.", "Yeşilyurt Mah.", "Kültür Mah.", "Esentepe Mah.", "Atatürk Mah.", "Zafer Mah.", "Gültepe Mah.",
		"Selimiye Mah."}
	benchBuildings = []string{"Güneş Apt.", "Yıldız Apt.", "Deniz Sitesi", "Lale Apt.", "Park Evleri", "Huzur Apt.",
		"Gökkuşağı Sitesi", "Akasya Konutları B Blok", "Ekin Apt.", "Kardelen Sitesi A Blok", "Özlem Apt."}
	benchTitles     = []string{"Ev", "İş", "Ofis", "Evim", "Annemin Evi", "", "EV ADRESİ"}
	benchFirstNames = []string{"Ayşe", "Mehmet", "Fatma", "Ahmet", "Zeynep", "Mustafa", "Elif", "Ali", "Emine", "Hüseyin",
		"Şükrü", "Gülşen", "İbrahim", "Özge", "Çağrı", "Büşra", "Oğuz", "Irmak", "Ümit"}
	benchLastNames = []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
		"Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç"}
	benchMobiles   = []string{"532", "533", "535", "505", "542", "544", "555", "536", "538", "507", "551"}
	benchAreas     = []string{"212", "216", "312", "232", "224", "242", "322", "262"}
	benchTaxOffice = []string{"Kadıköy", "Çankaya", "Konak", "Nilüfer", "Muratpaşa", "Seyhan", "Beşiktaş"}
	benchCompanies = []string{"Ticaret Ltd. Şti.", "İnşaat A.Ş.", "Gıda San. ve Tic. Ltd. Şti.", "Tekstil", "Mühendislik"}
)

// benchPlace is a city and township as a legacy row writes them.
type benchPlace struct{ city, township string }

// benchPlaces lists every district of internal/places, written as shops
// write them: mostly in proper case, some in upper case, some in ASCII
// without the Turkish letters, some cities as their plate code.
func benchPlaces() []benchPlace {
	var out []benchPlace
	for _, p := range places.Provinces() {
		for i, d := range p.Districts() {
			name := titleCase(d)
			b := benchPlace{p.Name, name}
			switch (p.Plate + i) % 10 {
			case 6, 7:
				b = benchPlace{p.Upper, d}
			case 8:
				b = benchPlace{strings.ToLower(ascii(p.Name)), ascii(name)}
			case 9:
				b.city = fmt.Sprintf("%02d", p.Plate)
			}
			out = append(out, b)
		}
	}
	return out
}

// titleCase writes an upper-case Turkish name in proper case ("ÜSKÜDAR"
// → "Üsküdar", "19 MAYIS" → "19 Mayıs").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLowerSpecial(unicode.TurkishCase, s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.TurkishCase.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// ascii drops the Turkish letters' marks, as data typed on keyboards
// without them does ("Kadıköy" → "Kadikoy").
var ascii = strings.NewReplacer("ç", "c", "Ç", "C", "ğ", "g", "Ğ", "G", "ı", "i", "İ", "I", "ö", "o", "Ö", "O",
	"ş", "s", "Ş", "S", "ü", "u", "Ü", "U", "â", "a", "Â", "A", "î", "i", "û", "u").Replace

// sqlText quotes s as an SQL string literal.
func sqlText(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// pick is the SQL for the element of list at (expr mod len(list)).
func pick(engine, expr string, list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = sqlText(s)
	}
	i := fmt.Sprintf("(%s) %% %d + 1", expr, len(list))
	if engine == "mysql" {
		return fmt.Sprintf("ELT(%s, %s)", i, strings.Join(q, ", "))
	}
	return fmt.Sprintf("(ARRAY[%s])[%s]", strings.Join(q, ", "), i)
}

// lpad is the SQL for expr's digits left-padded with zeros to n.
func lpad(engine, expr string, n int) string {
	if engine == "mysql" {
		return fmt.Sprintf("LPAD(%s, %d, '0')", expr, n)
	}
	return fmt.Sprintf("lpad((%s)::text, %d, '0')", expr, n)
}

// seedAddresses creates adresler with rows addresses unless it is there
// already, and its index on (cursor, key).
func seedAddresses(engine string, db *sql.DB) error {
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM adresler").Scan(&n); err == nil && n == rows {
		return addressIndex(db)
	}
	fmt.Printf("seeding %d addresses into %s etl_bench (once)...\n", rows, engine)
	pl := benchPlaces()
	stmts := []string{"DROP TABLE IF EXISTS adresler", "DROP TABLE IF EXISTS yerler",
		"CREATE TABLE yerler (n INT PRIMARY KEY, il VARCHAR(50), ilce VARCHAR(50))"}
	for start := 0; start < len(pl); start += 500 {
		var vals []string
		for i := start; i < start+500 && i < len(pl); i++ {
			vals = append(vals, fmt.Sprintf("(%d, %s, %s)", i, sqlText(pl[i].city), sqlText(pl[i].township)))
		}
		stmts = append(stmts, "INSERT INTO yerler VALUES "+strings.Join(vals, ", "))
	}
	ts, from, charset := "DATETIME", mysqlSeq(rows), " DEFAULT CHARSET=utf8mb4"
	stamp := "DATE_ADD('2019-01-01', INTERVAL seq * 2 MINUTE)"
	if engine == "postgres" {
		ts, from, charset = "TIMESTAMP", fmt.Sprintf("generate_series(1::bigint, %d) AS s(seq)", rows), ""
		stamp = "TIMESTAMP '2019-01-01' + seq * 2 * INTERVAL '1 minute'"
	}
	digits := func(expr string, n int) string { return lpad(engine, expr, n) }
	// Mostly mobiles in their usual forms; landlines; two numbers in one
	// field; one in twenty empty.
	mobile := "CONCAT(" + pick(engine, "seq * 3", benchMobiles) + ", ' ', " + digits("seq * 7 % 1000", 3) + ", ' ', " +
		digits("seq % 100", 2) + ", ' ', " + digits("seq * 13 % 100", 2) + ")"
	landline := "CONCAT('(0', " + pick(engine, "seq * 5", benchAreas) + ", ') ', " + digits("seq * 11 % 1000", 3) + ", ' ', " +
		digits("seq * 3 % 100", 2) + ", ' ', " + digits("seq % 97", 2) + ")"
	phone := fmt.Sprintf(`CASE WHEN seq %% 20 < 12 THEN CONCAT('0', %[1]s) WHEN seq %% 20 < 15 THEN %[2]s
		WHEN seq %% 20 < 17 THEN CONCAT('+90 ', %[1]s) WHEN seq %% 20 = 17 THEN REPLACE(%[1]s, ' ', '')
		WHEN seq %% 20 = 18 THEN CONCAT(%[2]s, ' / 0', %[1]s) END`, mobile, landline)
	line := "CONCAT(" + pick(engine, "seq * 7", benchNeighbourhood) + ", ' ', " + pick(engine, "seq", benchStreets) + ", ' ', " +
		pick(engine, "seq * 17", benchStreetKinds) + ", ' ', " + pick(engine, "seq * 3", benchBuildings) + ", ' No:', seq % 180 + 1, " +
		"CASE WHEN seq % 5 = 0 THEN CONCAT(' Kat:', seq % 12 + 1) ELSE '' END, ' D:', seq * 7 % 24 + 1)"
	lastName := pick(engine, "seq * 11", benchLastNames)
	// One address in ten is a company's, with its tax office and VKN; one
	// in thirty an invoice to a person, with a TCKN.
	taxNo := fmt.Sprintf("CASE WHEN seq %% 10 = 0 THEN CONCAT(seq %% 9 + 1, %s) WHEN seq %% 30 = 7 THEN CONCAT(seq %% 9 + 1, %s, '0') END",
		digits("seq * 7919 % 1000000000", 9), digits("seq * 104729 % 1000000000", 9))
	stmts = append(stmts, `CREATE TABLE adresler (adres_id INT PRIMARY KEY, uye_id INT, baslik VARCHAR(50), alici VARCHAR(100),
		tel VARCHAR(60), adres VARCHAR(300), ulke VARCHAR(30), il VARCHAR(50), ilce VARCHAR(50), mahalle VARCHAR(50),
		vergi_dairesi VARCHAR(50), vergi_no VARCHAR(20), firma VARCHAR(100), guncelleme `+ts+`)`+charset,
		fmt.Sprintf(`INSERT INTO adresler SELECT seq, seq * 7919 %% %d + 1, %s, CONCAT(%s, ' ', %s), %s, %s,
			CASE WHEN seq %% 10 < 4 THEN 'TR' WHEN seq %% 10 < 7 THEN 'Türkiye' WHEN seq %% 10 < 9 THEN 'Turkey' END, y.il, y.ilce,
			CASE WHEN seq %% 2 = 0 THEN %s END,
			CASE WHEN seq %% 10 = 0 THEN CONCAT(%s, ' VD') END, %s,
			CASE WHEN seq %% 10 = 0 THEN CONCAT(%s, ' ', %s) END, %s
			FROM %s JOIN yerler y ON y.n = seq * 31 %% %d`,
			addressUsers, pick(engine, "seq", benchTitles), pick(engine, "seq * 7", benchFirstNames), lastName, phone, line,
			pick(engine, "seq * 7", benchNeighbourhood), pick(engine, "seq", benchTaxOffice), taxNo, lastName,
			pick(engine, "seq * 3", benchCompanies), stamp, from, len(pl)))
	if engine == "mysql" {
		stmts = append(stmts, "ANALYZE TABLE adresler")
	} else {
		stmts = append(stmts, "VACUUM ANALYZE adresler")
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("%.80s...: %w", s, err)
		}
	}
	return addressIndex(db)
}

// addressIndex is the addresses' index on (cursor, key), see cursorIndex.
func addressIndex(db *sql.DB) error {
	_, err := db.Exec("CREATE INDEX IF NOT EXISTS adresler_guncelleme ON adresler (guncelleme, adres_id)")
	return err
}

// writeAddressConfig writes the config of the addresses' runs: users read
// as in the users' bench, addresses in their own section.
func writeAddressConfig(engine, dsn, work string) string {
	cfg := filepath.Join(work, engine+"-addresses.yaml")
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
addresses:
  query: |
%s
  key: adres_id
  cursor: updated_at
  fetch_size: 5000
sink:
  dir: %s
  batch_size: 1000
state:
  dir: %s
workers: 4
`, engine, dsn, indent(query(engine)), indent(addressQuery), filepath.Join(work, "out-"+engine+"-addresses"),
		filepath.Join(work, engine+"-addresses-state"))), 0o600)
	return cfg
}

// benchAddresses times `etl run --kinds addresses` against the client
// streaming the addresses' query. The users are exported first (once,
// untimed), so that every address finds its user in the users ledger;
// each timed run starts from a fresh addresses state.
func benchAddresses(engine, dsn, work string) error {
	cfg := writeAddressConfig(engine, dsn, work)
	stateDir := filepath.Join(work, engine+"-addresses-state")
	out := filepath.Join(work, "out-"+engine+"-addresses")
	os.RemoveAll(stateDir)
	if _, _, err := timeRun(stateDir, nil, "bin/etl", "run", "--config", cfg, "--kinds", "users", "--log-level", "warn"); err != nil {
		return fmt.Errorf("etl run --kinds users: %w", err)
	}
	if c, err := lastCounts(out, "manifest.json"); err != nil || c.Exported < addressUsers {
		return fmt.Errorf("the users' run exported %d users, want every one of users 1..%d (%v)", c.Exported, addressUsers, err)
	}
	// The 1M runs are whole runs, to their end (the ledger's
	// compaction, the rejects settled), as a migration's first run is.
	run := func(limit int) (float64, int64, error) {
		args := []string{"run", "--config", cfg, "--kinds", "addresses", "--log-level", "warn"}
		if limit < rows {
			args = append(args, "--limit", fmt.Sprint(limit))
		}
		return timeRun(filepath.Join(stateDir, "addresses"), nil, "bin/etl", args...)
	}
	fmt.Printf("\n== %s: %d addresses (etl run --kinds addresses, after the users)\n", engine, rows)
	var rss100k int64
	var t100k []float64
	for range tries {
		s, r, err := run(100_000)
		if err != nil {
			return fmt.Errorf("etl run --kinds addresses: %w", err)
		}
		t100k, rss100k = append(t100k, s), max(rss100k, r)
	}
	var client, etl, ratios []float64
	var rss int64
	for i := range pairTries {
		c, err := timeClient(engine, dsn, addressQuery)
		if err != nil {
			return fmt.Errorf("client: %w", err)
		}
		s, r, err := run(rows)
		if err != nil {
			return fmt.Errorf("etl run --kinds addresses: %w", err)
		}
		if i == 0 {
			// A run that rejected its rows would be quick and prove
			// nothing: the addresses must go out.
			c, err := lastCounts(out, "manifest-addresses.json")
			if err != nil {
				return err
			}
			fmt.Printf("%-42s exported %d, rejected %d, skipped %d\n", "a 1M run's counts", c.Exported, c.Rejected, c.Skipped)
			if c.Exported < rows*99/100 {
				return fmt.Errorf("only %d of %d addresses were exported: %+v", c.Exported, rows, c.Rejects)
			}
		}
		client, etl, ratios, rss = append(client, c), append(etl, s), append(ratios, s/c), max(rss, r)
	}
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median of %d)\n", "client streaming the query to /dev/null", median(client), rows/median(client), pairTries)
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median of %d)  peak RSS %4d MB\n", "etl run --limit 100000 (files)", median(t100k), 100_000/median(t100k), tries, rss100k>>10)
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median of %d)  peak RSS %4d MB  ratio to client %.2f (median of the pairs)  RSS 1M/100k %.2f\n",
		"etl run, whole (files)", median(etl), rows/median(etl), pairTries, rss>>10, median(ratios), float64(rss)/float64(rss100k))
	return nil
}

// median of x (x is sorted in place).
func median(x []float64) float64 {
	sort.Float64s(x)
	return x[len(x)/2]
}

// runCounts are a manifest's counts, as far as the bench reads them.
type runCounts struct {
	Exported, Rejected, Skipped int64
	Rejects                     []struct {
		Field, Reason string
		Count         int64
	}
}

// lastCounts reads the counts of the newest run folder in out that has
// the manifest file.
func lastCounts(out, manifest string) (runCounts, error) {
	found, _ := filepath.Glob(filepath.Join(out, "*", manifest))
	if len(found) == 0 {
		return runCounts{}, fmt.Errorf("no %s in %s", manifest, out)
	}
	sort.Strings(found) // run folders are named by their start
	b, err := os.ReadFile(found[len(found)-1])
	if err != nil {
		return runCounts{}, err
	}
	var m struct{ Counts *runCounts }
	if err := json.Unmarshal(b, &m); err != nil || m.Counts == nil {
		return runCounts{}, fmt.Errorf("read %s: no counts (%v)", found[len(found)-1], err)
	}
	return *m.Counts, nil
}
