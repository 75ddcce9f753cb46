package configs

import "fmt"

// Option changes how a config is loaded.
type Option func(*Config)

// SecretKeys are the keys only the Omnitron sink reads: the credentials.
// A command that only reads the state dir never uses them.
var SecretKeys = []string{"sink.omnitron.token", "sink.omnitron.username", "sink.omnitron.password"}

// AllowUnset lets the given keys stay empty when they come from a ${VAR}
// that is not set, instead of failing the load: for commands that do not
// use them (etl state show needs no token). Such a command asks
// NeedSet before it uses one after all.
func AllowUnset(keys ...string) Option {
	return func(c *Config) {
		for _, k := range keys {
			c.allowUnset[k] = true
		}
	}
}

// NeedSet fails, naming the key and its variable, if a value the caller
// is about to use was left empty under AllowUnset; why says what for.
func (c *Config) NeedSet(why string, keys ...string) error {
	for _, k := range keys {
		if v, ok := c.unset[k]; ok && c.allowUnset[k] && c.getString(k) == "" {
			return fmt.Errorf("%s: %s comes from ${%s}, which is not set; set it and try again", why, k, v)
		}
	}
	return nil
}

// NeedCredentials is NeedSet for the Omnitron credentials: it fails only
// if neither a token nor a username and password are at hand.
func (c *Config) NeedCredentials(why string) error {
	o := c.Sink.Omnitron
	if o.Token != "" || (o.Username != "" && o.Password != "") {
		return nil
	}
	return c.NeedSet(why, SecretKeys...)
}

// unsetAllowed reports whether one of keys came from an unset ${VAR} the
// loading command allowed (AllowUnset).
func (c *Config) unsetAllowed(keys ...string) bool {
	for _, k := range keys {
		if _, ok := c.unset[k]; ok && c.allowUnset[k] {
			return true
		}
	}
	return false
}

func (c *Config) getString(key string) string {
	o := c.Sink.Omnitron
	switch key {
	case "sink.omnitron.token":
		return o.Token
	case "sink.omnitron.username":
		return o.Username
	case "sink.omnitron.password":
		return o.Password
	}
	return ""
}
