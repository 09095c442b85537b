-- The channel messages the ingest API took, by the channel's own id: a connector that sends one
-- twice (a retry after a lost answer, a webhook delivered again) gets the first answer back.
CREATE TABLE ingested (
    channel TEXT NOT NULL, external_id TEXT NOT NULL, at TEXT NOT NULL,
    case_id TEXT, message_id TEXT,
    PRIMARY KEY (channel, external_id)
);
