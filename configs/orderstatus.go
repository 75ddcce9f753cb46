package configs

import "strings"

// OrderStatus is one of Omnitron's order statuses, by its code and name.
type OrderStatus struct {
	Code string // "400"
	Name string // "approved"
}

// OrderStatuses are the statuses Akinon's order status codes page
// documents ("Order Status Codes & Cancellation Statuses"), in its order.
// The copies of that page stop after 545: statuses past it (delivered,
// refunded, …) exist in Omnitron, but their codes are not documented, and
// a guessed code would put old orders in the wrong state; add them here
// once Akinon confirms them.
var OrderStatuses = []OrderStatus{
	{"50", "cancellation_waiting"},
	{"100", "canceled"},
	{"200", "waiting"},
	{"300", "payment_waiting"},
	{"350", "confirmation_waiting"},
	{"400", "approved"},
	{"450", "preparing"},
	{"500", "shipped"},
	{"510", "shipped_and_informed"},
	{"520", "ready_for_pickup"},
	{"540", "attempted_delivery"},
	{"544", "review_started"},
	{"545", "review_waiting"},
}

// LookupOrderStatus finds a documented status by its code ("400") or its
// name ("approved", any case), spaces around it ignored.
func LookupOrderStatus(v string) (OrderStatus, bool) {
	v = strings.TrimSpace(v)
	for _, s := range OrderStatuses {
		if v == s.Code || strings.EqualFold(v, s.Name) {
			return s, true
		}
	}
	return OrderStatus{}, false
}

// As writes the status as normalize.order.status_as says: its code, or
// with "name" its name.
func (s OrderStatus) As(statusAs string) string {
	if statusAs == "name" {
		return s.Name
	}
	return s.Code
}

// orderStatusList is OrderStatuses for a message: "50 cancellation_waiting, …".
func orderStatusList() string {
	var b strings.Builder
	for i, s := range OrderStatuses {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.Code + " " + s.Name)
	}
	return b.String()
}
