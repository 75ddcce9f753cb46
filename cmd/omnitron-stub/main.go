// Command omnitron-stub serves a strict local stand-in for Omnitron's
// Migration API (users, addresses, old orders, old order items), for
// rehearsals: point sink.omnitron.url at it.
//
//	omnitron-stub -addr 127.0.0.1:8089 -channel 1 -token secret
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"etl/internal/omnitronstub"
)

func main() {
	var cfg omnitronstub.Config
	addr := flag.String("addr", "127.0.0.1:8089", "listen address")
	flag.StringVar(&cfg.Channel, "channel", "1", "the channel id served")
	flag.StringVar(&cfg.Token, "token", "", "the API token accepted (required)")
	flag.StringVar(&cfg.Username, "username", "", "login user exchanged for the token at /api/v1/auth/login/")
	flag.StringVar(&cfg.Password, "password", "", "login password")
	extra := flag.String("extra-algorithms", "", "comma-separated password_algorithm values agreed beyond md5, sha1, sha256")
	flag.DurationVar(&cfg.RecordDelay, "record-delay", 0, "processing time per record")
	flag.IntVar(&cfg.Faults.FailFirstUploads, "fail-first", 0, "answer 500 to the first N uploads")
	flag.IntVar(&cfg.Faults.Every429, "throttle-every", 0, "answer 429 to every K-th request")
	flag.DurationVar(&cfg.Faults.Slow, "slow", 0, "delay every answer")
	flag.IntVar(&cfg.Faults.DropEvery, "drop-every", 0, "drop the connection of every K-th request")
	flag.IntVar(&cfg.Faults.FailRecords, "fail-records", 0, "refuse the first N records of every upload (counted in error_count, not created)")
	flag.StringVar(&cfg.Faults.FailIn, "fail-in", "", "refuse records (-fail-records) only in uploads of the file with this name, e.g. users-000002.json or addresses-000001.json")
	flag.IntVar(&cfg.Faults.Status, "status", 0, "answer every API request with this HTTP status (401, 403, 503, ...)")
	flag.Parse()
	if cfg.Token == "" {
		fmt.Fprintln(os.Stderr, "omnitron-stub: -token is required")
		os.Exit(2)
	}
	if *extra != "" {
		cfg.ExtraAlgorithms = strings.Split(*extra, ",")
	}
	fmt.Fprintf(os.Stderr, "omnitron-stub: channel %s on http://%s\n", cfg.Channel, *addr)
	if err := omnitronstub.Serve(*addr, omnitronstub.New(cfg)); err != nil {
		fmt.Fprintln(os.Stderr, "omnitron-stub:", err)
		os.Exit(1)
	}
}
