-- EXPLAIN ANALYZE in a burst (500-2,000 pending) showed the claim's line check ("is this the first
-- pending message of its line?") served by a scan of the whole delivery_due index, filtered by
-- line, per candidate (0.7 ms each, 2.4 ms per claim), where delivery_line answers with a one-row
-- descent. Both indexes hold the pending messages; the planner took whichever it costed lower. The
-- predicate below is true of every row (next_attempt_at is not null) but is implied only by a query
-- that compares next_attempt_at (the due messages: next_attempt_at <= now()), so the line check,
-- which does not, can no longer use delivery_due.
drop index delivery_due;
create index delivery_due on delivery (next_attempt_at, seq) where status = 'PENDING' and next_attempt_at is not null;
