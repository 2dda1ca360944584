-- The whole referral procedure (State Council regulation on the transfer of suspected criminal cases,
-- 2020 revision): police addressing, supervision, each transition in a history, the legal clocks,
-- reverse referrals and judicial confirmations.
alter table referral alter column status type varchar(40);
alter table referral add column case_number varchar(64);
alter table referral add column supervision varchar(40) not null default 'NONE';
alter table referral add column police_unit varchar(40);
alter table referral add column forwarded_from varchar(40);
alter table referral add column materials text;
alter table referral add column criminal_case_number varchar(100);
alter table referral add column declined_at timestamptz;
alter table referral add column reconsideration_decided_at timestamptz;
alter table referral add column updated_at timestamptz;
update referral set updated_at = proposed_at;
alter table referral alter column updated_at set not null;
create index referral_police_unit on referral (police_unit);
create index referral_forwarded_from on referral (forwarded_from) where forwarded_from is not null;

-- Every transition: who (account and unit), when, the reasons and the documents (one per line).
create table referral_step (
    id          bigserial     primary key,
    referral_id uuid          not null references referral (id),
    step        varchar(40)   not null,
    from_status varchar(40),
    to_status   varchar(40)   not null,
    actor       varchar(100)  not null,
    actor_unit  varchar(40)   not null,
    at          timestamptz   not null,
    reasons     varchar(4000),
    documents   text
);
create index referral_step_referral on referral_step (referral_id, id);
create index referral_step_at on referral_step (at);

-- The legal clocks: persisted so they survive restarts; warned_at and breached_at make each event once.
create table deadline (
    id               uuid         primary key,
    referral_id      uuid         not null,
    case_id          varchar(64)  not null,
    district         varchar(6)   not null,
    clock            varchar(40)  not null,
    responsible_unit varchar(40)  not null,
    started_at       timestamptz  not null,
    warn_at          timestamptz  not null,
    due_at           timestamptz  not null,
    warned_at        timestamptz,
    breached_at      timestamptz,
    stopped_at       timestamptz,
    version          bigint       not null
);
create index deadline_pending on deadline (warn_at) where stopped_at is null and breached_at is null;
create index deadline_referral on deadline (referral_id);

-- Judicial confirmation of administrative mediation agreements (行政调解 + 司法确认).
create table confirmation (
    id               uuid          primary key,
    case_id          varchar(64)   not null,
    case_number      varchar(64),
    district         varchar(6)    not null,
    owning_unit      varchar(40)   not null,
    court_unit       varchar(40)   not null,
    agreement_sha256 varchar(64)   not null,
    status           varchar(20)   not null,
    requested_at     timestamptz   not null,
    decided_by       varchar(100),
    decided_at       timestamptz,
    reasons          varchar(4000),
    version          bigint        not null
);
create index confirmation_court on confirmation (court_unit, requested_at desc);
create index confirmation_district on confirmation (district, requested_at desc);

-- Reverse referrals (反向移送) from the police to the market-regulation bureau of a district.
create table reverse_referral (
    id               uuid          primary key,
    original_case_id varchar(64),
    district         varchar(6)    not null,
    target_unit      varchar(40)   not null,
    police_unit      varchar(40)   not null,
    ground           varchar(20)   not null,
    rights_holder    varchar(200)  not null,
    suspects         varchar(1000) not null,
    summary          varchar(4000) not null,
    submitted_by     varchar(100)  not null,
    submitted_at     timestamptz   not null
);
create index reverse_referral_district on reverse_referral (district, submitted_at desc);

-- The case watch learns the case number and raises an omission alert once per case.
alter table watched_case add column case_number varchar(64);
alter table watched_case add column omission_alerted_at timestamptz;
