-- Evidence deposits (issue 19): the fingerprint and its RFC 3161 token, never the document.
create sequence deposit_serial_seq;

create table evidence_deposit (
    id                 uuid         primary key,
    receipt_number     varchar(20)  not null unique,
    account            varchar(100) not null,
    credit_code        varchar(18)  not null,
    sha256             varchar(64)  not null unique,
    title              varchar(200) not null,
    category           varchar(40)  not null,
    disclose_depositor boolean      not null,
    deposited_at       timestamptz  not null,
    timestamp_token    bytea        not null
);
create index evidence_deposit_enterprise on evidence_deposit (credit_code, deposited_at desc);
