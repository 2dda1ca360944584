-- Bucket4j's token buckets of failed logins, one per account and one per client address (keyed by a
-- hash), so that every instance counts the same failures. expires_at (epoch milliseconds) is when a
-- bucket is full again and its row may go.
CREATE TABLE login_throttle (
    id varchar(80) PRIMARY KEY,
    state bytea,
    expires_at bigint
);
CREATE INDEX login_throttle_expires_at_idx ON login_throttle (expires_at);
