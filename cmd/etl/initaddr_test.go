package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// kindRejects reads the rejects of one kind from a run folder: key →
// reason (a composite key as its JSON text).
func kindRejects(t *testing.T, run, kind string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line == "" {
			continue
		}
		var rj struct {
			Kind   string          `json:"kind"`
			Key    json.RawMessage `json:"key"`
			Reason string          `json:"reason"`
		}
		if err := json.Unmarshal([]byte(line), &rj); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if rj.Kind != kind {
			continue
		}
		var k string
		if json.Unmarshal(rj.Key, &k) != nil {
			k = string(rj.Key)
		}
		out[k] = rj.Reason
	}
	return out
}

// runInit runs etl init into a fresh folder and returns the folder, the
// config's path and its text.
func runInit(t *testing.T, env []string, engine, dsn string) (dir, cfgPath, cfg string) {
	t.Helper()
	dir = t.TempDir()
	cfgPath = filepath.Join(dir, "legacy.yaml")
	r := etl(t, env, "init", "--driver", engine, "--dsn", dsn, "-o", cfgPath)
	data, _ := os.ReadFile(cfgPath)
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s%s\n%s", r.code, r.stdout, r.stderr, data)
	}
	return dir, cfgPath, string(data)
}

// runIn runs etl with the written config from its folder (out/ and
// .etl-state/ are relative) and returns what it said; a run that ends
// with rejects exits 1, which is no failure here.
func runIn(t *testing.T, env []string, dir, cfgPath string, args ...string) string {
	t.Helper()
	cmd := etlCmd(append([]string{"run", "--config", cfgPath}, args...)...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return string(out)
}

// usersThenAddresses exports the users for real, then dry-runs the job,
// and returns the users' run folder and the dry run's. A dry run leaves
// the state as it was, the users ledger too: the addresses of a dry run
// find only users an earlier run exported.
func usersThenAddresses(t *testing.T, env []string, dir, cfgPath string) (users, addresses string) {
	t.Helper()
	out := runIn(t, env, dir, cfgPath, "--kinds", "users")
	users = runFolder(t, filepath.Join(dir, "out"))
	out += runIn(t, env, dir, cfgPath, "--dry-run")
	m, _ := filepath.Glob(filepath.Join(dir, "out", "*", "manifest-addresses.json"))
	if len(m) != 1 {
		t.Fatalf("want one run folder with addresses, found %v; the runs said:\n%s", m, out)
	}
	return users, filepath.Dir(m[0])
}

// TestInitAddresses: a plain Turkish schema with an addresses table
// (adresler: il, ilçe, mahalle) beside decoys that hold addresses too (the
// orders' delivery address, a table of provinces). etl init writes users
// and addresses in their own sections, keyed so that addresses find their
// users; the config validates and its dry run exports each address whose
// user was exported, and rejects the others for why.
func TestInitAddresses(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		ts := db.Pick("DATETIME", "TIMESTAMP")
		db.Exec(t, `CREATE TABLE musteriler (musteri_no INT PRIMARY KEY, adi VARCHAR(50), soyadi VARCHAR(50), eposta VARCHAR(100),
				sifre VARCHAR(100), kayit_tarihi `+ts+`, guncelleme `+ts+`)`,
			`INSERT INTO musteriler VALUES
				(1, 'Ayşe', 'Yılmaz', 'ayse@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-01 10:00:00', '2024-01-01 00:00:00'),
				(2, 'Mehmet', 'Kaya', 'mehmet@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-02 10:00:00', '2024-01-01 00:00:00'),
				(3, 'Zeynep', 'Demir', 'zeynep@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-03 10:00:00', '2024-01-01 00:00:00'),
				(4, 'Can', 'Kurt', 'can@example.com', '$2y$10$abcdefghijklmnopqrstuuN4u6T1tV1Ew2l7b9bEw0dB2XyZ3a4bC', '2020-01-04 10:00:00', '2024-01-01 00:00:00')`,
			`CREATE TABLE siparisler (siparis_no INT PRIMARY KEY, musteri_no INT, teslimat_adresi VARCHAR(200), il VARCHAR(30), ilce VARCHAR(30), tutar DECIMAL(10,2))`,
			`INSERT INTO siparisler VALUES (1, 1, 'Bağdat Cd. No 5', 'İstanbul', 'Kadıköy', 10), (2, 2, 'Çarşı Sk. 3', 'İzmir', 'Konak', 20)`,
			`CREATE TABLE iller (il_id INT PRIMARY KEY, il_adi VARCHAR(30))`,
			`INSERT INTO iller VALUES (34, 'İstanbul'), (6, 'Ankara')`,
			`CREATE TABLE adresler (adres_id INT PRIMARY KEY, musteri_no INT, adres_basligi VARCHAR(50), ad_soyad VARCHAR(100),
				telefon VARCHAR(30), acik_adres VARCHAR(300), il VARCHAR(30), ilce VARCHAR(30), mahalle VARCHAR(60),
				vergi_dairesi VARCHAR(50), vergi_no VARCHAR(20), firma VARCHAR(60), silindi SMALLINT, guncelleme `+ts+`)`,
			`INSERT INTO adresler VALUES
				(1, 1, 'Ev', 'Ayşe Yılmaz', '0532 111 22 33', 'Bağdat Cd. No 5', 'İstanbul', 'Kadıköy', 'Caferağa Mah.', '', '', '', 0, '2024-01-01 00:00:00'),
				(2, 1, 'İş', 'Ayşe Yılmaz', '0312 444 55 66', 'Atatürk Bulvarı 10', 'ANKARA', 'çankaya', 'Kızılay Mah.', 'Çankaya', '1234567890', 'Yılmaz Ltd', 0, '2024-01-01 00:00:00'),
				(3, 2, 'Ev', 'Mehmet Kaya', '5331112233', 'Çiçek Sk. 7', '34', 'Üsküdar', NULL, NULL, NULL, NULL, 0, '2024-01-01 00:00:00'),
				(4, 2, 'Eski', 'Mehmet Kaya', '', 'Silinmiş Sk. 1', 'İzmir', 'Konak', NULL, NULL, NULL, NULL, 1, '2024-01-01 00:00:00'),
				(5, 4, 'Ev', 'Can Kurt', '', 'Deniz Sk. 2', 'İzmir', 'Karşıyaka', NULL, NULL, NULL, NULL, 0, '2024-01-01 00:00:00'),
				(6, 3, 'Ev', 'Zeynep Demir', '', 'Bilinmez Sk. 9', 'Bursa', 'Bilinmeyen', NULL, NULL, NULL, NULL, 0, '2024-01-01 00:00:00'),
				(7, 99, 'Ev', 'Kimse Yok', '', 'Hayal Sk. 1', 'Bursa', 'Nilüfer', NULL, NULL, NULL, NULL, 0, '2024-01-01 00:00:00')`)
		dir, cfgPath, cfg := runInit(t, nil, db.Engine, db.DSN)
		for _, want := range []string{"\nusers:\n  table: musteriler\n", "customer_code:     musteri_no", "key: musteri_no",
			"\naddresses:\n", "The addresses table was guessed", "FROM adresler", "musteri_no AS customer_code", "adres_basligi AS title",
			"ad_soyad AS full_name", "telefon AS phone_number", "acik_adres AS line", "il AS city", "ilce AS township", "mahalle AS district",
			"vergi_dairesi AS tax_office", "vergi_no AS tax_no", "firma AS company_name", "guncelleme AS updated_at",
			"WHERE COALESCE(silindi, 0) = 0", "key: adres_id", "cursor: updated_at", "unknown_township: reject"} {
			if !strings.Contains(cfg, want) {
				t.Errorf("config lacks %q:\n%s", want, cfg)
			}
		}
		if strings.Contains(cfg, "FROM siparisler") || strings.Contains(cfg, "TODO") {
			t.Errorf("addresses from the orders, or a TODO:\n%s", cfg)
		}
		if v := etl(t, nil, "validate", "--config", cfgPath); v.code != 0 {
			t.Fatalf("validate: %s%s", v.stdout, v.stderr)
		}
		_, run := usersThenAddresses(t, nil, dir, cfgPath)
		lines, _ := exportedAddresses(t, filepath.Join(dir, "out"))
		var got []string
		for l := range lines {
			got = append(got, l)
		}
		sort.Strings(got)
		if want := []string{"Atatürk Bulvarı 10", "Bağdat Cd. No 5", "Çiçek Sk. 7"}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("exported %q, want %q", got, want)
		}
		rj := kindRejects(t, run, "address")
		if want := map[string]string{"5": "orphan", "6": "invalid", "7": "orphan"}; len(rj) != len(want) || rj["5"] != want["5"] || rj["6"] != want["6"] || rj["7"] != want["7"] {
			t.Errorf("address rejects %v, want %v", rj, want)
		}
	})
}

