package transforms

import (
	"testing"
	"unsafe"

	"github.com/segmentio/encoding/json"
)

// unsafeString shares b's memory, as scratch-built record fields do.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// AppendJSONEmail's email must equal the record's, whether it shares the
// JSON's memory (written as it is) or not (escaped), and must not change
// when the scratch memory it was built from does.
func TestAppendJSONEmail(t *testing.T) {
	for _, email := range []string{"user12@example.com", `q"uote@example.com`, "", "x\u2028@example.com"} {
		scratch := []byte(email)
		r := Record{FirstName: "A", Email: unsafeString(scratch)}
		want := string(r.AppendJSON(nil))
		out, got := r.AppendJSONEmail(make([]byte, 0, 8))
		if string(out) != want {
			t.Errorf("email %q: AppendJSONEmail's JSON differs from AppendJSON's", email)
		}
		for i := range scratch {
			scratch[i] = '#'
		}
		if got != email {
			t.Errorf("email %q: got %q", email, got)
		}
		var back struct{ Email string }
		if err := json.Unmarshal(out, &back); err != nil || back.Email != email {
			t.Errorf("email %q: JSON %s does not hold it (%v)", email, out, err)
		}
	}
}
