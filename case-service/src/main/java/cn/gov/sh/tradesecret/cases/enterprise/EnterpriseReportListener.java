package cn.gov.sh.tradesecret.cases.enterprise;

import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.lead.Party;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import cn.gov.sh.tradesecret.support.web.Correlation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers each enterprise's online report as a lead of the competent district bureau, once: the
 * event id is recorded in {@code processed_event} with the lead (as service-support's {@code
 * EventHandling} does), and the lead takes the report's id, so a report published twice is still
 * one lead. Other event types are skipped; an unreadable report goes to the dead-letter topic.
 *
 * <p>Reads the envelope itself: service-support's {@code EventReader} knows only the catalogued
 * event types, and event-contracts does not list the enterprise events yet.
 */
@Component
class EnterpriseReportListener {

  static final String TOPIC = "enterprise-events";
  private static final Logger log = LoggerFactory.getLogger(EnterpriseReportListener.class);
  private static final String CONSUMER = "case-service";

  private final JsonMapper json;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final LeadService leads;

  EnterpriseReportListener(
      JsonMapper json,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock,
      LeadService leads) {
    // Producers may add payload fields without a new schema version.
    this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.leads = leads;
  }

  @KafkaListener(topics = TOPIC)
  void on(ConsumerRecord<String, String> record) {
    JsonNode envelope = read(record.value());
    if (!InfringementReported.TYPE.equals(envelope.path("type").asString(""))) {
      return;
    }
    UUID eventId = uuid(envelope.path("id").asString(""));
    if (envelope.path("schemaversion").asInt(1) != 1) {
      throw new MalformedEventException(
          "a version of InfringementReported this service does not read", null);
    }
    InfringementReported report = payload(envelope.get("data"));
    Correlation.run(
        envelope.path("correlationid").asString(null),
        () ->
            transaction.executeWithoutResult(
                status -> {
                  if (firstTime(eventId)) {
                    boolean registered = leads.registerEnterpriseReport(lead(report));
                    log.info(
                        "Online report {} {}",
                        report.trackingNumber(),
                        registered ? "registered as lead " + report.reportId() : "already a lead");
                  }
                }));
  }

  private static LeadService.EnterpriseReport lead(InfringementReported report) {
    List<Party> suspects =
        report.suspects() == null
            ? List.of()
            : report.suspects().stream()
                .map(suspect -> new Party(suspect.name(), suspect.creditCode()))
                .toList();
    return new LeadService.EnterpriseReport(
        report.reportId(),
        report.trackingNumber(),
        report.district(),
        new Party(report.enterpriseName(), report.creditCode()),
        suspects,
        description(report),
        report.estimatedLoss(),
        report.reportedAt(),
        "ENT-" + report.creditCode());
  }

  /**
   * The lead's description: what and how, in the enterprise's words. The evidence fingerprints stay
   * on the report, which the bureau reads by its tracking number.
   */
  static String description(InfringementReported report) {
    String text =
        "网上举报 "
            + report.trackingNumber()
            + " ("
            + report.secretType()
            + ")\n被侵害的信息: "
            + report.whatWasTaken()
            + "\n侵害方式: "
            + (report.howTaken() == null ? "" : report.howTaken())
            + "\n证据指纹 (SHA-256): "
            + (report.evidenceFingerprints() == null ? 0 : report.evidenceFingerprints().size())
            + " 项, 见举报";
    return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  private boolean firstTime(UUID eventId) {
    return jdbc.update(
            "insert into processed_event (event_id, consumer, event_type, processed_at) values (?, ?, ?, ?) on conflict do nothing",
            eventId,
            CONSUMER,
            InfringementReported.TYPE,
            Timestamp.from(clock.instant()))
        == 1;
  }

  private JsonNode read(String message) {
    try {
      JsonNode tree = json.readTree(message);
      if (tree == null || !tree.isObject()) {
        throw new MalformedEventException("not a JSON object", null);
      }
      return tree;
    } catch (JacksonException e) {
      throw new MalformedEventException("unreadable event: " + e.getMessage(), e);
    }
  }

  private InfringementReported payload(JsonNode data) {
    if (data == null || !data.isObject()) {
      throw new MalformedEventException("InfringementReported without data", null);
    }
    try {
      InfringementReported report = json.treeToValue(data, InfringementReported.class);
      List<String> missing = report.missingFields();
      if (!missing.isEmpty()) {
        throw new MalformedEventException(
            "InfringementReported without its required " + String.join(", ", missing), null);
      }
      return report;
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MalformedEventException("unreadable InfringementReported: " + e.getMessage(), e);
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException("event without a valid id", e);
    }
  }
}
