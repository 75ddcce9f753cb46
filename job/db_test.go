package job

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"etl/configs"
	"etl/internal/scratch"
)

// dbConfig reads users and their addresses from tables of db, each
// incrementally by its guncelleme column.
func dbConfig(db *scratch.DB, out, addressColumns string) string {
	return fmt.Sprintf(`source:
  driver: %s
  dsn: %q
users:
  table: uyeler
  columns: {customer_code: uye_id, email: mail, first_name: isim, last_name: soyisim, date_joined: kayit, password: parola}
  key: uye_id
  cursor: guncelleme
addresses:
  table: adresler
  columns: {%s}
  key: adres_id
  cursor: guncelleme
sink:
  dir: %s
  batch_size: 10
state:
  dir: %s
`, db.Engine, db.DSN, addressColumns, filepath.Join(out, "out"), filepath.Join(out, "state"))
}

const addressColumns = "customer_code: uye_id, line: adres, city: il, township: ilce, first_name: ad, last_name: soyad"

// seed makes three users, the second with a bad email, and an address
// for each.
func seed(t *testing.T, db *scratch.DB) {
	ts := db.Pick("DATETIME", "TIMESTAMP")
	db.Exec(t, `CREATE TABLE uyeler (uye_id INT PRIMARY KEY, mail VARCHAR(100), isim VARCHAR(50), soyisim VARCHAR(50),
		kayit `+ts+`, parola VARCHAR(100), guncelleme `+ts+`)`,
		`CREATE TABLE adresler (adres_id INT PRIMARY KEY, uye_id INT, adres VARCHAR(200), il VARCHAR(30), ilce VARCHAR(30),
		ad VARCHAR(50), soyad VARCHAR(50), guncelleme `+ts+`)`,
		`INSERT INTO uyeler VALUES
		(1, 'ayse@example.com', 'Ayşe', 'Yılmaz', '2021-03-04 10:00:00', 'e10adc3949ba59abbe56e057f20f883e', '2024-01-01 00:00:00'),
		(2, 'bad', 'Mehmet', 'Demir', '2022-05-06 11:30:00', 'e10adc3949ba59abbe56e057f20f883e', '2024-01-01 00:00:00'),
		(3, 'zeynep@example.com', 'Zeynep', 'Çelik', '2023-07-08 16:45:00', 'e10adc3949ba59abbe56e057f20f883e', '2024-01-01 00:00:00')`,
		`INSERT INTO adresler VALUES
		(10, 1, 'Bağdat Cad. 1', 'İstanbul', 'Kadıköy', 'Ayşe', 'Yılmaz', '2024-01-01 00:00:00'),
		(11, 2, 'Kordon Boyu 7', 'İzmir', 'Konak', 'Mehmet', 'Demir', '2024-01-01 00:00:00'),
		(12, 3, 'Atatürk Bulvarı 5', 'Ankara', 'Çankaya', 'Zeynep', 'Çelik', '2024-01-01 00:00:00')`)
}

func loadConfig(t *testing.T, body string) *configs.Config {
	t.Helper()
	cfg, err := configs.Parse([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestDatabaseJobOrphan: the address of a rejected user waits as an
// orphan, and the run after the user is fixed exports the user and then
// the address.
func TestDatabaseJobOrphan(t *testing.T) {
	for _, engine := range scratch.Engines {
		t.Run(engine, func(t *testing.T) {
			db := scratch.New(t, engine)
			seed(t, db)
			cfg := loadConfig(t, dbConfig(db, t.TempDir(), addressColumns))

			var first []Report
			if err := newJob(t, cfg, &first).Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if len(first) != 2 {
				t.Fatalf("first run: %d reports, want 2", len(first))
			}
			for i, want := range []string{"user ok full read 3 exported 2 rejected 1 skipped 0", "address ok full read 3 exported 2 rejected 1 skipped 0"} {
				if got := counts(first[i].Manifest); got != want {
					t.Errorf("first run: %s, want %s", got, want)
				}
			}
			if r := first[1].Rejects; r == nil || r.Orphans != 1 || r.Waiting != 1 {
				t.Fatalf("first run: address rejects %+v, want the one orphan waiting", r)
			}

			db.Exec(t, "UPDATE uyeler SET mail = 'mehmet@example.com', guncelleme = '2024-02-01 00:00:00' WHERE uye_id = 2")
			var second []Report
			if err := newJob(t, cfg, &second).Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if len(second) != 2 {
				t.Fatalf("second run: %d reports, want 2", len(second))
			}
			for i, want := range []string{"user ok incremental read 1 exported 1 rejected 0 skipped 0", "address ok incremental read 1 exported 1 rejected 0 skipped 0"} {
				if got := counts(second[i].Manifest); got != want {
					t.Errorf("second run: %s, want %s", got, want)
				}
			}
			if got := strings.Join(batchKeys(t, second[1].Manifest, second[1].Dir, "line"), ","); got != "Kordon Boyu 7" {
				t.Errorf("second run exported the addresses %q, want the orphan's", got)
			}
			if r := second[1].Rejects; r == nil || r.Orphans != 0 || r.Waiting != 0 {
				t.Errorf("second run: address rejects %+v, want none waiting", r)
			}
		})
	}
}

// TestLaterKindConfigError: a column the addresses' table lacks is
// refused before the users run: no kind reads, writes or commits.
func TestLaterKindConfigError(t *testing.T) {
	db := scratch.New(t, "postgres")
	seed(t, db)
	dir := t.TempDir()
	cfg := loadConfig(t, dbConfig(db, dir, strings.Replace(addressColumns, "line: adres", "line: adress", 1)))
	var reports []Report
	err := newJob(t, cfg, &reports).Run(context.Background())
	var ce ConfigError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), `addresses.columns.line: table adresler has no column "adress"; the closest is "adres"`) {
		t.Fatalf("got %v, want a config error naming addresses.columns.line", err)
	}
	if len(reports) > 0 {
		t.Errorf("%s ran before the config error was found", reports[0].Manifest.Kind)
	}
	for _, p := range []string{"out", "state"} {
		if _, err := os.Stat(filepath.Join(dir, p)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: %v, want nothing written", p, err)
		}
	}
}
