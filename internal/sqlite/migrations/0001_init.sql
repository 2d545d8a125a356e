-- Documents with their text and the compact layers (sentences, tokens,
-- normalization offsets), one row per document. seq is the internal key
-- the annotation tables and the full-text index refer to.
CREATE TABLE documents (
	seq           INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,
	hash          TEXT NOT NULL UNIQUE,
	source        TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	lang          TEXT NOT NULL DEFAULT '',
	dct           TEXT NOT NULL DEFAULT '',   -- TIMEX3 value at its precision, '' when unknown
	dct_precision INTEGER NOT NULL DEFAULT 0, -- chronik.Precision
	dct_time      INTEGER,                    -- Unix seconds of the DCT, NULL when unknown
	text          TEXT NOT NULL,
	norm          TEXT,                       -- Document.Norm when it differs from text
	norm_offsets  BLOB,                       -- Document.NormOffsets, see layers.go
	sentences     BLOB,                       -- Document.Sentences, see layers.go
	tokens        BLOB,                       -- Document.Tokens, see layers.go
	meta          TEXT,                       -- JSON object
	errors        TEXT,                       -- JSON array
	created       TEXT NOT NULL               -- RFC 3339, when the row was written
);

CREATE INDEX documents_dct_idx ON documents (dct_time, id);
CREATE INDEX documents_lang_dct_idx ON documents (lang, dct_time, id);

CREATE TABLE timexes (
	doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	id         TEXT NOT NULL,
	text       TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	mod        TEXT NOT NULL,
	quant      TEXT NOT NULL,
	freq       TEXT NOT NULL,
	anchor     TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE INDEX timexes_value_idx ON timexes (value);

CREATE TABLE entities (
	doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	id         TEXT NOT NULL,
	text       TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	type       TEXT NOT NULL,
	ref        TEXT NOT NULL,
	name       TEXT NOT NULL,
	country    TEXT NOT NULL,
	sector     TEXT NOT NULL,
	adjective  INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE INDEX entities_ref_idx ON entities (ref);
CREATE INDEX entities_country_idx ON entities (country);

CREATE TABLE events (
	doc            INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,
	id             TEXT NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL,
	actors         TEXT NOT NULL, -- JSON array of chronik.Actor
	recipients     TEXT NOT NULL, -- JSON array of chronik.Actor
	date_value     TEXT NOT NULL,
	date_timex     TEXT NOT NULL,
	date_from      TEXT NOT NULL,
	place_ref      TEXT,          -- NULL when the event has no place
	place_name     TEXT,
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	modality       TEXT NOT NULL,
	reported       INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

-- One row per actor and recipient of an event, so that timelines and
-- queries by actor or country use an index; events.actors and
-- events.recipients remain the full record.
CREATE TABLE event_actors (
	doc     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	event   INTEGER NOT NULL, -- events.seq
	role    TEXT NOT NULL,    -- 'actor' or 'recipient'
	pos     INTEGER NOT NULL,
	ref     TEXT NOT NULL,
	country TEXT NOT NULL,
	sector  TEXT NOT NULL,
	PRIMARY KEY (doc, event, role, pos)
) WITHOUT ROWID;

CREATE INDEX event_actors_ref_idx ON event_actors (ref, role);
CREATE INDEX event_actors_country_idx ON event_actors (country, role);

CREATE INDEX events_date_idx ON events (date_value);
CREATE INDEX events_type_idx ON events (type, date_value);
CREATE INDEX events_place_idx ON events (place_ref) WHERE place_ref IS NOT NULL;

-- Full-text index over title and text, an external-content FTS5 table
-- that reads the text from documents, so it is stored once. Rows are
-- indexed with the document language as FTS5 locale, which the
-- chronik_stem tokenizer (stem.go) uses to pick the stemmer; rowid is
-- documents.seq. snippet() re-tokenizes without the locale, which is
-- fine: it only needs token offsets.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title,
	text,
	content = 'documents',
	content_rowid = 'seq',
	tokenize = 'chronik_stem',
	locale = 1
);
