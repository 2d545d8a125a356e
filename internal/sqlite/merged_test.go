package sqlite

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/chronik-dev/chronik"
)

// fillValue sets every field reachable from v to a non-zero value that
// differs from the others (n counts up), with slices of two elements. It
// fails on a kind it does not know, so a new kind of field is noticed.
func fillValue(t *testing.T, v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d-ü", *n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n) * 37)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.125)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillValue(t, v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillValue(t, v.Index(i), n)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[chronik.DCT]() {
			v.Set(reflect.ValueOf(chronik.DCT{Time: time.Date(2019, 2, *n%28+1, 0, 0, 0, 0, time.UTC), Precision: chronik.PrecisionDay}))
			return
		}
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				t.Fatalf("%s has an unexported field %s", v.Type(), v.Type().Field(i).Name)
			}
			fillValue(t, v.Field(i), n)
		}
	default:
		t.Fatalf("fillValue: no rule for %s (%s)", v.Type(), v.Kind())
	}
}

// TestMergedCodecFields round-trips a merged event with every field set,
// so a field added to chronik.MergedEvent (or an event, actor, place,
// mention...) that the binary form does not carry fails here.
func TestMergedCodecFields(t *testing.T) {
	var m chronik.MergedEvent
	n := 0
	fillValue(t, reflect.ValueOf(&m).Elem(), &n)
	got, err := decodeMerged(encodeMerged(&m))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &m) {
		t.Errorf("binary round trip changed the event:\n got %+v\nwant %+v", got, &m)
	}
	// Rows written before the binary form hold JSON.
	data, _ := json.Marshal(&m)
	got, err = decodeMerged(data)
	if err != nil || !reflect.DeepEqual(got, &m) {
		t.Errorf("decode JSON = %+v, %v; want %+v", got, err, &m)
	}
}

