package main

import (
	"etl/kinds"
	"etl/kinds/address"
	"etl/kinds/order"
	"etl/kinds/orderitem"
	"etl/kinds/user"
	"etl/sinks/files"
)

// allKinds are the record kinds a job may run, in the order Omnitron takes
// them: a kind's parents come before it.
var allKinds = []*kinds.Kind{&user.Kind, &address.Kind, &order.Kind, &orderitem.Kind}

// contracts are what etl check holds each kind's files to.
func contracts() []files.Contract {
	var out []files.Contract
	for _, k := range allKinds {
		c := files.Contract{Prefix: k.Plural, Keys: k.Keys, Record: k.Check}
		if k.Unique.Skip == "" { // a repeat that is skipped is not one value of the record
			c.Unique = k.Unique.Field
		}
		out = append(out, c)
	}
	return out
}
