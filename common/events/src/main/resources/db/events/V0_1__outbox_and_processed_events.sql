-- Transactional outbox: events wait here until the relay has published them to Kafka.
CREATE TABLE outbox_event (
    id         uuid PRIMARY KEY,
    topic      text        NOT NULL,
    event_key  text        NOT NULL,
    type       text        NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL,
    sent_at    timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (created_at) WHERE sent_at IS NULL;

-- Idempotent consumers: one row per applied event id.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL
);
