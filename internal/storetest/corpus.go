package storetest

import (
	"fmt"
	"strings"

	"github.com/chronik-dev/chronik"
)

// article is a test document before it becomes a chronik.Document.
type article struct {
	id, lang, dct, title, text string
}

// corpus holds short German and English articles about real events,
// written for these tests.
var corpus = []article{
	{
		id: "de-kim-russland", lang: "de", dct: "2019-04-19",
		title: "Kim Jong Un reist nach Russland",
		text: "Der nordkoreanische Machthaber Kim Jong Un wird noch im April nach Russland reisen. " +
			"Das Gipfeltreffen mit Präsident Wladimir Putin soll in Wladiwostok stattfinden. " +
			"Das zweite Treffen mit US-Präsident Donald Trump war im Februar in Hanoi ohne eine " +
			"Einigung über Atomwaffen zu Ende gegangen.",
	},
	{
		id: "de-hanoi", lang: "de", dct: "2019-02-28",
		title: "Gipfel in Hanoi abgebrochen",
		text: "Das Gipfeltreffen zwischen Donald Trump und Kim Jong Un in Hanoi ist vorzeitig beendet worden. " +
			"Streit gab es über die Sanktionen gegen Nordkorea und über das Atomprogramm des Landes.",
	},
	{
		id: "de-hilfspaket", lang: "de", dct: "2020-03",
		title: "Bundestag beschließt Hilfspaket",
		text: "Der Bundestag hat ein Hilfspaket gegen die wirtschaftlichen Folgen der Corona-Pandemie " +
			"beschlossen. Die Bundesregierung nimmt dafür neue Schulden auf, die Schuldenbremse wird ausgesetzt.",
	},
	{
		id: "de-singapur", lang: "de", dct: "2018-06-12",
		title: "Handschlag in Singapur",
		text: "Donald Trump und Kim Jong Un haben sich in Singapur die Hände geschüttelt. " +
			"Es ist das erste Treffen eines amtierenden US-Präsidenten mit einem Machthaber Nordkoreas.",
	},
	{
		id: "en-swift", lang: "en", dct: "2022-02-26",
		title: "Western allies cut banks off SWIFT",
		text: "The United States and the European Union sanctioned Russia's central bank after the invasion " +
			"of Ukraine. Several Russian banks were cut off from the SWIFT payment system.",
	},
	{
		id: "en-crimea", lang: "en", dct: "2014-03-17",
		title: "EU freezes assets of officials",
		text: "The European Union imposed a first sanction package over the annexation of Crimea, " +
			"freezing the assets of officials and banning them from travel.",
	},
	{
		id: "en-singapore", lang: "en", dct: "",
		title: "Summit in Singapore",
		text: "Donald Trump and Kim Jong Un met in Singapore for their first summit. " +
			"They signed a short statement on the denuclearization of the Korean peninsula.",
	},
}

// document returns a as a chronik.Document without annotations.
func (a article) document() *chronik.Document {
	return &chronik.Document{
		ID:     a.id,
		Source: "storetest/" + a.id + ".txt",
		URL:    "https://example.org/" + a.id,
		Title:  a.title,
		Lang:   a.lang,
		DCT:    chronik.MustParseDCT(a.dct),
		Text:   a.text,
	}
}

// corpusDocuments returns fresh documents for the whole corpus.
func corpusDocuments() []*chronik.Document {
	docs := make([]*chronik.Document, len(corpus))
	for i, a := range corpus {
		docs[i] = a.document()
	}
	return docs
}

