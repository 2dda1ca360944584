package cn.gov.sh.tradesecret.audit.matter;

import java.time.Instant;
import java.util.Set;

/**
 * One event of a matter, read from the ledger.
 *
 * @param seq its ledger entry
 * @param time when it happened (the event's own time)
 * @param topic where it was published, which names the producing service
 * @param subject the lead, case, referral... it is about
 * @param district the jurisdiction of that subject; null when it has none
 * @param description who acted and what happened, in the domain's words
 * @param addressedTo the units it is a notice to by law
 * @param correlationId the request or event that caused it; null when unknown
 * @param links the ids of the lead, case or referral its payload names besides its subject
 */
record MatterEvent(
    long seq,
    String eventId,
    Instant time,
    String type,
    String topic,
    String subject,
    String district,
    EventDescriptions.Description description,
    Set<String> addressedTo,
    String correlationId,
    Set<String> links) {}
