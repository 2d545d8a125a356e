package reader

import (
	"encoding/json"
	"testing"
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
		got, ok := jsonString(json.RawMessage(raw))
		if !ok || got != want {
			t.Errorf("jsonString(%s) = %q, %v; want %q", raw, got, ok, want)
		}
	}
}
