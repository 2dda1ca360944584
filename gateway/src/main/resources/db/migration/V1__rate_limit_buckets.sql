-- The token bucket of each account (or client address), shared by every gateway instance:
-- Bucket4j's PostgreSQL proxy manager reads and writes a row under SELECT ... FOR UPDATE.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    -- epoch milliseconds after which the bucket is full again and the row can go
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
