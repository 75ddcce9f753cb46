package user_test

import (
	"testing"

	"etl/configs"
	"etl/kinds/kindtest"
	"etl/kinds/user"
	"etl/pipeline"
)

func f(v string) pipeline.Field { return pipeline.Field{V: v, Valid: true} }

var null = pipeline.Field{}

// TestContract holds the users kind to the contract every kind keeps.
func TestContract(t *testing.T) {
	cfg, err := configs.Parse([]byte("source:\n  driver: csv\n  path: users.csv\n  key: customer_code\n"))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"customer_code", "first_name", "last_name", "email", "phone", "date_joined", "password", "gender", "attributes.city"}
	kindtest.Run(t, &user.Kind, kindtest.Case{
		Config:  cfg,
		Columns: cols,
		Extra:   []string{"customer_code"},
		Rows: [][]pipeline.Field{
			{f("1"), f("Ayşe"), f("Yılmaz"), f("Ayse@Example.com"), f("0532 111 22 33"), f("2022-01-13 09:26:00"), f("e10adc3949ba59abbe56e057f20f883e"), f("K"), f("İzmir")},
			{f("2"), f("  Ali "), f("Kaya"), f("ali@example.com"), f("(0212) 555 12 12"), f("13.01.2022"), f("sha256$x$" + "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"), null, null},
			{f("3"), f("Veli"), f("Can"), f("not-an-email"), null, f("2022-01-13 09:26:00"), f("e10adc3949ba59abbe56e057f20f883e"), null, null},
			{f("4"), f(""), f("Can"), f("v@example.com"), null, f("2022-01-13 09:26:00"), f("e10adc3949ba59abbe56e057f20f883e"), null, null},
		},
	})
}