// TestInitAddressesTODO: an addresses table whose district and recipient
// no column names is written with TODO in their place; init says so,
// and validation refuses the config by those names until they are filled.
func TestInitAddressesTODO(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, `CREATE TABLE uyeler (uye_id INT PRIMARY KEY, ad VARCHAR(50), soyad VARCHAR(50), email VARCHAR(100), parola VARCHAR(100), kayit DATE)`,
			`INSERT INTO uyeler VALUES (1, 'Ayşe', 'Yılmaz', 'ayse@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-01')`,
			`CREATE TABLE uye_adresleri (id INT PRIMARY KEY, uye_id INT, adres1 VARCHAR(100), adres2 VARCHAR(100), sehir VARCHAR(30), bolge VARCHAR(30))`,
			`INSERT INTO uye_adresleri VALUES (1, 1, 'Bağdat Cd.', 'No 5', 'İstanbul', 'Marmara')`)
		_, cfgPath, cfg := runInit(t, nil, db.Engine, db.DSN)
		for _, want := range []string{"FROM uye_adresleri", "uye_id AS customer_code", "CONCAT_WS(' ', adres1, adres2) AS line",
			"sehir AS city", "TODO AS full_name", "TODO AS township", "# township:      TODO: no column holds districts"} {
			if !strings.Contains(cfg, want) {
				t.Errorf("config lacks %q:\n%s", want, cfg)
			}
		}
		v := etl(t, nil, "validate", "--config", cfgPath)
		if v.code != 2 || !strings.Contains(v.stderr, "addresses.query: still TODO: full_name, township") {
			t.Errorf("validate: exit %d\n%s%s", v.code, v.stdout, v.stderr)
		}
	})
}

