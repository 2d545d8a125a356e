package reader

import (
	"encoding/binary"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// TestJSONStringUnescape checks the shortcut of jsonString against
// encoding/json for strings with escapes.
func TestJSONStringUnescape(t *testing.T) {
	for _, raw := range []string{
		`""`, `"a"`, `"\n"`, `"Zeile 1\nZeile 2\n\nAbsatz"`, `"\"zitiert\" \\ \/ \b\f\r\t"`,
		`"Ende\\"`, `"\\\""`, `"Gr\u00fc\u00dfe\n"`, `"\ud83d\ude00 \n"`, `"\ud800"`, `"ä\nö"`,
		"\"ung\xfcltig\\n\"", `"<&>"`,
	} {
		var want string
		if err := json.Unmarshal([]byte(raw), &want); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		got, ok := jsonString(json.RawMessage(raw), false)
		if !ok || got != want {
			t.Errorf("jsonString(%s) = %q, %v; want %q", raw, got, ok, want)
		}
		if utf8.ValidString(raw) {
			// The shortcut for strings known to be valid UTF-8.
			if got, ok := jsonString(json.RawMessage(raw), true); !ok || got != want {
				t.Errorf("jsonString(%s, valid) = %q, %v; want %q", raw, got, ok, want)
			}
		}
	}
}

// flatObjectCases are article lines and near misses: flatObject must
// either decline them or agree with encoding/json.
var flatObjectCases = []string{
	`{}`, ` { } `, `{"text":"a"}`, `{"id":"x","date":"2019-04-25","title":"T","text":"Zeile\nZeile \"q\" \u00e4"}`,
	`{"a":true,"b":false,"c":null}`, `{"a":"1","a":"2"}`, `{"a":1}`, `{"a":[1]}`, `{"a":{"b":"c"}}`,
	`{"a":"x",}`, `{"a" "x"}`, `{"a":"x"} x`, `{"a":"x"`, `{"a":nul}`, `{"a":nullx}`, `{"a":truefalse}`,
	`{"\u00e4":"x"}`, `{"ä":"x"}`, `{"a":"\x"}`, `{"a":"\u12g4"}`, `{"a":"\u12"}`, "{\"a\":\"\t\"}",
	"{\"a\":\"ung\xfcltig\"}", `{"a":"\\"}`, `{"a":"\\\"\/"}`, "\t{\r\n\"a\" : \"b\" ,\n\"c\":null }\n", `[]`, `null`, `"a"`,
}

func TestFlatObject(t *testing.T) {
	for _, raw := range flatObjectCases {
		checkFlatObject(t, raw)
	}
	if _, ok := flatObject([]byte(flatObjectCases[3]), nil); !ok {
		t.Errorf("flatObject declined an article line: %s", flatObjectCases[3])
	}
}

func FuzzFlatObject(f *testing.F) {
	for _, raw := range flatObjectCases {
		f.Add(raw)
	}
	f.Fuzz(checkFlatObject)
}

func checkFlatObject(t *testing.T, raw string) {
	// A map left from an earlier line: flatObject must clear it.
	reuse := map[string]json.RawMessage{"stale": json.RawMessage(`1`), "text": json.RawMessage(`"old"`)}
	got, ok := flatObject([]byte(raw), reuse)
	if !ok {
		return
	}
	var want map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &want); err != nil {
		t.Fatalf("flatObject(%q) accepted what encoding/json rejects: %v", raw, err)
	}
	if len(got) != len(want) {
		t.Fatalf("flatObject(%q) = %q, want %q", raw, got, want)
	}
	for k, v := range want {
		if string(got[k]) != string(v) {
			t.Fatalf("flatObject(%q)[%q] = %q, want %q", raw, k, got[k], v)
		}
	}
}

// TestSpecialIn checks the eight-byte test of stringEnd against a byte by
// byte one, for every byte value at every position among plain letters
// and among bytes of multibyte characters.
func TestSpecialIn(t *testing.T) {
	for _, fill := range []byte{'a', 0xc3, 0x80, 0xff, ' '} {
		for c := range 256 {
			for p := range 8 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[p] = byte(c)
				want := false
				for _, x := range b {
					want = want || x == '"' || x == '\\' || x < 0x20
				}
				if got := specialIn(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Fatalf("specialIn(% x) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
