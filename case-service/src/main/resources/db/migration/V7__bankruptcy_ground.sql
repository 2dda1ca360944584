-- Issue 17: the rights holder's bankruptcy as a ground of the criminal threshold, with its source,
-- and the bankruptcy as recorded on a case. A suspected-crime finding names it among its grounds.
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
           || 'is not cited here.',
       source = 'SPC/SPP interpretation 法释〔2025〕5号, in force 2025-04-26 (BRIEF.md, issue 17): loss to the '
           || 'rights holder or illegal gains of 300,000 yuan or more is "serious" (2,500,000 yuan '
           || '"especially serious"), as is the rights holder''s bankruptcy (see bankruptcy_source).'
 where id = 'FASHI-2025-5';

-- The rights holder's bankruptcy as the bureau records it on a case: the day it was declared and
-- the court's ruling.
alter table infringement_case
    add column rights_holder_bankrupt_on date,
    add column bankruptcy_ruling         varchar(100),
    add constraint infringement_case_bankruptcy_whole
        check ((rights_holder_bankrupt_on is null) = (bankruptcy_ruling is null));
