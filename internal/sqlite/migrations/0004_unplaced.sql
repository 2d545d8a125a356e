-- A vaguely dated report that fits finer reports on many different days
-- names no one happening and stays an event of its own
-- (timeline.Report.Unplaced). The mark is kept with the report, so that
-- merging never reads again what such a report fits.
ALTER TABLE mentions ADD COLUMN unplaced INTEGER NOT NULL DEFAULT 0;

-- Events merged by an older chronik were placed without that rule: they
-- are merged again by the next command that reads timelines (timeline,
-- actors, network, export), so that the store holds what merging every
-- report at once gives. Documents, events and their annotations stay.
DELETE FROM mention_keys;
DELETE FROM mentions;
DELETE FROM merged_actors;
DELETE FROM merged_events;
DELETE FROM merged_documents;
