// Command bench measures etl against the databases' own clients (make
// bench). It seeds 1M legacy users and 1M addresses of theirs into a
// bench database on each engine (once: kept between runs), then, in one
// run, times:
//
//   - the engine's client (mysql --quick, psql) streaming the query to /dev/null;
//   - bin/etl run to files on the same query, with its peak RSS, at 100k
//     rows (--limit) and 1M rows, the 1M runs taking turns with the
//     client's;
//   - the same for the addresses (addresses.go): bin/etl run --kinds
//     addresses after a run of the users, against the client streaming
//     the addresses' query, in alternating pairs, medians quoted;
//   - the driver fallback (ETL_DRIVER_PAGES=1, as under TLS or MySQL's
//     compression) against the wire reader: bin/etl at 1M rows, three
//     alternating pairs, the median of each;
//   - the cost of normalization, in five alternating pairs of runs with
//     full normalization and with a pass-through transform (the overhead
//     is the median pair's): whole runs of bin/etl against
//     bin/etl-passthrough (the same build but for the rules, see
//     internal/passthrough), and, in-process, the pipeline alone (the
//     same source and files sink, without the state), with the same
//     pass-through.
//
// Each users' time is the fastest of its runs (five for the client and
// etl at 1M, three for the rest), each peak RSS the largest.
//
// Figures are ratios measured in the same run; absolute numbers depend on
// the machine.
package main

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"

	"etl/internal/passthrough"
	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sinks/files"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
	"etl/transforms"
)

const rows = 1_000_000

// tries: the VM is shared, and identical runs differ by 10-30%; every
// time below is the fastest of three (the figure least disturbed by
// neighbours), every peak RSS the largest. The client and the 1M-row etl
// run take turns pairTries times, fastest of each.
const (
	tries     = 3
	pairTries = 5
)

// pairs of in-process runs (pass-through, then full) for the cost of
// normalization.
const pairs = 5

// The servers the tests use (ETL_TEST_*_DSN), unless the bench is told
// otherwise.
var (
	mysqlAdmin = env("ETL_BENCH_MYSQL_DSN", scratch.MySQLDSN)
	pgAdmin    = env("ETL_BENCH_POSTGRES_DSN", scratch.PostgresDSN)
)

func env(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func main() {
	engines := flag.String("engines", "mysql,postgres", "engines to measure")
	parts := flag.String("parts", "binary,addresses,orders,paths,normalization", "what to measure: binary (client, bin/etl), addresses (client, bin/etl --kinds addresses), orders (client, bin/etl --kinds orders, then order_items), paths (wire reader against driver fallback), normalization (in-process pairs)")
	flag.Parse()
	pipeline.TuneGC() // the in-process runs collect as bin/etl does
	work, _ := filepath.Abs(".bench")
	os.MkdirAll(work, 0o700)
	// Outputs are removed only once every run is timed. On ext4 without a
	// journal (this VM's disk), creating a file skips over every inode of
	// its group deleted in the last minutes (recently_deleted), so a run
	// that follows the removal of 1000 batch files spends a second or more
	// in openat; a real migration does not delete thousands of files just
	// before it starts.
	since, ok := lastRemoval(work)
	if removeOutputs(work) > 0 || ok && since < recentDeletes {
		fmt.Fprintf(os.Stderr, "bench: batch folders were removed here less than %v ago; on ext4 without a journal the runs\n"+
			"  below may create files slowly (see the README) and so understate etl's speed: wait, then run again\n", recentDeletes)
	}
	defer removeOutputs(work)
	// Every run of the binary comes before the in-process runs: a child's
	// peak RSS as the kernel reports it is at least its parent's (see
	// timeETL), so the parent must still be small.
	list := strings.Split(*engines, ",")
	dsns := map[string]string{}
	for _, e := range list {
		dsn, err := seed(e)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench %s: seed: %v\n", e, err)
			os.Exit(1)
		}
		dsns[e] = dsn
		if strings.Contains(*parts, "addresses") {
			db, _ := sql.Open(e, dsn)
			err := seedAddresses(e, db)
			db.Close()
			if err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: seed the addresses: %v\n", e, err)
				os.Exit(1)
			}
		}
		if strings.Contains(*parts, "orders") {
			db, _ := sql.Open(e, dsn)
			err := seedOrders(e, db)
			db.Close()
			if err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: seed the orders: %v\n", e, err)
				os.Exit(1)
			}
		}
		cfg := writeConfig(e, dsn, work)
		if strings.Contains(*parts, "binary") {
			if err := bench(e, dsn, cfg); err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: %v\n", e, err)
				os.Exit(1)
			}
		}
		if strings.Contains(*parts, "addresses") {
			if err := benchAddresses(e, dsn, work); err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: addresses: %v\n", e, err)
				os.Exit(1)
			}
		}
		if strings.Contains(*parts, "orders") {
			if err := benchOrders(e, dsn, work); err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: orders: %v\n", e, err)
				os.Exit(1)
			}
		}
		if strings.Contains(*parts, "paths") {
			if err := paths(e, cfg); err != nil {
				fmt.Fprintf(os.Stderr, "bench %s: paths: %v\n", e, err)
				os.Exit(1)
			}
		}
	}
	for _, e := range list {
		if !strings.Contains(*parts, "normalization") {
			break
		}
		full, pass, ratio, err := normalizationCost(e, dsns[e], work)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench %s: normalization: %v\n", e, err)
			os.Exit(1)
		}
		fmt.Printf("\n== %s: cost of normalization, the pipeline alone (in-process), %d alternating pairs\n%-42s %8.2fs\n%-42s %8.2fs  normalization overhead %+.1f%% (median of the pairs)\n", e, pairs,
			"pass-through (fastest)", pass, "full normalization (fastest)", full, (ratio-1)*100)
	}
}

