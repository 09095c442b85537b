-- 1: the user cannot sign in (admin disable-user); their cases, messages and reviews stay theirs.
ALTER TABLE users ADD COLUMN disabled BIGINT NOT NULL DEFAULT 0;
