package cn.gov.sh.tradesecret.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.support.web.StorableText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A consumer acts only on events that keep their published contract; the rest is dead-lettered. */
class EventReaderTest {

  final EventReader reader =
      new EventReader(JsonMapper.builder().addModule(new StorableText()).build());

  static String event(String type, int version, String data) {
    return """
        {"specversion":"1.0","id":"6f1c1f57-6a55-4c5e-9d4b-0d7f3b1d2a10","source":"/case-service",
         "type":"%s","subject":"L-1","time":"2026-03-02T01:00:00Z","datacontenttype":"application/json",
         "schemaversion":%d,"district":"310117","data":%s}"""
        .formatted(type, version, data);
  }

  static final String LEAD =
      """
      {"leadId":"L-1","district":"310117","owningUnit":"MR-310117","source":"COMPLAINT",
       "rightsHolder":"上海某科技有限公司","claimedAmount":500000,"receivedAt":"2026-03-02T01:00:00Z"}""";

  @Test
  void aWholeEventIsReadWithItsTypedPayload() {
    var event = reader.read(event("LeadRegistered", 1, LEAD)).orElseThrow();

    assertThat(event.data()).isInstanceOf(LeadRegistered.class);
    assertThat(((LeadRegistered) event.data()).claimedAmount())
        .isEqualByComparingTo(BigDecimal.valueOf(500000));
  }

  @Test
  void anEventWithoutItsRequiredFieldsIsRefusedNamingThem() {
    assertThatThrownBy(() -> reader.read(event("LeadRegistered", 1, "{}")))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("LeadRegistered without its required leadId, district, owningUnit");
    assertThatThrownBy(
            () -> reader.read(event("LeadRegistered", 1, LEAD.replace("\"L-1\"", "null"))))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("leadId");
  }

  @Test
  void aVersionThisServiceDoesNotReadIsRefusedNotSkipped() {
    assertThatThrownBy(() -> reader.read(event("LeadRegistered", 2, LEAD)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("version 2 of LeadRegistered");
    assertThatThrownBy(() -> reader.read(event("LeadRegistered", 0, LEAD)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void aTypeThisServiceDoesNotKnowIsSkipped() {
    assertThat(reader.read(event("LeadTeleported", 1, "{}"))).isEmpty();
  }

  @Test
  void messagesThatAreNoEventsAreRefused() {
    for (String message :
        new String[] {
          "not json",
          "[]",
          "{}",
          event("LeadRegistered", 1, "[]"),
          event("LeadRegistered", 1, LEAD).replace("6f1c1f57-6a55-4c5e-9d4b-0d7f3b1d2a10", "x"),
          event("LeadRegistered", 1, LEAD.replace("500000", "\"a lot\"")),
          event("LeadRegistered", 1, LEAD.replace("上海某科技有限公司", "A\\u0000B"))
        }) {
      assertThatThrownBy(() -> reader.read(message))
          .as(message)
          .isInstanceOf(MalformedEventException.class);
    }
  }
}
