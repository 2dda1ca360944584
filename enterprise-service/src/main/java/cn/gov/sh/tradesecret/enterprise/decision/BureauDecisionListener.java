package cn.gov.sh.tradesecret.enterprise.decision;

import cn.gov.sh.tradesecret.enterprise.report.Reports;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Brings the bureau's decision back to the report, once per event: a report's lead has the report's
 * id, so a lead registered, declined or filed on is matched to it; every other lead is none of this
 * service's business.
 */
@Component
class BureauDecisionListener {

  private final EventHandling events;
  private final Reports reports;

  BureauDecisionListener(EventHandling events, Reports reports) {
    this.events = events;
    this.reports = reports;
  }

  @KafkaListener(topics = Topics.CASE_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(
        record,
        event -> {
          if (event.data() instanceof LeadRegistered lead) {
            reports.received(lead.leadId(), lead.owningUnit(), lead.receivedAt());
          } else if (event.data() instanceof LeadDeclined lead) {
            reports.declined(
                lead.leadId(), lead.owningUnit(), lead.reasonCode(), lead.declinedAt());
          } else if (event.data() instanceof CaseFiled filed) {
            reports.filed(filed.leadId(), filed.owningUnit(), filed.caseNumber(), filed.filedAt());
          }
        });
  }
}
