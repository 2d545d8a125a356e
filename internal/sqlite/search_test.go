package sqlite

import (
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Atomwaffe", `"Atomwaffe"`},
		{"Kim Putin", `"Kim" AND "Putin"`},
		{"Kim AND Putin", `"Kim" AND "Putin"`},
		{`"Kim Jong Un" Putin`, `"Kim Jong Un" AND "Putin"`},
		{"Trump Singapur OR Hanoi", `"Trump" AND ("Singapur" OR "Hanoi")`},
		{"Trump -Hanoi -\"Kim Jong\"", `("Trump") NOT ("Hanoi" OR "Kim Jong")`},
		{"Schuld*", `"Schuld"*`},
		{`say "OR" now`, `"say" AND "OR" AND "now"`},
		{`NEAR(a b) ^x col:y`, `"NEAR(a" AND "b)" AND "^x" AND "col:y"`},
		{`"unclosed phrase`, `"unclosed phrase"`},
		{`a"b"`, `"a" AND "b"`},
		{"OR Kim", `"Kim"`},
		{"Kim OR", `"Kim"`},
		{"Kim -", `"Kim"`},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseQuery(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseQueryErr(t *testing.T) {
	for _, in := range []string{"", " ", "-Kim", `""`, "OR", "AND", "- , ;"} {
		_, err := ParseQuery(in)
		if chronik.ErrorCode(err) != chronik.EINVALID {
			t.Errorf("ParseQuery(%q) error = %v, want code %s", in, err, chronik.EINVALID)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"Kim Putin", `"Kim Jong Un" -Trump`, "a OR b*", `"`, "-", "- -\"x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseQuery(in)
		if err != nil && chronik.ErrorCode(err) != chronik.EINVALID {
			t.Fatalf("ParseQuery(%q) error = %v, want EINVALID", in, err)
		}
		if err == nil && got == "" {
			t.Fatalf("ParseQuery(%q) = empty expression", in)
		}
	})
}
