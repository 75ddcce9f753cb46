package job

import (
	"etl/kinds"
	"etl/kinds/address"
	"etl/kinds/order"
	"etl/kinds/orderitem"
	"etl/kinds/user"
)

// testKinds are the kinds cmd/etl runs, in the same order: the package
// takes them as a value, and its tests give them.
var testKinds = []*kinds.Kind{&user.Kind, &address.Kind, &order.Kind, &orderitem.Kind}
