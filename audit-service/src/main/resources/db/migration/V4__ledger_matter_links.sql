-- One view of a matter (issue 17): the events of a lead, case or referral are found by their subject,
-- by the ids their payloads link (leadId, caseId, originalCaseId) and by their correlation id.
-- Events are JSON text as received; one PostgreSQL cannot read as jsonb (a \u0000 escape, which
-- Jackson accepts) must not stop every timeline: it is read as null here, and found by its subject only.
create function ledger_event(event text) returns jsonb
    language plpgsql immutable parallel safe as $$
begin
    return event::jsonb;
exception when others then
    return null;
end $$;

create index ledger_entry_subject on ledger_entry (subject);
create index ledger_entry_lead on ledger_entry ((ledger_event(event) -> 'data' ->> 'leadId'));
create index ledger_entry_case on ledger_entry ((ledger_event(event) -> 'data' ->> 'caseId'));
create index ledger_entry_original_case on ledger_entry ((ledger_event(event) -> 'data' ->> 'originalCaseId'));
create index ledger_entry_correlation on ledger_entry ((ledger_event(event) ->> 'correlationid'));
