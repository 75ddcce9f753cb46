package pipeline

import "encoding/binary"

// A carry is what an exported record hands on to the records of other
// kinds that reference it (a user's names, for its addresses): values the
// kind declares, in its order, each a uvarint length and the bytes. The
// transform appends it after the record's JSON (Result.Carry), the ledger
// keeps it with the record's key, and a child kind reads it back by
// position. A record that carries nothing has an empty carry.

// AppendCarry appends a carry of values to b.
func AppendCarry(b []byte, values ...string) []byte {
	for _, v := range values {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	return b
}

// CarryValues splits a carry into its values; ok is false when it is
// not one (cut short, or a length past its end).
func CarryValues(carry string) (values []string, ok bool) {
	for len(carry) > 0 {
		n, w := uvarint(carry)
		if w <= 0 || uint64(len(carry)-w) < n {
			return nil, false
		}
		values = append(values, carry[w:w+int(n)])
		carry = carry[w+int(n):]
	}
	return values, true
}

// uvarint is binary.Uvarint of a string, which it would copy.
func uvarint(s string) (uint64, int) {
	var x uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(c)<<(7*i), i + 1
		}
		x |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}
