// Package omnitron uploads batch files to Omnitron's Migration API
// (README, Uploading), each kind to its own endpoint, and follows each
// until Omnitron has processed it.
package omnitron

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"
)

// ErrAuth is a 401 or 403: retrying cannot help, the run stops.
var ErrAuth = errors.New("omnitron refused the credentials")

// RejectedError is a 400 answer to an upload: Omnitron will not take the
// file as it is.
type RejectedError struct {
	Status int
	Detail string
}

func (e *RejectedError) Error() string {
	return fmt.Sprintf("omnitron rejected the file (HTTP %d): %s", e.Status, e.Detail)
}

// Options configure a Client.
type Options struct {
	URL, Channel       string
	Token              string
	Username, Password string // exchanged for a token when Token is empty
	CAFile             string // PEM bundle of a private CA, added to the system's
	Timeout            time.Duration
	RPS                float64 // requests per second, all kinds together; 0 is no cap
	MaxRetries         int
	// OnRetry is told about each retry (for the log); never the token.
	OnRetry func(op string, attempt int, wait time.Duration, err error)
}

// Progress is Omnitron's account of one migration.
type Progress struct {
	Total     int `json:"total_count"`
	Errors    int `json:"error_count"`
	Processed int `json:"processed_count"`
}

// Done reports whether every record was processed.
func (p Progress) Done() bool { return p.Total > 0 && p.Processed >= p.Total }

// Client talks to one channel of one Omnitron.
type Client struct {
	o    Options
	base string
	http *http.Client

	mu    sync.Mutex
	token string
	next  time.Time // rate limit: the earliest moment of the next request
	sleep func(ctx context.Context, d time.Duration) error
}

// New checks the options and builds a client; TLS verification is always
// on.
func New(o Options) (*Client, error) {
	u, err := url.Parse(o.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("sink.omnitron.url: %q is not an http(s) URL", o.URL)
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return nil, fmt.Errorf("sink.omnitron.ca_file: %w", err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("sink.omnitron.ca_file: no PEM certificate in %s", o.CAFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	return &Client{o: o, base: strings.TrimRight(o.URL, "/"), token: o.Token,
		http: &http.Client{Timeout: o.Timeout, Transport: tr}, sleep: sleepCtx}, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Login exchanges username and password for a token, unless a token was
// given.
func (c *Client) Login(ctx context.Context) error {
	if c.token != "" {
		return nil
	}
	if c.o.Username == "" {
		return fmt.Errorf("%w: give sink.omnitron.token, or username and password", ErrAuth)
	}
	body, _ := json.Marshal(map[string]string{"username": c.o.Username, "password": c.o.Password})
	data, err := c.do(ctx, "login", false, func() (*http.Request, error) {
		r, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/v1/auth/login/", bytes.NewReader(body))
		if err == nil {
			r.Header.Set("Content-Type", "application/json")
		}
		return r, err
	})
	var rej *RejectedError
	if errors.As(err, &rej) {
		return fmt.Errorf("%w: login as %q failed: %s", ErrAuth, c.o.Username, rej.Detail)
	}
	if err != nil {
		return err
	}
	var a struct {
		Key string `json:"key"`
	}
	if err := json.Unmarshal(data, &a); err != nil || a.Key == "" {
		return fmt.Errorf("login: the answer holds no key")
	}
	c.token = a.Key
	return nil
}

// The kinds Omnitron migrates, by the name its start endpoint takes
// (.../migrations/start/{kind}/).
const (
	KindUser      = "user"
	KindAddress   = "address"
	KindOrder     = "order"
	KindOrderItem = "order_item"
)

// Start uploads one batch file of a kind (KindUser, KindAddress, ...) to
// that kind's endpoint and returns its migration id. An unknown kind is
// an error before anything is sent.
func (c *Client) Start(ctx context.Context, kind, name string, file []byte) (string, error) {
	switch kind {
	case KindUser, KindAddress, KindOrder, KindOrderItem:
	default:
		return "", fmt.Errorf("upload %s: Omnitron migrates no kind %q (user, address, order, order_item)", name, kind)
	}
	data, err := c.do(ctx, "upload "+name, true, func() (*http.Request, error) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			return nil, err
		}
		fw.Write(file)
		mw.Close()
		r, err := http.NewRequestWithContext(ctx, http.MethodPost,
			c.base+"/api/v1/remote/"+url.PathEscape(c.o.Channel)+"/migrations/start/"+kind+"/", &b)
		if err == nil {
			r.Header.Set("Content-Type", mw.FormDataContentType())
		}
		return r, err
	})
	if err != nil {
		return "", err
	}
	var a struct {
		ID string `json:"migration_id"`
	}
	if err := json.Unmarshal(data, &a); err != nil || a.ID == "" {
		return "", fmt.Errorf("upload %s: the answer holds no migration_id", name)
	}
	return a.ID, nil
}

// Progress asks how far Omnitron is with a migration.
func (c *Client) Progress(ctx context.Context, id string) (Progress, error) {
	var p Progress
	data, err := c.do(ctx, "progress of "+id, true, func() (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet,
			c.base+"/api/v1/remote/"+url.PathEscape(c.o.Channel)+"/migrations/"+url.PathEscape(id)+"/progress/", nil)
	})
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("progress of %s: %w", id, err)
	}
	return p, nil
}

