-- Issue 19: enterprises' evidence deposits as case-service learns them (EvidenceDeposited on
-- enterprise-events), so that an officer attaches one to a case's evidence by its receipt: the
-- fingerprint and the time it was deposited come from the deposit, not from the officer.
create table evidence_deposit (
    receipt_number varchar(40)  primary key,
    deposit_id     uuid         not null unique,
    sha256         varchar(64)  not null,
    category       varchar(40)  not null,
    credit_code    varchar(18)  not null,
    district       varchar(6)   not null,
    deposited_at   timestamptz  not null
);

alter table evidence_item
    add column deposit_receipt varchar(40) references evidence_deposit (receipt_number),
    add column deposited_at    timestamptz;
