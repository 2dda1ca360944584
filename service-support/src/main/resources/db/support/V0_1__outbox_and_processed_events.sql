-- Shared by every service (service-support): the transactional outbox and the idempotent-consumer record.

-- Events written in the same transaction as the state change; a relay publishes them to Kafka.
create table outbox_event (
    seq          bigserial    primary key,
    id           uuid         not null unique,
    topic        varchar(100) not null,
    message_key  varchar(100) not null,
    event_type   varchar(100) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- One row per event a consumer has applied, written in the transaction of the effect.
create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    event_type   varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