func TestMergedCodec(t *testing.T) {
	minute := chronik.DCT{Time: time.Date(2019, 2, 27, 14, 5, 0, 0, time.FixedZone("", 3600)), Precision: chronik.PrecisionMinute}
	tests := []struct {
		name string
		m    chronik.MergedEvent
	}{
		{"zero", chronik.MergedEvent{}},
		{"empty slices", chronik.MergedEvent{Event: chronik.Event{Actor: []chronik.Actor{}, Recipient: []chronik.Actor{}},
			Dates: []chronik.DateReport{}, Modalities: []chronik.ModalityChange{}, Mentions: []chronik.Mention{}}},
		{"negative and unknown", chronik.MergedEvent{Event: chronik.Event{Type: "CONSULT", Place: &chronik.Place{Lat: -33.9, Lon: -151.2},
			Sentence: chronik.Span{Start: -1, End: 1 << 40}}, Mentions: []chronik.Mention{{Doc: "d", DCT: minute}, {Doc: "e"}}, Sources: 2}},
		{"DCT before 1970", chronik.MergedEvent{Modalities: []chronik.ModalityChange{{DCT: chronik.MustParseDCT("1953-07")}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := encodeMerged(&tt.m)
			got, err := decodeMerged(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, &tt.m) {
				t.Errorf("round trip = %+v, want %+v", got, &tt.m)
			}
			for i := range data {
				if _, err := decodeMerged(data[:i]); err == nil {
					t.Errorf("decode of the first %d of %d bytes: no error", i, len(data))
				}
			}
		})
	}
}

// FuzzDecodeMerged checks that no stored data makes decoding panic, and
// that whatever decodes encodes to the same event again.
func FuzzDecodeMerged(f *testing.F) {
	var m chronik.MergedEvent
	n := 0
	fillValue(&testing.T{}, reflect.ValueOf(&m).Elem(), &n)
	f.Add(encodeMerged(&m))
	f.Add(encodeMerged(&chronik.MergedEvent{}))
	f.Add([]byte{mergedFormat, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == '{' {
			return // JSON, encoding/json's business
		}
		m, err := decodeMerged(data)
		if err != nil {
			return
		}
		again, err := decodeMerged(encodeMerged(m))
		if err != nil || !reflect.DeepEqual(again, m) {
			t.Fatalf("re-decoded %+v, %v; want %+v", again, err, m)
		}
	})
}

// TestMergedArena decodes more events than an arena block holds and
// wants each equal to its own decoding; appending to one event's slices
// must not touch the next event's.
func TestMergedArena(t *testing.T) {
	var want []*chronik.MergedEvent
	var rows [][]byte
	for i := range arenaBlock + 7 {
		m := &chronik.MergedEvent{Event: chronik.Event{ID: fmt.Sprint(i), Actor: []chronik.Actor{{Ref: fmt.Sprint("a", i)}},
			Place: &chronik.Place{Name: fmt.Sprint("p", i)}}, Sources: i,
			Mentions: make([]chronik.Mention, i%5), Dates: []chronik.DateReport{{Value: "2019", Mentions: i}}}
		for k := range m.Mentions {
			m.Mentions[k].Doc = fmt.Sprint("d", i, k)
		}
		want = append(want, m)
		rows = append(rows, encodeMerged(m))
	}
	a := new(mergedArena)
	var got []*chronik.MergedEvent
	for _, data := range rows {
		m, err := a.decode(data)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("event %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	for i := range got {
		got[i].Mentions = append(got[i].Mentions, chronik.Mention{Doc: "appended"})
		got[i].Actor = append(got[i].Actor, chronik.Actor{Ref: "appended"})
		got[i].Mentions = got[i].Mentions[:len(got[i].Mentions)-1]
		got[i].Actor = got[i].Actor[:len(got[i].Actor)-1]
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("event %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestMergedDecoding feeds more rows than are decoded inline, so that a
// second goroutine decodes the rest (while copyRow appends to the block
// it reads from), and wants every event in row order; a malformed row
// anywhere is an error.
func TestMergedDecoding(t *testing.T) {
	const n = 5*decodeBatch + 3
	var rows []string
	for i := range n {
		rows = append(rows, string(encodeMerged(&chronik.MergedEvent{Event: chronik.Event{ID: fmt.Sprint(i)}, Sources: i})))
	}
	d := newMergedDecoding()
	var buf []byte // reused, as SQLite reuses the memory of a row
	for _, r := range rows {
		buf = append(buf[:0], r...)
		d.add(d.copyRow(buf))
	}
	got, err := d.wait()
	if err != nil || len(got) != n {
		t.Fatalf("decoded %d events, %v; want %d", len(got), err, n)
	}
	for i, m := range got {
		if m.ID != fmt.Sprint(i) || m.Sources != i {
			t.Fatalf("event %d is %s (sources %d)", i, m.ID, m.Sources)
		}
	}
	for _, bad := range []int{7, decodeBatch + 1, n - 1} {
		d := newMergedDecoding()
		for i, r := range rows {
			if i == bad {
				r = r[:len(r)-1]
			}
			d.add(r)
		}
		if _, err := d.wait(); err == nil {
			t.Errorf("row %d truncated: no error", bad)
		}
	}
}

// TestMergedCopyRow copies rows of many sizes, one larger than a block,
// from one reused buffer and wants every copy unchanged at the end.
func TestMergedCopyRow(t *testing.T) {
	sizes := []int{0, 1, 700, 16 << 10, 3, rowChunk + 5, 40 << 10, 9}
	for range 200 {
		sizes = append(sizes, 742)
	}
	d := newMergedDecoding()
	var buf []byte
	var got, want []string
	for i, n := range sizes {
		buf = buf[:0]
		for k := range n {
			buf = append(buf, byte('a'+(i+k)%26))
		}
		want = append(want, string(buf))
		got = append(got, d.copyRow(buf))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("row %d (%d bytes) changed after later rows were copied", i, sizes[i])
		}
	}
}
