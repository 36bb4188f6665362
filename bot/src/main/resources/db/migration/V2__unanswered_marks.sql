-- What staff decided about a question the bot could not answer: HANDLED (knowledge was added) or IGNORED.
-- A question is identified by LOWER(question), as the unanswered page's query computes it, so exact
-- duplicates share one mark. The key can be as long as a question (thousands of characters), too long
-- for a PostgreSQL b-tree, so the primary key is its SHA-256 (hex) and the key itself is not indexed:
-- marks are few, and the query joins them by hash (PostgreSQL) or by a scan of a small table (H2).
CREATE TABLE unanswered_mark (
    mark_id      VARCHAR(64)              PRIMARY KEY,
    question_key VARCHAR                  NOT NULL,
    mark_state   VARCHAR(16)              NOT NULL,
    marked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    mark_version VARCHAR(64)              NOT NULL
);

-- The dashboard's figures over a period read only these columns: the index covers them, so a scan
-- reads the index alone rather than every row's question and answer text.
CREATE INDEX exchange_activity ON exchange (asked_at, outcome, language, channel, feedback, latency_ms, knowledge_version);
-- The unanswered page reads two outcomes over a period.
CREATE INDEX exchange_outcome_asked_at ON exchange (outcome, asked_at);
-- The conversations page's route filter and its list of routes in use.
CREATE INDEX exchange_route ON exchange (route);
-- The dashboard's knowledge-version markers: when each version first answered, one seek per version.
CREATE INDEX exchange_version_asked_at ON exchange (knowledge_version, asked_at);
