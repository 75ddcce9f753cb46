package omnitron

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"etl/internal/omnitronstub"
)

// TestProbe: one request tells a good config, a bad token, bad login
// credentials, a bad channel and an Omnitron that is not there apart, each
// naming its key, and creates no migration.
func TestProbe(t *testing.T) {
	stub := omnitronstub.New(omnitronstub.Config{Channel: "3", Token: token, Username: "etl", Password: "pw"})
	srv := httptest.NewServer(stub)
	defer srv.Close()
	gone := httptest.NewServer(stub)
	gone.Close()
	for _, tc := range []struct {
		name string
		o    Options
		key  string // "" for no error
	}{
		{"good token", Options{URL: srv.URL, Channel: "3", Token: token}, ""},
		{"good login", Options{URL: srv.URL, Channel: "3", Username: "etl", Password: "pw"}, ""},
		{"bad token", Options{URL: srv.URL, Channel: "3", Token: "nope"}, "sink.omnitron.token"},
		{"bad token, bad channel", Options{URL: srv.URL, Channel: "4", Token: "nope"}, "sink.omnitron.token"},
		{"bad login", Options{URL: srv.URL, Channel: "3", Username: "etl", Password: "no"}, "sink.omnitron.username"},
		{"bad channel", Options{URL: srv.URL, Channel: "4", Token: token}, "sink.omnitron.channel_id"},
		{"not there", Options{URL: gone.URL, Channel: "3", Token: token}, "sink.omnitron.url"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.Timeout = 5 * time.Second
			c, err := New(tc.o)
			if err != nil {
				t.Fatal(err)
			}
			err = c.Probe(context.Background())
			var pe *ProbeError
			switch {
			case tc.key == "" && err != nil:
				t.Fatalf("probe: %v", err)
			case tc.key != "" && (!errors.As(err, &pe) || pe.Key != tc.key):
				t.Fatalf("probe: %v, want an error naming %s", err, tc.key)
			case err != nil && strings.Contains(err.Error(), token):
				t.Fatalf("the token shows: %v", err)
			}
		})
	}
	if stub.Uploads() != 0 {
		t.Fatalf("the probe created %d migrations", stub.Uploads())
	}
}
