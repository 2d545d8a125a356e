package eval

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik"
	"github.com/chronik-dev/chronik/internal/demo"
	"github.com/chronik-dev/chronik/internal/entity"
	"github.com/chronik-dev/chronik/internal/entity/gazetteer"
	"github.com/chronik-dev/chronik/internal/event"
	"github.com/chronik-dev/chronik/internal/lang"
	"github.com/chronik-dev/chronik/internal/pipeline"
	"github.com/chronik-dev/chronik/internal/reader"
	"github.com/chronik-dev/chronik/internal/sentence"
	"github.com/chronik-dev/chronik/internal/temporal"
	"github.com/chronik-dev/chronik/internal/textnorm"
	"github.com/chronik-dev/chronik/internal/timeline"
)

// happeningTypes is the PLOVER type of each gold happening of the demo
// corpus, as internal/timeline's hand-coded test set codes it.
var happeningTypes = map[string]string{"biegun-pyongyang-2019-02": "CONSULT", "dmz-meeting-2019-06": "CONSULT", "hanoi-summit-2019": "CONSULT", "hwasong14-second-test-2017-07": "MOBILIZE", "hwasong14-test-2017-07": "MOBILIZE", "hwasong15-test-2017-11": "MOBILIZE", "inter-korean-talks-2018-01": "CONSULT", "kcna-weapon-test-2019-04": "MOBILIZE", "kim-arrival-hanoi-2019-02": "CONSULT", "kim-arrival-vladivostok-2019-04": "CONSULT", "kim-new-year-speech-2018": "SUPPORT", "kim-seoul-visit-2018": "CONSULT", "kim-train-beijing-2018-03": "CONSULT", "kim-xi-beijing-2018-03": "CONSULT", "kim-xi-beijing-2018-06": "CONSULT", "kim-xi-beijing-2019-01": "CONSULT", "kim-xi-dalian-2018-05": "CONSULT", "kim-yo-jong-blue-house-2018-02": "CONSULT", "kim-yong-chol-new-york-2018-05": "CONSULT", "lavrov-pyongyang-2018-05": "CONSULT", "nuclear-test-2017-09": "MOBILIZE", "paektu-visit-2018-09": "CONSULT", "panmunjom-summit-2018-04": "CONSULT", "panmunjom-summit-2018-05": "CONSULT", "pompeo-pyongyang-2018-05": "CONSULT", "pompeo-pyongyang-2018-07": "CONSULT", "pompeo-pyongyang-2018-10": "CONSULT", "punggye-ri-demolition-2018-05": "RETREAT", "pyeongchang-olympics-opening-2018": "COOPERATE", "pyongyang-summit-2018-09": "CONSULT", "seoul-envoys-pyongyang-2018-03": "CONSULT", "short-range-launch-2019-05": "MOBILIZE", "singapore-summit-2018": "CONSULT", "singapore-summit-cancellation-2018-05": "REJECT", "slbm-test-2019-10": "MOBILIZE", "stockholm-talks-2019-10": "CONSULT", "test-moratorium-2018-04": "RETREAT", "trump-accepts-invitation-2018-03": "AGREE", "un-resolution-2371-2017": "SANCTION", "un-resolution-2375-2017": "SANCTION", "un-resolution-2397-2017": "SANCTION", "unsc-meeting-2017-07": "CONSULT", "unsc-meeting-2017-09": "CONSULT", "vladivostok-summit-2019": "CONSULT", "xi-pyongyang-2019-06": "CONSULT"}

// TestMergeDemoPipeline runs the whole pipeline (time, entities, events)
// on the demo corpus, merges the coded events with timeline.Cluster and
// scores the merge against gold.json. A coded event counts as a mention
// of a gold happening of its article when exactly one of the article's
// gold happenings has the event's type and a date that agrees with the
// event's (and the same modality class); other events are not scored. The figures go to the
// log; set MERGE_ERRORS=1 to list the errors.
func TestMergeDemoPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	coder := event.NewCoder()
	coder.KB = kb
	stages := []pipeline.Stage{textnorm.Stage{}, lang.Stage{}, sentence.Stage{}, temporal.NewTagger(), entity.NewRecognizer(kb), coder}
	gold, err := demo.Gold()
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]demo.GoldEvent{}
	for _, g := range gold {
		byFile[g.File] = append(byFile[g.File], g)
	}
	var reports []*timeline.Report
	goldOf := map[string]string{}
	coded, mapped := 0, 0
	covered := map[string]bool{}
	for _, f := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus(), f)
		if err != nil {
			t.Fatal(err)
		}
		dct, body, _, err := reader.ParseHeader(data)
		if err != nil {
			t.Fatal(err)
		}
		doc := &chronik.Document{ID: f, Text: string(data[body:]), DCT: dct}
		for _, s := range stages {
			if err := s.Annotate(t.Context(), doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		for _, e := range doc.Events {
			coded++
			r := &timeline.Report{Doc: f, DCT: dct, Lang: doc.Lang, Event: e}
			reports = append(reports, r)
			iv := r.Interval()
			var hits []demo.GoldEvent
			for _, g := range byFile[f] {
				giv := timeline.ParseValue(g.Date)
				future := e.Modality == chronik.ModalityFuture
				if happeningTypes[g.Happening] == e.Type && iv.Overlaps(giv, 1) && future == (g.Modality == demo.ModalityFuture) && (e.Modality == chronik.ModalityAsserted || future) {
					hits = append(hits, g)
				}
			}
			if len(hits) == 1 {
				mapped++
				goldOf[r.Key()] = hits[0].Happening
				covered[f+"|"+hits[0].Happening] = true
			}
		}
	}
	pred := map[string]string{}
	for _, g := range timeline.Cluster(reports) {
		for _, r := range g.Reports {
			pred[r.Key()] = g.ID
		}
	}
	s := ScoreMerge(goldOf, pred)
	var b strings.Builder
	fmt.Fprintf(&b, "demo corpus, real pipeline: %d articles, %d coded events, %d mapped to a gold happening, %d of %d gold (article, happening) pairs covered\n",
		len(demo.Files()), coded, mapped, len(covered), len(gold))
	WriteMergeScore(&b, s)
	t.Log(b.String())
	if os.Getenv("MERGE_ERRORS") != "" {
		for _, e := range s.FalseMerges {
			t.Logf("false merge: %s", e)
		}
		for _, e := range s.FalseSplits {
			t.Logf("false split: %s", e)
		}
	}
}
