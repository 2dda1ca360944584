-- The W3C trace context of the request that caused the event, sent as the record's traceparent header.
alter table outbox_event add column traceparent varchar(55);
