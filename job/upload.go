package job

import (
	"context"
	"time"

	"github.com/rs/zerolog"

	"etl/configs"
	"etl/pipeline/state"
	"etl/sinks/omnitron"
)

// StartUploads logs in to Omnitron and starts the uploader; a fatal
// upload error cancels the run with that error as the cause.
func StartUploads(ctx context.Context, cfg *configs.Config, stateDir string, log zerolog.Logger, cancel context.CancelCauseFunc) (*state.Uploads, *omnitron.Uploader, error) {
	uploads, err := state.LoadUploads(stateDir)
	if err != nil {
		return nil, nil, err
	}
	client, err := NewClient(cfg, log)
	if err != nil {
		return nil, nil, ConfigError{err}
	}
	if err := client.Login(ctx); err != nil {
		return nil, nil, err
	}
	o := cfg.Sink.Omnitron
	up := &omnitron.Uploader{Client: client, Queue: uploads, Concurrency: o.Concurrency, PollInterval: o.PollInterval,
		GoOnRejected: o.OnRejected == "continue", Log: log, Fatal: func(err error) { cancel(err) }}
	up.Start(ctx)
	return uploads, up, nil
}

// NewClient is the Omnitron client of cfg's sink; its retries are logged.
func NewClient(cfg *configs.Config, log zerolog.Logger) (*omnitron.Client, error) {
	o := cfg.Sink.Omnitron
	return omnitron.New(omnitron.Options{URL: o.URL, Channel: o.ChannelID, Token: o.Token, Username: o.Username,
		Password: o.Password, CAFile: o.CAFile, Timeout: o.Timeout, RPS: o.RPS, MaxRetries: o.MaxRetries,
		OnRetry: func(op string, attempt int, wait time.Duration, err error) {
			log.Warn().Str("request", op).Int("attempt", attempt).Str("retry_in", wait.Round(time.Millisecond).String()).Err(err).Msg("omnitron request failed; retrying")
		}})
}

// destinationOf is where a config sends its users.
func destinationOf(cfg *configs.Config) state.Destination {
	if cfg.Sink.Type == "omnitron" {
		return state.Destination{Type: state.DestOmnitron, URL: cfg.Sink.Omnitron.URL, Channel: cfg.Sink.Omnitron.ChannelID}
	}
	return state.Destination{Type: state.DestFiles}
}

// CheckDestination refuses a config whose sink is not the destination the
// state's ledger counts for (a usage error: nothing was done), and notes
// the destination in a state that has none yet; the caller saves it.
func CheckDestination(cfg *configs.Config, st *state.State) error {
	q, err := state.LoadUploads(cfg.State.Dir)
	if err != nil {
		return err
	}
	if err := st.CheckDestination(cfg.State.Dir, destinationOf(cfg), q); err != nil {
		return ConfigError{err}
	}
	return nil
}

// DropUncommitted drops the queue entries an upload killed before its
// commit left (state.Uploads.DropUncommitted).
func DropUncommitted(q *state.Uploads, st *state.State, log zerolog.Logger) error {
	if n := q.DropUncommitted(st.LedgerSize); n > 0 {
		log.Warn().Int("batches", n).Msg("an upload was stopped before it committed; its batches were never sent and are filed again when it is repeated")
		return q.Save()
	}
	return nil
}
