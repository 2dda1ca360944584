create table lead (
    id                        uuid          primary key,
    district                  varchar(6)    not null,
    owning_unit               varchar(40)   not null,
    source                    varchar(40)   not null,
    rights_holder_name        varchar(200)  not null,
    rights_holder_credit_code varchar(18),
    description               varchar(4000) not null,
    claimed_amount            numeric(14, 2) not null check (claimed_amount >= 0),
    received_at               timestamptz   not null,
    status                    varchar(20)   not null,
    registered_by             varchar(100)  not null,
    registered_at             timestamptz   not null,
    version                   bigint        not null
);
create index lead_district_received on lead (district, received_at desc);

create table lead_suspect (
    lead_id     uuid         not null references lead (id) on delete cascade,
    position    int          not null,
    name        varchar(200) not null,
    credit_code varchar(18),
    primary key (lead_id, position)
);
