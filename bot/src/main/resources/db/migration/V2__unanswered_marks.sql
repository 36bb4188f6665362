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

-- The unanswered page and the dashboard read one outcome over a period.
CREATE INDEX exchange_outcome_asked_at ON exchange (outcome, asked_at);
-- The dashboard's knowledge-version markers: when each version first answered.
CREATE INDEX exchange_version_asked_at ON exchange (knowledge_version, asked_at);
