create table referral (
    id             uuid          primary key,
    case_id        varchar(64)   not null,
    district       varchar(6)    not null,
    referring_unit varchar(40)   not null,
    reason         varchar(4000) not null,
    status         varchar(20)   not null,
    proposed_by    varchar(100)  not null,
    proposed_at    timestamptz   not null,
    version        bigint        not null
);
create index referral_district_proposed on referral (district, proposed_at desc);
create index referral_case on referral (case_id);
