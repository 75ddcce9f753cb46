package field

import "unicode/utf8"

// Cut shortens v to at most max characters: at the last space within the
// limit, or at the limit when there is none, and reports whether it cut.
// v has been through transforms.Text, so its spaces are single and it
// does not end in one; neither does what Cut returns.
func Cut(v string, max int) (string, bool) {
	if len(v) <= max || utf8.RuneCountInString(v) <= max {
		return v, false
	}
	end := 0 // byte offset after max characters
	for n := 0; n < max; n++ {
		_, size := utf8.DecodeRuneInString(v[end:])
		end += size
	}
	if v[end] == ' ' { // the limit falls between two words
		return v[:end], true
	}
	for i := end - 1; i > 0; i-- {
		if v[i] == ' ' {
			return v[:i], true
		}
	}
	return v[:end], true
}
