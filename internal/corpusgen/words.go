package corpusgen

// The templates and word lists below were written for chronik's
// benchmarks; they are not quotations.

var people = []string{
	"Kim Jong Un", "Moon Jae In", "Donald Trump", "Xi Jinping", "Wladimir Putin",
	"Sergej Lawrow", "Mike Pompeo", "Shinzo Abe", "Angela Merkel", "Ri Yong Ho",
	"Wang Yi", "António Guterres", "Heiko Maas", "Emmanuel Macron", "J. F. Kennedy",
}

var slots = map[string]map[string][]string{
	"de": {
		"place":   {"Pjöngjang", "Peking", "Wladiwostok", "Moskau", "Seoul", "Singapur", "Hanoi", "Panmunjom", "Washington", "Berlin", "Genf", "Wien"},
		"country": {"Nordkorea", "Südkorea", "China", "Russland", "Japan", "den USA", "Deutschland", "Österreich"},
		"adj":     {"nordkoreanische", "südkoreanische", "chinesische", "russische", "amerikanische", "japanische"},
		"role":    {"Außenminister", "Präsident", "Machthaber", "Staatschef", "Verteidigungsminister", "Regierungschef"},
		"month":   {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		"weekday": {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
		"rel":     {"vergangenen", "im kommenden", "Ende", "Anfang", "Mitte", "noch im"},
		"topic":   {"Atomprogramm", "Raketentest", "Gipfeltreffen", "Sanktionen", "Wirtschaftshilfe", "Abrüstung", "Nordkorea-Sanktionen"},
		"verb":    {"traf", "besuchte", "empfing", "kritisierte", "lud", "warnte"},
	},
	"en": {
		"place":   {"Pyongyang", "Beijing", "Vladivostok", "Moscow", "Seoul", "Singapore", "Hanoi", "Panmunjom", "Washington", "Berlin", "Geneva", "Vienna"},
		"country": {"North Korea", "South Korea", "China", "Russia", "Japan", "the U.S.", "Germany", "Austria"},
		"adj":     {"North Korean", "South Korean", "Chinese", "Russian", "American", "Japanese"},
		"role":    {"foreign minister", "President", "leader", "defence minister", "Prime Minister", "envoy"},
		"month":   {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		"weekday": {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
		"rel":     {"last", "next", "early", "late", "in mid-", "earlier this"},
		"topic":   {"nuclear programme", "missile test", "summit", "sanctions", "economic aid", "disarmament", "denuclearization"},
		"verb":    {"met", "visited", "received", "criticized", "invited", "warned"},
	},
}

var deTitles = []string{
	"{person} reist nach {place}",
	"Neue Gespräche über {topic}",
	"{adj} Regierung kündigt {topic} an",
	"Streit um {topic} in {place}",
}

var enTitles = []string{
	"{person} to travel to {place}",
	"New talks on {topic}",
	"{adj} government announces {topic}",
	"Dispute over {topic} in {place}",
}

var deSentences = []string{
	"Am {weekday} {verb} {person} in {place} den {adj}n {role}.",
	"Bereits {rel} {month} hatte der {adj} {role} {person} zu einem Besuch in {place} eingeladen.",
	"{person} wird am {day}. {month} nach {country} reisen, wie die Nachrichtenagentur KCNA meldete.",
	"Nach Angaben aus {place} soll über das {topic} gesprochen werden, z. B. über Inspektionen.",
	"„Wir haben keine Eile“, sagte {person} am {weekday} vor Journalisten.",
	"Das Treffen begann um {time} Uhr und dauerte rund {n} Stunden.",
	"Die Gespräche hatten am {numdate} in {place} begonnen, wurden aber u. a. wegen des {topic}s unterbrochen.",
	"Seit {n} Jahren bemüht sich {country} um eine Lösung im Streit um das {topic}.",
	"Vor {n} Tagen hatte {country} die {topic} verschärft; der Handel sank um {dec} Prozent.",
	"Der {adj} {role} Dr. {person} kritisierte die Pläne scharf.",
	"Im Jahr {year} war ein ähnliches Abkommen gescheitert, bzw. nie unterzeichnet worden.",
	"Weitere Informationen gibt es unter https://www.example.org/nachrichten/{n}.",
	"Die US-Regierung will die Nordkorea-Sanktionen erst nach dem {day}. {month} lockern.",
	"Nächste Woche wird {person} in {place} erwartet.",
}

var enSentences = []string{
	"On {weekday}, {person} {verb} the {adj} {role} in {place}.",
	"{rel} {month}, the {adj} {role} had invited {person} to {place}.",
	"{person} will travel to {country} on {month} {day}, the state news agency KCNA reported.",
	"According to officials in {place}, the talks will cover the {topic}, e.g. inspections.",
	"\"We are in no hurry,\" {person} told reporters on {weekday}.",
	"The meeting began at {n} p.m. and lasted about {n} hours.",
	"Talks started in {place} in {year} but broke down over the {topic}.",
	"For {n} years, {country} has tried to settle the dispute over the {topic}.",
	"{n} days ago, {country} tightened {topic}; trade fell by {dec} percent.",
	"Mr. {person}, a former U.S. envoy, criticized the plans.",
	"A similar agreement failed in {year} and was never signed.",
	"More information is available at https://www.example.org/news/{n}.",
	"The U.S. administration plans to ease sanctions after {month} {day}.",
	"{person} is expected in {place} next week.",
}
