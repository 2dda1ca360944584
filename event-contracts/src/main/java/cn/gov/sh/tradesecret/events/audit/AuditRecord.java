package cn.gov.sh.tradesecret.events.audit;

import java.time.Instant;
import java.util.List;

/**
 * One state-changing request at the gateway, as the audit log keeps it: who, what, when, from where
 * and the outcome, refusals included. Published by the gateway on {@code audit-records}, keyed by
 * account; not a domain event, so not in the event catalogue.
 *
 * @param id unique id of the record
 * @param account the token's subject, or {@code anonymous} when the request had no valid token
 * @param unit the caller's agency unit, when authenticated
 * @param agency the caller's agency type, when authenticated
 * @param method HTTP method
 * @param path the request path (no query string: it may hold personal data)
 * @param resource the API resource, e.g. {@code leads}
 * @param identifiers ids found in the path (UUIDs and numbers)
 * @param status the HTTP status answered
 * @param outcome SUCCEEDED (below 400), REFUSED (4xx: bad input, no access, conflicts, limits) or
 *     FAILED (5xx)
 * @param clientAddress where the request came from (first X-Forwarded-For hop, else the peer)
 * @param correlationId the request's correlation id
 * @param at when the answer was given
 */
public record AuditRecord(
    String id,
    String account,
    String unit,
    String agency,
    String method,
    String path,
    String resource,
    List<String> identifiers,
    int status,
    String outcome,
    String clientAddress,
    String correlationId,
    Instant at) {}
