package temporal

import (
	"strconv"
	"strings"
)

// frame collects the fields one expression's pattern elements matched.
type frame struct {
	t0, t1 int // token span, outside-span context excluded

	year    int
	hasYear bool
	year2   bool // year holds only the last two digits ("1912/13")
	bc      bool
	month   int
	day     int
	wd      int
	season  string
	pod     string
	hour    int
	minute  int
	hasTime bool
	ampm    string

	num     float64 // -1: unspecified ("einige")
	hasNum  bool
	unit    string
	unitMul int
	plural  bool
	kw      bool

	rel     int
	hasRel  bool
	relText bool
	// relSpan: the REL word counts back from now ("the past decade": the
	// ten years up to the anchor, no calendar decade).
	relSpan bool
	// rangeYear: the first bound of a duration range is a year ("in 2016
	// to ten years"), so the match is no range.
	rangeYear bool
	deic      string
	mod       string
	qmod      string
	approx    bool
	holiday   string
	ord       int
	hasOrd    bool
	decade    int
	hasDec    bool
	ref       string
	setv      string
	durw      string
	durAdj    string
	every     bool
	times     int
	after     int // +1 after ("später"), -1 before ("zuvor")
	ago       bool
	lits      []string
}

func (f *frame) hasLit(l string) bool {
	for _, x := range f.lits {
		if x == l {
			return true
		}
	}
	return false
}

// buildFrames turns the captures of a match into one frame per part.
func buildFrames(caps []capture, fr *[2]frame) int {
	fr[0], fr[1] = frame{t0: -1}, frame{t0: -1}
	parts := 1
	for _, c := range caps {
		f := &fr[c.part]
		if c.part == 1 {
			parts = 2
		}
		if !c.ctx && !(c.c == cLIT && !isWordish(c.lit)) {
			if f.t0 < 0 || c.t0 < f.t0 {
				f.t0 = c.t0
			}
			if c.t1 > f.t1 {
				f.t1 = c.t1
			}
		}
		v := c.v
		switch c.c {
		case cLIT:
			f.lits = append(f.lits, c.lit)
		case cMONTH:
			f.month = int(v.n)
		case cWEEKDAY:
			f.wd = int(v.n)
			if _, pod, ok := strings.Cut(v.s, "/"); ok {
				f.pod = pod
			}
		case cSEASON:
			s, mod, _ := strings.Cut(v.s, "/")
			f.season = s
			if mod != "" {
				f.mod = mod
			}
		case cPOD:
			f.pod = v.s
		case cUNIT, cUNITS, cDURSUFFIX:
			u, tag, _ := strings.Cut(v.s, "/")
			f.unitMul = 1
			if k := strings.IndexFunc(u, func(r rune) bool { return r < '0' || r > '9' }); k > 0 {
				f.unitMul, _ = strconv.Atoi(u[:k])
				u = u[k:]
			}
			f.unit = u
			f.plural = c.c == cUNITS
			f.kw = tag == "KW"
		case cNUM:
			if f.hasNum && c.f >= 0 && f.num >= 0 {
				f.num += c.f
			} else {
				f.num = c.f
			}
			f.hasNum = true
		case cHALF:
			if f.hasNum && f.num >= 0 {
				f.num += v.n
			} else {
				f.num = v.n
			}
			f.hasNum = true
		case cORD, cDAYORD:
			if c.c == cDAYORD {
				f.day = c.a
			}
			f.ord = c.a
			f.hasOrd = true
		case cDAY:
			f.day = c.a
		case cREL:
			f.rel = int(v.n)
			f.hasRel = true
			f.relText = strings.HasSuffix(v.s, "t")
			f.relSpan = strings.HasSuffix(v.s, "p")
		case cDEIC:
			f.deic = v.s
		case cONWARD:
			if f.mod == "" {
				f.mod = v.s
			}
		case cMOD:
			f.mod = v.s
		case cAPPROX:
			f.approx = true
		case cQMOD:
			f.qmod = v.s
		case cHOLIDAY:
			f.holiday = v.s
		case cREF:
			f.ref = v.s
		case cSETW:
			f.setv = v.s
		case cEVERY:
			f.every = true
		case cAGO:
			f.ago = true
		case cAFTERW:
			f.after = 1
		case cBEFOREW:
			f.after = -1
		case cDURW:
			f.durw = v.s
		case cDURADJ:
			f.durAdj = v.s
		case cTIMES:
			f.times = int(v.n)
		case cDECW:
			f.decade = int(v.n)
			f.hasDec = true
		case cDECADE:
			f.decade = c.a
			f.hasDec = true
		case cBC:
			f.bc = true
		case cAMPM:
			f.ampm = v.s
		case cYEAR, cYEARX:
			f.year = c.a
			f.hasYear = true
		case cYEAR2:
			f.year = c.a
			f.year2 = true
		case cCLOCK, cCLOCKDOT:
			f.hour, f.minute = c.a, c.b
			f.hasTime = true
		case cHOUR:
			f.hour = c.a
			f.hasTime = true
		case cMINUTE:
			f.minute = c.b
		case cISODATE, cNUMDATE:
			f.year, f.month, f.day = c.a, c.b, c.d
			f.hasYear = true
		}
	}
	if fr[0].t0 < 0 {
		fr[0].t0 = fr[0].t1
	}
	return parts
}

// inherit completes the two bounds of a range from each other: "vom 3. bis
// 5. Mai" gives the first bound its month and year, "Mai 2018 bis Juni" the
// second its year.
func inherit(a, b *frame) {
	if b.year2 && a.hasYear && !a.bc {
		// "1912/13": the century of the first year, the next one if that would go back.
		y := a.year/100*100 + b.year
		if y <= a.year {
			y += 100
		}
		b.year, b.hasYear, b.year2 = y, true, false
	}
	if a.hasNum && a.unit == "" && b.unit != "" && a.num >= 1100 && a.num <= 2199 && a.num == float64(int(a.num)) && b.hasNum && b.num < a.num {
		// "sentenced in 2016 to ten years": a year, no first bound.
		a.rangeYear = true
	}
	if a.hasNum && a.unit == "" && b.unit != "" {
		// "zwischen 18 und 45 Jahren": the first count takes the unit of the second.
		a.unit, a.unitMul, a.plural = b.unit, b.unitMul, a.num != 1
	}
	if a.hasRel && a.unit != "" && b.hasRel && b.unit == "" && b.month == 0 && b.wd == 0 && b.season == "" {
		// "this year and next", "a dividend this year as last": the
		// second relative word takes the unit of the first.
		b.unit, b.unitMul, b.plural = a.unit, a.unitMul, a.plural
	}
	if a.wd > 0 && b.wd > 0 {
		// "Monday and Tuesday nights": both bounds are nights.
		for _, l := range b.lits {
			if _, ok := podPlurals[l]; ok && !a.hasLit(l) {
				a.lits = append(a.lits, l)
			}
		}
	}
	fill := func(x, y *frame) {
		if x.day > 0 && x.month == 0 && y.month > 0 {
			x.month = y.month
		}
		if (x.month > 0 || x.season != "") && !x.hasYear && y.hasYear {
			x.year, x.hasYear, x.bc = y.year, true, y.bc
		}
		if x.hasYear && !x.bc && y.bc {
			x.bc = true
		}
	}
	fill(a, b)
	fill(b, a)
}