// do sends a request, retrying 429, 5xx and network errors with
// exponential backoff and full jitter (Retry-After honoured), up to
// MaxRetries times.
func (c *Client) do(ctx context.Context, op string, auth bool, build func() (*http.Request, error)) ([]byte, error) {
	for attempt := 0; ; attempt++ {
		if err := c.wait(ctx); err != nil {
			return nil, err
		}
		req, err := build()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		if auth {
			req.Header.Set("Authorization", "Token "+c.token)
		}
		req.Header.Set("Accept", "application/json")
		var retryAfter time.Duration
		resp, err := c.http.Do(req)
		if err == nil {
			data, rerr := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			switch s := resp.StatusCode; {
			case rerr != nil:
				err = fmt.Errorf("%s: read answer: %w", op, rerr)
			case s >= 200 && s < 300:
				return data, nil
			case s == http.StatusUnauthorized || s == http.StatusForbidden:
				return nil, fmt.Errorf("%w (HTTP %d on %s): %s; check sink.omnitron.token (or username/password) and channel_id",
					ErrAuth, s, op, detail(data))
			case s == http.StatusTooManyRequests || s >= 500:
				err = fmt.Errorf("%s: HTTP %d: %s", op, s, detail(data))
				retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"))
			case s == http.StatusBadRequest:
				return nil, &RejectedError{Status: s, Detail: detail(data)}
			default:
				return nil, fmt.Errorf("%s: HTTP %d: %s (check sink.omnitron.url and channel_id)", op, s, detail(data))
			}
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		} else {
			err = fmt.Errorf("%s: %w", op, err)
		}
		if attempt >= c.o.MaxRetries {
			tries := "1 attempt"
			if attempt > 0 {
				tries = fmt.Sprintf("%d attempts", attempt+1)
			}
			return nil, fmt.Errorf("gave up after %s: %w", tries, err)
		}
		wait := backoff(attempt)
		if retryAfter > wait {
			wait = min(retryAfter, 5*time.Minute)
		}
		if c.o.OnRetry != nil {
			c.o.OnRetry(op, attempt+1, wait, err)
		}
		if err := c.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// backoff is exponential with full jitter: up to 0.5s, 1s, 2s, ... 30s.
func backoff(attempt int) time.Duration {
	ceil := 500 * time.Millisecond << min(attempt, 6)
	ceil = min(ceil, 30*time.Second)
	return time.Duration(rand.Int64N(int64(ceil))) + 50*time.Millisecond
}

func parseRetryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

// wait holds requests to the configured rate.
func (c *Client) wait(ctx context.Context) error {
	if c.o.RPS <= 0 {
		return ctx.Err()
	}
	c.mu.Lock()
	now := time.Now()
	at := c.next
	if at.Before(now) {
		at = now
	}
	c.next = at.Add(time.Duration(float64(time.Second) / c.o.RPS))
	c.mu.Unlock()
	if d := time.Until(at); d > 0 {
		return c.sleep(ctx, d)
	}
	return ctx.Err()
}

// detail quotes an error answer briefly.
func detail(data []byte) string {
	s := strings.TrimSpace(string(data))
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	if s == "" {
		s = "(empty answer)"
	}
	return s
}
