package cn.gov.sh.tradesecret.audit.record;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the gateway's audit records; an unreadable one goes to the dead-letter topic. */
@Component
class AuditRecordListener {

  private final AuditLog log;
  private final JsonMapper json;

  AuditRecordListener(AuditLog log, JsonMapper json) {
    this.log = log;
    this.json = json;
  }

  @KafkaListener(topics = Topics.AUDIT_RECORDS)
  void record(ConsumerRecord<String, String> record) {
    AuditRecord audit;
    try {
      audit = json.readValue(record.value(), AuditRecord.class);
    } catch (JacksonException e) {
      throw new MalformedEventException("not an audit record: " + e.getMessage(), e);
    }
    if (audit.id() == null
        || audit.account() == null
        || audit.method() == null
        || audit.at() == null) {
      throw new MalformedEventException(
          "an audit record without id, account, method or time", null);
    }
    log.record(audit);
  }
}
