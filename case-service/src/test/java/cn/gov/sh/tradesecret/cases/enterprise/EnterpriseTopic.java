package cn.gov.sh.tradesecret.cases.enterprise;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import tools.jackson.databind.json.JsonMapper;

/** enterprise-service's topic, as the tests of case-service write on it in its place. */
record EnterpriseTopic(String bootstrap, JsonMapper json) {

  static final String TOPIC = Topics.ENTERPRISE_EVENTS;

  /** The topic, created by its owner enterprise-service in production (KafkaAccess grants it). */
  EnterpriseTopic created() throws Exception {
    try (Admin admin = Admin.create(KafkaClients.admin(bootstrap))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(TOPIC, 6, (short) 1),
                  new NewTopic(Topics.deadLetter(TOPIC), 1, (short) 1)))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    return this;
  }

  /**
   * An envelope as enterprise-service's outbox writes it, keyed by {@code subject}; the message.
   */
  String publish(String type, String subject, Map<String, Object> data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("specversion", "1.0");
    envelope.put("id", UUID.randomUUID().toString());
    envelope.put("source", "/enterprise-service");
    envelope.put("type", type);
    envelope.put("subject", subject);
    envelope.put("time", TestClock.now().toString());
    envelope.put("datacontenttype", "application/json");
    envelope.put("schemaversion", 1);
    envelope.put("correlationid", "corr-" + type);
    envelope.put("district", data.get("district"));
    envelope.put("data", data);
    String message = json.writeValueAsString(envelope);
    TopicProbe.send(bootstrap, TOPIC, subject, message);
    return message;
  }
}
