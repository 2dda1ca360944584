-- Issue 17: the rights holder's bankruptcy as a ground of the criminal threshold, with its source
-- (the same rows as case-service's, each service reads its own database); and what the watch learns
-- of a case's suspected-crime finding made again: the amount established (which then decides
-- instead of the claim), the rights holder's bankruptcy, and the grounds case-service gave.
alter table crime_threshold
    add column rights_holder_bankruptcy boolean not null default false,
    add column bankruptcy_source        varchar(2000),
    add constraint crime_threshold_bankruptcy_sourced
        check (not rights_holder_bankruptcy or bankruptcy_source is not null);

update crime_threshold
   set rights_holder_bankruptcy = true,
       bankruptcy_source = 'SPC/SPP Interpretation (III) on criminal cases of infringing intellectual '
           || 'property (2020), art. 4: the rights holder''s bankruptcy or closure for serious '
           || 'operating difficulties caused by the infringement is a serious circumstance, as the '
           || 'platform understood it before issue 17; wording and article not verified against the '
           || 'official text, which is not among the project''s sources (/work/shared).'
 where id = 'SPC-SPP-2020-IP-III';
update crime_threshold
   set rights_holder_bankruptcy = true,
       bankruptcy_source = 'SPC/SPP interpretation 法释〔2025〕5号, in force 2025-04-26: the rights '
           || 'holder''s bankruptcy is a ground of the threshold beside 300,000 yuan of loss or illegal '
           || 'gains (issue 17). The article number is not in the project''s sources (/work/shared) and '
           || 'is not cited here.'
 where id = 'FASHI-2025-5';

alter table watched_case
    add column established_amount    numeric(14, 2),
    add column rights_holder_bankrupt boolean not null default false,
    add column crime_grounds         varchar(1000);
