-- Online reports of enterprises (issue 19). The evidence stays with the enterprise: only its SHA-256.
create sequence report_tracking_seq;

create table infringement_report (
    id                uuid           primary key,
    tracking_number   varchar(20)    not null unique,
    account           varchar(100)   not null,
    credit_code       varchar(18)    not null,
    enterprise_name   varchar(200)   not null,
    district          varchar(6)     not null,
    secret_type       varchar(20)    not null,
    what_was_taken    varchar(4000)  not null,
    how_taken         varchar(4000)  not null,
    estimated_loss    numeric(18, 2) not null,
    status            varchar(20)    not null,
    reported_at       timestamptz    not null,
    status_changed_at timestamptz    not null,
    bureau_unit       varchar(40),
    decline_reason    varchar(40),
    case_number       varchar(100),
    version           bigint         not null
);
create index infringement_report_enterprise on infringement_report (credit_code, reported_at desc);
create index infringement_report_district on infringement_report (district, reported_at desc);

create table report_suspect (
    report_id   uuid         not null references infringement_report (id),
    position    int          not null,
    name        varchar(200) not null,
    credit_code varchar(18),
    primary key (report_id, position)
);

create table report_evidence (
    report_id uuid     not null references infringement_report (id),
    position  int      not null,
    sha256    varchar(64) not null,
    primary key (report_id, position),
    unique (report_id, sha256)
);