// removeOutputs deletes every batch folder the bench wrote and returns
// how many there were; it notes when it removed any (lastRemoval).
func removeOutputs(work string) int {
	dirs, _ := filepath.Glob(filepath.Join(work, "out-*"))
	more, _ := filepath.Glob(filepath.Join(work, "inproc-*"))
	for _, d := range append(dirs, more...) {
		os.RemoveAll(d)
	}
	if n := len(dirs) + len(more); n > 0 {
		os.WriteFile(filepath.Join(work, "removed-at"), []byte(time.Now().Format(time.RFC3339)), 0o600)
		return n
	}
	return 0
}

// recentDeletes is how long ext4 without a journal skips over deleted
// inodes when it creates a file (RECENTCY_DIRTY in fs/ext4/ialloc.c).
const recentDeletes = 5 * time.Minute

// lastRemoval is how long ago removeOutputs last removed batch folders.
func lastRemoval(work string) (time.Duration, bool) {
	b, err := os.ReadFile(filepath.Join(work, "removed-at"))
	if err != nil {
		return 0, false
	}
	t, err := time.Parse(time.RFC3339, string(b))
	return time.Since(t), err == nil
}

func query(engine string) string {
	q := "`"
	if engine == "postgres" {
		q = `"`
	}
	return `SELECT uye_id AS customer_code, isim AS first_name, soyisim AS last_name, mail AS email, cins AS gender,
 gsm AS phone, dtarih AS date_of_birth, uyelik_tarihi AS date_joined, parola AS password, parola_tuzu AS password_salt,
 sms_onay AS sms_allowed, mail_onay AS email_allowed, aktif AS verified,
 CASE misafir WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type, sehir AS ` + q + `attributes.city` + q + `,
 son_degisiklik AS updated_at FROM uyeler`
}

// writeConfig writes the config of bin/etl's runs on engine.
func writeConfig(engine, dsn, work string) string {
	cfg := filepath.Join(work, engine+".yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("source:\n  driver: %s\n  dsn: %q\n  query: |\n    %s\n  key: customer_code\n  cursor: updated_at\n  fetch_size: 5000\nsink:\n  dir: %s\n  batch_size: 1000\nstate:\n  dir: %s\nworkers: 4\n",
		engine, dsn, strings.ReplaceAll(query(engine), "\n", "\n    "), filepath.Join(work, "out-"+engine), filepath.Join(work, engine+"-state"))), 0o600)
	return cfg
}

