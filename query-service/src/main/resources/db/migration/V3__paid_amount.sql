-- The amount WeChat Pay reported as paid, which differs from amount_fen for a wrong payment.
ALTER TABLE payment ADD COLUMN paid_amount_fen bigint;
