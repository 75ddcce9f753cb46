package omnitron

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/segmentio/encoding/json"
)

// probeMigration is a migration id Omnitron can never have issued: its
// ids are uuid4 in hex, whose version digit is 4, never 0.
const probeMigration = "00000000000000000000000000000000"

// ProbeError is what Probe found wrong, with the config key to fix.
type ProbeError struct {
	Key string // the config key, e.g. sink.omnitron.token
	Err error
}

func (e *ProbeError) Error() string { return e.Key + ": " + e.Err.Error() }
func (e *ProbeError) Unwrap() error { return e.Err }

// Probe checks the URL, the credentials and the channel with one request
// that creates nothing: the progress of a migration that cannot exist.
// Omnitron checks the token before anything else (401 or 403); with a good
// token, a channel it does not know is a bare 404 "Not found.", while a
// known channel answers that it holds no such migration. Any answer but
// those two says the channel was found. No retries: it is a check, and the
// answer is wanted now.
func (c *Client) Probe(ctx context.Context) error {
	credKey := "sink.omnitron.token"
	if c.o.Token == "" {
		credKey = "sink.omnitron.username"
		if err := c.Login(ctx); err != nil {
			if errors.Is(err, ErrAuth) {
				return &ProbeError{Key: "sink.omnitron.username", Err: fmt.Errorf("%w (and sink.omnitron.password)", err)}
			}
			return &ProbeError{Key: "sink.omnitron.url", Err: err}
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		c.base+"/api/v1/remote/"+url.PathEscape(c.o.Channel)+"/migrations/"+probeMigration+"/progress/", nil)
	if err != nil {
		return &ProbeError{Key: "sink.omnitron.url", Err: err}
	}
	req.Header.Set("Authorization", "Token "+c.token)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return &ProbeError{Key: "sink.omnitron.url", Err: fmt.Errorf("omnitron cannot be reached: %w", err)}
	}
	defer resp.Body.Close()
	var body struct {
		Detail string `json:"detail"`
	}
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	json.Unmarshal(data, &body) // a body that is not JSON leaves Detail empty
	switch s := resp.StatusCode; {
	case s == http.StatusUnauthorized || s == http.StatusForbidden:
		return &ProbeError{Key: credKey, Err: fmt.Errorf("%w (HTTP %d: %s)", ErrAuth, s, detail(data))}
	case s == http.StatusNotFound && (body.Detail == "Not found." || body.Detail == ""):
		return &ProbeError{Key: "sink.omnitron.channel_id", Err: fmt.Errorf("omnitron knows no channel %q (HTTP 404 %s); "+
			"check the channel id, and that sink.omnitron.url is Omnitron's base URL", c.o.Channel, detail(data))}
	case s == http.StatusTooManyRequests || s >= 500:
		return &ProbeError{Key: "sink.omnitron.url", Err: fmt.Errorf("omnitron answered HTTP %d: %s; try again later", s, detail(data))}
	case s >= 300 && s != http.StatusNotFound && s != http.StatusBadRequest:
		return &ProbeError{Key: "sink.omnitron.url", Err: fmt.Errorf("omnitron answered HTTP %d: %s", s, detail(data))}
	}
	return nil
}