// span returns the span of the n-th (0-based) occurrence of sub in text;
// it panics when there is none, since test data is wrong then.
func span(text, sub string, n int) chronik.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic(fmt.Sprintf("storetest: %q not in text", sub))
		}
		if n == 0 {
			return chronik.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

// annotatedDocument returns the first corpus article with every layer
// filled, as the pipeline would produce it.
func annotatedDocument() *chronik.Document {
	doc := corpus[0].document()
	doc.Meta = map[string]string{"feed": "tagesschau", "author": "dpa"}
	doc.Errors = []string{"entity: ambiguous name \"Kim\""}
	text := doc.Text

	// Tokens: words and punctuation of the first sentence, with one form
	// that differs from the text.
	first := strings.Index(text, ".") + 1
	for i := 0; i < first; {
		j := i
		for j < first && text[j] != ' ' && text[j] != '.' {
			j++
		}
		if j > i {
			doc.Tokens = append(doc.Tokens, chronik.Token{Span: chronik.Span{Start: i, End: j}, Kind: chronik.TokenWord, Form: text[i:j]})
		}
		if j < first && text[j] == '.' {
			doc.Tokens = append(doc.Tokens, chronik.Token{Span: chronik.Span{Start: j, End: j + 1}, Kind: chronik.TokenPunct, Form: "."})
		}
		i = j + 1
	}
	doc.Tokens[1].Form = "nordkoreanische*"
	doc.Sentences = []chronik.Sentence{
		{Span: chronik.Span{Start: 0, End: first}, FirstToken: 0, EndToken: len(doc.Tokens)},
		{Span: chronik.Span{Start: first + 1, End: len(text)}, FirstToken: len(doc.Tokens), EndToken: len(doc.Tokens)},
	}
	doc.Timexes = []chronik.Timex{
		{ID: "t1", Text: "noch im April", Span: span(text, "noch im April", 0), Type: "DATE", Value: "2019-04", Mod: "END", Anchor: "dct"},
		{ID: "t2", Text: "im Februar", Span: span(text, "im Februar", 0), Type: "DATE", Value: "2019-02", Anchor: "dct"},
	}
	doc.Entities = []chronik.Entity{
		{ID: "e1", Text: "Kim Jong Un", Span: span(text, "Kim Jong Un", 0), Type: "PER", Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV"},
		{ID: "e2", Text: "Russland", Span: span(text, "Russland", 0), Type: "GPE", Ref: "Q159", Name: "Russland", Country: "RUS"},
		{ID: "e3", Text: "nordkoreanische", Span: span(text, "nordkoreanische", 0), Type: "GPE", Ref: "Q423", Name: "Nordkorea", Country: "PRK", Adjective: true},
		{ID: "e4", Text: "Wladiwostok", Span: span(text, "Wladiwostok", 0), Type: "LOC", Ref: "Q959", Name: "Wladiwostok", Country: "RUS"},
	}
	kim := chronik.Actor{Ref: "Q56226", Name: "Kim Jong Un", Country: "PRK", Sector: "GOV", Entity: "e1"}
	doc.Events = []chronik.Event{
		{
			ID: "v1", Type: "CONSULT", Mode: "visit",
			Actor:     []chronik.Actor{kim},
			Recipient: []chronik.Actor{{Ref: "Q159", Name: "Russland", Country: "RUS", Entity: "e2"}},
			Date:      chronik.EventDate{Value: "2019-04", Timex: "t1", From: "text"},
			Place:     &chronik.Place{Ref: "Q959", Name: "Wladiwostok", Country: "RUS", Lat: 43.1155, Lon: 131.8855},
			Modality:  chronik.ModalityFuture,
			Trigger:   chronik.Trigger{Text: "reisen", Span: span(text, "reisen", 0)},
			Sentence:  chronik.Span{Start: 0, End: first},
		},
		{
			ID: "v2", Type: "CONSULT", Mode: "meet",
			Actor:    []chronik.Actor{kim, {Ref: "Q22686", Name: "Donald Trump", Country: "USA", Sector: "GOV"}},
			Date:     chronik.EventDate{Value: "2019-02", Timex: "t2", From: "text"},
			Modality: chronik.ModalityAsserted,
			Reported: true,
			Trigger:  chronik.Trigger{Text: "Treffen", Span: span(text, "Treffen", 0)},
			Sentence: span(text, "Das zweite Treffen", 0),
		},
	}
	return doc
}

// generatedDocument returns a distinct English article for bulk tests.
func generatedDocument(prefix string, i int) *chronik.Document {
	return &chronik.Document{
		ID:     fmt.Sprintf("%s-%04d", prefix, i),
		Source: "storetest/generated",
		Lang:   "en",
		DCT:    chronik.MustParseDCT(fmt.Sprintf("2021-%02d-%02d", i%12+1, i%28+1)),
		Title:  fmt.Sprintf("Harbour report %d", i),
		Text: fmt.Sprintf("Dock workers in port %s-%d negotiated with shipping companies. "+
			"The talks about wages ended in agreement number %d.", prefix, i, i),
	}
}
