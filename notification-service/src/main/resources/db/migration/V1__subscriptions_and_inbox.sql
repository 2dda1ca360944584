create table subscription (
    id             uuid         primary key,
    unit           varchar(40)  not null,
    event_selector varchar(100) not null,
    district       varchar(6),
    subject        varchar(100),
    channel        varchar(20)  not null,
    mandatory      boolean      not null,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null
);
create index subscription_selector on subscription (event_selector, channel);
create index subscription_unit on subscription (unit);

create table inbox_entry (
    id          uuid          primary key,
    unit        varchar(40)   not null,
    event_id    uuid          not null,
    event_type  varchar(100)  not null,
    subject     varchar(100)  not null,
    district    varchar(6),
    summary     varchar(500)  not null,
    event       text          not null,
    occurred_at timestamptz   not null,
    created_at  timestamptz   not null,
    read_at     timestamptz,
    read_by     varchar(100),
    version     bigint        not null,
    unique (unit, event_id)
);
create index inbox_entry_unit_unread on inbox_entry (unit, (read_at is null) desc, occurred_at desc);

-- Default subscriptions: every market-regulation bureau is told of the case events of its own
-- jurisdiction (the municipal bureau of all). Units may add their own; these are the baseline.
insert into subscription (id, unit, event_selector, district, subject, channel, mandatory, created_by, created_at)
select gen_random_uuid(), 'MR-' || code, 'case-events', case when code = '310000' then null else code end,
       null, 'INBOX', false, 'platform', now()
from (values ('310000'), ('310101'), ('310104'), ('310105'), ('310106'), ('310107'), ('310109'), ('310110'),
             ('310112'), ('310113'), ('310114'), ('310115'), ('310116'), ('310117'), ('310118'), ('310120'),
             ('310151'), ('31LG00')) as districts (code);
