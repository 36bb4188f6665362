-- One row per answer the bot gave: what was asked, what it said and why, and the investor's rating.
-- Portable SQL: the same file runs on PostgreSQL and on H2 (PostgreSQL mode), the embedded default.
-- Unbounded VARCHAR holds free text on both; ids are pseudonyms (keyed hashes), never Telegram ids.
CREATE TABLE exchange (
    id                VARCHAR(64)      PRIMARY KEY,
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    channel           VARCHAR(16)      NOT NULL,
    user_ref          VARCHAR(64),
    chat_ref          VARCHAR(64),
    chat_type         VARCHAR(32)      NOT NULL,
    language          VARCHAR(2)       NOT NULL,
    question          VARCHAR          NOT NULL,
    answer            VARCHAR          NOT NULL,
    route             VARCHAR(64)      NOT NULL,
    outcome           VARCHAR(16)      NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    source_ids        VARCHAR          NOT NULL,
    latency_ms        INTEGER          NOT NULL,
    knowledge_version VARCHAR(64)      NOT NULL,
    note              VARCHAR          NOT NULL,
    feedback          VARCHAR(16),
    feedback_at       TIMESTAMP WITH TIME ZONE,
    -- question and answer folded (lower case, no accents) for accent-insensitive search on both databases
    search_text       VARCHAR          NOT NULL
);

CREATE INDEX exchange_asked_at ON exchange (asked_at);
CREATE INDEX exchange_user_ref ON exchange (user_ref);
CREATE INDEX exchange_chat_ref ON exchange (chat_ref, asked_at);
