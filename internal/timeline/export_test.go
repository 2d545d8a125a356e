package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
)

func testEvents() []*chronik.MergedEvent {
	a := rep("a", "CONSULT", "2019-02-27", as(trump), as(kim), hanoi, "")
	b := rep("b", "CONSULT", "2019-02", as(kim), as(trump), nil, chronik.ModalityFuture)
	s := rep("s", "SANCTION", "2017-09", as(unsc), as(prk), nil, "")
	var out []*chronik.MergedEvent
	for _, g := range Cluster([]*Report{a, b, s}) {
		out = append(out, Summarize(g))
	}
	return out
}

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, testEvents()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || len(recs[1]) != len(CSVHeader) {
		t.Fatalf("%d records of %d fields", len(recs), len(recs[0]))
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	for _, r := range recs[1:] {
		switch r[col["EventCode"]] {
		case "CONSULT":
			if r[col["SQLDATE"]] != "20190227" || r[col["NumSources"]] != "2" || r[col["Modality"]] != "asserted" || r[col["DatePrecision"]] != "day" {
				t.Errorf("CONSULT row = %v", r)
			}
		case "SANCTION":
			if r[col["SQLDATE"]] != "20170900" || r[col["QuadClass"]] != "4" || r[col["DatePrecision"]] != "month" {
				t.Errorf("SANCTION row = %v (want 00 for the unknown day)", r)
			}
		}
	}
}

func TestWriteXML(t *testing.T) {
	evs := testEvents()
	n := BuildNetwork(evs)
	for name, write := range map[string]func(io.Writer) error{
		"timeml":  func(w io.Writer) error { return WriteTimeML(w, evs) },
		"graphml": func(w io.Writer) error { return WriteGraphML(w, n) },
		"gexf":    func(w io.Writer) error { return WriteGEXF(w, n) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(strings.NewReader(buf.String()))
		for {
			if _, err := d.Token(); err != nil {
				if !errors.Is(err, io.EOF) {
					t.Errorf("%s is not well-formed XML: %v\n%s", name, err, buf.String())
				}
				break
			}
		}
	}
}

func TestActorsAndNetwork(t *testing.T) {
	evs := testEvents()
	st := Actors(evs)
	if len(st) != 4 || st[0].Key != "Q22686" && st[0].Key != "Q56226" || st[0].Cooperation != 1 {
		t.Errorf("Actors = %+v", st)
	}
	n := BuildNetwork(evs)
	if len(n.Nodes) != 4 || len(n.Edges) != 2 {
		t.Fatalf("network %+v, want 4 nodes and 2 edges", n)
	}
	for _, e := range n.Edges {
		if e.Types["SANCTION"] == 1 && (e.Source != "Q37470" || e.Conflict != 1 || e.Weight != -7) {
			t.Errorf("sanction edge = %+v", e)
		}
		if e.Types["CONSULT"] == 1 && (e.Source != "Q22686" || e.Target != "Q56226") {
			t.Errorf("meeting edge = %+v, want ordered by key", e)
		}
	}
}
