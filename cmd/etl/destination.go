package main

import (
	"etl/configs"
	"etl/pipeline/state"
)

// destinationOf is where a config sends its users.
func destinationOf(cfg *configs.Config) state.Destination {
	if cfg.Sink.Type == "omnitron" {
		return state.Destination{Type: state.DestOmnitron, URL: cfg.Sink.Omnitron.URL, Channel: cfg.Sink.Omnitron.ChannelID}
	}
	return state.Destination{Type: state.DestFiles}
}

// checkDestination refuses a config whose sink is not the destination the
// state's ledger counts for (a usage error: nothing was done), and notes
// the destination in a state that has none yet; the caller saves it.
func checkDestination(cfg *configs.Config, st *state.State) error {
	q, err := state.LoadUploads(cfg.State.Dir)
	if err != nil {
		return err
	}
	if err := st.CheckDestination(cfg.State.Dir, destinationOf(cfg), q); err != nil {
		return usageError{err}
	}
	return nil
}
