-- Issue 17: the law as dated data. A law's versions (with their validity and source) and the fine
-- bands each sets; which version a penalty applied, why, and when the act took place.

-- Two versions of one law in force on the same day are refused by the database.
create extension if not exists btree_gist;

create table law_version (
    id         varchar(30)   primary key,
    law        varchar(30)   not null,
    title      varchar(300)  not null,
    adopted_on date          not null,
    valid_from date          not null,
    valid_to   date,
    source     varchar(2000) not null,
    constraint law_version_validity_ordered check (valid_to is null or valid_to >= valid_from),
    constraint law_version_validity_not_overlapping
        exclude using gist (law with =, daterange(valid_from, valid_to, '[]') with &&)
);

insert into law_version values
    ('AUCL-2019', 'AUCL', 'Anti-Unfair Competition Law of the PRC, as amended 2019-04-23',
     date '2019-04-23', date '2019-04-23', date '2025-10-14',
     'Amendment of 2019-04-23 by the Standing Committee of the 13th NPC, in force the same day; '
         || 'ends 2025-10-14, the day before the 2025 revision came into force (issue 17, BRIEF.md).'),
    ('AUCL-2025', 'AUCL', 'Anti-Unfair Competition Law of the PRC, revised 2025-06-27',
     date '2025-06-27', date '2025-10-15', null,
     'Revision adopted 2025-06-27 by the Standing Committee of the 14th NPC, in force 2025-10-15 '
         || '(dates: issue 17 and BRIEF.md). The revised text itself is not among the project''s '
         || 'sources (/work/shared): its article numbers are not verified here.');

-- The bands now belong to a version, which carries the validity.
alter table fine_range
    add column source varchar(2000),
    alter column article type varchar(300),
    add constraint fine_range_of_a_law_version foreign key (law_version) references law_version (id),
    add constraint fine_range_ordered check (min_fine <= max_fine),
    drop column valid_from,
    drop column valid_to;
update fine_range
   set source = 'Anti-Unfair Competition Law 2019, art. 21: fine of 100,000 to 1,000,000 yuan, '
       || '500,000 to 5,000,000 yuan where the circumstances are serious.'
 where law_version = 'AUCL-2019';
insert into fine_range (law_version, article, serious, min_fine, max_fine, source)
select 'AUCL-2025', 'Anti-Unfair Competition Law 2025, trade-secret penalty article (number not verified)',
       serious, min_fine, max_fine,
       'NOT VERIFIED against the official text, which is not among the project''s sources: the band is '
           || 'the one BRIEF.md and issue 17 believe unchanged from the 2019 art. 21 (100,000 to '
           || '1,000,000 yuan, serious 500,000 to 5,000,000). Correct article and band by a migration '
           || 'once the official text is at hand.'
  from fine_range where law_version = 'AUCL-2019';
alter table fine_range alter column source set not null;

-- When the infringement took place: one day (ended null) or a period; a continuing act is
-- committed on the day it ended. The penalty records the version it applied, its article and why.
alter table infringement_case
    add column act_started_on date,
    add column act_ended_on   date,
    add column law_article    varchar(300),
    add column law_choice     varchar(40),
    add constraint infringement_case_act_ordered check (act_ended_on is null or act_ended_on >= act_started_on);
