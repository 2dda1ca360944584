package cn.gov.sh.tradesecret.e2e;

import cn.gov.sh.tradesecret.e2e.LeadRegistrations.Attempt;
import cn.gov.sh.tradesecret.e2e.LeadRegistrations.Registration;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What arrived of the registrations of one scenario, counted one by one where each must be: the
 * lead in case-service, an entry in the inbox of the Songjiang bureau and of the municipal bureau,
 * a webhook at the agency's receiver, an entry in the ledger, and an audit record of every answered
 * attempt.
 */
final class Arrivals {

  private static final List<String> INBOXES = List.of("MR-310117", "MR-310000");

  private final PlatformProcesses processes;
  private final WebhookReceiver receiver;

  Arrivals(PlatformProcesses processes, WebhookReceiver receiver) {
    this.processes = processes;
    this.receiver = receiver;
  }

  /** The counts: each "missing" and "extra" figure must end at zero. */
  record Count(
      int registrations,
      int accepted,
      int acceptedDuringTheFault,
      int refused,
      int attempts,
      int unanswered,
      Map<Integer, Long> statuses,
      Map<LeadRegistrations.Phase, Integer> serverErrors,
      int missingLeads,
      int extraLeads,
      int inboxEntries,
      int missingInboxEntries,
      int extraInboxEntries,
      int webhooks,
      int missingWebhooks,
      int duplicatedWebhooks,
      int redeliveredWebhooks,
      int forgedWebhooks,
      int ledgerEntries,
      int missingLedgerEntries,
      int extraLedgerEntries,
      int auditRecords,
      int missingAuditRecords,
      int extraAuditRecords,
      int auditStatusMismatches) {

    boolean clean() {
      return allArrived()
          && refused == 0
          && serverErrors.get(LeadRegistrations.Phase.BEFORE_THE_FAULT) == 0
          && serverErrors.get(LeadRegistrations.Phase.AFTER_RECOVERY) == 0
          && extraLeads == 0
          && extraInboxEntries == 0
          && duplicatedWebhooks == 0
          && forgedWebhooks == 0
          && extraLedgerEntries == 0
          && extraAuditRecords == 0
          && auditStatusMismatches == 0;
    }

    boolean allArrived() {
      return missingLeads == 0
          && missingInboxEntries == 0
          && missingWebhooks == 0
          && missingLedgerEntries == 0
          && missingAuditRecords == 0;
    }

    String summary() {
      return ("%d registrations, %d accepted (%d while the fault lasted), %d refused; %d attempts (%d unanswered, by status %s), 5xx before/during/after"
              + " the fault %d/%d/%d | leads missing %d, extra %d | inbox entries %d (missing %d,"
              + " extra %d) | webhooks %d (missing %d, duplicated %d, redelivered %d, forged %d) |"
              + " ledger %d (missing %d, extra %d) | audit records %d (missing %d, extra %d, wrong"
              + " status %d)")
          .formatted(
              registrations,
              accepted,
              acceptedDuringTheFault,
              refused,
              attempts,
              unanswered,
              statuses,
              serverErrors.get(LeadRegistrations.Phase.BEFORE_THE_FAULT),
              serverErrors.get(LeadRegistrations.Phase.DURING_THE_FAULT),
              serverErrors.get(LeadRegistrations.Phase.AFTER_RECOVERY),
              missingLeads,
              extraLeads,
              inboxEntries,
              missingInboxEntries,
              extraInboxEntries,
              webhooks,
              missingWebhooks,
              duplicatedWebhooks,
              redeliveredWebhooks,
              forgedWebhooks,
              ledgerEntries,
              missingLedgerEntries,
              extraLedgerEntries,
              auditRecords,
              missingAuditRecords,
              extraAuditRecords,
              auditStatusMismatches);
    }
  }

