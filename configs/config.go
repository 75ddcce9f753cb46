package configs

import "time"

// Config is the whole legacy.yaml.
type Config struct {
	Source Source `yaml:"source"`
	// The kind sections (SPEC §8); nil when the file leaves one out. Read
	// them through Kinds and Reading, which also know the single-kind
	// form (users read from source).
	Users      *Reading  `yaml:"users"`
	Addresses  *Reading  `yaml:"addresses"`
	Orders     *Reading  `yaml:"orders"`
	OrderItems *Reading  `yaml:"order_items"`
	Normalize  Normalize `yaml:"normalize"`
	Sink       Sink      `yaml:"sink"`
	State      State     `yaml:"state"`
	Workers    int       `yaml:"workers"`

	// unset records the key paths whose value came from an unset ${VAR},
	// so that "missing" errors can say which variable to set.
	unset map[string]string
	// set records the key paths the file gives, so that defaults fill only
	// what it leaves out (an explicit batch_size: 0 is an error, not 1000).
	set map[string]bool
	// allowUnset are the keys (AllowUnset) that may stay empty when their
	// ${VAR} is unset: the command loading the config does not use them.
	allowUnset map[string]bool
}

// Source names the legacy database (docs/rules.md §2). Its reading keys
// (the embedded Reading) are the users' in the single-kind form; with kind
// sections they stay empty, except fetch_size, every section's default.
type Source struct {
	Driver string `yaml:"driver"`
	DSN    string `yaml:"dsn"`
	Reading
	Encoding  string `yaml:"encoding"`
	Delimiter string `yaml:"delimiter"` // of a CSV file: one character
}

// Reading says how one kind is read: the reading keys of docs/rules.md §2,
// in source (users, single-kind form) or in a kind's own section.
type Reading struct {
	Query   string            `yaml:"query"`
	Table   string            `yaml:"table"`
	Columns map[string]string `yaml:"columns"`
	Key     Keys              `yaml:"key"`
	Cursor  string            `yaml:"cursor"`
	// FetchSize defaults to source.fetch_size in a kind section.
	FetchSize int `yaml:"fetch_size"`
	// Path is the kind's CSV file: a CSV file holds one table, so with
	// driver csv each kind names its own (encoding and delimiter are
	// source's, shared).
	Path string `yaml:"path"`

	// Section is the key path these settings came from ("source" or the
	// kind's section name), for messages; Reading fills it.
	Section string
}

// Keys are the key columns of a kind: `key: id` or `key: [order_id,
// line_no]`. Rows are read in the order of the columns.
type Keys []string

// Single returns the key column of a one-column key; ok is false for a
// composite key (and for none).
func (k Keys) Single() (col string, ok bool) {
	if len(k) != 1 {
		return "", false
	}
	return k[0], true
}

// Has reports whether col is one of the key columns.
func (k Keys) Has(col string) bool {
	for _, c := range k {
		if c == col {
			return true
		}
	}
	return false
}

// Normalize holds the settings of the normalization rules (docs/rules.md §3).
type Normalize struct {
	Timezone    string            `yaml:"timezone"`
	Phone       Phone             `yaml:"phone"`
	Password    Password          `yaml:"password"`
	GenderCodes map[string]string `yaml:"gender_codes"`

	// The other kinds' rules are kept out of JSON: the users' rejects are
	// fingerprinted by the JSON of Normalize, and a change to the address
	// rules must not send every rejected user to be read again.
	Address   Address   `yaml:"address" json:"-"`
	Order     Order     `yaml:"order" json:"-"`
	OrderItem OrderItem `yaml:"order_item" json:"-"`
}

// Address is normalize.address (SPEC §9).
type Address struct {
	// DefaultCountry is the country of a row whose country is empty.
	DefaultCountry string `yaml:"default_country"`
	// UnknownTownship: reject a township Türkiye's list lacks, or keep it
	// (upper-cased, with a township_unverified warning).
	UnknownTownship string `yaml:"unknown_township"`
	// CustomerKey is the name the customer's key is written under:
	// customer_code (the Address Migration page) or user (Commerce's).
	CustomerKey string `yaml:"customer_key"`
}

// Order is normalize.order (SPEC §10).
type Order struct {
	// StatusAs writes a status as its code ("400") or its name ("approved").
	StatusAs string `yaml:"status_as"`
	// StatusMap maps a legacy status to an Omnitron status, given as a
	// code or a name (see OrderStatuses); YAML numbers are kept as text.
	StatusMap map[string]string `yaml:"status_map"`
	// DefaultCurrency is the currency of a row that names none.
	DefaultCurrency string `yaml:"default_currency"`
	// ShippingCompanyMap maps a lower-cased legacy shipping company to the
	// value written.
	ShippingCompanyMap map[string]string `yaml:"shipping_company_map"`
}

