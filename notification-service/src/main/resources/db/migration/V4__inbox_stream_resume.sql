-- A live stream that reconnects with Last-Event-ID resumes after that entry, in creation order.
create index inbox_entry_unit_created on inbox_entry (unit, created_at, id);
