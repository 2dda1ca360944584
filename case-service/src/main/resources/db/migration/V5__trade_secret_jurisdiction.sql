-- Issue 17: who may file a trade-secret case, as dated data. SAMR's Trade Secret Protection
-- Provisions (Order No. 126) give the cases to bureaus at or above the level of a city with
-- districts (in Shanghai: the municipal bureau); a district bureau files one only with the municipal
-- bureau's designation, recorded on the lead and the case. Another province's rule is another row.
create table jurisdiction_rule (
    id                        varchar(40)   primary key,
    matter                    varchar(40)   not null,
    region                    varchar(6)    not null,
    valid_from                date          not null,
    valid_to                  date,
    filing_level              varchar(30)   not null,
    district_with_designation boolean       not null,
    source                    varchar(2000) not null,
    constraint jurisdiction_rule_validity_ordered check (valid_to is null or valid_to >= valid_from),
    constraint jurisdiction_rule_validity_not_overlapping
        exclude using gist (matter with =, region with =, daterange(valid_from, valid_to, '[]') with &&)
);
insert into jurisdiction_rule values
    ('SAMR-ORDER-126', 'TRADE_SECRET', '310000', date '2026-06-01', null, 'MUNICIPAL', true,
     'SAMR Trade Secret Protection Provisions (Order No. 126), issued 2026-02-24, in force 2026-06-01, '
         || 'repealing the 1995 provisions (issue 17, BRIEF.md): trade-secret cases go to bureaus at or '
         || 'above the level of a city with districts; a district bureau handles one with approval. '
         || 'The article number is not in the project''s sources (/work/shared) and is not cited here.');

-- The municipal bureau's designation of a district bureau (who, when, document number).
alter table lead
    add column designated_by        varchar(100),
    add column designated_at        timestamptz,
    add column designation_document varchar(100);
alter table infringement_case
    add column designated_by        varchar(100),
    add column designated_at        timestamptz,
    add column designation_document varchar(100),
    add column jurisdiction_rule    varchar(40) references jurisdiction_rule (id);
