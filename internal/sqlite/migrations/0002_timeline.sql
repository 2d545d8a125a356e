-- Timelines: the events of stored documents merged into one event per
-- happening (internal/timeline). Documents stored by schema 1 have no
-- rows here until they are merged; MergeEvents with no ids merges them.

-- One row per merged event. data is the chronik.MergedEvent as JSON,
-- with every mention; the other columns serve filters and ordering.
CREATE TABLE merged_events (
	seq           INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,
	type          TEXT NOT NULL,
	date_lo       INTEGER NOT NULL, -- first day of the date (days since 1970-01-01)
	date_hi       INTEGER NOT NULL, -- last day
	width         INTEGER NOT NULL, -- date_hi - date_lo: coarser dates sort first
	place_ref     TEXT NOT NULL,
	place_folded  TEXT NOT NULL,    -- timeline.Fold of the place name
	place_country TEXT NOT NULL,
	modality      TEXT NOT NULL,
	sources       INTEGER NOT NULL,
	data          TEXT NOT NULL
);

CREATE INDEX merged_events_date_idx ON merged_events (date_lo, width DESC);
CREATE INDEX merged_events_type_idx ON merged_events (type, date_lo);

-- Participants of merged events, by actor key (ref, or "name:" and the
-- folded name), one row per key and event, in timeline order (date_lo,
-- coarser dates first, then seq), so that the timeline of one actor is
-- one index range read in order.
CREATE TABLE merged_actors (
	key     TEXT NOT NULL,
	date_lo INTEGER NOT NULL,
	negw    INTEGER NOT NULL, -- -merged_events.width
	merged  INTEGER NOT NULL REFERENCES merged_events (seq) ON DELETE CASCADE,
	role    TEXT NOT NULL,    -- 'actor' or 'recipient' (actor when both)
	name    TEXT NOT NULL,
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	PRIMARY KEY (key, date_lo, negw, merged)
) WITHOUT ROWID;

CREATE INDEX merged_actors_merged_idx ON merged_actors (merged);

-- Every spelling of an actor seen in an event, folded, for finding
-- actors by name in any language.
CREATE TABLE actor_names (
	folded  TEXT NOT NULL,
	key     TEXT NOT NULL,
	name    TEXT NOT NULL,
	country TEXT NOT NULL,
	PRIMARY KEY (folded, key)
) WITHOUT ROWID;

CREATE INDEX actor_names_key_idx ON actor_names (key);

-- Which merged event each merged document event belongs to, with the
-- supporting sentence.
CREATE TABLE mentions (
	doc    INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	event  INTEGER NOT NULL, -- events.seq
	merged TEXT NOT NULL,    -- merged_events.id
	quote  TEXT NOT NULL,
	PRIMARY KEY (doc, event)
) WITHOUT ROWID;

CREATE INDEX mentions_merged_idx ON mentions (merged);

-- Candidate index for merging: each mention under its event type, every
-- key of timeline.Report.IndexKeys (actors, countries, place) and every
-- month its date covers (year*12 + month-1), with the days its date
-- covers, so that candidates of another day are skipped before their
-- event is read. The month leads the key: news arrives in order of date,
-- so the pages a new article needs are few and stay in the cache.
CREATE TABLE mention_keys (
	type  TEXT NOT NULL,
	key   TEXT NOT NULL,
	month INTEGER NOT NULL,
	doc   INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	event INTEGER NOT NULL,
	lo    INTEGER NOT NULL, -- first day of the date (days since 1970-01-01)
	hi    INTEGER NOT NULL, -- last day
	PRIMARY KEY (month, type, key, doc, event)
) WITHOUT ROWID;

-- Documents whose events have been merged.
CREATE TABLE merged_documents (
	doc INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE
);
