package transforms

import "unsafe"

// Eight bytes at a time ("SIMD within a register"): the rules' fast paths
// test whole words of the usual ASCII values, where a byte loop took 5–8
// instructions a byte. Each word test is held by a fuzz target to the
// code it stands in for: hexCase to hexCaseBytes (FuzzHexCase), the date
// layouts to the parser (FuzzParseStamp), plainWord to the full text
// repair (FuzzTextFastPath).

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// word is the 8 bytes of s from i in one load, in the machine's byte
// order (the tests on words here look at each byte alike, wherever it
// sits); the caller makes sure they are there (i+8 <= len(s)): word does
// not check.
func word(s string, i int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}

// atLeast has the high bit of each byte of x that is >= lo; x's bytes
// must be ASCII (no carry then crosses a byte).
func atLeast(x uint64, lo byte) uint64 { return (x + (0x80-uint64(lo))*ones) & highs }

// above has the high bit of each byte of x that is > hi (x ASCII).
func above(x uint64, hi byte) uint64 { return (x + (0x7f-uint64(hi))*ones) & highs }
