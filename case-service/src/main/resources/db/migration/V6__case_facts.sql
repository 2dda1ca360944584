-- Issue 17: the facts the white paper counts, on the case: technical or business information,
-- industry, foreign-related, amount involved, losses recovered for the rights holder, and the
-- designation as a typical case (by whom, which year).
alter table infringement_case
    add column secret_type       varchar(20),
    add column industry          varchar(100),
    add column foreign_related   boolean,
    add column amount_involved   numeric(14, 2),
    add column losses_recovered  numeric(14, 2),
    add column typical_case_by   varchar(200),
    add column typical_case_year int;
