-- The ledger's head as the timestamping authority signed it (issue 19): an RFC 3161 token whose
-- imprint is entry seq's hash. One per head; kept beside the chain, checked against the authority's
-- own certificate (never one stored here). Deleting a row loses that proof, which the verification
-- cannot tell from a head never signed (ADR 6).
create table ledger_signature (
    seq          bigint       primary key,
    entry_hash   char(64)     not null,
    token        bytea        not null,
    signed_at    timestamptz  not null,
    requested_by varchar(100) not null
);
