// Package omnitronstub is a strict local stand-in for Omnitron's User
// Migration API, for tests and rehearsals (cmd/omnitron-stub serves it).
// It implements exactly the documented endpoints and auth:
//
//	POST /api/v1/auth/login/                                   {"username","password"} → {"key": token}
//	POST /api/v1/remote/{channel}/migrations/start/user/       multipart field "file" → {"migration_id"}
//	GET  /api/v1/remote/{channel}/migrations/{id}/progress/    → {"total_count","error_count","processed_count"}
//
// every request but login carrying "Authorization: Token {token}". An
// upload is processed asynchronously, record by record, like a backend
// job; each record is validated the way the User Migration page says, and
// an email must be unique across all uploads. Faults are injected on
// demand (Faults).
package omnitronstub

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config is what the stand-in accepts.
type Config struct {
	Channel  string // the only channel id served
	Token    string // the API token accepted
	Username string // login credentials exchanged for Token
	Password string
	// ExtraAlgorithms are password_algorithm values agreed beyond md5,
	// sha1 and sha256 (for users who must reset their password).
	ExtraAlgorithms []string
	// RecordDelay is how long processing one record takes.
	RecordDelay time.Duration
	Faults      Faults
}

// Faults are injected on demand.
type Faults struct {
	FailFirstUploads int           // answer 500 to the first N upload requests
	Every429         int           // answer 429 (Retry-After: 1) to every K-th request
	Slow             time.Duration // delay every answer
	DropEvery        int           // drop the connection of every K-th request, before handling it
	Status           int           // if set, answer every API request with this status (401, 403, 503, ...)
	// FailRecords refuses the first N records of every upload accepted
	// from now on: they count in error_count and are not created, as
	// when Omnitron's own checks refuse them.
	FailRecords int
	// FailIn limits FailRecords to uploads of the file with this name.
	FailIn string
}

// Record is one user as Omnitron received it.
type Record map[string]any

// Server is the stand-in.
type Server struct {
	cfg Config

	requests    atomic.Int64
	uploads     atomic.Int64
	uploadTries atomic.Int64

	mu         sync.Mutex
	migrations map[string]*migration
	emails     map[string]string // email → migration id that created it
	users      []Record          // created users, in creation order
}

type migration struct {
	total, processed, errors int
	errs                     []string
}

// New returns a stand-in with cfg.
func New(cfg Config) *Server {
	return &Server{cfg: cfg, migrations: map[string]*migration{}, emails: map[string]string{}}
}

// SetFaults changes the faults injected from now on.
func (s *Server) SetFaults(f Faults) {
	s.mu.Lock()
	s.cfg.Faults = f
	s.mu.Unlock()
}

// Users returns the users created so far.
func (s *Server) Users() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Record(nil), s.users...)
}

// Uploads is how many uploads were accepted (given a migration id).
func (s *Server) Uploads() int { return int(s.uploads.Load()) }

// Errors returns the record errors of a migration.
func (s *Server) Errors(id string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.migrations[id]; m != nil {
		return append([]string(nil), m.errs...)
	}
	return nil
}

// Pending is how many accepted records are not processed yet.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, m := range s.migrations {
		n += m.total - m.processed
	}
	return n
}

var (
	startPath    = regexp.MustCompile(`^/api/v1/remote/([^/]+)/migrations/start/user/$`)
	progressPath = regexp.MustCompile(`^/api/v1/remote/([^/]+)/migrations/([^/]+)/progress/$`)
)

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := s.requests.Add(1)
	s.mu.Lock()
	f := s.cfg.Faults
	s.mu.Unlock()
	if f.DropEvery > 0 && n%int64(f.DropEvery) == 0 {
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				c.Close()
				return
			}
		}
	}
	if f.Slow > 0 {
		time.Sleep(f.Slow)
	}
	if f.Every429 > 0 && n%int64(f.Every429) == 0 {
		w.Header().Set("Retry-After", "1")
		answer(w, http.StatusTooManyRequests, map[string]any{"detail": "Request was throttled. Expected available in 1 second."})
		return
	}
	if f.Status != 0 {
		answer(w, f.Status, map[string]any{"detail": http.StatusText(f.Status)})
		return
	}
	switch {
	case r.URL.Path == "/api/v1/auth/login/":
		s.login(w, r)
	case startPath.MatchString(r.URL.Path):
		if !s.authorized(w, r, startPath.FindStringSubmatch(r.URL.Path)[1], http.MethodPost) {
			return
		}
		if f.FailFirstUploads > 0 && s.uploadAttempt() <= int64(f.FailFirstUploads) {
			answer(w, http.StatusInternalServerError, map[string]any{"detail": "A server error occurred."})
			return
		}
		s.start(w, r)
	case progressPath.MatchString(r.URL.Path):
		m := progressPath.FindStringSubmatch(r.URL.Path)
		if !s.authorized(w, r, m[1], http.MethodGet) {
			return
		}
		s.progress(w, m[2])
	default:
		answer(w, http.StatusNotFound, map[string]any{"detail": "Not found."})
	}
}

