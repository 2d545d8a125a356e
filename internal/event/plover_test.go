package event

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/chronik-dev/chronik"
)

func TestWritePLOVER(t *testing.T) {
	c := testCase{hdr: caseHeader{Lang: "de", DCT: "2019-04-25"},
		input: "[Kim Jong Un|PER|PRK|GOV] wird «noch im April|2019-04» nach [Russland|GPE|RUS] reisen. " +
			"«Im Februar|2019-02» brach [Trump|PER|USA|GOV] das Gipfeltreffen mit [Kim|PER|PRK|GOV] in [Hanoi|GPE|VNM] ab."}
	doc := codeCase(t, c)
	doc.ID = "doc1"
	tests := []struct {
		name   string
		strict bool
		want   []string // event types
		ctx    []string // first record's context
	}{
		{"Default", false, []string{"CONSULT", "REJECT"}, []string{"future"}},
		{"Strict", true, []string{"AGREE", "REJECT"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WritePLOVER(&buf, doc, tt.strict); err != nil {
				t.Fatal(err)
			}
			var recs []map[string]any
			sc := bufio.NewScanner(&buf)
			for sc.Scan() {
				var m map[string]any
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatalf("line %q: %v", sc.Text(), err)
				}
				recs = append(recs, m)
			}
			if len(recs) != len(tt.want) {
				t.Fatalf("WritePLOVER wrote %d records, want %d", len(recs), len(tt.want))
			}
			for i, r := range recs {
				ev := r["event"].([]any)
				if ev[0] != tt.want[i] {
					t.Errorf("record %d event = %v, want %s", i, ev, tt.want[i])
				}
				for _, k := range []string{"id", "date", "actor", "recipient", "mode", "text_info", "event_text"} {
					if _, ok := r[k]; !ok {
						t.Errorf("record %d lacks %q", i, k)
					}
				}
			}
			if got := recs[0]["context"].([]any); len(got) != len(tt.ctx) {
				t.Errorf("context = %v, want %v", got, tt.ctx)
			}
			if recs[0]["id"] != "doc1-v1" || recs[1]["date"] != "2019-02" {
				t.Errorf("id, date = %v, %v", recs[0]["id"], recs[1]["date"])
			}
			loc := recs[1]["event_loc"].(map[string]any)
			if loc["country_code"] != "VNM" {
				t.Errorf("event_loc = %v", loc)
			}
		})
	}
}

func TestPLOVERType(t *testing.T) {
	tests := []struct {
		typ, modality string
		strict        bool
		want          string
	}{
		{"CONSULT", chronik.ModalityFuture, true, "AGREE"},
		{"CONSULT", chronik.ModalityFuture, false, "CONSULT"},
		{"AID", chronik.ModalityFuture, true, "AGREE"},
		{"RETREAT", chronik.ModalityFuture, true, "CONCEDE"},
		{"CONCEDE", chronik.ModalityFuture, true, "CONCEDE"},
		{"CONSULT", chronik.ModalityAsserted, true, "CONSULT"},
		{"ASSAULT", chronik.ModalityFuture, true, "THREATEN"},
		{"ASSAULT", chronik.ModalityFuture, false, "ASSAULT"},
		{"AGREE", chronik.ModalityNegated, true, "REJECT"},
	}
	for _, tt := range tests {
		ev := &chronik.Event{Type: tt.typ, Modality: tt.modality}
		if got, _ := PLOVERType(ev, tt.strict); got != tt.want {
			t.Errorf("PLOVERType(%s, %s, %v) = %s, want %s", tt.typ, tt.modality, tt.strict, got, tt.want)
		}
	}
}
