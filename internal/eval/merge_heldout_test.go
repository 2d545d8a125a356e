package eval

import (
	"encoding/json"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chronik-dev/chronik/internal/demo"
)

// heldoutDir holds the held-out merge set: short dated articles in German
// and English about happenings outside the demo corpus's Korea story,
// gold.json in the demo corpus's format and types.json with the PLOVER
// type of each happening.
const heldoutDir = "testdata/merge-heldout"

// heldout2Dir holds the second held-out merge set, written in the third
// merge round before any change of that round (other happenings: Geneva
// 2021, Scholz and Macron in China, Minsk II, Merkel in Washington),
// when the first one became a development set.
const heldout2Dir = "testdata/merge-heldout2"

// heldout3Dir holds the third held-out merge set, written in the fourth
// merge round by someone who had seen neither the pipeline's output on it
// nor the scoring code (Havana 2016, Mar-a-Lago 2017, Sochi and Meseberg
// 2018, the Idlib deal, Brégançon and the Normandy summit 2019, Zelensky
// in Washington 2022), when the second one became a development set.
const heldout3Dir = "testdata/merge-heldout3"

// heldout4Dir holds the fourth held-out merge set, written in the fourth
// merge round, when the third one became a development set (February
// 2022 before the invasion, Obama in Germany 2016, Xi in Europe 2024, Xi
// in Moscow 2023, Erdoğan–Putin and Idlib 2020).
const heldout4Dir = "testdata/merge-heldout4"

// heldout5Dir holds the fifth held-out merge set, written in stop 10 by
// someone who saw neither the pipeline's output on it nor the scoring
// code, when the fourth one became a development set (Obama in Japan
// 2016, Trump and Macron 2017, Macron and Merkel in Washington 2018, Modi
// and Xi in Wuhan and Mamallapuram, Putin and Kim 2023-24, Blinken in
// Beijing and Biden and Xi at Woodside 2023).
const heldout5Dir = "testdata/merge-heldout5"

// loadHeldout reads a held-out merge set from dir.
func loadHeldout(t *testing.T, name, heldoutDir string) mergeSet {
	t.Helper()
	fsys := os.DirFS(heldoutDir)
	set := mergeSet{name: name, fsys: fsys}
	for _, name := range []string{"gold.json", "types.json"} {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		var v any = &set.gold
		if name == "types.json" {
			v = &set.types
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// countries.json: happening -> countries of its participants and
	// place, for the fairer mapping
	data, err := fs.ReadFile(fsys, "countries.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &set.countries); err != nil {
		t.Fatalf("countries.json: %v", err)
	}
	for h := range set.types {
		if _, ok := set.countries[h]; !ok {
			t.Fatalf("countries.json lacks happening %s", h)
		}
	}
	files, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	set.files = files
	for _, g := range set.gold {
		if !slices.Contains(files, g.File) {
			t.Fatalf("gold names %s, which is not in %s", g.File, heldoutDir)
		}
		if g.Modality != demo.ModalityAsserted && g.Modality != demo.ModalityFuture {
			t.Fatalf("gold %s/%s: unknown modality %q", g.File, g.Happening, g.Modality)
		}
	}
	return set
}

// checkHeldoutSize fails when a held-out set is smaller than the issue
// asks for a merge test set's share.
func checkHeldoutSize(t *testing.T, set mergeSet, minFiles, minHappenings int) {
	t.Helper()
	langs := map[string]int{}
	happenings := map[string]bool{}
	for _, f := range set.files {
		langs[f[strings.LastIndexByte(f, '-')+1:]]++
	}
	for _, g := range set.gold {
		happenings[g.Happening] = true
	}
	if len(set.files) < minFiles || langs["de.txt"] == 0 || langs["en.txt"] == 0 || len(happenings) < minHappenings {
		t.Fatalf("%s too small: %d articles %v, %d happenings", set.name, len(set.files), langs, len(happenings))
	}
}

// heldoutFloor scores the real pipeline's merging on a held-out set
// exactly as TestMergeDemoPipeline does on the demo corpus, and fails
// below the set's regression floors.
type heldoutFloor struct {
	name, dir               string
	minFiles, minHappenings int
	precision, recall       float64 // floors
	fairP, fairR            float64 // floors under the fairer mapping (countries.json)
}

func (h heldoutFloor) run(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	set := loadHeldout(t, h.name, h.dir)
	checkHeldoutSize(t, set, h.minFiles, h.minHappenings)
	res := scorePipelineMerge(t, set)
	if p, r := res.Score.Pairs.Precision, res.Score.Pairs.Recall; p < h.precision || r < h.recall {
		t.Errorf("pairwise precision %.3f, recall %.3f, want >= %.3f and >= %.3f", p, r, h.precision, h.recall)
	}
	if p, r := res.Fair.Pairs.Precision, res.Fair.Pairs.Recall; p < h.fairP || r < h.fairR {
		t.Errorf("fairer mapping: pairwise precision %.3f, recall %.3f, want >= %.3f and >= %.3f", p, r, h.fairP, h.fairR)
	}
}

// TestMergeHeldout scores the first held-out set. The set was written
// after the demo rules of the first round; since the third round it is a
// development set (its errors were studied). The floors are 0.02 below
// the figures measured at the end of the third merge round (precision
// 1.000, recall 0.957; see docs/EVALUATION.md).
func TestMergeHeldout(t *testing.T) {
	heldoutFloor{"held-out merge set", heldoutDir, 12, 5, 0.980, 0.937, 0.980, 0.927}.run(t)
}

// TestMergeHeldout2 scores the second held-out set, written before the
// third round's changes; since the fourth round it is a development set.
// The floors are 0.02 below the first measurement (precision 0.933,
// recall 0.824), which the ends of the third and fourth rounds repeated.
func TestMergeHeldout2(t *testing.T) {
	heldoutFloor{"second held-out merge set", heldout2Dir, 10, 4, 0.913, 0.804, 0.886, 0.921}.run(t)
}

// TestMergeHeldout3 scores the third held-out set, a development set
// since its errors were read in the fourth round. The floors are 0.02
// below the first measurement (precision 0.982, recall 0.841 at a8ab565
// with the pipeline of 06f0d41; see docs/EVALUATION.md).
func TestMergeHeldout3(t *testing.T) {
	heldoutFloor{"third held-out merge set", heldout3Dir, 16, 7, 0.962, 0.821, 0.964, 0.867}.run(t)
}

// TestMergeHeldout4 scores the fourth held-out set, a development set
// since its errors were read in stop 10. The floors are 0.02 below the
// figures after that stop's changes (precision 0.636, recall 0.667; its
// first measurement, unread, was 0.652 and 0.714 at 6714d15 and 0.667 and
// 0.667 at bf96a86; see docs/EVALUATION.md).
func TestMergeHeldout4(t *testing.T) {
	heldoutFloor{"fourth held-out merge set", heldout4Dir, 16, 5, 0.616, 0.647, 0.647, 0.756}.run(t)
}

// TestMergeHeldout5 scores the fifth held-out set. Its errors are not
// studied; only its figures are read. The floors are 0.02 below its first
// measurement (precision 0.965, recall 0.579 with the code of stop 10;
// see docs/EVALUATION.md).
func TestMergeHeldout5(t *testing.T) {
	heldoutFloor{"fifth held-out merge set", heldout5Dir, 16, 5, 0.945, 0.559, 0.932, 0.749}.run(t)
}
