-- The district of each entry's event (its "district" attribute), so a district procuratorate reads its
-- own district's entries only. Not part of the entry hash: it is read from the hashed event.
alter table ledger_entry add column district varchar(6);

do $$
declare
    entry record;
begin
    for entry in select seq, event from ledger_entry loop
        begin
            update ledger_entry set district = (entry.event::jsonb) ->> 'district' where seq = entry.seq;
        exception when others then
            null; -- an event PostgreSQL cannot read as JSON keeps no district: municipal readers only
        end;
    end loop;
end $$;

create index ledger_entry_district on ledger_entry (district, seq desc);

-- Records of the domain topics that were not valid events: sent to the dead-letter topic, never
-- appended. One row per record (a redelivery finds its row).
create table ledger_refusal (
    topic      varchar(100) not null,
    partition  int          not null,
    "offset"   bigint       not null,
    reason     varchar(500) not null,
    refused_at timestamptz  not null,
    primary key (topic, partition, "offset")
);
