-- Finding a person matches part of a name or postcode anywhere in it (like '%jones%'), which no B-tree index can
-- answer: on 100,000 people each search read the whole table (EXPLAIN ANALYZE 40 to 150 ms, docs/benchmarks.md).
-- Trigram indexes answer such patterns (under 2 ms on the same data). pg_trgm ships with PostgreSQL and is a
-- trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index person_name_key_trigram on person using gin (name_key gin_trgm_ops);
create index person_postcode_key_trigram on person using gin (postcode_key gin_trgm_ops);
