package configs

import (
	"strings"
	"testing"
)

// TestAllowUnset: a command that does not use Omnitron's credentials loads
// a config whose ${VAR} for them is unset, and fails only when it needs
// one; every other key, and a command that uses them, still fails.
func TestAllowUnset(t *testing.T) {
	const omni = "sink:\n  type: omnitron\n  dir: out\n  omnitron:\n    url: https://omnitron.example.com\n    channel_id: '3'\n"
	src := "source: {driver: csv, path: users.csv, key: customer_code}\nstate: {dir: st}\n"
	for _, tc := range []struct {
		name, yaml string
		allow      bool
		loadErr    string // "" loads
		needErr    string // NeedCredentials; "" passes
	}{
		{"token unset, allowed", src + omni + "    token: ${ETL_TEST_UNSET_TOKEN}\n", true, "", "${ETL_TEST_UNSET_TOKEN}, which is not set"},
		{"token unset, not allowed", src + omni + "    token: ${ETL_TEST_UNSET_TOKEN}\n", false,
			"sink.omnitron.token: required, or username and password to log in with (it comes from ${ETL_TEST_UNSET_TOKEN}, which is not set)", ""},
		{"token given", src + omni + "    token: abc\n", true, "", ""},
		{"token left out, not from a variable", src + omni, true, "sink.omnitron.token: required", ""},
		{"password unset, allowed", src + omni + "    username: etl\n    password: ${ETL_TEST_UNSET_PW}\n", true, "", "${ETL_TEST_UNSET_PW}"},
		{"dsn unset still fails", "source: {driver: mysql, dsn: '${ETL_TEST_UNSET_DSN}', query: 'SELECT 1', key: id}\n" +
			"state: {dir: st}\n" + omni + "    token: ${ETL_TEST_UNSET_TOKEN}\n", true, "source.dsn: required", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.allow {
				opts = append(opts, AllowUnset(SecretKeys...))
			}
			c, err := Parse([]byte(tc.yaml), opts...)
			if tc.loadErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.loadErr) {
					t.Fatalf("err = %v, want %q", err, tc.loadErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			err = c.NeedCredentials("status")
			if (tc.needErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.needErr)) {
				t.Fatalf("NeedCredentials = %v, want %q", err, tc.needErr)
			}
		})
	}
}