func bench(engine, dsn, cfg string) error {
	fmt.Printf("\n== %s: %d legacy rows\n", engine, rows)
	var rss100k int64
	secs100k := 1e9
	for range tries {
		s, r, err := timeETL("bin/etl", cfg, 100_000)
		if err != nil {
			return fmt.Errorf("etl run: %w", err)
		}
		secs100k, rss100k = min(secs100k, s), max(rss100k, r)
	}
	// The client and etl take turns, so that both meet the same moods of
	// the VM (identical runs minutes apart differ by a third here).
	clientSecs, secs, rss := 1e9, 1e9, int64(0)
	for range pairTries {
		c, err := timeClient(engine, dsn, query(engine))
		if err != nil {
			return fmt.Errorf("client: %w", err)
		}
		s, r, err := timeETL("bin/etl", cfg, rows)
		if err != nil {
			return fmt.Errorf("etl run: %w", err)
		}
		clientSecs, secs, rss = min(clientSecs, c), min(secs, s), max(rss, r)
	}
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s\n", "client streaming the query to /dev/null", clientSecs, rows/clientSecs)
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s  peak RSS %4d MB\n", "etl run --limit 100000 (files)", secs100k, 100_000/secs100k, rss100k>>10)
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s  peak RSS %4d MB  ratio to client %.2f  RSS 1M/100k %.2f\n",
		fmt.Sprintf("etl run --limit %d (files)", rows), secs, rows/secs, rss>>10, secs/clientSecs, float64(rss)/float64(rss100k))

	// The cost of normalization in a whole run: the same config run by
	// the pass-through build and by bin/etl, in turns.
	full, pass := 1e9, 1e9
	var ratios []float64
	for range pairs {
		p, _, err := timeETL("bin/etl-passthrough", cfg, rows)
		if err != nil {
			return fmt.Errorf("etl-passthrough run: %w", err)
		}
		f, _, err := timeETL("bin/etl", cfg, rows)
		if err != nil {
			return fmt.Errorf("etl run: %w", err)
		}
		pass, full = min(pass, p), min(full, f)
		ratios = append(ratios, f/p)
	}
	sort.Float64s(ratios)
	fmt.Printf("%-42s %8.2fs\n%-42s %8.2fs  normalization overhead %+.1f%% (median of %d alternating pairs)\n",
		"whole run, pass-through (fastest)", pass, "whole run, full normalization (fastest)", full, (ratios[len(ratios)/2]-1)*100, pairs)
	return nil
}

// pathPairs is how many alternating pairs of runs compare the wire
// reader with the driver fallback.
const pathPairs = 3

// paths times bin/etl at 1M rows reading the pages off the wire and
// through the driver fallback (forced as TLS or compression would), in
// alternating pairs, and prints the median of each and of the pairs'
// ratios.
func paths(engine, cfg string) error {
	var wire, drv, ratios []float64
	for range pathPairs {
		w, _, err := timeETL("bin/etl", cfg, rows)
		if err != nil {
			return fmt.Errorf("etl run: %w", err)
		}
		d, _, err := timeETL("bin/etl", cfg, rows, sources.DriverPagesEnv+"=1")
		if err != nil {
			return fmt.Errorf("etl run, driver fallback: %w", err)
		}
		wire, drv, ratios = append(wire, w), append(drv, d), append(ratios, d/w)
	}
	med := func(x []float64) float64 {
		sort.Float64s(x)
		return x[len(x)/2]
	}
	fmt.Printf("\n== %s: pages off the wire against the driver fallback, %d alternating pairs at %d rows\n", engine, pathPairs, rows)
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median)\n", "wire reader", med(wire), rows/med(wire))
	fmt.Printf("%-42s %8.2fs  %9.0f rows/s (median)  %.2fx the wire reader's time (median of the pairs)\n",
		"driver fallback ("+sources.DriverPagesEnv+"=1)", med(drv), rows/med(drv), med(ratios))
	return nil
}