// OrderItem is normalize.order_item (SPEC §11).
type OrderItem struct {
	// ImageBaseURL is joined to a relative image path; empty: such a
	// path is dropped.
	ImageBaseURL string `yaml:"image_base_url"`
}

// Phone is normalize.phone.
type Phone struct {
	Invalid string `yaml:"invalid"`
}

// Password is normalize.password.
type Password struct {
	Algorithm   string `yaml:"algorithm"`
	Unsupported string `yaml:"unsupported"`
	// Salt is one salt for every bare hex hash, for platforms that put
	// one shop-wide secret before each password (PrestaShop up to 1.6:
	// ${PRESTASHOP_COOKIE_KEY}). Empty: no shop-wide salt.
	Salt string `yaml:"salt"`
	// Scheme says how to read hashes whose form alone does not tell:
	// auto, or opencart (a row with a salt holds OpenCart's nested sha1).
	Scheme string `yaml:"scheme"`
}

// Sink says where records go (README, Outputs and Uploading).
type Sink struct {
	Type      string   `yaml:"type"`
	Dir       string   `yaml:"dir"`
	BatchSize int      `yaml:"batch_size"`
	Omnitron  Omnitron `yaml:"omnitron"`
}

// Omnitron is sink.omnitron.
type Omnitron struct {
	URL       string `yaml:"url"`
	ChannelID string `yaml:"channel_id"`
	Token     string `yaml:"token"`
	Username  string `yaml:"username"`
	Password  string `yaml:"password"`
	CAFile    string `yaml:"ca_file"`
	// Concurrency is how many batches are in flight at once.
	Concurrency int `yaml:"concurrency"`
	// RPS caps requests per second (uploads and polls together).
	RPS          float64       `yaml:"rps"`
	Timeout      time.Duration `yaml:"timeout"`
	MaxRetries   int           `yaml:"max_retries"`
	PollInterval time.Duration `yaml:"poll_interval"`
	// OnRejected says what a batch answered 400 does: stop the run, or
	// continue (the batch is kept aside and reported either way).
	OnRejected string `yaml:"on_rejected"`
}

// State is where checkpoint, ledger and lock live.
type State struct {
	Dir string `yaml:"dir"`
}

// Defaults of keys the file leaves out.
const (
	DefaultFetchSize = 5000
	DefaultBatchSize = 1000
	DefaultWorkers   = 4
	DefaultTimezone  = "Europe/Istanbul"
	DefaultCountry   = "Türkiye"
	DefaultCurrency  = "TRY"
)

func (c *Config) applyDefaults() {
	d := func(path string, s *string, v string) {
		if !c.set[path] {
			*s = v
		}
	}
	n := func(path string, p *int, v int) {
		if !c.set[path] {
			*p = v
		}
	}
	n("source.fetch_size", &c.Source.FetchSize, DefaultFetchSize)
	d("source.encoding", &c.Source.Encoding, "utf-8")
	d("source.delimiter", &c.Source.Delimiter, ",")
	d("normalize.timezone", &c.Normalize.Timezone, DefaultTimezone)
	d("normalize.phone.invalid", &c.Normalize.Phone.Invalid, "drop")
	d("normalize.password.algorithm", &c.Normalize.Password.Algorithm, "auto")
	d("normalize.password.unsupported", &c.Normalize.Password.Unsupported, "reject")
	d("normalize.password.scheme", &c.Normalize.Password.Scheme, "auto")
	d("normalize.address.default_country", &c.Normalize.Address.DefaultCountry, DefaultCountry)
	d("normalize.address.unknown_township", &c.Normalize.Address.UnknownTownship, "reject")
	d("normalize.address.customer_key", &c.Normalize.Address.CustomerKey, "customer_code")
	d("normalize.order.status_as", &c.Normalize.Order.StatusAs, "code")
	d("normalize.order.default_currency", &c.Normalize.Order.DefaultCurrency, DefaultCurrency)
	for _, k := range c.sections() {
		if k.r != nil {
			n(k.name+".fetch_size", &k.r.FetchSize, c.Source.FetchSize)
		}
	}
	d("sink.type", &c.Sink.Type, "files")
	d("sink.dir", &c.Sink.Dir, "out")
	n("sink.batch_size", &c.Sink.BatchSize, DefaultBatchSize)
	d("state.dir", &c.State.Dir, ".etl-state")
	o := &c.Sink.Omnitron
	n("sink.omnitron.concurrency", &o.Concurrency, 1)
	n("sink.omnitron.max_retries", &o.MaxRetries, 8)
	if !c.set["sink.omnitron.rps"] {
		o.RPS = 5
	}
	if !c.set["sink.omnitron.timeout"] {
		o.Timeout = 30 * time.Second
	}
	if !c.set["sink.omnitron.poll_interval"] {
		o.PollInterval = 2 * time.Second
	}
	d("sink.omnitron.on_rejected", &o.OnRejected, "stop")
	n("workers", &c.Workers, DefaultWorkers)
}
