package timeline

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronik-dev/chronik"
)

// WriteJSONL writes one merged event per line: the event fields of the
// contract plus mentions (each with doc) and sources.
func WriteJSONL(w io.Writer, evs []*chronik.MergedEvent) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range evs {
		if err := enc.Encode(m); err != nil {
			return fmt.Errorf("write merged event %s: %w", m.ID, err)
		}
	}
	return nil
}

// Names joins the names of actors with ", ".
func Names(as []chronik.Actor) string {
	var out []string
	for _, a := range as {
		n := a.Name
		if n == "" {
			n = a.Ref
		}
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// CSVHeader is the header of [WriteCSV]: the columns of a GDELT 2.0 event
// record that chronik can fill, then chronik's own (from DatePrecision on).
var CSVHeader = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"EventCode", "EventBaseCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"SOURCEURL",
	"DatePrecision", "DateValue", "DateConflict", "DateValues", "Modality", "ModalityHistory", "Actor1Ref", "Actor2Ref", "Quote",
}

// WriteCSV writes merged events in a GDELT-like layout (see [CSVHeader]):
// SQLDATE is YYYYMMDD with 00 for an unknown month or day, EventCode the
// PLOVER type, EventBaseCode its mode, GoldsteinScale the type's [Weight];
// NumSources and NumArticles both count distinct documents. Extra columns
// give the date at its precision, every date the sources give, the
// modality and its history.
func WriteCSV(w io.Writer, evs []*chronik.MergedEvent) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, m := range evs {
		iv := Span(m)
		sqlDate, monthYear, year := "", "", ""
		if iv.Valid() {
			t := iv.Time()
			y, mo, d := t.Year(), int(t.Month()), t.Day()
			switch iv.Precision {
			case PrecDay:
			case PrecMonth:
				d = 0
			default:
				mo, d = 0, 0
			}
			sqlDate = fmt.Sprintf("%04d%02d%02d", y, mo, d)
			monthYear = fmt.Sprintf("%04d%02d", y, mo)
			year = strconv.Itoa(y)
		}
		a1, a2 := first(m.Actor), first(m.Recipient)
		var geo [5]string
		if p := m.Place; p != nil {
			geo = [5]string{p.Name, p.Country, ftoa(p.Lat), ftoa(p.Lon), p.Ref}
		}
		var dates, hist []string
		for _, d := range m.Dates {
			dates = append(dates, fmt.Sprintf("%s:%d", d.Value, d.Mentions))
		}
		for _, h := range m.Modalities {
			hist = append(hist, h.Modality+"@"+h.DCT.String())
		}
		url, quote := "", ""
		if len(m.Mentions) > 0 {
			url, quote = m.Mentions[0].Doc, m.Mentions[0].Quote
		}
		rec := []string{
			m.ID, sqlDate, monthYear, year,
			a1.Country, a1.Name, a1.Country, a1.Sector,
			a2.Country, a2.Name, a2.Country, a2.Sector,
			m.Type, m.Mode, strconv.Itoa(QuadClass(m.Type)), ftoa(Weight[m.Type]),
			strconv.Itoa(len(m.Mentions)), strconv.Itoa(m.Sources), strconv.Itoa(m.Sources),
			geo[0], geo[1], geo[2], geo[3], geo[4],
			url,
			m.Precision, m.Date.Value, strconv.FormatBool(m.DateConflict), strings.Join(dates, ";"), m.Modality, strings.Join(hist, ";"), a1.Ref, a2.Ref, quote,
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func first(as []chronik.Actor) chronik.Actor {
	if len(as) == 0 {
		return chronik.Actor{}
	}
	return as[0]
}

func ftoa(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// WriteTimeML writes merged events as one TimeML document: each event is
// a line of text with an EVENT (the PLOVER type), a TIMEX3 with its date
// and a TLINK saying the event happened within that time.
func WriteTimeML(w io.Writer, evs []*chronik.MergedEvent) error {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>chronik-timeline</DOCID>\n<TEXT>\n")
	var links strings.Builder
	for i, m := range evs {
		n := i + 1
		who := Names(m.Actor)
		if r := Names(m.Recipient); r != "" {
			who += " – " + r
		}
		class := "OCCURRENCE"
		if m.Modality != chronik.ModalityAsserted {
			class = "I_ACTION"
		}
		fmt.Fprintf(&b, "%s: <EVENT eid=\"e%d\" class=\"%s\" modality=\"%s\">%s</EVENT>", esc(who), n, class, esc(m.Modality), esc(m.Type))
		if m.Place != nil {
			fmt.Fprintf(&b, " in %s", esc(m.Place.Name))
		}
		if m.Date.Value != "" {
			fmt.Fprintf(&b, ", <TIMEX3 tid=\"t%d\" type=\"DATE\" value=\"%s\">%s</TIMEX3>", n, esc(m.Date.Value), esc(m.Date.Value))
			fmt.Fprintf(&links, "<TLINK lid=\"l%d\" eventInstanceID=\"ei%d\" relatedToTime=\"t%d\" relType=\"IS_INCLUDED\"/>\n", n, n, n)
		}
		fmt.Fprintf(&b, " (%d sources)\n", m.Sources)
	}
	b.WriteString("</TEXT>\n")
	for i, m := range evs {
		fmt.Fprintf(&b, "<MAKEINSTANCE eiid=\"ei%d\" eventID=\"e%d\" tense=\"NONE\" aspect=\"NONE\" polarity=\"%s\" pos=\"NOUN\"/>\n", i+1, i+1, polarity(m))
	}
	b.WriteString(links.String())
	b.WriteString("</TimeML>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func polarity(m *chronik.MergedEvent) string {
	if m.Modality == chronik.ModalityNegated {
		return "NEG"
	}
	return "POS"
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGraphML writes a network as GraphML, readable by Gephi, yEd and
// NetworkX.
func WriteGraphML(w io.Writer, n Network) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="name" for="node" attr.name="name" attr.type="string"/>
<key id="country" for="node" attr.name="country" attr.type="string"/>
<key id="nevents" for="node" attr.name="events" attr.type="int"/>
<key id="events" for="edge" attr.name="events" attr.type="int"/>
<key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>
<key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>
<key id="weight" for="edge" attr.name="weight" attr.type="double"/>
<graph id="chronik" edgedefault="directed">
`)
	for _, v := range n.Nodes {
		fmt.Fprintf(&b, "<node id=\"%s\"><data key=\"name\">%s</data><data key=\"country\">%s</data><data key=\"nevents\">%d</data></node>\n",
			esc(v.Key), esc(v.Name), esc(v.Country), v.Events)
	}
	for i, e := range n.Edges {
		fmt.Fprintf(&b, "<edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"events\">%d</data><data key=\"cooperation\">%d</data><data key=\"conflict\">%d</data><data key=\"weight\">%g</data></edge>\n",
			i, esc(e.Source), esc(e.Target), e.Events, e.Cooperation, e.Conflict, e.Weight)
	}
	b.WriteString("</graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteGEXF writes a network as GEXF 1.3, Gephi's own format; edge
// weights are event counts, the type-weight sum is an attribute.
func WriteGEXF(w io.Writer, n Network) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
<meta><creator>chronik</creator><description>actor network of merged events</description></meta>
<graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="country" type="string"/><attribute id="1" title="events" type="integer"/></attributes>
<attributes class="edge"><attribute id="0" title="cooperation" type="integer"/><attribute id="1" title="conflict" type="integer"/><attribute id="2" title="score" type="double"/></attributes>
<nodes>
`)
	for _, v := range n.Nodes {
		fmt.Fprintf(&b, "<node id=\"%s\" label=\"%s\"><attvalues><attvalue for=\"0\" value=\"%s\"/><attvalue for=\"1\" value=\"%d\"/></attvalues></node>\n",
			esc(v.Key), esc(v.Name), esc(v.Country), v.Events)
	}
	b.WriteString("</nodes>\n<edges>\n")
	for i, e := range n.Edges {
		fmt.Fprintf(&b, "<edge id=\"%d\" source=\"%s\" target=\"%s\" weight=\"%d\"><attvalues><attvalue for=\"0\" value=\"%d\"/><attvalue for=\"1\" value=\"%d\"/><attvalue for=\"2\" value=\"%g\"/></attvalues></edge>\n",
			i, esc(e.Source), esc(e.Target), e.Events, e.Cooperation, e.Conflict, e.Weight)
	}
	b.WriteString("</edges>\n</graph>\n</gexf>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
