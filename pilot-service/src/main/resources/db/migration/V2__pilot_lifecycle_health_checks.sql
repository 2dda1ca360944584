-- Designation level, natural key (import without duplicates), lifecycle history, annual reviews,
-- guidance visits, health checks with findings and rectification items.

alter table pilot add column level varchar(20);
alter table pilot add column designated_at timestamptz;
-- credit code per kind for enterprises, else district + kind + name: one active pilot per key
alter table pilot add column natural_key varchar(300);

-- Earlier nominations: the first of each key keeps it, any later duplicate gets a key of its own.
update pilot p set natural_key = k.natural_key || case when k.rank > 1 then '#' || p.id::text else '' end
from (select id,
             case when credit_code is not null then kind || ':' || credit_code
                  else kind || ':' || district || ':' || lower(btrim(name)) end as natural_key,
             row_number() over (partition by case when credit_code is not null then kind || ':' || credit_code
                  else kind || ':' || district || ':' || lower(btrim(name)) end order by nominated_at, id) as rank
      from pilot) k
where p.id = k.id;
alter table pilot alter column natural_key set not null;
create unique index pilot_active_natural_key on pilot (natural_key) where status not in ('WITHDRAWN', 'REVOKED');
create index pilot_status on pilot (status);

-- Every transition of a pilot: who, when, why.
create table pilot_transition (
    id           uuid         primary key,
    -- the order of a pilot's steps (several may share an instant, e.g. in an import)
    seq          bigserial    not null,
    pilot_id     uuid         not null references pilot (id),
    action       varchar(30)  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    from_level   varchar(20),
    to_level     varchar(20),
    review_year  integer,
    reason       varchar(1000),
    actor        varchar(100) not null,
    actor_unit   varchar(30)  not null,
    at           timestamptz  not null
);
create index pilot_transition_pilot on pilot_transition (pilot_id, seq);
-- one annual review per pilot and year
create unique index pilot_transition_review_year on pilot_transition (pilot_id, review_year) where review_year is not null;

create table guidance_visit (
    id          uuid          primary key,
    pilot_id    uuid          not null references pilot (id),
    visited_on  date          not null,
    officers    text[]        not null,
    topics      text[]        not null,
    advice      varchar(4000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
create index guidance_visit_pilot on guidance_visit (pilot_id, visited_on);

create table health_check (
    id          uuid         primary key,
    pilot_id    uuid         not null references pilot (id),
    district    varchar(6)   not null,
    checked_on  date         not null,
    examiner    varchar(200) not null,
    summary     varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null,
    version     bigint       not null
);
create index health_check_pilot on health_check (pilot_id, checked_on);
create index health_check_district on health_check (district, checked_on);

create table health_check_finding (
    id              uuid          primary key,
    health_check_id uuid          not null references health_check (id),
    position        integer       not null,
    category        varchar(40)   not null,
    description     varchar(2000) not null
);
create index health_check_finding_check on health_check_finding (health_check_id);

create table rectification_item (
    id              uuid          primary key,
    finding_id      uuid          not null references health_check_finding (id),
    health_check_id uuid          not null references health_check (id),
    position        integer       not null,
    description     varchar(2000) not null,
    due_on          date          not null,
    completed_on    date,
    completed_by    varchar(100),
    completion_note varchar(2000),
    -- set once when RectificationOverdue is published: the marker that makes it once only
    overdue_notified_at timestamptz
);
create index rectification_item_check on rectification_item (health_check_id);
create index rectification_item_due on rectification_item (due_on) where completed_on is null and overdue_notified_at is null;
