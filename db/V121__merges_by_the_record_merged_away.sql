-- The record page lists every merge into or out of the record: the record merged away had no index, so each
-- page read the merges whole.
create index person_merge_merged on person_merge (merged_person_id);
