-- Webhook endpoints of the agencies' own systems, with their signing secrets (two valid at once
-- while a rotation is in progress) and health.
create table webhook_endpoint (
    id               uuid          primary key,
    unit             varchar(40)   not null,
    url              varchar(2000) not null,
    description      varchar(500),
    status           varchar(20)   not null,
    disabled_reason  varchar(20),
    disabled_at      timestamptz,
    failing_since    timestamptz,
    last_success_at  timestamptz,
    last_failure_at  timestamptz,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null
);
create index webhook_endpoint_unit on webhook_endpoint (unit);

create table webhook_secret (
    id          uuid         primary key,
    endpoint_id uuid         not null references webhook_endpoint (id),
    secret      varchar(100) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz
);
create index webhook_secret_endpoint on webhook_secret (endpoint_id);

alter table subscription add column endpoint_id uuid references webhook_endpoint (id);
create index subscription_endpoint on subscription (endpoint_id);

-- Every event received, kept for replay (platform.notifications.history.retention, 180 days by default).
create table event_history (
    seq         bigserial     primary key,
    event_id    uuid          not null unique,
    event_type  varchar(100)  not null,
    topic       varchar(100)  not null,
    subject     varchar(100)  not null,
    district    varchar(6),
    occurred_at timestamptz   not null,
    received_at timestamptz   not null,
    body        text          not null
);
create index event_history_occurred on event_history (occurred_at);

-- One message to one endpoint: its id is the webhook-id, the same on every attempt.
create table delivery (
    id               uuid          primary key,
    seq              bigserial     not null unique,
    endpoint_id      uuid          not null references webhook_endpoint (id),
    event_id         uuid          not null references event_history (event_id),
    event_type       varchar(100)  not null,
    subject          varchar(100)  not null,
    replay_id        uuid,
    status           varchar(20)   not null,
    attempts         int           not null,
    next_attempt_at  timestamptz   not null,
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    dead_at          timestamptz,
    last_status_code int,
    last_error       varchar(500)
);
create unique index delivery_once on delivery (endpoint_id, event_id) where replay_id is null;
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
-- The head of each endpoint+aggregate line: a later event waits until the earlier is delivered or dead.
create index delivery_line on delivery (endpoint_id, subject, seq) where status = 'PENDING';
create index delivery_endpoint_status on delivery (endpoint_id, status, seq);

create table delivery_attempt (
    id           bigserial    primary key,
    delivery_id  uuid         not null references delivery (id),
    attempted_at timestamptz  not null,
    status_code  int,
    latency_ms   int          not null,
    error        varchar(500)
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, id);

-- Mandatory notices: each procuratorate is copied on every referral of its jurisdiction (the
-- municipal one of all), per the State Council regulation on the transfer of suspected criminal cases.
insert into subscription (id, unit, event_selector, district, subject, channel, mandatory, created_by, created_at)
select gen_random_uuid(), 'PROC-' || code, 'referral-events', case when code = '310000' then null else code end,
       null, 'INBOX', true, 'platform', now()
from (values ('310000'), ('310101'), ('310104'), ('310105'), ('310106'), ('310107'), ('310109'), ('310110'),
             ('310112'), ('310113'), ('310114'), ('310115'), ('310116'), ('310117'), ('310118'), ('310120'),
             ('310151'), ('31LG00')) as districts (code);
