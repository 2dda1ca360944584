-- A worker claims the due pending message with the lowest (next_attempt_at, seq) that heads its
-- line (endpoint + aggregate: no earlier pending message in it). EXPLAIN ANALYZE under a backlog
-- showed the claim sorting every due message (a routing transaction queues hundreds with one
-- next_attempt_at) and checking each one's line through an index led by endpoint_id, a scan of
-- all the endpoint's messages: 15-150 ms per claim at 400-1,400 pending. Now the line is one
-- column, so its check can only use delivery_line, and the due messages are read in claim order.
alter table delivery add column line varchar(150) generated always as (endpoint_id::text || '/' || subject) stored;
drop index delivery_line;
create index delivery_line on delivery (line, seq) where status = 'PENDING';

drop index delivery_due;
create index delivery_due on delivery (next_attempt_at, seq) where status = 'PENDING';

-- The delivery log of an endpoint, newest first, and its dead letters.
drop index delivery_endpoint_status;
create index delivery_endpoint on delivery (endpoint_id, seq);
create index delivery_dead on delivery (endpoint_id, seq) where status = 'DEAD';
