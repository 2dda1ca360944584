package cn.gov.sh.tradesecret.audit.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineBreached;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.events.referrals.ReferralTransferred;
import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One matter of Songjiang, from the lead to the referral the police declined and referred back,
 * published as its services publish it on the real topics, read back as each agency sees it.
 */
@PlatformIntegrationTest
class MatterTimelineIT {

  static final DemoAccount SONGJIANG_ENTERPRISE =
      new DemoAccount(
          "songjiang-enterprise",
          "ENTERPRISE",
          "ENT-91310117MA1J3K5L0Y",
          "310117",
          List.of("REPRESENTATIVE"));

  /** Words of the police's reasons: the timeline never repeats an officer's own text. */
  static final String REASONS = "伺服驱动图纸的技术秘密点不构成犯罪";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  /**
   * The ids of one matter, of the police's referral back, and of a lead of the same bureau that is
   * no part of it.
   */
  record Matter(String lead, String caseId, String referral, String reverse, String otherLead) {}

  /** The lead the bureau registered from the police's referral back, and the case filed from it. */
  record ReferredBack(String lead, String caseId) {}

  /**
   * Publishes the matter's events out of their order in time (the topics are independent), so that
   * only the timeline's sorting puts them in order.
   */
  Matter publishMatter() {
    String lead = UUID.randomUUID().toString();
    String caseId = UUID.randomUUID().toString();
    String referral = UUID.randomUUID().toString();
    String otherLead = UUID.randomUUID().toString();
    String reverse = UUID.randomUUID().toString();
    String caseNumber = "沪松市监案〔2026〕" + (1000 + caseId.hashCode() % 1000) + "号";
    String declineRequest = UUID.randomUUID().toString();
    Instant t = TestClock.now();
    List<EventEnvelope<?>> events = new ArrayList<>();
    events.add(
        event(
            "referral-service",
            new ReferralDeclined(
                referral, caseId, "310117", "MR-310117", "PSB-310117", REASONS, at(t, 7)),
            at(t, 7),
            declineRequest));
    events.add(
        event(
            "case-service",
            new LeadRegistered(
                lead,
                "310117",
                "MR-310117",
                "COMPLAINT",
                "上海某精密机械有限公司",
                new BigDecimal("350000"),
                at(t, 1)),
            at(t, 1),
            null));
    events.add(
        event(
            "case-service",
            new CaseFiled(
                caseId,
                lead,
                caseNumber,
                "310117",
                "MR-310117",
                new BigDecimal("350000"),
                true,
                at(t, 2),
                at(t, 90),
                null,
                null,
                null,
                null),
            at(t, 2),
            null));
    events.add(
        event(
            "case-service",
            new CaseReferralProposed(
                caseId,
                caseNumber,
                "310117",
                "MR-310117",
                new BigDecimal("350000"),
                true,
                REASONS,
                "songjiang-head",
                at(t, 3)),
            at(t, 3),
            null));
    events.add(
        event(
            "referral-service",
            new ReferralProposed(referral, caseId, "310117", "MR-310117", at(t, 4)),
            at(t, 4),
            null));
    EventEnvelope<?> transferred =
        event(
            "referral-service",
            new ReferralTransferred(
                referral,
                caseId,
                "310117",
                "MR-310117",
                "PSB-310117",
                "PROC-310117",
                List.of("CASE_FILE", "EVIDENCE", "APPRAISAL", "INSPECTION", "OTHER"),
                "songjiang-officer",
                at(t, 5)),
            at(t, 5),
            null);
    events.add(transferred);
    events.add(
        event(
            "notification-service",
            new InboxEntryRead(
                UUID.randomUUID().toString(),
                transferred.id(),
                "ReferralTransferred",
                referral,
                "PSB-310117",
                "songjiang-police",
                "310117",
                at(t, 6)),
            at(t, 6),
            null));
    // the police refer the matter back in the request that declined it: linked by that alone
    events.add(
        event(
            "referral-service",
            new ReverseReferralSubmitted(
                reverse,
                null,
                "310117",
                "MR-310117",
                "PSB-310117",
                "上海某精密机械有限公司",
                "张某",
                REASONS,
                at(t, 8)),
            at(t, 8),
            declineRequest));
    events.add(
        event(
            "case-service",
            new CaseDeadlineBreached(
                caseId,
                "CASE",
                caseNumber,
                "310117",
                "MR-310117",
                "DECISION",
                at(t, 8),
                at(t, 9),
                false),
            at(t, 9),
            null));
    events.add(
        event(
            "case-service",
            new LeadRegistered(
                otherLead,
                "310117",
                "MR-310117",
                "COMPLAINT",
                "另一家企业",
                new BigDecimal("1000"),
                at(t, 1)),
            at(t, 1),
            null));
    events.forEach(this::publish);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> events.stream().allMatch(event -> entriesOf(event.id()) == 1));
    return new Matter(lead, caseId, referral, reverse, otherLead);
  }

  /**
   * Publishes what case-service does with the police's referral back of {@code matter}: a lead
   * naming the reverse referral, filed as a case; linked to the matter by that name alone.
   */
  ReferredBack referBack(Matter matter) {
    String lead = UUID.randomUUID().toString();
    String caseId = UUID.randomUUID().toString();
    Instant t = TestClock.now();
    List<EventEnvelope<?>> events =
        List.of(
            event(
                "case-service",
                new LeadRegistered(
                    lead,
                    "310117",
                    "MR-310117",
                    "REVERSE_REFERRAL",
                    "上海某精密机械有限公司",
                    BigDecimal.ZERO,
                    at(t, 10),
                    matter.reverse()),
                at(t, 10),
                null),
            event(
                "case-service",
                new CaseFiled(
                    caseId,
                    lead,
                    "沪松市监案〔2026〕" + (2000 + caseId.hashCode() % 1000) + "号",
                    "310117",
                    "MR-310117",
                    BigDecimal.ZERO,
                    false,
                    at(t, 11),
                    at(t, 101),
                    null,
                    null,
                    null,
                    null),
                at(t, 11),
                null));
    events.forEach(this::publish);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> events.stream().allMatch(event -> entriesOf(event.id()) == 1));
    return new ReferredBack(lead, caseId);
  }

  static Instant at(Instant start, int days) {
    return start.plus(Duration.ofDays(days));
  }

  static EventEnvelope<?> event(
      String service, EventPayload payload, Instant time, String correlationId) {
    return EventEnvelope.of(
        service,
        payload,
        time,
        correlationId == null ? UUID.randomUUID().toString() : correlationId);
  }

  void publish(EventEnvelope<?> event) {
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        event.topic(),
        event.subject(),
        json.writeValueAsString(event));
  }

  long entriesOf(String eventId) {
    return jdbc.queryForObject(
        "select count(*) from ledger_entry where event_id = ?::uuid", Long.class, eventId);
  }

  ApiClient.Response timeline(DemoAccount reader, String id) {
    return api.as(reader).get("/api/matters/" + id + "/timeline");
  }

  List<String> typesSeen(DemoAccount reader, String id) {
    ApiClient.Response response = timeline(reader, id);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("items").findValuesAsString("type");
  }

  @Test
  void theBureauOfTheDistrictFollowsTheMatterFromAnyOfItsIdsInTheOrderItHappened() {
    Matter matter = publishMatter();

    List<String> expected =
        List.of(
            "LeadRegistered",
            "CaseFiled",
            "CaseReferralProposed",
            "ReferralProposed",
            "ReferralTransferred",
            "ReferralDeclined",
            "ReverseReferralSubmitted",
            "CaseDeadlineBreached");
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.lead()))
        .containsExactlyElementsOf(expected);
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.caseId()))
        .containsExactlyElementsOf(expected);
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.referral()))
        .containsExactlyElementsOf(expected);
    assertThat(typesSeen(DemoAccount.MUNICIPAL_HEAD, matter.lead()))
        .containsExactlyElementsOf(expected);

    JsonNode steps = timeline(DemoAccount.SONGJIANG_OFFICER, matter.lead()).json().get("items");
    assertThat(steps.findValuesAsString("time")).isSorted();
    JsonNode filed = steps.get(1);
    assertThat(filed.get("service").asString()).isEqualTo("case-service");
    assertThat(filed.get("unit").asString()).isEqualTo("MR-310117");
    assertThat(filed.get("district").asString()).isEqualTo("310117");
    assertThat(filed.get("subject").asString()).isEqualTo(matter.caseId());
    assertThat(filed.get("summary").asString()).contains("filed", "crime suspected");
    JsonNode transferred = steps.get(4);
    assertThat(transferred.get("service").asString()).isEqualTo("referral-service");
    assertThat(transferred.get("summary").asString())
        .isEqualTo("Referral transferred to PSB-310117, copied to PROC-310117, 5 materials");
  }

  @Test
  void theTimelineSummarizesWithoutRepeatingReasonsOrPayloads() {
    Matter matter = publishMatter();

    String body = timeline(DemoAccount.SONGJIANG_OFFICER, matter.caseId()).body();

    assertThat(body)
        .doesNotContain(REASONS, "上海某精密机械有限公司", "张某", "350000", "materials\":", "\"data\"");
    assertThat(body).contains("Referral declined with reasons");
  }

  @Test
  void theBureauDoesNotSeeAnotherMatterOfItsOwnNorTheInboxOfThePolice() {
    Matter matter = publishMatter();

    String body = timeline(DemoAccount.SONGJIANG_OFFICER, matter.lead()).body();

    assertThat(body).doesNotContain(matter.otherLead(), "InboxEntryRead");
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.otherLead()))
        .containsExactly("LeadRegistered");
  }

  @Test
  void thePoliceOfTheDistrictSeeTheReferralAndTheNoticeTheyRead() {
    Matter matter = publishMatter();

    assertThat(typesSeen(DemoAccount.SONGJIANG_POLICE, matter.referral()))
        .containsExactly(
            "ReferralProposed",
            "ReferralTransferred",
            "InboxEntryRead",
            "ReferralDeclined",
            "ReverseReferralSubmitted");
    // from the lead's id too, but still without the bureau's lead and case
    assertThat(typesSeen(DemoAccount.SONGJIANG_POLICE, matter.lead()))
        .doesNotContain("LeadRegistered", "CaseFiled", "CaseReferralProposed")
        .contains("ReferralTransferred");
    Problems.assertProblem(
        timeline(DemoAccount.SONGJIANG_POLICE, matter.otherLead()), 404, "not-found");
  }

  @Test
  void theProcuratorateSeesTheReferralAndTheBreachedDeadlineButNotTheCase() {
    Matter matter = publishMatter();

    List<String> expected =
        List.of(
            "ReferralProposed",
            "ReferralTransferred",
            "ReferralDeclined",
            "ReverseReferralSubmitted",
            "CaseDeadlineBreached");
    assertThat(typesSeen(DemoAccount.SONGJIANG_PROCURATOR, matter.caseId()))
        .containsExactlyElementsOf(expected);
    assertThat(typesSeen(DemoAccount.MUNICIPAL_PROCURATOR, matter.caseId()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void anotherDistrictsAgenciesAndAnUnaddressedCourtFindNoSuchMatter() {
    Matter matter = publishMatter();

    for (DemoAccount outsider :
        List.of(
            DemoAccount.XUHUI_OFFICER,
            DemoAccount.XUHUI_POLICE,
            DemoAccount.XUHUI_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_JUDGE)) {
      ApiClient.Response answer = timeline(outsider, matter.lead());
      Problems.assertProblem(answer, 404, "not-found");
      assertThat(answer.body()).as(outsider.name()).doesNotContain(matter.caseId());
    }
    Problems.assertProblem(
        timeline(DemoAccount.SONGJIANG_OFFICER, UUID.randomUUID().toString()), 404, "not-found");
  }

  @Test
  void enterprisesAndOperatorsReadNoTimeline() {
    Matter matter = publishMatter();

    Problems.assertProblem(timeline(SONGJIANG_ENTERPRISE, matter.lead()), 403, "forbidden");
    Problems.assertProblem(timeline(DemoAccount.OPERATOR, matter.lead()), 403, "forbidden");
    Problems.assertProblem(
        api.withToken(null).get("/api/matters/" + matter.lead() + "/timeline"),
        401,
        "unauthenticated");
  }

  @Test
  void anEventPostgresqlCannotReadAsJsonStopsNoTimeline() {
    Matter matter = publishMatter();
    String lead = UUID.randomUUID().toString();
    // a lone surrogate's JSON escape: Jackson reads it, PostgreSQL's jsonb refuses it
    EventEnvelope<?> unreadable =
        event(
            "case-service",
            new LeadRegistered(
                lead,
                "310117",
                "MR-310117",
                "COMPLAINT",
                "Acme Ltd",
                new BigDecimal("1000"),
                TestClock.now()),
            TestClock.now(),
            null);
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        unreadable.topic(),
        unreadable.subject(),
        json.writeValueAsString(unreadable).replace("Acme Ltd", "Acme\\ud83d Ltd"));
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(unreadable.id()) == 1);
    assertThat(
            jdbc.queryForObject(
                "select ledger_event(event) is null from ledger_entry where event_id = ?::uuid",
                Boolean.class,
                unreadable.id()))
        .as("PostgreSQL cannot read it as jsonb")
        .isTrue();

    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.lead())).contains("CaseFiled");
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, lead)).containsExactly("LeadRegistered");
  }

  @Test
  void anIdThatIsNotAUuidIsRefusedNamingTheId() {
    for (String bad : List.of("not-a-uuid", "%F0%9F%94%92", "x".repeat(4000), "%07abc")) {
      Problems.assertInvalid(timeline(DemoAccount.SONGJIANG_OFFICER, bad), "id");
    }
  }

  @Test
  void aMatterReferredBackByThePoliceContinuesIntoItsNewLeadAndCaseAndBack() {
    Matter matter = publishMatter();
    ReferredBack back = referBack(matter);

    List<String> expected =
        List.of(
            "LeadRegistered",
            "CaseFiled",
            "CaseReferralProposed",
            "ReferralProposed",
            "ReferralTransferred",
            "ReferralDeclined",
            "ReverseReferralSubmitted",
            "CaseDeadlineBreached",
            "LeadRegistered",
            "CaseFiled");
    for (String id : List.of(matter.lead(), matter.caseId(), back.lead(), back.caseId())) {
      assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, id))
          .as("from %s", id)
          .containsExactlyElementsOf(expected);
    }
    JsonNode steps = timeline(DemoAccount.SONGJIANG_OFFICER, back.caseId()).json().get("items");
    assertThat(steps.get(0).get("subject").asString()).isEqualTo(matter.lead());
    assertThat(steps.get(6).get("subject").asString()).isEqualTo(matter.reverse());
    assertThat(steps.get(8).get("subject").asString()).isEqualTo(back.lead());
    assertThat(steps.get(9).get("subject").asString()).isEqualTo(back.caseId());
    assertThat(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.otherLead()))
        .containsExactly("LeadRegistered");
  }

  @Test
  void aReverseReferralNamingTheOriginalCaseLinksItsLeadBackWithoutACommonRequest() {
    Matter matter = publishMatter();
    String reverse = UUID.randomUUID().toString();
    String lead = UUID.randomUUID().toString();
    Instant t = TestClock.now();
    List<EventEnvelope<?>> events =
        List.of(
            event(
                "referral-service",
                new ReverseReferralSubmitted(
                    reverse,
                    matter.caseId(),
                    "310117",
                    "MR-310117",
                    "PSB-310117",
                    "上海某精密机械有限公司",
                    "王某",
                    REASONS,
                    at(t, 20)),
                at(t, 20),
                null),
            event(
                "case-service",
                new LeadRegistered(
                    lead,
                    "310117",
                    "MR-310117",
                    "REVERSE_REFERRAL",
                    "上海某精密机械有限公司",
                    BigDecimal.ZERO,
                    at(t, 21),
                    reverse),
                at(t, 21),
                null));
    events.forEach(this::publish);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> events.stream().allMatch(event -> entriesOf(event.id()) == 1));

    List<String> fromNewLead = typesSeen(DemoAccount.SONGJIANG_OFFICER, lead);
    assertThat(fromNewLead).startsWith("LeadRegistered", "CaseFiled").endsWith("LeadRegistered");
    assertThat(fromNewLead).isEqualTo(typesSeen(DemoAccount.SONGJIANG_OFFICER, matter.lead()));
    assertThat(
            timeline(DemoAccount.SONGJIANG_POLICE, lead)
                .json()
                .get("items")
                .findValuesAsString("subject"))
        .contains(matter.referral(), reverse)
        .doesNotContain(lead, matter.caseId());
  }

  @Test
  void eachAgencySeesOfTheReferredBackMatterOnlyItsOwnPart() {
    Matter matter = publishMatter();
    ReferredBack back = referBack(matter);

    // the police and the procuratorate reach their referral from the new lead, not the bureau's
    // lead and case
    assertThat(typesSeen(DemoAccount.SONGJIANG_POLICE, back.lead()))
        .containsExactly(
            "ReferralProposed",
            "ReferralTransferred",
            "InboxEntryRead",
            "ReferralDeclined",
            "ReverseReferralSubmitted");
    assertThat(typesSeen(DemoAccount.SONGJIANG_PROCURATOR, back.caseId()))
        .containsExactly(
            "ReferralProposed",
            "ReferralTransferred",
            "ReferralDeclined",
            "ReverseReferralSubmitted",
            "CaseDeadlineBreached");
    for (DemoAccount outsider :
        List.of(
            DemoAccount.XUHUI_OFFICER,
            DemoAccount.XUHUI_POLICE,
            DemoAccount.XUHUI_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_JUDGE)) {
      for (String id : List.of(back.lead(), back.caseId())) {
        ApiClient.Response answer = timeline(outsider, id);
        Problems.assertProblem(answer, 404, "not-found");
        assertThat(answer.body())
            .as(outsider.name())
            .doesNotContain(matter.caseId(), matter.reverse());
      }
    }
  }

  /** A matter of {@code count} events: its lead, its case, and proposals to refer the case. */
  List<String> publishLongMatter(int count) {
    String lead = UUID.randomUUID().toString();
    String caseId = UUID.randomUUID().toString();
    Instant t = TestClock.now();
    List<EventEnvelope<?>> events = new ArrayList<>();
    events.add(
        event(
            "case-service",
            new LeadRegistered(
                lead, "310117", "MR-310117", "COMPLAINT", "上海某精密机械有限公司", BigDecimal.TEN, t),
            t,
            null));
    events.add(
        event(
            "case-service",
            new CaseFiled(
                caseId,
                lead,
                "沪松市监案〔2026〕1号",
                "310117",
                "MR-310117",
                BigDecimal.TEN,
                false,
                t.plusSeconds(1),
                at(t, 90),
                null,
                null,
                null,
                null),
            t.plusSeconds(1),
            null));
    for (int i = 2; i < count; i++) {
      // two proposals a second: steps of one time stay in the ledger's order
      Instant time = t.plusSeconds(1 + i / 2);
      events.add(
          event(
              "case-service",
              new CaseReferralProposed(
                  caseId,
                  "沪松市监案〔2026〕1号",
                  "310117",
                  "MR-310117",
                  BigDecimal.TEN,
                  false,
                  REASONS,
                  "songjiang-head",
                  time),
              time,
              null));
    }
    Map<String, Object> config =
        new HashMap<>(KafkaClients.admin(String.join(",", kafka.getBootstrapServers())));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      events.forEach(
          event ->
              producer.send(
                  new ProducerRecord<>(
                      event.topic(), event.subject(), json.writeValueAsString(event))));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> events.stream().allMatch(event -> entriesOf(event.id()) == 1));
    return events.stream().map(EventEnvelope::id).toList();
  }

  @Test
  void aLongMatterIsReadPageByPageWithNothingSkippedOrDoubled() {
    List<String> published = publishLongMatter(250);
    String lead = timelineOf(published.get(0));

    JsonNode first = api.as(DemoAccount.SONGJIANG_OFFICER).get(pageOf(lead, 0, null)).json();
    assertThat(first.get("size").asInt()).as("the default size").isEqualTo(100);
    assertThat(first.get("totalItems").asLong()).isEqualTo(250);
    assertThat(first.get("totalPages").asInt()).isEqualTo(3);

    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      ApiClient.Response response =
          api.as(DemoAccount.SONGJIANG_OFFICER).get(pageOf(lead, page, 100));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      paged.addAll(response.json().get("items").findValuesAsString("eventId"));
    }
    JsonNode whole = api.as(DemoAccount.SONGJIANG_OFFICER).get(pageOf(lead, 0, 500)).json();
    assertThat(paged).hasSize(250).doesNotHaveDuplicates();
    assertThat(paged).containsExactlyElementsOf(whole.get("items").findValuesAsString("eventId"));
    assertThat(paged).containsExactlyElementsOf(published);
    assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get(pageOf(lead, 3, 100)).json().get("items"))
        .as("past the last page")
        .isEmpty();
  }

  /** The lead of a published event's matter: the subject of its first step. */
  String timelineOf(String eventId) {
    return jdbc.queryForObject(
        "select subject from ledger_entry where event_id = ?::uuid", String.class, eventId);
  }

  static String pageOf(String matter, int page, Integer size) {
    return "/api/matters/"
        + matter
        + "/timeline?page="
        + page
        + (size == null ? "" : "&size=" + size);
  }

  @Test
  void aBadPageOrSizeIsRefusedNamingIt() {
    Matter matter = publishMatter();
    String timeline = "/api/matters/" + matter.lead() + "/timeline?";

    for (String page : List.of("-1", "abc", "1.5", "%F0%9F%94%92", "9".repeat(30))) {
      Problems.assertInvalid(
          api.as(DemoAccount.SONGJIANG_OFFICER).get(timeline + "page=" + page), "page");
    }
    for (String size : List.of("0", "-3", "501", "abc", "%07", "9".repeat(30), "9".repeat(4000))) {
      Problems.assertInvalid(
          api.as(DemoAccount.SONGJIANG_OFFICER).get(timeline + "size=" + size), "size");
    }
  }

  /**
   * Past the server's 8 KB request line, Tomcat refuses the request itself, before the platform's
   * handler could name the parameter; up to it the problem names it (above).
   */
  @Test
  void aMegabyteOfSizeIsRefusedBeforeAnyMatterIsRead() {
    Matter matter = publishMatter();

    ApiClient.Response answer =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/matters/" + matter.lead() + "/timeline?size=" + "9".repeat(1 << 20));

    System.out.println(
        "MEGA "
            + answer.status()
            + " "
            + answer.body().substring(0, Math.min(600, answer.body().length())));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain(matter.caseId(), "999999999");
  }
}
