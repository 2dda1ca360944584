-- Issue 17: the facts behind the white paper's two rates. A mediation that ended without an
-- agreement (the last one of the case), and how the penalty decision was executed (paid in full,
-- instalments or deferral approved, or enforced by the court), each with who recorded it.
alter table infringement_case
    add column mediation_failure_reason      varchar(30),
    add column mediation_failure_details     varchar(2000),
    add column mediation_failure_recorded_by varchar(100),
    add column mediation_failed_at           timestamptz,
    add column execution_manner              varchar(20),
    add column executed_on                   date,
    add column execution_amount_paid         numeric(14, 2),
    add column execution_document_number     varchar(100),
    add column execution_court_unit          varchar(20),
    add column execution_recorded_by         varchar(100),
    add column execution_recorded_at         timestamptz;
