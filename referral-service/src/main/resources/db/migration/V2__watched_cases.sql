-- Cases (and leads) of case-service, as their events describe them: the ground for spotting a
-- case that reached the crime threshold and was not referred (不得以罚代刑).
create table watched_case (
    case_id         varchar(64)    primary key,
    district        varchar(6)     not null,
    owning_unit     varchar(40)    not null,
    claimed_amount  numeric(14, 2) not null,
    suspected_crime boolean        not null,
    received_at     timestamptz,
    registered_at   timestamptz    not null,
    version         bigint         not null
);
create index watched_case_suspected on watched_case (district) where suspected_crime;
