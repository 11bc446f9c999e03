-- Payment status view: one row per out_trade_no, merged from order and payment events.
CREATE TABLE payment (
    out_trade_no     varchar(32) PRIMARY KEY,
    order_id         text,
    amount_fen       bigint,
    currency         varchar(8),
    status           varchar(20) NOT NULL,
    transaction_id   varchar(32),
    paid_at          timestamptz,
    expires_at       timestamptz,
    cancel_requested boolean     NOT NULL DEFAULT false,
    -- When the active query job next looks at the row; null once the status is final.
    next_check_at    timestamptz,
    check_attempts   integer     NOT NULL DEFAULT 0,
    last_checked_at  timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT payment_status_valid
        CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'CLOSED', 'FAILED'))
);

-- The active query job scans only rows that still wait for a payment.
CREATE INDEX payment_due ON payment (next_check_at) WHERE status = 'AWAITING_PAYMENT';
