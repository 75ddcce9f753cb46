// Package user is the users kind (docs/rules.md §1–§3): a legacy customer
// row becomes one Omnitron user, normalized by package transforms.
package user

import (
	"fmt"
	"time"

	"etl/kinds"
	"etl/pipeline"
	"etl/transforms"
)

// Kind is the users kind. Two users may not share an email.
var Kind = kinds.Kind{
	Name:   "user",
	Plural: "users",
	Keys:   transforms.RecordKeys,
	Unique: pipeline.Unique{Field: "email"},
	Carry:  transforms.CarryKeys,
	Check:  check,
	Open:   open,
}

func open(env kinds.Env) (pipeline.Transform, error) {
	n, err := New(env)
	if err != nil {
		return nil, err
	}
	return n.Transform, nil
}

// New builds the users' normalizer from the config's normalize: section.
func New(env kinds.Env) (*transforms.Normalizer, error) {
	norm := env.Config.Normalize
	loc, err := time.LoadLocation(norm.Timezone)
	if err != nil {
		return nil, fmt.Errorf("normalize.timezone: %w", err)
	}
	return transforms.New(env.Columns, env.Extra, transforms.Options{
		Location:     loc,
		PhoneInvalid: norm.Phone.Invalid,
		Password: transforms.PasswordPolicy{
			Algorithm:   norm.Password.Algorithm,
			Unsupported: norm.Password.Unsupported,
			Salt:        norm.Password.Salt,
			Scheme:      norm.Password.Scheme,
		},
		GenderCodes: norm.GenderCodes,
		Now:         env.Now,
	})
}
