package tokenize

// Byte classes of estimate.
const (
	estWord   = iota // letters, digits, other bytes
	estSpace         // white space
	estPunct         // punctuation that is a token of its own
	estJoiner        // punctuation that may join parts of one token: "z.B.", "1,5", "Ost-West"
)

// byteClass gives the estimate class of every byte.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\v\f") {
		t[c] = estSpace
	}
	for _, c := range []byte(`;!?"()[]{}\*&@#%$+=<>|~^` + "`") {
		t[c] = estPunct
	}
	for _, c := range []byte(`.,:-'/`) {
		t[c] = estJoiner
	}
	return t
}()

// counted[prev][cur] is 1 when the byte pair (prev, cur) adds a token:
// a word byte after white space, a punctuation byte, and a joiner that
// is not followed by a word byte (counted at the byte after it).
var counted = [4][4]uint8{
	estWord:   {estPunct: 1},
	estSpace:  {estWord: 1, estPunct: 1},
	estPunct:  {estPunct: 1},
	estJoiner: {estSpace: 1, estPunct: 1, estJoiner: 1},
}

// estimate returns about how many tokens text holds, usually a few more
// than there are, so that Exact can size its slice before scanning. It
// runs without branches on the bytes.
func estimate(text string) int {
	n, prev := 0, uint8(estSpace)
	for i := 0; i < len(text); i++ {
		k := byteClass[text[i]]
		n += int(counted[prev][k])
		prev = k
	}
	if prev == estJoiner {
		n++
	}
	return n
}
