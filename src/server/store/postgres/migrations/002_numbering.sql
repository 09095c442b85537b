-- Cases' numbers and derivations' seq, which SQLite takes as the greatest so far plus one: two
-- transactions on PostgreSQL would read the same greatest, so each series is a sequence (see
-- Sql.nextNumber). Each starts after the rows already there, as max + 1 would.
CREATE SEQUENCE case_numbers AS BIGINT;
SELECT setval('case_numbers', coalesce(max(number), 1000) + 1, false) FROM cases;
CREATE SEQUENCE derivation_seqs AS BIGINT;
SELECT setval('derivation_seqs', coalesce(max(seq), 0) + 1, false) FROM derivations;
