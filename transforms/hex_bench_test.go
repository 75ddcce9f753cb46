package transforms

import (
	"crypto/rand"
	"encoding/hex"
	"testing"
)

func BenchmarkHexCase(b *testing.B) {
	in := make([]string, 4096)
	for i := range in {
		buf := make([]byte, 16)
		rand.Read(buf)
		in[i] = hex.EncodeToString(buf)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		if ok, _ := hexCase(in[i&4095]); ok {
			n++
		}
	}
	if n != b.N {
		b.Fatal(n)
	}
}
