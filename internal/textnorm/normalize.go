package textnorm

import (
	"context"
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/chronik-dev/chronik"
	"golang.org/x/text/unicode/norm"
)

// replacement returns what the rune r (already in NFC) becomes, and
// whether it changes at all.
func replacement(r rune) (string, bool) {
	switch r {
	case '\u00AD', // soft hyphen
		'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
		'\u200E', '\u200F': // direction marks
		return "", true
	case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
		'\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
		'\u202F', '\u205F', '\u3000':
		return " ", true
	case '\u2028':
		return "\n", true
	case '\u2029':
		return "\n\n", true
	case '\u201E', '\u201C', '\u201D', '\u201F', '\u00AB', '\u00BB',
		'\u301D', '\u301E', '\uFF02':
		return `"`, true
	case '\u201A', '\u2018', '\u2019', '\u201B', '\u2039', '\u203A':
		return "'", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015',
		'\u2212', '\uFE63', '\uFF0D':
		return "-", true
	case '\u2026':
		return "...", true
	}
	return "", false
}

// asciiEnd returns the end of the run of ASCII bytes at i, reading
// eight bytes at a time.
func asciiEnd(s string, i int) int {
	for i+8 <= len(s) {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// latin1Letter reports whether s[i:] starts with a character from U+00C0
// to U+00FF (ä, ö, ü, ß, é, …: lead byte C3). Each is in NFC, is no
// replacement and starts a normalization segment.
func latin1Letter(s string, i int) bool {
	return s[i] == 0xC3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80
}

// plainEnd returns the end of the run at i of ASCII characters and
// latin1Letter characters, which Normalize copies unchanged. The run
// leaves out its last character when a byte of another character
// follows, which may be a combining mark that changes it.
func plainEnd(s string, i int) int {
	last := i // start of the last character of the run
	for i < len(s) {
		switch {
		case s[i] < utf8.RuneSelf:
			i = asciiEnd(s, i)
			last = i - 1
		case latin1Letter(s, i):
			last = i
			i += 2
		default:
			return last
		}
	}
	return i
}

// needsWork reports whether s changes under Normalize.
func needsWork(s string) bool {
	// plain: every character is ASCII or a latin1Letter, a text in NFC.
	plain := true
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = asciiEnd(s, i)
			continue
		}
		if latin1Letter(s, i) {
			i += 2 // no replacement starts with the byte C3
			continue
		}
		plain = false
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := replacement(r); ok {
			return true
		}
		i += n
	}
	if plain {
		return false
	}
	return norm.NFC.QuickSpanString(s) != len(s) && !norm.NFC.IsNormalString(s)
}

// Normalize returns s normalized and the map from byte offsets of the
// result (0 through len(norm)) to offsets in s, in the sparse form of
// chronik.Document.NormOffsets: one pair per place where the mapping
// jumps. Offsets are non-decreasing and len(norm) maps to len(s). When
// nothing changes it returns s and nil offsets without allocating.
//
// Bytes produced by recomposing several runes (NFC) or by expanding one
// rune ("…" to "...") all map to the start of their source.
func Normalize(s string) (string, []int32) {
	if !needsWork(s) {
		return s, nil
	}
	if len(s) > math.MaxInt32-1 {
		panic("textnorm: text longer than 2 GiB")
	}
	out := make([]byte, 0, len(s)+16)
	m := offsetMap{offs: make([]int32, 2, 34)}
	m.offs[0] = chronik.SparseOffsets
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf || latin1Letter(s, i) {
			// Copy a run that stays as it is.
			if k := plainEnd(s, i); k > i {
				m.add(len(out), i)
				out = append(out, s[i:k]...)
				i = k
				continue
			}
		}
		{
			// One normalization segment: a starter and the runes that
			// may combine with it.
			j := i + segmentLen(s[i:])
			seg := s[i:j]
			if r, n := utf8.DecodeRuneInString(seg); n == len(seg) {
				// A single rune: replace it or copy it when it is NFC.
				if rep, ok := replacement(r); ok {
					for b := 0; b < len(rep); b++ {
						m.add(len(out), i)
						out = append(out, rep[b])
					}
					i = j
					continue
				}
				if norm.NFC.QuickSpanString(seg) == len(seg) {
					m.add(len(out), i)
					out = append(out, seg...)
					i = j
					continue
				}
			}
			nseg := seg
			if !norm.NFC.IsNormalString(seg) {
				nseg = norm.NFC.String(seg)
			}
			same := nseg == seg
			for k := 0; k < len(nseg); {
				r, n := utf8.DecodeRuneInString(nseg[k:])
				src := i
				if same {
					src = i + k
				}
				if rep, ok := replacement(r); ok {
					for b := 0; b < len(rep); b++ {
						m.add(len(out), src)
						out = append(out, rep[b])
					}
				} else {
					for b := 0; b < n; b++ {
						if same {
							m.add(len(out), src+b)
						} else {
							m.add(len(out), src)
						}
						out = append(out, nseg[k+b])
					}
				}
				k += n
			}
			i = j
		}
	}
	m.add(len(out), len(s))
	// out is never written again, so the string may share its memory.
	ns := unsafe.String(unsafe.SliceData(out), len(out))
	if ns == s {
		return s, nil
	}
	m.offs[1] = int32(len(out))
	return ns, m.offs
}

// offsetMap builds a sparse offset map.
type offsetMap struct {
	offs []int32
	n, t int // the last pair
}

// add records that byte n of the result (or its end) comes from offset
// t of the source, adding a pair unless the last pair implies it.
func (m *offsetMap) add(n, t int) {
	if len(m.offs) > 2 && t == m.t+n-m.n {
		return
	}
	m.offs = append(m.offs, int32(n), int32(t))
	m.n, m.t = n, t
}

// segmentLen returns the length of the normalization segment at the start
// of s: its first rune and every following rune that has no boundary
// before it.
func segmentLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		if s[n] < utf8.RuneSelf {
			break
		}
		p := norm.NFC.PropertiesString(s[n:])
		if p.BoundaryBefore() {
			break
		}
		sz := p.Size()
		if sz == 0 {
			_, sz = utf8.DecodeRuneInString(s[n:])
		}
		n += sz
	}
	return n
}

// Stage normalizes a document: it sets Document.Norm and
// Document.NormOffsets, and leaves both empty when the text is already
// normal. It never fails.
type Stage struct{}

// Annotate normalizes doc.Text.
func (Stage) Annotate(ctx context.Context, doc *chronik.Document) error {
	n, off := Normalize(doc.Text)
	if off == nil {
		doc.Norm, doc.NormOffsets = "", nil
		return nil
	}
	doc.Norm, doc.NormOffsets = n, off
	return nil
}
