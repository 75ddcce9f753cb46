// Package omnitronstub is a strict local stand-in for Omnitron's Migration
// API, for tests and rehearsals (cmd/omnitron-stub serves it). It
// implements exactly the documented endpoints and auth:
//
//	POST /api/v1/auth/login/                                   {"username","password"} → {"key": token}
//	POST /api/v1/remote/{channel}/migrations/start/{kind}/     multipart field "file" → {"migration_id"}
//	GET  /api/v1/remote/{channel}/migrations/{id}/progress/    → {"total_count","error_count","processed_count"}
//
// where {kind} is user, address, order or order_item, every request but
// login carrying "Authorization: Token {token}". An upload is processed
// asynchronously, record by record, like a backend job; each record is
// validated the way the kind's Migration page says, an email (users) and
// an order number (orders) must be unique across all uploads, and a
// record must reference what the stand-in already holds: an address or an
// order its user (by customer code, with that user's email), an item its
// order (by number). A record whose parent is still waiting in another
// upload fails, as in Omnitron. Faults are injected on demand (Faults).
package omnitronstub

import (
	"crypto/rand"
	"crypto/sha256"
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

// Record is one record (a user, an address, ...) as Omnitron received it.
type Record map[string]any

// The kinds, as Omnitron names them in the start path.
const (
	User      = "user"
	Address   = "address"
	Order     = "order"
	OrderItem = "order_item"
)

// Kinds are the kinds served, in the order Omnitron wants them migrated.
var Kinds = []string{User, Address, Order, OrderItem}

// Counts are what the stand-in made of one kind's uploads so far.
type Counts struct {
	Uploads  int // uploads accepted (given a migration id)
	Resent   int // of those, uploads of a file whose bytes were uploaded before
	Records  int // records processed
	Accepted int // records created
	Refused  int // records counted in error_count
	// Duplicates are records that repeat one held already: a user's email
	// or an order's number (refused), an address or an item equal in
	// every field to one created before (created again, as nothing in
	// Omnitron's pages says it would refuse them).
	Duplicates int
}

// Server is the stand-in.
type Server struct {
	cfg Config

	requests    atomic.Int64
	uploads     atomic.Int64
	uploadTries atomic.Int64

	mu         sync.Mutex
	migrations map[string]*migration
	kinds      map[string]*held
	emails     map[string]string // lower-cased email → migration id that created it
	customers  map[string]string // customer_code → the email of the user created with it
	numbers    map[string]string // order number → migration id that created it
}

// held is what the stand-in holds of one kind.
type held struct {
	records []Record
	files   map[[32]byte]bool // sha256 of every file uploaded
	same    map[string]bool   // canonical JSON of every record created
	counts  Counts
}

type migration struct {
	kind                     string
	total, processed, errors int
	errs                     []string
}

// New returns a stand-in with cfg.
func New(cfg Config) *Server {
	s := &Server{cfg: cfg, migrations: map[string]*migration{}, kinds: map[string]*held{},
		emails: map[string]string{}, customers: map[string]string{}, numbers: map[string]string{}}
	for _, k := range Kinds {
		s.kinds[k] = &held{files: map[[32]byte]bool{}, same: map[string]bool{}}
	}
	return s
}

// SetFaults changes the faults injected from now on.
func (s *Server) SetFaults(f Faults) {
	s.mu.Lock()
	s.cfg.Faults = f
	s.mu.Unlock()
}

// Users returns the users created so far.
func (s *Server) Users() []Record { return s.Held(User) }

// Held returns the records of a kind created so far, in creation order.
func (s *Server) Held(kind string) []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	if h := s.kinds[kind]; h != nil {
		return append([]Record(nil), h.records...)
	}
	return nil
}

// User returns the user created with this email (compared without case).
func (s *Server) User(email string) (Record, bool) {
	return s.find(User, func(r Record) bool { return strings.EqualFold(r["email"].(string), email) })
}

// Order returns the order created with this number.
func (s *Server) Order(number string) (Record, bool) {
	return s.find(Order, func(r Record) bool { return r["number"] == number })
}

// Addresses returns the addresses created for a customer code, by either
// of the names the pages give the field (customer_code, user).
func (s *Server) Addresses(customerCode string) []Record {
	return s.filter(Address, func(r Record) bool { return customerOf(r) == customerCode })
}

// Items returns the order items created for an order number.
func (s *Server) Items(orderNumber string) []Record {
	return s.filter(OrderItem, func(r Record) bool { return r["order_number"] == orderNumber })
}

// Counts returns what the stand-in made of a kind's uploads so far.
func (s *Server) Counts(kind string) Counts {
	s.mu.Lock()
	defer s.mu.Unlock()
	if h := s.kinds[kind]; h != nil {
		return h.counts
	}
	return Counts{}
}

func (s *Server) find(kind string, match func(Record) bool) (Record, bool) {
	if l := s.filter(kind, match); len(l) > 0 {
		return l[0], true
	}
	return nil, false
}

