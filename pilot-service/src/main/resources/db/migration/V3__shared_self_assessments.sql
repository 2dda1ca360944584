-- Self-assessments that enterprises shared with their district bureau (enterprise-service's
-- SelfAssessmentShared, issue 19): the scores per area, never the answers, shown beside the
-- health checks of the enterprise's pilot. The consumer's processed_event table comes with
-- service-support's db/support migrations.
create table shared_self_assessment (
    -- enterprise-service's assessment id: one row per assessment however often it is delivered
    id           uuid         primary key,
    guide_id     varchar(40)  not null,
    credit_code  varchar(18)  not null,
    district     varchar(6)   not null,
    score        numeric(5,2) not null,
    submitted_at timestamptz  not null,
    received_at  timestamptz  not null
);
create index shared_self_assessment_enterprise on shared_self_assessment (credit_code, submitted_at desc);
create index shared_self_assessment_district on shared_self_assessment (district, submitted_at desc);

create table shared_self_assessment_area (
    assessment_id uuid         not null references shared_self_assessment (id),
    position      integer      not null,
    code          varchar(40)  not null,
    score         numeric(5,2) not null,
    primary key (assessment_id, position)
);
