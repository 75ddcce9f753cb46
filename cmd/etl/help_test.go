package main

import (
	"bytes"
	"strings"
	"testing"
)

// Every command answers --help (and `etl help CMD`) with its own usage,
// flags and an example, on stdout, with exit 0.
func TestHelp(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"run", "--help"}, []string{"Usage: etl run", "-dry-run", "-full", "Example:"}},
		{[]string{"help", "run"}, []string{"Usage: etl run", "-limit"}},
		{[]string{"validate", "-h"}, []string{"Usage: etl validate", "-config"}},
		{[]string{"init", "--help"}, []string{"Usage: etl init", "-driver", "-dsn"}},
		{[]string{"preview", "--help"}, []string{"Usage: etl preview", "-n "}},
		{[]string{"status", "--help"}, []string{"Usage: etl status", "-config"}},
		{[]string{"state", "show", "--help"}, []string{"Usage: etl state show", "-config"}},
		{[]string{"help", "state"}, []string{"etl state show", "etl state reset"}},
		{[]string{"check", "--help"}, []string{"Usage: etl check DIR", "Example:"}},
		{[]string{"help"}, []string{"etl help COMMAND"}},
	} {
		var out, errOut bytes.Buffer
		code := run(tc.args, &out, &errOut)
		if code != exitOK {
			t.Errorf("%v: exit %d, want 0; stderr %q", tc.args, code, errOut.String())
		}
		for _, w := range tc.wants {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: help lacks %q:\n%s", tc.args, w, out.String())
			}
		}
	}
}

func TestUnknownCommandSuggests(t *testing.T) {
	for in, want := range map[string]string{"rnu": `did you mean "run"`, "valdiate": `did you mean "validate"`, "preveiw": `did you mean "preview"`, "xyzzy": `unknown command "xyzzy"`} {
		var out, errOut bytes.Buffer
		if code := run([]string{in}, &out, &errOut); code != exitUsage {
			t.Errorf("%s: exit %d, want %d", in, code, exitUsage)
		}
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: %q lacks %q", in, errOut.String(), want)
		}
	}
}

func TestBadFlagNamesTheHelp(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"run", "--bogus"}, &out, &errOut); code != exitUsage {
		t.Fatalf("exit %d", code)
	}
	if got := errOut.String(); strings.Count(got, "bogus") != 1 || !strings.Contains(got, "etl run --help") {
		t.Errorf("stderr %q: want the bad flag once and a pointer to the help", got)
	}
}
