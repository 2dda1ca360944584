-- The ledger: every event of the domain topics, hash-chained. Entry n holds the hash of entry n-1,
-- so changing, removing or reordering one entry breaks every link after it.
create table ledger_entry (
    seq           bigint       primary key,
    event_id      uuid         not null unique,
    topic         varchar(100) not null,
    event_type    varchar(100) not null,
    subject       varchar(100) not null,
    event         text         not null,
    event_hash    char(64)     not null,
    previous_hash char(64)     not null,
    entry_hash    char(64)     not null,
    appended_at   timestamptz  not null
);

-- The audit log: one row per state-changing request at the gateway, refusals included. The API
-- only reads it.
create table audit_record (
    id             uuid         primary key,
    account        varchar(100) not null,
    unit           varchar(40),
    agency         varchar(40),
    method         varchar(10)  not null,
    path           varchar(500) not null,
    resource       varchar(100),
    identifiers    varchar(500) not null,
    status         int          not null,
    outcome        varchar(20)  not null,
    client_address varchar(64),
    correlation_id varchar(64),
    at             timestamptz  not null
);
create index audit_record_at on audit_record (at desc);
create index audit_record_account on audit_record (account, at desc);
create index audit_record_unit on audit_record (unit, at desc);
