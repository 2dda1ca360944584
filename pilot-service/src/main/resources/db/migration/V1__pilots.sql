create table pilot (
    id           uuid         primary key,
    kind         varchar(20)  not null,
    name         varchar(200) not null,
    district     varchar(6)   not null,
    industry     varchar(40)  not null,
    credit_code  varchar(18),
    -- the park a unit, station or point sits in
    park_id      uuid         references pilot (id),
    status       varchar(20)  not null,
    nominated_by varchar(100) not null,
    nominated_at timestamptz  not null,
    version      bigint       not null
);
create index pilot_district_nominated on pilot (district, nominated_at desc);
create index pilot_park on pilot (park_id) where park_id is not null;
