package main

import (
	"fmt"
	"strings"

	"etl/configs"
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

// kindConfig is cfg as openSource and runOnce take it for kind k: the
// kind's reading settings in Source, wherever the file gives them.
func kindConfig(cfg *configs.Config, k *kinds.Kind) (*configs.Config, error) {
	kc, ok := cfg.ForKind(k.Plural)
	if !ok {
		return nil, fmt.Errorf("the config reads no %s (it configures %s)", k.Plural, strings.Join(cfg.Kinds(), ", "))
	}
	return kc, nil
}
