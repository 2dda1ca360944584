-- The aggregate of RecordedEventsIT: a lead-like thing whose transitions record events.
create table test_lead (
    id       uuid primary key,
    district varchar(6) not null,
    version  bigint not null
);
