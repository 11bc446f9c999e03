-- Failed closes back off exponentially, counted apart from the queries.
ALTER TABLE payment ADD COLUMN close_attempts integer NOT NULL DEFAULT 0;
