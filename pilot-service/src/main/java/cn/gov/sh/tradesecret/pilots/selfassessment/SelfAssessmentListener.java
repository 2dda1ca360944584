package cn.gov.sh.tradesecret.pilots.selfassessment;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each self-assessment an enterprise shared with its district bureau, once per event ({@link
 * EventHandling}) and once per assessment. One that cannot be an assessment goes to the dead-letter
 * topic, where an operator sees it; reports and deposits are none of pilot-service's business.
 */
@Component
class SelfAssessmentListener {

  private static final Logger log = LoggerFactory.getLogger(SelfAssessmentListener.class);

  private final EventHandling events;
  private final SharedSelfAssessments assessments;

  SelfAssessmentListener(EventHandling events, SharedSelfAssessments assessments) {
    this.events = events;
    this.assessments = assessments;
  }

  @KafkaListener(topics = Topics.ENTERPRISE_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(
        record,
        event -> {
          if (event.data() instanceof SelfAssessmentShared shared) {
            boolean kept = receive(shared);
            log.info(
                "Self-assessment {} shared with district {} {}",
                shared.assessmentId(),
                shared.district(),
                kept ? "kept" : "kept already");
          }
        });
  }

  private boolean receive(SelfAssessmentShared shared) {
    try {
      return assessments.receive(shared);
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(
          "SelfAssessmentShared " + shared.assessmentId() + ": " + e.getMessage(), e);
    }
  }
}
