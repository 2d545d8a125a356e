-- merged_events.data holds each merged event in a compact binary form
-- (merged.go) instead of JSON: a long timeline is mostly decoding. The
-- migration's Go step (encodeStoredMerged) rewrites the rows that older
-- versions stored as JSON; rows that start with '{' would still be read.
--
-- Timelines of one actor read merged_actors in order and then one
-- merged_events row per event; the sort columns of merged_actors already
-- order them, so nothing else changes here.
SELECT 1;
