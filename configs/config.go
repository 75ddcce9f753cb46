package configs

import "time"

// Config is the whole legacy.yaml.
type Config struct {
	Source    Source    `yaml:"source"`
	Normalize Normalize `yaml:"normalize"`
	Sink      Sink      `yaml:"sink"`
	State     State     `yaml:"state"`
	Workers   int       `yaml:"workers"`

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

// Source says what legacy data to read (docs/rules.md §2).
type Source struct {
	Driver    string            `yaml:"driver"`
	DSN       string            `yaml:"dsn"`
	Query     string            `yaml:"query"`
	Table     string            `yaml:"table"`
	Columns   map[string]string `yaml:"columns"`
	Key       string            `yaml:"key"`
	Cursor    string            `yaml:"cursor"`
	FetchSize int               `yaml:"fetch_size"`
	Path      string            `yaml:"path"`
	Encoding  string            `yaml:"encoding"`
	Delimiter string            `yaml:"delimiter"` // of a CSV file: one character
}

// Normalize holds the settings of the normalization rules (docs/rules.md §3).
type Normalize struct {
	Timezone    string            `yaml:"timezone"`
	Phone       Phone             `yaml:"phone"`
	Password    Password          `yaml:"password"`
	GenderCodes map[string]string `yaml:"gender_codes"`
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
