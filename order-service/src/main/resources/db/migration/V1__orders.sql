-- Catalog: the only source of prices. An inactive product stays for the orders that name it.
CREATE TABLE product (
    sku        text        PRIMARY KEY,
    name       text        NOT NULL,
    price_fen  bigint      NOT NULL CHECK (price_fen > 0),
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

INSERT INTO product (sku, name, price_fen, active, updated_at) VALUES
    ('COFFEE-BEANS-1KG', 'Coffee beans 1 kg', 1999, true, now()),
    ('MUG-CERAMIC', 'Ceramic mug', 2500, true, now()),
    ('TEA-GREEN-250G', 'Green tea 250 g', 1200, true, now());

-- "order" is a reserved word in SQL, hence customer_order.
CREATE TABLE customer_order (
    id                  uuid        PRIMARY KEY,
    user_id             text        NOT NULL,
    idempotency_key     text        NOT NULL,
    request_hash        text        NOT NULL,
    out_trade_no        text        NOT NULL UNIQUE,
    status              text        NOT NULL,
    amount_fen          bigint      NOT NULL CHECK (amount_fen > 0),
    currency            text        NOT NULL,
    description         text        NOT NULL,
    client_ip           text        NOT NULL,
    items               text        NOT NULL,
    prepay_id           text,
    app_params          text,
    transaction_id      text,
    failure_reason      text,
    created_at          timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    cancel_requested_at timestamptz,
    paid_at             timestamptz,
    closed_at           timestamptz,
    version             bigint      NOT NULL,
    CONSTRAINT customer_order_idempotency_key UNIQUE (user_id, idempotency_key)
);
CREATE INDEX customer_order_user_newest ON customer_order (user_id, created_at DESC, id DESC);

-- Every status change of an order, with the event that caused it (null for API calls).
CREATE TABLE order_transition (
    id          bigserial   PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES customer_order (id),
    from_status text,
    to_status   text        NOT NULL,
    event_id    uuid,
    reason      text        NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX order_transition_order ON order_transition (order_id, id);