// seed creates etl_bench with rows users unless it is there already.
func seed(engine string) (string, error) {
	var admin *sql.DB
	var dsn string
	if engine == "mysql" {
		admin, _ = sql.Open("mysql", mysqlAdmin)
		dsn = strings.TrimSuffix(mysqlAdmin, "/") + "/etl_bench"
	} else {
		admin, _ = sql.Open("postgres", pgAdmin)
		dsn = strings.Replace(pgAdmin, "/postgres?", "/etl_bench?", 1)
	}
	defer admin.Close()
	db, _ := sql.Open(engine, dsn)
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM uyeler").Scan(&n); err == nil && n == rows {
		return dsn, cursorIndex(db)
	}
	fmt.Printf("seeding %d rows into %s etl_bench (once)...\n", rows, engine)
	admin.Exec("DROP DATABASE IF EXISTS etl_bench")
	if _, err := admin.Exec("CREATE DATABASE etl_bench"); err != nil {
		return "", err
	}
	var stmts []string
	if engine == "mysql" {
		stmts = []string{`CREATE TABLE uyeler (uye_id INT PRIMARY KEY, isim VARCHAR(100), soyisim VARCHAR(100), mail VARCHAR(200),
			cins VARCHAR(10), gsm VARCHAR(40), dtarih DATE, uyelik_tarihi DATETIME, parola VARCHAR(100), parola_tuzu VARCHAR(20),
			sms_onay TINYINT(1), mail_onay TINYINT(1), aktif TINYINT(1), misafir TINYINT(1), sehir VARCHAR(50), son_degisiklik DATETIME) DEFAULT CHARSET=utf8mb4`,
			fmt.Sprintf(`INSERT INTO uyeler SELECT seq, CONCAT('Ad', seq), IF(seq %% 10 = 0, 'YÄ±lmaz', 'Yılmaz'), CONCAT('User', seq, '@Example.com'),
			ELT(seq %% 4 + 1, 'E', 'K', '', 'kadın'), CONCAT('0532 ', LPAD(seq %% 1000, 3, '0'), ' ', LPAD(seq %% 100, 2, '0'), ' ', LPAD(seq %% 97, 2, '0')),
			DATE_ADD('1960-01-01', INTERVAL seq %% 15000 DAY), DATE_ADD('2015-01-01', INTERVAL seq %% 300000 MINUTE), MD5(seq), '',
			seq %% 2, (seq + 1) %% 2, 1, IF(seq %% 50 = 0, 1, 0), 'Ankara', '2024-01-01 00:00:00' FROM %s`, mysqlSeq(rows)),
			"ANALYZE TABLE uyeler"}
	} else {
		stmts = []string{`CREATE TABLE uyeler (uye_id INT PRIMARY KEY, isim VARCHAR(100), soyisim VARCHAR(100), mail VARCHAR(200),
			cins VARCHAR(10), gsm VARCHAR(40), dtarih DATE, uyelik_tarihi TIMESTAMP, parola VARCHAR(100), parola_tuzu VARCHAR(20),
			sms_onay BOOLEAN, mail_onay BOOLEAN, aktif BOOLEAN, misafir SMALLINT, sehir VARCHAR(50), son_degisiklik TIMESTAMP)`,
			fmt.Sprintf(`INSERT INTO uyeler SELECT g, 'Ad' || g, CASE WHEN g %% 10 = 0 THEN 'YÄ±lmaz' ELSE 'Yılmaz' END, 'User' || g || '@Example.com',
			(ARRAY['E', 'K', '', 'kadın'])[g %% 4 + 1], '0532 ' || lpad((g %% 1000)::text, 3, '0') || ' ' || lpad((g %% 100)::text, 2, '0') || ' ' || lpad((g %% 97)::text, 2, '0'),
			DATE '1960-01-01' + (g %% 15000), TIMESTAMP '2015-01-01' + (g %% 300000) * INTERVAL '1 minute', md5(g::text), '',
			g %% 2 = 1, g %% 2 = 0, true, CASE WHEN g %% 50 = 0 THEN 1 ELSE 0 END, 'Ankara', TIMESTAMP '2024-01-01' FROM generate_series(1, %d) g`, rows),
			"VACUUM ANALYZE uyeler"}
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			return "", err
		}
	}
	return dsn, cursorIndex(db)
}

// cursorIndex gives the table the index on (cursor, key) that the README
// asks for (and that tables seeded before it lack): without it the bound
// a first run notes is one more full scan on the server, beside the
// reading (about 1 s of MariaDB's CPU for this table).
func cursorIndex(db *sql.DB) error {
	_, err := db.Exec("CREATE INDEX IF NOT EXISTS uyeler_degisiklik ON uyeler (son_degisiklik, uye_id)")
	return err
}

func timeClient(engine, dsn, query string) (float64, error) {
	var cmd *exec.Cmd
	q := strings.ReplaceAll(query, "\n", " ")
	if engine == "mysql" {
		cmd = exec.Command("mariadb", "-h127.0.0.1", "-uroot", "--quick", "--batch", "-N", "-e", q, "etl_bench")
	} else {
		cmd = exec.Command("psql", dsn, "-At", "-c", q)
	}
	devnull, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	defer devnull.Close()
	cmd.Stdout, cmd.Stderr = devnull, os.Stderr
	start := time.Now()
	err := cmd.Run()
	return time.Since(start).Seconds(), err
}

