package eval

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
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

// happeningCountries lists, for each gold happening of the demo corpus,
// the countries of its participants and place, as internal/timeline's
// hand-coded test set codes them (evalHappenings there). The fairer
// mapping of [scorePipelineMerge] uses them.
var happeningCountries = map[string][]string{"biegun-pyongyang-2019-02": {"PRK", "USA"}, "dmz-meeting-2019-06": {"KOR", "PRK", "USA"}, "hanoi-summit-2019": {"PRK", "USA", "VNM"}, "hwasong14-second-test-2017-07": {"PRK"}, "hwasong14-test-2017-07": {"PRK"}, "hwasong15-test-2017-11": {"PRK"}, "inter-korean-talks-2018-01": {"KOR", "PRK"}, "kcna-weapon-test-2019-04": {"PRK"}, "kim-arrival-hanoi-2019-02": {"PRK", "VNM"}, "kim-arrival-vladivostok-2019-04": {"PRK", "RUS"}, "kim-new-year-speech-2018": {"KOR", "PRK"}, "kim-seoul-visit-2018": {"KOR", "PRK"}, "kim-train-beijing-2018-03": {"CHN", "PRK"}, "kim-xi-beijing-2018-03": {"CHN", "PRK"}, "kim-xi-beijing-2018-06": {"CHN", "PRK"}, "kim-xi-beijing-2019-01": {"CHN", "PRK"}, "kim-xi-dalian-2018-05": {"CHN", "PRK"}, "kim-yo-jong-blue-house-2018-02": {"KOR", "PRK"}, "kim-yong-chol-new-york-2018-05": {"PRK", "USA"}, "lavrov-pyongyang-2018-05": {"PRK", "RUS"}, "nuclear-test-2017-09": {"PRK"}, "paektu-visit-2018-09": {"KOR", "PRK"}, "panmunjom-summit-2018-04": {"KOR", "PRK"}, "panmunjom-summit-2018-05": {"KOR", "PRK"}, "pompeo-pyongyang-2018-05": {"PRK", "USA"}, "pompeo-pyongyang-2018-07": {"PRK", "USA"}, "pompeo-pyongyang-2018-10": {"PRK", "USA"}, "punggye-ri-demolition-2018-05": {"PRK"}, "pyeongchang-olympics-opening-2018": {"KOR", "PRK"}, "pyongyang-summit-2018-09": {"KOR", "PRK"}, "seoul-envoys-pyongyang-2018-03": {"KOR", "PRK"}, "short-range-launch-2019-05": {"PRK"}, "singapore-summit-2018": {"PRK", "SGP", "USA"}, "singapore-summit-cancellation-2018-05": {"PRK", "USA"}, "slbm-test-2019-10": {"PRK"}, "stockholm-talks-2019-10": {"PRK", "SWE", "USA"}, "test-moratorium-2018-04": {"PRK"}, "trump-accepts-invitation-2018-03": {"PRK", "USA"}, "un-resolution-2371-2017": {"PRK", "UNO"}, "un-resolution-2375-2017": {"PRK", "UNO"}, "un-resolution-2397-2017": {"PRK", "UNO"}, "unsc-meeting-2017-07": {"UNO", "USA"}, "unsc-meeting-2017-09": {"UNO", "USA"}, "vladivostok-summit-2019": {"PRK", "RUS"}, "xi-pyongyang-2019-06": {"CHN", "PRK"}}

// mergeSet is a corpus of dated articles with gold happenings, scored by
// [scorePipelineMerge].
type mergeSet struct {
	name  string
	fsys  fs.FS
	files []string
	gold  []demo.GoldEvent
	types map[string]string // PLOVER type of each happening
	// countries lists the countries of each happening's participants
	// and place, for the fairer mapping; nil when the set has none.
	countries map[string][]string
}

// pipelineMerge is what [scorePipelineMerge] found.
type pipelineMerge struct {
	Score                  MergeScore
	Coded, Mapped, Covered int
	Reports                []*timeline.Report
	Groups                 []timeline.Group
	GoldOf                 map[string]string
	// Fair is the score under the fairer mapping, which also asks the
	// event's participants to be plausible for the happening (see
	// [plausible]); FairMapped counts its mentions. Zero without
	// countries.
	Fair       MergeScore
	FairMapped int
	FairOf     map[string]string
}

