-- A unit's inbox lists unread entries first, newest first (InboxEntryRepository.findByUnit orders by
-- "case when read_at is null then 0 else 1 end, occurred_at desc, id"). No index had that order, so
-- each page sorted every entry of the unit: 88 ms a page for the 105,000 entries a benchmarked platform's
-- district bureau had, the slowest request of the capacity run. In this order a page reads its rows.
create index inbox_entry_unit_listing
    on inbox_entry (unit, (case when read_at is null then 0 else 1 end), occurred_at desc, id);