func (s *Server) filter(kind string, match func(Record) bool) []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	var l []Record
	for _, r := range s.kinds[kind].records {
		if match(r) {
			l = append(l, r)
		}
	}
	return l
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
	startPath    = regexp.MustCompile(`^/api/v1/remote/([^/]+)/migrations/start/(user|address|order|order_item)/$`)
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
		m := startPath.FindStringSubmatch(r.URL.Path)
		if !s.authorized(w, r, m[1], http.MethodPost) {
			return
		}
		if f.FailFirstUploads > 0 && s.uploadAttempt() <= int64(f.FailFirstUploads) {
			answer(w, http.StatusInternalServerError, map[string]any{"detail": "A server error occurred."})
			return
		}
		s.start(w, r, m[2])
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

// start accepts an upload of a kind: the file must be a JSON array of
// objects; the records themselves are checked while the job processes
// them.
func (s *Server) start(w http.ResponseWriter, r *http.Request, kind string) {
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
	data, err := io.ReadAll(f)
	if err != nil {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{err.Error()}})
		return
	}
	var recs []json.RawMessage
	if err := json.Unmarshal(data, &recs); err != nil || len(recs) == 0 {
		answer(w, http.StatusBadRequest, map[string]any{"file": []string{"The file must hold a non-empty JSON array of " + kind + " records."}})
		return
	}
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	m := &migration{kind: kind, total: len(recs)}
	sum := sha256.Sum256(data)
	s.mu.Lock()
	s.migrations[id] = m
	h := s.kinds[kind]
	h.counts.Uploads++
	if h.files[sum] {
		h.counts.Resent++
	}
	h.files[sum] = true
	fail := s.cfg.Faults.FailRecords
	if in := s.cfg.Faults.FailIn; in != "" && in != fh[0].Filename {
		fail = 0
	}
	s.mu.Unlock()
	s.uploads.Add(1)
	go s.process(id, m, recs, fail)
	answer(w, http.StatusOK, map[string]any{"migration_id": id})
}

// process is the backend job of one upload. Each record's own fields are
// checked first; its references and uniqueness are checked against what
// the stand-in holds at the moment the record is processed, so that a
// parent still waiting in another upload is not held yet.
func (s *Server) process(id string, m *migration, recs []json.RawMessage, fail int) {
	for i, raw := range recs {
		if s.cfg.RecordDelay > 0 {
			time.Sleep(s.cfg.RecordDelay)
		}
		rec, err := s.check(m.kind, raw)
		if err == nil && i < fail {
			err = fmt.Errorf("refused on demand (fail-records %d)", fail)
		}
		s.mu.Lock()
		h := s.kinds[m.kind]
		if err == nil {
			err = s.holdLocked(id, m.kind, rec)
		}
		h.counts.Records++
		if err != nil {
			h.counts.Refused++
			m.errors++
			m.errs = append(m.errs, fmt.Sprintf("record %d: %v", i, err))
		}
		m.processed++
		s.mu.Unlock()
	}
}

// check checks one record's own fields by its kind's page.
func (s *Server) check(kind string, raw json.RawMessage) (Record, error) {
	if kind == User {
		return s.validate(raw)
	}
	rec, err := decode(raw)
	if err != nil {
		return nil, err
	}
	switch kind {
	case Address:
		err = checkAddress(rec)
	case Order:
		err = checkOrder(rec)
	case OrderItem:
		err = checkItem(rec)
	}
	return rec, err
}

// holdLocked checks a record's references and uniqueness against what
// the stand-in holds, and creates it if they pass.
func (s *Server) holdLocked(id, kind string, rec Record) error {
	h := s.kinds[kind]
	switch kind {
	case User:
		email := strings.ToLower(rec["email"].(string))
		if prev, dup := s.emails[email]; dup {
			h.counts.Duplicates++
			return fmt.Errorf("email: a user with this email already exists (migration %s)", prev)
		}
		s.emails[email] = id
		if code := rec["customer_code"].(string); s.customers[code] == "" {
			s.customers[code] = rec["email"].(string)
		}
	case Address:
		field := "customer_code"
		if _, ok := rec["user"]; ok {
			field = "user"
		}
		if err := s.customerLocked(customerOf(rec), field, rec["email"].(string), "email"); err != nil {
			return err
		}
	case Order:
		if err := s.customerLocked(rec["user"].(string), "user", rec["user_email"].(string), "user_email"); err != nil {
			return err
		}
		number := rec["number"].(string)
		if prev, dup := s.numbers[number]; dup {
			h.counts.Duplicates++
			return fmt.Errorf("number: an order with this number already exists (migration %s)", prev)
		}
		s.numbers[number] = id
	case OrderItem:
		if number := rec["order_number"].(string); s.numbers[number] == "" {
			return fmt.Errorf("order_number: no order %q (the order migration must be done first)", number)
		}
	}
	if kind == Address || kind == OrderItem {
		canon, _ := json.Marshal(rec) // map keys sorted: the same record, the same bytes
		if h.same[string(canon)] {
			h.counts.Duplicates++
		}
		h.same[string(canon)] = true
	}
	h.records = append(h.records, rec)
	h.counts.Accepted++
	return nil
}

// customerLocked checks that a customer code is a user the stand-in holds,
// and that the record's email is that user's.
func (s *Server) customerLocked(code, codeField, email, emailField string) error {
	want, ok := s.customers[code]
	if !ok {
		return fmt.Errorf("%s: no user with customer code %q (the user migration must be done first)", codeField, code)
	}
	if !strings.EqualFold(email, want) {
		return fmt.Errorf("%s: %q is not the email of user %q", emailField, email, code)
	}
	return nil
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