// scorePipelineMerge runs the whole pipeline (time, entities, events) on
// the set, merges the coded events with timeline.Cluster and scores the
// merge against the gold happenings. A coded event counts as a mention
// of a gold happening of its article when exactly one of the article's
// gold happenings has the event's type and a date that agrees with the
// event's (and the same modality class); other events are merged too but
// not scored.
func scorePipelineMerge(t *testing.T, set mergeSet) pipelineMerge {
	t.Helper()
	kb, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	coder := event.NewCoder()
	coder.KB = kb
	stages := []pipeline.Stage{textnorm.Stage{}, lang.Stage{}, sentence.Stage{}, temporal.NewTagger(), entity.NewRecognizer(kb), coder}
	byFile := map[string][]demo.GoldEvent{}
	for _, g := range set.gold {
		if _, ok := set.types[g.Happening]; !ok {
			t.Fatalf("%s: happening %s has no type", set.name, g.Happening)
		}
		byFile[g.File] = append(byFile[g.File], g)
	}
	res := pipelineMerge{GoldOf: map[string]string{}}
	fairOf := map[string]string{}
	res.FairOf = fairOf
	covered := map[string]bool{}
	for _, f := range set.files {
		data, err := fs.ReadFile(set.fsys, f)
		if err != nil {
			t.Fatal(err)
		}
		dct, body, _, err := reader.ParseHeader(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		doc := &chronik.Document{ID: f, Text: string(data[body:]), DCT: dct}
		for _, s := range stages {
			if err := s.Annotate(t.Context(), doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		for _, e := range doc.Events {
			res.Coded++
			r := &timeline.Report{Doc: f, DCT: dct, Lang: doc.Lang, Event: e}
			res.Reports = append(res.Reports, r)
			iv := r.Interval()
			var hits []demo.GoldEvent
			for _, g := range byFile[f] {
				giv := timeline.ParseValue(g.Date)
				future := e.Modality == chronik.ModalityFuture
				if set.types[g.Happening] == e.Type && iv.Overlaps(giv, 1) && future == (g.Modality == demo.ModalityFuture) && (e.Modality == chronik.ModalityAsserted || future) {
					hits = append(hits, g)
				}
			}
			if len(hits) == 1 {
				res.Mapped++
				res.GoldOf[r.Key()] = hits[0].Happening
				covered[f+"|"+hits[0].Happening] = true
			}
			if set.countries != nil {
				// plausibility may also single out one of several
				// happenings that type and date allow
				var fair []demo.GoldEvent
				for _, g := range hits {
					if plausible(&e, set.countries[g.Happening]) {
						fair = append(fair, g)
					}
				}
				if len(fair) == 1 {
					res.FairMapped++
					fairOf[r.Key()] = fair[0].Happening
				}
			}
		}
	}
	res.Covered = len(covered)
	res.Groups = timeline.Cluster(res.Reports)
	pred := map[string]string{}
	for _, g := range res.Groups {
		for _, r := range g.Reports {
			pred[r.Key()] = g.ID
		}
	}
	res.Score = ScoreMerge(res.GoldOf, pred)
	var b strings.Builder
	fmt.Fprintf(&b, "%s, real pipeline: %d articles, %d coded events, %d mapped to a gold happening, %d of %d gold (article, happening) pairs covered\n",
		set.name, len(set.files), res.Coded, res.Mapped, res.Covered, len(set.gold))
	WriteMergeScore(&b, res.Score)
	if set.countries != nil {
		res.Fair = ScoreMerge(fairOf, pred)
		fmt.Fprintf(&b, "fairer mapping (participants plausible for the happening): %d mapped\n", res.FairMapped)
		WriteMergeScore(&b, res.Fair)
	}
	t.Log(b.String())
	logMergeDetails(t, res)
	return res
}

// logMergeDetails lists the merge errors when MERGE_ERRORS is set and
// every coded event with its cluster when MERGE_DUMP is set.
func logMergeDetails(t *testing.T, res pipelineMerge) {
	t.Helper()
	if os.Getenv("MERGE_DUMP") != "" {
		for _, g := range res.Groups {
			for _, r := range g.Reports {
				t.Logf("event %s\t%s\t%s\tfair:%s", res.GoldOf[r.Key()], g.ID[:7], describeReport(r), res.FairOf[r.Key()])
			}
		}
	}
	if why := os.Getenv("MERGE_WHY"); why != "" {
		// MERGE_WHY=doc/v3 lists the reports of the same type that the
		// report matches.
		for _, r := range res.Reports {
			if r.Key() != why {
				continue
			}
			for _, o := range res.Reports {
				if o != r && o.Event.Type == r.Event.Type && timeline.Match(r, o) {
					t.Logf("matches %s (level %d)\t%s", res.GoldOf[o.Key()], o.Level(), describeReport(o))
				}
			}
		}
	}
	if v := os.Getenv("MERGE_ERRORS"); v != "" {
		// MERGE_ERRORS=fair lists the errors under the fairer mapping
		score := res.Score
		if v == "fair" {
			score = res.Fair
		}
		for _, e := range score.FalseMerges {
			t.Logf("false merge: %s", e)
		}
		for _, e := range score.FalseSplits {
			t.Logf("false split: %s", e)
		}
	}
}

// plausible reports whether an event's participants may be those of a
// happening whose participants and place come from countries: every
// participant with a country comes from one of them. An event whose
// participants name no country is plausible for any happening.
func plausible(e *chronik.Event, countries []string) bool {
	for _, as := range [][]chronik.Actor{e.Actor, e.Recipient} {
		for _, a := range as {
			if a.Country != "" && !slices.Contains(countries, a.Country) {
				return false
			}
		}
	}
	return true
}

// describeReport is one line about a coded event for error analysis.
func describeReport(r *timeline.Report) string {
	e := &r.Event
	actors := func(as []chronik.Actor) string {
		names := make([]string, len(as))
		for i, a := range as {
			names[i] = a.Name
		}
		return strings.Join(names, ", ")
	}
	place := ""
	if e.Place != nil {
		place = e.Place.Name
	}
	return fmt.Sprintf("%s\t%s %s %s\t%s (%s)\t[%s] -> [%s] in %q\t%q",
		r.Key(), e.Type, e.Mode, e.Modality, e.Date.Value, e.Date.From, actors(e.Actor), actors(e.Recipient), place, e.Trigger.Text)
}

// TestMergeDemoPipeline scores the merging of the real pipeline's events
// on the demo corpus against gold.json (see [scorePipelineMerge]). The
// figures go to the log; set MERGE_ERRORS=1 to list the errors
// (MERGE_ERRORS=fair: under the fairer mapping), MERGE_DUMP=1 to list every
// coded event with its cluster.
func TestMergeDemoPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	gold, err := demo.Gold()
	if err != nil {
		t.Fatal(err)
	}
	res := scorePipelineMerge(t, mergeSet{name: "demo corpus", fsys: demo.Corpus(), files: demo.Files(), gold: gold, types: happeningTypes, countries: happeningCountries})
	// Regression floors 0.02 below the recall measured at the end of the
	// third merge round (0.812; fairer mapping 0.908; see
	// docs/EVALUATION.md), with room for changes of the earlier stages;
	// the target is 0.90 for both. The precision floors stay where
	// the second round put them (0.02 below its 0.921 and 0.943): the
	// third round traded 0.002 and 0.003 of precision for recall.
	if p, r := res.Score.Pairs.Precision, res.Score.Pairs.Recall; p < 0.901 || r < 0.792 {
		t.Errorf("pairwise precision %.3f, recall %.3f, want >= 0.901 and >= 0.792", p, r)
	}
	if p, r := res.Fair.Pairs.Precision, res.Fair.Pairs.Recall; p < 0.923 || r < 0.888 {
		t.Errorf("fairer mapping: pairwise precision %.3f, recall %.3f, want >= 0.923 and >= 0.888", p, r)
	}
}
