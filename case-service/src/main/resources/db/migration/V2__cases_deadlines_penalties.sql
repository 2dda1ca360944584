-- Issue 3: decisions on leads, infringement cases with their investigation, outcomes and legal deadlines.

-- Leads: the filing decision (15 working days from receipt, extendable once by 15) and its outcome.
-- Leads registered before this migration keep a null deadline: the watch ignores them.
alter table lead
    add column decision_due        date,
    add column deadline_extended   boolean       not null default false,
    add column fast_channel        boolean       not null default false,
    add column origin_reference    varchar(100),
    add column decline_reason_code varchar(30),
    add column decline_reason      varchar(2000),
    add column decided_by          varchar(100),
    add column decided_at          timestamptz,
    add column case_id             uuid;
create index lead_fast_channel_first on lead (fast_channel desc, received_at desc);
create index lead_open_due on lead (decision_due) where status = 'REGISTERED';

-- Enterprises of designated innovation pilots (from pilot-service's events): their leads get the fast channel.
create table designated_pilot (
    credit_code   varchar(18)  primary key,
    pilot_id      varchar(100) not null,
    district      varchar(6),
    designated_at timestamptz  not null
);

create table infringement_case (
    id                         uuid           primary key,
    lead_id                    uuid           not null unique references lead (id),
    case_number                varchar(40)    not null unique,
    district                   varchar(6)     not null,
    owning_unit                varchar(40)    not null,
    claimed_amount             numeric(14, 2) not null,
    suspected_crime            boolean        not null,
    status                     varchar(30)    not null,
    outcome                    varchar(20),
    filed_by                   varchar(100)   not null,
    filed_at                   timestamptz    not null,
    extension_days             int            not null default 0,
    collective_due             date,
    paused_days                int            not null default 0,
    clock_paused               boolean        not null default false,
    decision_due               date           not null,
    referral_grounds           varchar(2000),
    referral_proposed_by       varchar(100),
    referral_proposed_at       timestamptz,
    referral_id                varchar(100),
    referral_declined          boolean        not null default false,
    order_to_stop              boolean,
    fine                       numeric(14, 2),
    confiscation               numeric(14, 2),
    serious                    boolean,
    mitigation_grounds         varchar(2000),
    law_version                varchar(30),
    penalty_decided_by         varchar(100),
    penalty_decided_on         date,
    mediation_court_unit       varchar(40),
    mediation_agreement_sha256 varchar(64),
    mediation_concluded_at     timestamptz,
    closing_reason             varchar(2000),
    closed_by                  varchar(100),
    closed_at                  timestamptz,
    version                    bigint         not null
);
create index infringement_case_district_filed on infringement_case (district, filed_at desc);
create index infringement_case_open_due on infringement_case (decision_due) where status in ('INVESTIGATING', 'REFERRAL_PROPOSED');

-- Case numbers per bureau and year.
create table case_number_sequence (
    owning_unit varchar(40) not null,
    year        int         not null,
    last_number int         not null,
    primary key (owning_unit, year)
);

create table evidence_item (
    id           uuid          primary key,
    case_id      uuid          not null references infringement_case (id),
    position     int,
    kind         varchar(30)   not null,
    description  varchar(4000) not null,
    collected_by varchar(200)  not null,
    collected_at timestamptz   not null,
    sha256       varchar(64)      not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index evidence_item_case on evidence_item (case_id);

-- Secret points (密点): never leave case-service.
create table secret_point (
    id                       uuid          primary key,
    case_id                  uuid          not null references infringement_case (id),
    position                 int,
    category                 varchar(20)   not null,
    content                  varchar(8000) not null,
    confidentiality_measures varchar(4000) not null,
    recorded_by              varchar(100)  not null,
    recorded_at              timestamptz   not null
);
create index secret_point_case on secret_point (case_id);

create table appraisal (
    id            uuid         primary key,
    case_id       uuid         not null references infringement_case (id),
    position      int,
    matter        varchar(40)  not null,
    institution   varchar(200) not null,
    requested_by  varchar(100) not null,
    started_at    timestamptz  not null,
    finished_at   timestamptz,
    conclusion    varchar(20),
    report_sha256 varchar(64),
    paused_days   int
);
create index appraisal_case on appraisal (case_id);

-- Every extension of a deadline, with its basis (the head's approval or a collective decision).
create table deadline_extension (
    id           uuid          primary key,
    subject_id   uuid          not null,
    deadline     varchar(20)   not null,
    basis        varchar(30)   not null,
    reason       varchar(2000) not null,
    previous_due date          not null,
    new_due      date          not null,
    approved_by  varchar(100)  not null,
    approved_at  timestamptz   not null
);
create index deadline_extension_subject on deadline_extension (subject_id);

-- One row per deadline notice published: each approaching or breached event goes out once per due date,
-- whatever the number of instances watching.
create table deadline_notice (
    subject_id uuid        not null,
    kind       varchar(20) not null,
    due        date        not null,
    noticed_at timestamptz not null,
    primary key (subject_id, kind, due)
);

-- Fine ranges by law version: a revision of the law is a new row, not a code change.
create table fine_range (
    law_version varchar(30)    not null,
    article     varchar(60)    not null,
    valid_from  date           not null,
    valid_to    date,
    serious     boolean        not null,
    min_fine    numeric(14, 2) not null,
    max_fine    numeric(14, 2) not null,
    primary key (law_version, serious)
);
-- Anti-Unfair Competition Law as amended 2019-04-23, art. 21 (trade secrets).
insert into fine_range values
    ('AUCL-2019', 'Anti-Unfair Competition Law 2019, art. 21', date '2019-04-23', null, false, 100000, 1000000),
    ('AUCL-2019', 'Anti-Unfair Competition Law 2019, art. 21', date '2019-04-23', null, true, 500000, 5000000);

-- Creating requests replayed under the same Idempotency-Key get the first response.
create table idempotent_request (
    account         varchar(100) not null,
    idempotency_key varchar(100) not null,
    request_target  varchar(300) not null,
    request_hash    varchar(64)     not null,
    status          int,
    location        varchar(300),
    body            text,
    created_at      timestamptz  not null,
    primary key (account, idempotency_key)
);