func (s *Server) uploadAttempt() int64 { return s.uploadTries.Add(1) }

func answer(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

func (s *Server) authorized(w http.ResponseWriter, r *http.Request, channel, method string) bool {
	if r.Method != method {
		answer(w, http.StatusMethodNotAllowed, map[string]any{"detail": fmt.Sprintf("Method %q not allowed.", r.Method)})
		return false
	}
	h := r.Header.Get("Authorization")
	if !strings.HasPrefix(h, "Token ") {
		answer(w, http.StatusUnauthorized, map[string]any{"detail": "Authentication credentials were not provided."})
		return false
	}
	if strings.TrimPrefix(h, "Token ") != s.cfg.Token {
		answer(w, http.StatusUnauthorized, map[string]any{"detail": "Invalid token."})
		return false
	}
	if channel != s.cfg.Channel {
		answer(w, http.StatusNotFound, map[string]any{"detail": "Not found."})
		return false
	}
	return true
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		answer(w, http.StatusMethodNotAllowed, map[string]any{"detail": fmt.Sprintf("Method %q not allowed.", r.Method)})
		return
	}
	var c struct{ Username, Password string }
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&c); err != nil {
		answer(w, http.StatusBadRequest, map[string]any{"detail": "JSON parse error"})
		return
	}
	if s.cfg.Username == "" || c.Username != s.cfg.Username || c.Password != s.cfg.Password {
		answer(w, http.StatusBadRequest, map[string]any{"non_field_errors": []string{"Unable to log in with provided credentials."}})
		return
	}
	answer(w, http.StatusOK, map[string]any{"key": s.cfg.Token})
}

// start accepts an upload: the file must be a JSON array of objects; the
// records themselves are checked while the job processes them.
func (s *Server) start(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(64 << 20); err != nil {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{"No file was submitted. The submitted data was not a file."}})
		return
	}
	fh := r.MultipartForm.File["file"]
	if len(fh) != 1 {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{"No file was submitted."}})
		return
	}
	f, err := fh[0].Open()
	if err != nil {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{err.Error()}})
		return
	}
	defer f.Close()
	var recs []json.RawMessage
	if err := json.NewDecoder(f).Decode(&recs); err != nil || len(recs) == 0 {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{"The file must hold a non-empty JSON array of users."}})
		return
	}
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	m := &migration{total: len(recs)}
	s.mu.Lock()
	s.migrations[id] = m
	fail := s.cfg.Faults.FailRecords
	if in := s.cfg.Faults.FailIn; in != "" && in != fh[0].Filename {
		fail = 0
	}
	s.mu.Unlock()
	s.uploads.Add(1)
	go s.process(id, m, recs, fail)
	answer(w, http.StatusOK, map[string]any{"migration_id": id})
}

func (s *Server) process(id string, m *migration, recs []json.RawMessage, fail int) {
	for i, raw := range recs {
		if s.cfg.RecordDelay > 0 {
			time.Sleep(s.cfg.RecordDelay)
		}
		rec, err := s.validate(raw)
		if err == nil && i < fail {
			err = fmt.Errorf("refused on demand (fail-records %d)", fail)
		}
		s.mu.Lock()
		if err == nil {
			email := strings.ToLower(rec["email"].(string))
			if prev, dup := s.emails[email]; dup {
				err = fmt.Errorf("email: a user with this email already exists (migration %s)", prev)
			} else {
				s.emails[email] = id
				s.users = append(s.users, rec)
			}
		}
		if err != nil {
			m.errors++
			m.errs = append(m.errs, fmt.Sprintf("record %d: %v", i, err))
		}
		m.processed++
		s.mu.Unlock()
	}
}

func (s *Server) progress(w http.ResponseWriter, id string) {
	s.mu.Lock()
	m := s.migrations[id]
	var body map[string]any
	if m != nil {
		body = map[string]any{"total_count": m.total, "error_count": m.errors, "processed_count": m.processed}
	}
	s.mu.Unlock()
	if m == nil {
		// The channel was found, the migration was not: said apart from
		// an unknown channel's bare "Not found.", so that a client can
		// check its channel id without creating anything.
		answer(w, http.StatusNotFound, map[string]any{"detail": "No migration with this id."})
		return
	}
	answer(w, http.StatusOK, body)
}

// Serve is a convenience for the binary: listen on addr.
func Serve(addr string, s *Server) error {
	srv := &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 10 * time.Second}
	return srv.ListenAndServe()
}
