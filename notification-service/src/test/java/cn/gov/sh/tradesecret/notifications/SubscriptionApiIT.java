package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.SONGJIANG_PROCURATOR;
import static cn.gov.sh.tradesecret.notifications.NotificationTestData.XUHUI_POLICE;
import static cn.gov.sh.tradesecret.notifications.NotificationTestData.XUHUI_PROCURATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionApiIT extends NotificationIntegrationTest {

  int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  static Map<String, Object> subscription(
      String selector, String channel, Object endpointId, Object filter) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("eventSelector", selector);
    request.put("channel", channel);
    if (endpointId != null) {
      request.put("endpointId", endpointId);
    }
    if (filter != null) {
      request.put("filter", filter);
    }
    return request;
  }

  /**
   * Posts and expects a problem (400 validation, 403 forbidden) naming exactly {@code field};
   * nothing may be stored.
   */
  void assertRefused(DemoAccount account, String path, Object body, int status, String field) {
    int subscriptions = rows("subscription");
    int endpoints = rows("webhook_endpoint");
    ApiClient.Response response = api.as(account).post(path, body);
    if (status == 400) {
      Problems.assertInvalid(response, field);
    } else {
      assertThat(
              Problems.assertProblem(response, status, "forbidden")
                  .get("errors")
                  .findValuesAsString("field"))
          .containsExactly(field);
    }
    assertThat(rows("subscription")).as("nothing stored").isEqualTo(subscriptions);
    assertThat(rows("webhook_endpoint")).as("nothing stored").isEqualTo(endpoints);
  }

  @Test
  void aUnitSubscribesToAFamilyWithAFilterAndUnsubscribes() {
    String referralId = "R-" + UUID.randomUUID();
    ApiClient.Response created =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/subscriptions",
                subscription("referral-events", "INBOX", null, Map.of("subject", referralId)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.json().get("district").asString())
        .as("a district unit hears of its district")
        .isEqualTo("310117");
    assertThat(created.json().get("mandatory").asBoolean()).isFalse();

    publish(NotificationTestData.referralAccepted(referralId, "310117"));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from inbox_entry where unit = 'MR-310117' and subject = ?",
                        Integer.class,
                        referralId)
                    == 1);

    assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/subscriptions/" + id).status())
        .isEqualTo(404);
    assertThat(delete(DemoAccount.XUHUI_OFFICER, "/api/subscriptions/" + id)).isEqualTo(404);
    assertThat(delete(DemoAccount.SONGJIANG_OFFICER, "/api/subscriptions/" + id)).isEqualTo(204);
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/subscriptions")
                .json()
                .findValuesAsString("id"))
        .doesNotContain(id);
  }

  @Test
  void theProcuratorateIsCopiedOnEveryReferralOfItsJurisdictionAndCannotUnsubscribe() {
    List<JsonNode> mandatory =
        api.as(SONGJIANG_PROCURATOR)
            .get("/api/subscriptions")
            .json()
            .valueStream()
            .filter(s -> s.get("mandatory").asBoolean())
            .toList();
    assertThat(mandatory)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.get("eventSelector").asString()).isEqualTo("referral-events");
              assertThat(s.get("district").asString()).isEqualTo("310117");
            });
    String id = mandatory.get(0).get("id").asString();

    ApiClient.Response refused = api.withToken(null).get("/api/subscriptions");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(delete(SONGJIANG_PROCURATOR, "/api/subscriptions/" + id)).isEqualTo(409);
    assertThat(api.as(SONGJIANG_PROCURATOR).get("/api/subscriptions/" + id).status())
        .isEqualTo(200);

    var proposed = NotificationTestData.referralProposed("R-" + UUID.randomUUID(), "310117");
    publish(proposed);
    await()
        .atMost(PATIENCE)
        .until(
            () -> inboxHas("PROC-310117", proposed.id()) && inboxHas("PROC-310000", proposed.id()));
    assertThat(inboxHas("PROC-310104", proposed.id()))
        .as("another district's procuratorate")
        .isFalse();
    assertThat(
            api.as(SONGJIANG_PROCURATOR)
                .get("/api/inbox")
                .json()
                .get("items")
                .findValuesAsString("subject"))
        .contains(proposed.subject());
  }

  boolean inboxHas(String unit, String eventId) {
    return jdbc.queryForObject(
            "select count(*) from inbox_entry where unit = ? and event_id = ?::uuid",
            Integer.class,
            unit,
            eventId)
        == 1;
  }

  @Test
  void aUnitCannotSubscribeToWhatItsAgencyMayNotSee() {
    assertRefused(
        XUHUI_POLICE,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, null),
        403,
        "eventSelector");
    assertRefused(
        XUHUI_POLICE,
        "/api/subscriptions",
        subscription("LeadRegistered", "INBOX", null, null),
        403,
        "eventSelector");
    assertRefused(
        XUHUI_PROCURATOR,
        "/api/subscriptions",
        subscription("pilot-events", "INBOX", null, null),
        403,
        "eventSelector");
    assertRefused(
        DemoAccount.XUHUI_OFFICER,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, Map.of("district", "310117")),
        403,
        "filter.district");
    assertRefused(
        DemoAccount.SONGJIANG_COURT_CLERK,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, null),
        403,
        "eventSelector");
    assertThat(
            api.as(XUHUI_POLICE)
                .post("/api/subscriptions", subscription("referral-events", "INBOX", null, null))
                .status())
        .as("police may follow the referrals of their district")
        .isEqualTo(201);
  }

  @Test
  void aWebhookSubscriptionNamesAnEndpointOfTheUnit() {
    String songjiangEndpoint =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, RECEIVER.newHook())
            .get("endpoint")
            .get("id")
            .asString();

    assertRefused(
        DemoAccount.SONGJIANG_OFFICER,
        "/api/subscriptions",
        subscription("case-events", "WEBHOOK", null, null),
        400,
        "endpointId");
    assertRefused(
        DemoAccount.XUHUI_OFFICER,
        "/api/subscriptions",
        subscription("case-events", "WEBHOOK", songjiangEndpoint, null),
        400,
        "endpointId");
    assertRefused(
        DemoAccount.SONGJIANG_OFFICER,
        "/api/subscriptions",
        subscription("case-events", "INBOX", songjiangEndpoint, null),
        400,
        "endpointId");
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .get("/api/webhook-endpoints/" + songjiangEndpoint)
                .status())
        .isEqualTo(404);
    assertThat(
            api.as(DemoAccount.OPERATOR)
                .get("/api/webhook-endpoints")
                .json()
                .findValuesAsString("id"))
        .contains(songjiangEndpoint);
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() {
    DemoAccount officer = DemoAccount.SONGJIANG_OFFICER;
    assertRefused(officer, "/api/webhook-endpoints", Map.of("url", "not a url at all"), 400, "url");
    assertRefused(officer, "/api/webhook-endpoints", Map.of("url", "/relative/hook"), 400, "url");
    assertRefused(
        officer, "/api/webhook-endpoints", Map.of("url", "ftp://127.0.0.1/hook"), 400, "url");
    assertRefused(
        officer,
        "/api/webhook-endpoints",
        Map.of("url", "http://cases.songjiang.example.gov.cn/hook"),
        400,
        "url");
    assertRefused(
        officer,
        "/api/webhook-endpoints",
        Map.of("url", "https://u:p@cases.example.gov.cn/hook"),
        400,
        "url");
    assertRefused(
        officer,
        "/api/webhook-endpoints",
        Map.of("url", "https://cases.example.gov.cn/hook", "description", "x".repeat(501)),
        400,
        "description");
    assertRefused(
        officer,
        "/api/webhook-endpoints",
        Map.of("url", "https://cases.example.gov.cn/hook", "description", "x".repeat(20_000)),
        400,
        "");
    assertRefused(
        officer,
        "/api/webhook-endpoints",
        Map.of("url", "https://cases.example.gov.cn/hook", "colour", "red"),
        400,
        "colour");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("CaseExploded", "INBOX", null, null),
        400,
        "eventSelector");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("InboxEntryRead", "INBOX", null, null),
        400,
        "eventSelector");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, Map.of()),
        400,
        "filter");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, Map.of("subject", " ")),
        400,
        "filter.subject");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, Map.of("district", "999999")),
        400,
        "filter.district");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("case-events", "INBOX", null, Map.of("subject", "x".repeat(101))),
        400,
        "filter.subject");
    assertRefused(
        officer,
        "/api/subscriptions",
        subscription("case-events", "PIGEON", null, null),
        400,
        "channel");
    assertRefused(
        officer, "/api/subscriptions", subscription("", "INBOX", null, null), 400, "eventSelector");

    ApiClient.Response https =
        api.as(officer)
            .post("/api/webhook-endpoints", Map.of("url", "https://cases.example.gov.cn/hook"));
    assertThat(https.status()).as("HTTPS anywhere is fine").isEqualTo(201);
    assertThat(https.json().get("endpoint").has("secret"))
        .as("the secret is not part of the endpoint")
        .isFalse();
  }
}
