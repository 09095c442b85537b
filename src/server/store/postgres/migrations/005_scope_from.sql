-- The feed's last seq when what the user may see last changed (admin set-role, set-team,
-- set-supervises): a console's cursor from before it is answered 410 resync_required, and the
-- console pulls from the start.
ALTER TABLE users ADD COLUMN scope_from BIGINT NOT NULL DEFAULT 0;
