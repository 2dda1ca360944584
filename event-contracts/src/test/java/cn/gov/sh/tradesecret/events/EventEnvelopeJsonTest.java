package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.events.pilots.PilotNominated;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventEnvelopeJsonTest {

  private static final Instant T = Instant.parse("2026-03-02T01:30:00Z");
  // Amounts are decimals: read floats as BigDecimal so the yuan keep their scale (as consumers do).
  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static List<EventPayload> oneOfEachType() {
    return List.of(
        new LeadRegistered("L-1", "310117", "MR-310117", "COMPLAINT", "Acme", new BigDecimal("350000.00"), T),
        new ReferralProposed("R-1", "C-1", "310117", "MR-310117", T),
        new PilotNominated("P-1", "310115", "PARK", "Zhangjiang", null, "INTEGRATED_CIRCUITS", T),
        new InboxEntryRead("E-1", "ev-1", "LeadRegistered", "L-1", "MR-310117", "songjiang-officer", "310117", T));
  }

  @Test
  void everyCatalogTypeIsCoveredByThisTest() {
    assertThat(oneOfEachType()).extracting(p -> EventCatalog.of(p.getClass()).type())
        .containsExactlyInAnyOrderElementsOf(EventCatalog.entries().stream().map(EventCatalog.Entry::type).toList());
  }

  @ParameterizedTest
  @MethodSource("oneOfEachType")
  void envelopeRoundTripsThroughJson(EventPayload payload) {
    EventEnvelope<EventPayload> envelope = EventEnvelope.of("case-service", payload, T, "corr-1");

    String wire = json.writeValueAsString(envelope);
    JsonNode tree = json.readTree(wire);
    EventPayload data = json.treeToValue(tree.get("data"), EventCatalog.of(tree.get("type").asString()).payloadType());

    assertThat(data).isEqualTo(payload);
    assertThat(tree.get("specversion").asString()).isEqualTo("1.0");
    assertThat(tree.get("subject").asString()).isEqualTo(payload.aggregateId());
    assertThat(tree.get("source").asString()).isEqualTo("/case-service");
    assertThat(tree.get("correlationid").asString()).isEqualTo("corr-1");
    assertThat(tree.get("time").asString()).isEqualTo("2026-03-02T01:30:00Z");
  }

  @Test
  void unknownTypeIsRefused() {
    assertThatThrownBy(() -> EventCatalog.of("CaseVanished")).isInstanceOf(IllegalArgumentException.class);
  }
}
