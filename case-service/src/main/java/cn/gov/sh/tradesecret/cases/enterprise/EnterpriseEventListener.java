package cn.gov.sh.tradesecret.cases.enterprise;

import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.lead.Party;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.enterprises.EvidenceDeposited;
import cn.gov.sh.tradesecret.events.enterprises.InfringementReported;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Registers each enterprise's online report as a lead of the competent district bureau, once per
 * event ({@link EventHandling}); the lead takes the report's id, so a report published twice is
 * still one lead. Keeps each evidence deposit for officers to attach by its receipt. Shared
 * self-assessments are none of case-service's business.
 */
@Component
class EnterpriseEventListener {

  private static final Logger log = LoggerFactory.getLogger(EnterpriseEventListener.class);

  private final EventHandling events;
  private final LeadService leads;
  private final EvidenceDeposits deposits;

  EnterpriseEventListener(EventHandling events, LeadService leads, EvidenceDeposits deposits) {
    this.events = events;
    this.leads = leads;
    this.deposits = deposits;
  }

  @KafkaListener(topics = Topics.ENTERPRISE_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(
        record,
        event -> {
          if (event.data() instanceof InfringementReported report) {
            boolean registered = leads.registerEnterpriseReport(lead(report));
            log.info(
                "Online report {} {}",
                report.trackingNumber(),
                registered ? "registered as lead " + report.reportId() : "already a lead");
          } else if (event.data() instanceof EvidenceDeposited deposit) {
            deposits.record(deposit);
          }
        });
  }

  private static LeadService.EnterpriseReport lead(InfringementReported report) {
    List<Party> suspects =
        report.suspects().stream()
            .map(suspect -> new Party(suspect.name(), suspect.creditCode()))
            .toList();
    return new LeadService.EnterpriseReport(
        leadId(report.reportId()),
        report.trackingNumber(),
        report.district(),
        new Party(report.enterpriseName(), report.creditCode()),
        suspects,
        description(report),
        report.estimatedLoss(),
        report.reportedAt(),
        "ENT-" + report.creditCode());
  }

  private static UUID leadId(String reportId) {
    try {
      return UUID.fromString(reportId);
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException("InfringementReported with a report id that is no UUID", e);
    }
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
            + report.howTaken()
            + "\n证据指纹 (SHA-256): "
            + report.evidenceFingerprints().size()
            + " 项, 见举报";
    return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }
}