// TestInitAddressesCamelCase: CamelCase names (quoted in PostgreSQL's
// SQL), two numbered street columns joined into the line, a semt that is
// the neighbourhood, read by a SELECT-only account.
func TestInitAddressesCamelCase(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		q := func(s string) string { return db.Pick(s, `"`+s+`"`) }
		ts := db.Pick("DATETIME", "TIMESTAMP")
		db.Exec(t, `CREATE TABLE `+q("Musteriler")+` (`+q("MusteriID")+` INT PRIMARY KEY, `+q("Adi")+` VARCHAR(50), `+q("Soyadi")+` VARCHAR(50),
				`+q("EPosta")+` VARCHAR(100), `+q("Sifre")+` VARCHAR(100), `+q("KayitTarihi")+` `+ts+`)`,
			`INSERT INTO `+q("Musteriler")+` VALUES (1, 'Ayşe', 'Yılmaz', 'ayse@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-01 10:00:00'),
				(2, 'Mehmet', 'Kaya', 'mehmet@example.com', 'e10adc3949ba59abbe56e057f20f883e', '2020-01-02 10:00:00')`,
			`CREATE TABLE `+q("MusteriAdresleri")+` (`+q("AdresID")+` INT PRIMARY KEY, `+q("MusteriID")+` INT, `+q("AliciAdSoyad")+` VARCHAR(100),
				`+q("AdresSatiri1")+` VARCHAR(100), `+q("AdresSatiri2")+` VARCHAR(100), `+q("Sehir")+` VARCHAR(30), `+q("Ilce")+` VARCHAR(30),
				`+q("Semt")+` VARCHAR(30), `+q("GuncellemeTarihi")+` `+ts+`)`,
			`INSERT INTO `+q("MusteriAdresleri")+` VALUES (10, 1, 'Ayşe Yılmaz', 'Moda Cd. 5', 'Daire 2', 'İstanbul', 'Kadıköy', 'Moda', '2024-01-01 00:00:00'),
				(11, 2, 'Mehmet Kaya', 'Liman Sk. 3', NULL, 'İzmir', 'Konak', 'Alsancak', '2024-01-01 00:00:00')`)
		dsn := db.ReadOnlyDSN(t)
		env := []string{"LEGACY_DSN=" + dsn}
		dir, cfgPath, cfg := runInit(t, env, db.Engine, dsn)
		for _, want := range []string{"customer_code:     MusteriID", "AS customer_code", "AS full_name", "AS line", "AS district",
			"key: AdresID", "cursor: updated_at", q("AdresSatiri1")} {
			if !strings.Contains(cfg, want) {
				t.Errorf("config lacks %q:\n%s", want, cfg)
			}
		}
		if v := etl(t, env, "validate", "--config", cfgPath); v.code != 0 {
			t.Fatalf("validate: %s%s", v.stdout, v.stderr)
		}
		_, run := usersThenAddresses(t, env, dir, cfgPath)
		var recs []struct{ Line, Township, District string }
		data, _ := os.ReadFile(filepath.Join(run, "addresses-000001.json"))
		if err := json.Unmarshal(data, &recs); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if len(recs) != 2 || recs[0].Line != "Moda Cd. 5 Daire 2" || recs[0].Township != "KADIKÖY" || recs[0].District != "Moda" || recs[1].Line != "Liman Sk. 3" {
			t.Errorf("records %+v", recs)
		}
	})
}
