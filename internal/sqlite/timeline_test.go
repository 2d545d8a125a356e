package sqlite_test

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/corpusgen"
	"github.com/chronik-dev/chronik/internal/sqlite"
	"github.com/chronik-dev/chronik/internal/storetest"
	"github.com/chronik-dev/chronik/internal/timeline"
	_ "github.com/ncruces/go-sqlite3/driver"
)

func TestTimelineConformance(t *testing.T) {
	storetest.RunTimeline(t, func(tb testing.TB) storetest.TimelineStore { return MustOpenDB(tb) })
}

// TestTimelineOlderSchema opens a store written before timelines existed
// (schema 1, with documents and events): the store is migrated and its
// documents are merged on request.
func TestTimelineOlderSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db := MustOpenPath(t, path)
	doc := &chronik.Document{ID: "old", Lang: "de", DCT: chronik.MustParseDCT("2019-02-28"), Text: "Trump traf Kim.",
		Events: []chronik.Event{{ID: "v1", Type: "CONSULT", Modality: "asserted",
			Actor:     []chronik.Actor{{Ref: "Q22686", Name: "Donald Trump", Country: "USA"}},
			Recipient: []chronik.Actor{{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK"}},
			Date:      chronik.EventDate{Value: "2019-02-27", From: "text"},
			Sentence:  chronik.Span{Start: 0, End: 15}, Trigger: chronik.Trigger{Text: "traf", Span: chronik.Span{Start: 6, End: 10}}}}}
	if _, err := db.CreateDocuments(t.Context(), []*chronik.Document{doc}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Turn the file into a schema-1 store: no timeline tables.
	raw, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE merged_actors", "DROP TABLE actor_names", "DROP TABLE mentions",
		"DROP TABLE mention_keys", "DROP TABLE merged_documents", "DROP TABLE merged_events", "DELETE FROM migrations WHERE version >= 2"} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db = MustOpenPath(t, path)
	if n, err := db.PendingMerge(t.Context()); err != nil || n != 1 {
		t.Fatalf("PendingMerge = %d, %v; want 1", n, err)
	}
	res, err := db.MergeEvents(t.Context(), nil)
	if err != nil || res.Mentions != 1 || res.Created != 1 {
		t.Fatalf("MergeEvents(nil) = %+v, %v; want one event", res, err)
	}
	evs, _, err := db.FindMergedEvents(t.Context(), chronik.TimelineFilter{Actor: []string{"Q56226"}})
	if err != nil || len(evs) != 1 || evs[0].Mentions[0].Quote != "Trump traf Kim." {
		t.Fatalf("timeline after migration = %+v, %v", evs, err)
	}
}

// TestTimelineNewerSchema refuses a store written by a newer chronik.
func TestTimelineNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	db := MustOpenPath(t, path)
	db.Close()
	raw, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO migrations (version, name, applied_at) VALUES (?, 'future.sql', '')`, sqlite.SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	err = sqlite.NewDB(path).Open()
	if err == nil || !strings.Contains(err.Error(), "newer chronik") {
		t.Fatalf("Open(newer store) error = %v, want a message naming a newer chronik", err)
	}
}

// TestTimelineJSONMergedEvents opens a store of schema 2, whose merged
// events are JSON: migration 3 rewrites them in the binary form,
// migration 4 takes them away to be merged again, and the timeline reads
// the same events before and after.
func TestTimelineJSONMergedEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	db := MustOpenPath(t, path)
	kim := chronik.Actor{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK"}
	var docs []*chronik.Document
	for i, day := range []string{"2019-02-27", "2019-02-28", "2019-04-25"} {
		text := "Kim traf Trump."
		docs = append(docs, &chronik.Document{ID: "d" + day, Lang: "de", DCT: chronik.MustParseDCT(day), Text: text,
			Events: []chronik.Event{{ID: "v1", Type: "CONSULT", Modality: "asserted", Actor: []chronik.Actor{kim},
				Recipient: []chronik.Actor{{Ref: "Q22686", Name: "Donald Trump", Country: "USA"}},
				Date:      chronik.EventDate{Value: []string{"2019-02-27", "2019-02-27", "2019-04-25"}[i], From: "text"},
				Place:     &chronik.Place{Ref: "Q1858", Name: "Hanoi", Country: "VNM", Lat: 21.03, Lon: 105.85},
				Sentence:  chronik.Span{Start: 0, End: len(text)}, Trigger: chronik.Trigger{Text: "traf", Span: chronik.Span{Start: 4, End: 8}}}}})
	}
	res, err := db.CreateDocuments(t.Context(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeEvents(t.Context(), res.IDs); err != nil {
		t.Fatal(err)
	}
	want, total, err := db.FindMergedEvents(t.Context(), chronik.TimelineFilter{Actor: []string{"Q56226"}})
	if err != nil || total != 2 {
		t.Fatalf("timeline = %d events, %v; want 2", total, err)
	}
	db.Close()

	// Turn the file into a schema-2 store: JSON in merged_events.data.
	raw, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range want {
		data, _ := json.Marshal(m)
		if _, err := raw.Exec(`UPDATE merged_events SET data = ? WHERE id = ?`, string(data), m.ID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`DELETE FROM migrations WHERE version >= 3`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`ALTER TABLE mentions DROP COLUMN unplaced`); err != nil {
		t.Fatal(err)
	}
	var jsonRows int
	if err := raw.QueryRow(`SELECT count(*) FROM merged_events WHERE substr(data, 1, 1) = '{'`).Scan(&jsonRows); err != nil || jsonRows != 2 {
		t.Fatalf("JSON rows before migration = %d, %v; want 2", jsonRows, err)
	}
	raw.Close()

	db = MustOpenPath(t, path)
	if n, err := db.PendingMerge(t.Context()); err != nil || n != len(docs) {
		t.Fatalf("documents to merge again after migration = %d, %v; want %d", n, err, len(docs))
	}
	if _, err := db.MergeEvents(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	got, _, err := db.FindMergedEvents(t.Context(), chronik.TimelineFilter{Actor: []string{"Q56226"}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timeline after migration:\n got %+v\nwant %+v", got, want)
	}
	db.Close()
	raw, err = sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if err := raw.QueryRow(`SELECT count(*) FROM merged_events WHERE substr(CAST(data AS BLOB), 1, 1) = CAST('{' AS BLOB)`).Scan(&jsonRows); err != nil || jsonRows != 0 {
		t.Errorf("JSON rows after migration = %d, %v; want 0", jsonRows, err)
	}
}

// TestMergeMatchesMemory merges generated articles about a few actors
// (many candidates per report, dates of every precision, arriving out of
// order) in batches into the store and into timeline.Memory, the
// reference index: the merged events must be the same, so the store's
// candidate search (mention_keys read once per range and transaction,
// days filtered in Go) finds what the reference finds.
func TestMergeMatchesMemory(t *testing.T) {
	db := MustOpenDB(t)
	mem := timeline.NewMemory()
	g := corpusgen.New(11)
	g.Days = 120
	world := corpusgen.NewHappenings(g, 4, 150, 12)
	const n, batch = 480, 48
	for i := 0; i < n; i += batch {
		var docs []*chronik.Document
		var reports []*timeline.Report
		for range batch {
			d := g.Next()
			world.Annotate(g, d)
			docs = append(docs, d)
			for _, e := range d.Events {
				reports = append(reports, &timeline.Report{Doc: d.ID, DCT: d.DCT, Lang: d.Lang, Event: e,
					Quote: timeline.Quote(d.Text[e.Sentence.Start:e.Sentence.End])})
			}
		}
		res, err := db.CreateDocuments(t.Context(), docs)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.MergeEvents(t.Context(), res.IDs); err != nil {
			t.Fatal(err)
		}
		if _, err := mem.Merge(t.Context(), reports); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string][]string{}
	multi := 0
	for _, grp := range mem.Groups() {
		for _, r := range grp.Reports {
			want[grp.ID] = append(want[grp.ID], r.Key())
		}
		if len(grp.Reports) > 1 {
			multi++
		}
	}
	if multi < 50 {
		t.Fatalf("only %d merged events with more than one report: the test data merges too little", multi)
	}
	evs, _, err := db.FindMergedEvents(t.Context(), chronik.TimelineFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, m := range evs {
		for _, x := range m.Mentions {
			got[m.ID] = append(got[m.ID], x.Doc+"/"+x.Event)
		}
		slices.Sort(got[m.ID])
	}
	if !reflect.DeepEqual(got, want) {
		for id, keys := range want {
			if !slices.Equal(got[id], keys) {
				t.Errorf("merged event %s: store has %v, memory %v", id, got[id], keys)
			}
		}
		t.Errorf("store has %d merged events, memory %d", len(got), len(want))
	}
}

// TestMergeProgress merges 300 stored documents not merged yet, in
// transactions of 256: MergeProgress hears after each.
func TestMergeProgress(t *testing.T) {
	db := MustOpenPath(t, filepath.Join(t.TempDir(), "progress.db"))
	var docs []*chronik.Document
	for i := range 300 {
		docs = append(docs, &chronik.Document{ID: fmt.Sprintf("d%03d", i), Lang: "de",
			DCT: chronik.MustParseDCT("2019-02-28"), Text: fmt.Sprintf("Meldung Nummer %d.", i)})
	}
	if _, err := db.CreateDocuments(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	var calls []int
	db.MergeProgress = func(done int) { calls = append(calls, done) }
	if _, err := db.MergeEvents(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	if want := []int{256, 300}; !slices.Equal(calls, want) {
		t.Errorf("MergeProgress calls = %v, want %v", calls, want)
	}
}