  Count count(List<Registration> registrations) {
    List<Registration> accepted = registrations.stream().filter(Registration::accepted).toList();
    List<String> leadIds = accepted.stream().map(r -> r.leadId).toList();
    Map<LeadRegistrations.Phase, Integer> serverErrors = new HashMap<>();
    for (LeadRegistrations.Phase phase : LeadRegistrations.Phase.values()) {
      serverErrors.put(phase, 0);
    }
    List<Attempt> attempts = new ArrayList<>();
    registrations.forEach(r -> attempts.addAll(r.attempts));
    attempts.stream()
        .filter(a -> a.status() >= 500)
        .forEach(a -> serverErrors.merge(a.phase(), 1, Integer::sum));

    // one lead per key: the key is in the description
    Map<String, Long> leads =
        grouped(
            "case_service",
            "select description, count(*) from lead where description = any(?) group by description",
            registrations.stream().map(Registration::description).toList());
    int missingLeads = 0;
    int extraLeads = 0;
    for (Registration registration : accepted) {
      long stored = leads.getOrDefault(registration.description(), 0L);
      missingLeads += stored == 0 ? 1 : 0;
      extraLeads += (int) Math.max(0, stored - 1);
    }
    for (Registration registration : registrations) {
      if (!registration.accepted()) {
        extraLeads += leads.getOrDefault(registration.description(), 0L).intValue();
      }
    }

    int inboxEntries = 0;
    int missingInbox = 0;
    int extraInbox = 0;
    for (String unit : INBOXES) {
      Map<String, Long> entries =
          grouped(
              "notification_service",
              "select subject, count(*) from inbox_entry where event_type = 'LeadRegistered' and unit = '"
                  + unit
                  + "' and subject = any(?) group by subject",
              leadIds);
      for (String leadId : leadIds) {
        long n = entries.getOrDefault(leadId, 0L);
        inboxEntries += (int) n;
        missingInbox += n == 0 ? 1 : 0;
        extraInbox += (int) Math.max(0, n - 1);
      }
    }

    Map<String, Set<String>> webhookIds = receiver.webhookIdsBySubject("LeadRegistered");
    long received =
        receiver.received().stream()
            .filter(w -> w.type().equals("LeadRegistered") && leadIds.contains(w.subject()))
            .count();
    int webhooks = 0;
    int missingWebhooks = 0;
    int duplicatedWebhooks = 0;
    for (String leadId : leadIds) {
      int ids = webhookIds.getOrDefault(leadId, Set.of()).size();
      webhooks += Math.min(ids, 1);
      missingWebhooks += ids == 0 ? 1 : 0;
      duplicatedWebhooks += Math.max(0, ids - 1);
    }

    Map<String, Long> ledger =
        grouped(
            "audit_service",
            "select subject, count(*) from ledger_entry where event_type = 'LeadRegistered' and subject = any(?) group by subject",
            leadIds);
    int ledgerEntries = 0;
    int missingLedger = 0;
    int extraLedger = 0;
    for (String leadId : leadIds) {
      long n = ledger.getOrDefault(leadId, 0L);
      ledgerEntries += (int) n;
      missingLedger += n == 0 ? 1 : 0;
      extraLedger += (int) Math.max(0, n - 1);
    }

    Map<String, List<Integer>> audit =
        statuses(attempts.stream().map(Attempt::correlationId).toList());
    int auditRecords = 0;
    int missingAudit = 0;
    int extraAudit = 0;
    int wrongStatus = 0;
    for (Attempt attempt : attempts) {
      List<Integer> recorded = audit.getOrDefault(attempt.correlationId(), List.of());
      auditRecords += recorded.size();
      if (attempt.answered()) {
        missingAudit += recorded.isEmpty() ? 1 : 0;
        wrongStatus += (int) recorded.stream().filter(s -> s != attempt.status()).count();
      }
      extraAudit += Math.max(0, recorded.size() - 1);
    }
    return new Count(
        registrations.size(),
        accepted.size(),
        (int)
            attempts.stream()
                .filter(
                    a -> a.status() == 201 && a.phase() == LeadRegistrations.Phase.DURING_THE_FAULT)
                .count(),
        (int) registrations.stream().filter(r -> r.refusal != null).count(),
        attempts.size(),
        (int) attempts.stream().filter(a -> !a.answered()).count(),
        new TreeMap<>(
            attempts.stream()
                .filter(Attempt::answered)
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting()))),
        serverErrors,
        missingLeads,
        extraLeads,
        inboxEntries,
        missingInbox,
        extraInbox,
        webhooks,
        missingWebhooks,
        duplicatedWebhooks,
        (int) (received - webhooks - duplicatedWebhooks),
        receiver.forged(),
        ledgerEntries,
        missingLedger,
        extraLedger,
        auditRecords,
        missingAudit,
        extraAudit,
        wrongStatus);
  }

  private Map<String, Long> grouped(String database, String sql, List<String> values) {
    Map<String, Long> counts = new HashMap<>();
    query(database, sql, values, row -> counts.put(row.getString(1), row.getLong(2)));
    return counts;
  }

  private Map<String, List<Integer>> statuses(List<String> correlationIds) {
    Map<String, List<Integer>> statuses = new HashMap<>();
    query(
        "audit_service",
        "select correlation_id, status from audit_record where correlation_id = any(?)",
        correlationIds,
        row ->
            statuses.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getInt(2)));
    return statuses;
  }

  private interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String database, String sql, List<String> values, Row row) {
    try (Connection connection =
            DriverManager.getConnection(processes.jdbcUrl(database), "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array array = connection.createArrayOf("text", values.toArray());
      statement.setArray(1, array);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          row.read(result);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