// timeETL runs the binary and returns seconds and peak RSS in KB.
//
// The peak is the kernel's maxrss of the child. Go starts children with
// CLONE_VM, so the kernel carries the parent's high-water mark over the
// exec: the figure is max(parent, child), exact while this process is
// smaller than etl (main runs every binary before any in-process work).
// Polling /proc/pid/status instead would miss a peak in the last moments
// of the run, where the ledger is compacted.
func timeETL(bin, cfg string, limit int, env ...string) (float64, int64, error) {
	return timeRun(strings.TrimSuffix(cfg, ".yaml")+"-state", env, bin, "run", "--config", cfg, "--log-level", "warn", "--limit", fmt.Sprint(limit))
}

// timeRun runs bin with args after removing the state folder fresh, and
// returns seconds and peak RSS in KB, as timeETL.
func timeRun(fresh string, env []string, bin string, args ...string) (float64, int64, error) {
	// Every measured run is a first, full run: a fresh state dir (the
	// ledger and checkpoint are written as in production).
	os.RemoveAll(fresh)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // why a run failed
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, stderr.Bytes())
	}
	secs := time.Since(start).Seconds()
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return secs, 0, nil
	}
	return secs, ru.Maxrss, nil
}

// normalizationCost runs the same source and sink in-process with the full
// Normalizer and with a pass-through transform that only encodes.
func normalizationCost(engine, dsn, work string) (full, pass, ratio float64, err error) {
	try := 0
	run := func(passThrough bool) (float64, error) {
		try++
		d, open := mysql.Dialect, mysql.OpenDB
		if engine == "postgres" {
			d, open = postgres.Dialect, postgres.OpenDB
		}
		db, err := open(dsn)
		if err != nil {
			return 0, err
		}
		defer db.Close()
		ctx := context.Background()
		r, err := sources.Open(ctx, d, db, query(engine), []string{"customer_code"}, 5000)
		if err != nil {
			return 0, err
		}
		defer r.Close()
		loc, _ := time.LoadLocation("Europe/Istanbul")
		n, err := transforms.New(r.Columns(), []string{"customer_code", "updated_at"}, transforms.Options{Location: loc,
			Password: transforms.PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}, PhoneInvalid: "drop"})
		if err != nil {
			return 0, err
		}
		tr := n.Transform
		if passThrough {
			tr = passthrough.Transform(r.Columns())
		}
		dir := filepath.Join(work, fmt.Sprintf("inproc-%s-%d", engine, try)) // removed at the end (see main)
		sink, err := files.New(dir)
		if err != nil {
			return 0, err
		}
		start := time.Now()
		_, err = pipeline.Run(ctx, r, tr, sink, pipeline.Options{Unique: pipeline.Unique{Field: "email"}, Workers: 4, BatchSize: 1000})
		return time.Since(start).Seconds(), err
	}
	// Alternate the runs of each. The VM's speed drifts over seconds, so
	// the overhead is the median of each pair's own ratio (a pass-through
	// and a full run back to back), not a ratio of two minimums that may
	// come from different moments.
	full, pass = 1e9, 1e9
	var ratios []float64
	for range pairs {
		p, err := run(true)
		if err != nil {
			return 0, 0, 0, err
		}
		f, err := run(false)
		if err != nil {
			return 0, 0, 0, err
		}
		pass, full = min(pass, p), min(full, f)
		ratios = append(ratios, f/p)
	}
	sort.Float64s(ratios)
	return full, pass, ratios[len(ratios)/2], nil
}

// mysqlSeq is a derived table of the integers 1..n in a column seq, on
// MariaDB and Oracle MySQL alike: MariaDB's seq_1_to_N tables come from
// an engine MySQL lacks, and MySQL stops a recursive CTE after 1000 rows
// by default, so the numbers are digits crossed with themselves.
func mysqlSeq(n int) string {
	const digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4" +
		" UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	var sum, from []string
	for i, p := 0, 1; p < n || i == 0; i, p = i+1, p*10 {
		sum = append(sum, fmt.Sprintf("%d*d%d.d", p, i))
		from = append(from, fmt.Sprintf("%s d%d", digits, i))
	}
	return fmt.Sprintf("(SELECT seq FROM (SELECT %s + 1 AS seq FROM %s) digits WHERE seq <= %d) seqs",
		strings.Join(sum, " + "), strings.Join(from, " CROSS JOIN "), n)
}
