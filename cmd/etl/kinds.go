package main

import (
	"etl/kinds"
	"etl/kinds/user"
)

// allKinds are the record kinds a job may run, in the order Omnitron takes
// them: a kind's parents come before it.
var allKinds = []*kinds.Kind{&user.Kind}
