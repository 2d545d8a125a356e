package sqlite

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/chronik-dev/chronik"
)

// The token, sentence and offset layers can hold thousands of entries per
// document and are always read whole, so each is stored as one compact
// blob: a format byte, the entry count, then unsigned varints with
// offsets stored as deltas. A token whose Form equals its text slice
// stores no form.

const layerFormat = 1

var errCorruptLayer = errors.New("corrupt layer blob")

// layerReader reads varints from a blob and remembers the first error.
type layerReader struct {
	b   []byte
	err error
}

func newLayerReader(b []byte) (*layerReader, int) {
	r := &layerReader{b: b}
	if len(b) == 0 {
		return r, 0
	}
	if b[0] != layerFormat {
		r.err = fmt.Errorf("%w: format %d", errCorruptLayer, b[0])
		return r, 0
	}
	r.b = b[1:]
	n := r.uint()
	if n > uint64(len(r.b)) { // each entry takes at least one byte
		r.err = errCorruptLayer
		return r, 0
	}
	return r, int(n)
}

func (r *layerReader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errCorruptLayer
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *layerReader) int() int { return int(r.uint()) }

func (r *layerReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errCorruptLayer
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *layerReader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: %d trailing bytes", errCorruptLayer, len(r.b))
	}
	return r.err
}

func layerHeader(n int, size int) []byte {
	b := make([]byte, 0, 1+binary.MaxVarintLen64+size)
	b = append(b, layerFormat)
	return binary.AppendUvarint(b, uint64(n))
}

// zig maps a signed delta to an unsigned varint value (zigzag encoding):
// spans in a layer may overlap or go back, so deltas can be negative.
func zig(v int) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func unzig(u uint64) int { return int(u>>1) ^ -int(u&1) }

// encodeTokens encodes tokens; nil when there are none.
func encodeTokens(tokens []chronik.Token, text string) []byte {
	if len(tokens) == 0 {
		return nil
	}
	b := layerHeader(len(tokens), 4*len(tokens))
	prev := 0
	for _, t := range tokens {
		b = binary.AppendUvarint(b, zig(t.Start-prev))
		b = binary.AppendUvarint(b, zig(t.End-t.Start))
		b = append(b, byte(t.Kind))
		if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) && text[t.Start:t.End] == t.Form {
			b = append(b, 0)
		} else {
			b = binary.AppendUvarint(b, uint64(len(t.Form))+1)
			b = append(b, t.Form...)
		}
		prev = t.End
	}
	return b
}

func decodeTokens(b []byte, text string) ([]chronik.Token, error) {
	r, n := newLayerReader(b)
	if n == 0 {
		return nil, r.done()
	}
	tokens := make([]chronik.Token, n)
	prev := 0
	for i := range tokens {
		t := &tokens[i]
		t.Start = prev + unzig(r.uint())
		t.End = t.Start + unzig(r.uint())
		t.Kind = chronik.TokenKind(r.uint())
		if l := r.int(); l == 0 {
			if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
				t.Form = text[t.Start:t.End]
			}
		} else {
			t.Form = string(r.bytes(l - 1))
		}
		prev = t.End
		if r.err != nil {
			break
		}
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return tokens, nil
}

// encodeSentences encodes sentences; nil when there are none.
func encodeSentences(sents []chronik.Sentence) []byte {
	if len(sents) == 0 {
		return nil
	}
	b := layerHeader(len(sents), 4*len(sents))
	prevEnd, prevTok := 0, 0
	for _, s := range sents {
		b = binary.AppendUvarint(b, zig(s.Start-prevEnd))
		b = binary.AppendUvarint(b, zig(s.End-s.Start))
		b = binary.AppendUvarint(b, zig(s.FirstToken-prevTok))
		b = binary.AppendUvarint(b, zig(s.EndToken-s.FirstToken))
		prevEnd, prevTok = s.End, s.EndToken
	}
	return b
}

func decodeSentences(b []byte) ([]chronik.Sentence, error) {
	r, n := newLayerReader(b)
	if n == 0 {
		return nil, r.done()
	}
	sents := make([]chronik.Sentence, n)
	prevEnd, prevTok := 0, 0
	for i := range sents {
		s := &sents[i]
		s.Start = prevEnd + unzig(r.uint())
		s.End = s.Start + unzig(r.uint())
		s.FirstToken = prevTok + unzig(r.uint())
		s.EndToken = s.FirstToken + unzig(r.uint())
		prevEnd, prevTok = s.End, s.EndToken
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return sents, nil
}

// encodeOffsets encodes Document.NormOffsets; nil when there are none.
func encodeOffsets(offs []int32) []byte {
	if offs == nil {
		return nil
	}
	b := layerHeader(len(offs), len(offs))
	prev := 0
	for _, o := range offs {
		b = binary.AppendUvarint(b, zig(int(o)-prev))
		prev = int(o)
	}
	return b
}

func decodeOffsets(b []byte) ([]int32, error) {
	if b == nil {
		return nil, nil
	}
	r, n := newLayerReader(b)
	offs := make([]int32, n)
	prev := 0
	for i := range offs {
		o := prev + unzig(r.uint())
		if o < 0 || o > math.MaxInt32 {
			return nil, errCorruptLayer
		}
		offs[i] = int32(o)
		prev = o
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return offs, nil
}
