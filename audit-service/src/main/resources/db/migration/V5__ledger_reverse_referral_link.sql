-- A lead registered from a police referral back names it (LeadRegistered.reverseReferralId, issue 17):
-- the timeline of a matter follows that link both ways, by this index as by those of V4.
create index ledger_entry_reverse_referral on ledger_entry ((ledger_event(event) -> 'data' ->> 'reverseReferralId'));
