package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.leadRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.notifications.webhook.SpecialPurposeAddresses;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Problems;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks cannot be pointed at the platform's own network (SSRF), at registration nor later by a
 * DNS change. The tests admit loopback (their receivers); every other internal range is refused.
 */
class WebhookAddressIT extends NotificationIntegrationTest {

  /** Subscriptions a test made, ended after it: the other tests' events do not concern them. */
  final List<String> subscriptions = new ArrayList<>();

  @AfterEach
  void unsubscribe() {
    subscriptions.forEach(
        id ->
            assertThat(delete(DemoAccount.SONGJIANG_OFFICER, "/api/subscriptions/" + id))
                .isEqualTo(204));
    subscriptions.clear();
  }

  /** The rows of the table but loopback, which these tests allow for their receivers. */
  static List<String> notAllowedHere(List<String> rows) {
    return rows.stream()
        .filter(row -> !SpecialPurposeAddresses.kind(row).equals("loopback"))
        .toList();
  }

  int endpoints() {
    return jdbc.queryForObject("select count(*) from webhook_endpoint", Integer.class);
  }

  @Test
  void everyAddressThatIsNotGloballyReachableIsRefusedAtRegistrationAsLiteralAndByName() {
    int before = endpoints();

    for (String row : notAllowedHere(List.of(SpecialPurposeAddresses.NOT_GLOBAL))) {
      String address = SpecialPurposeAddresses.address(row);
      String name = "agency-" + UUID.randomUUID() + ".example.gov.cn";
      TestDns.point(name, address);
      for (String host : SpecialPurposeAddresses.hosts(address, name)) {
        ApiClient.Response response =
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post("/api/webhook-endpoints", Map.of("url", "https://" + host + "/hook"));

        Problems.assertInvalid(response, "url");
        assertThat(response.json().get("errors").get(0).get("message").asString())
            .as(host)
            .contains(SpecialPurposeAddresses.kind(row));
      }
    }
    assertThat(endpoints()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void aGloballyReachableAddressIsAccepted() {
    String name = "agency-" + UUID.randomUUID() + ".example.gov.cn";
    TestDns.point(name, "202.96.209.5");

    ApiClient.Response created =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/webhook-endpoints", Map.of("url", "https://" + name + "/hook"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  @Test
  void internalAddressesAreRefusedAtRegistrationAndNothingIsStored() {
    String intranet = "hr-" + UUID.randomUUID() + ".example.gov.cn";
    TestDns.point(intranet, "192.168.10.20");
    List<String> refused =
        List.of(
            "https://169.254.169.254/latest/meta-data/",
            "https://100.100.100.200/latest/meta-data/",
            "https://10.0.0.1/hook",
            "https://172.20.0.1/hook",
            "https://[fd00::1]/hook",
            "https://[fe80::1]/hook",
            "https://0.0.0.0/hook",
            "https://224.0.0.251/hook",
            "https://255.255.255.255/hook",
            "https://" + intranet + "/hook",
            "https://no-such-host.invalid/hook",
            "http://cases.example.gov.cn/hook",
            "http://192.168.10.20/hook");
    int before = endpoints();

    for (String url : refused) {
      ApiClient.Response response =
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/webhook-endpoints", Map.of("url", url));
      Problems.assertInvalid(response, "url");
      assertThat(response.body())
          .as("the resolved address is not disclosed")
          .doesNotContain("192.168.10.20\"");
    }
    assertThat(endpoints()).as("nothing stored").isEqualTo(before);
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post("/api/webhook-endpoints", Map.of("url", "https://no-such-host.invalid/hook"))
                .json()
                .get("errors")
                .get(0)
                .get("message")
                .asString())
        .contains("does not resolve");
  }

  @Test
  void anEndpointWhoseHostNowPointsToAnAddressThatIsNotGloballyReachableIsNotCalled() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    Map<String, String> endpointsByRow = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String row : notAllowedHere(SpecialPurposeAddresses.byName())) {
      String name = "adapter-" + UUID.randomUUID() + ".example.gov.cn";
      TestDns.point(name, "127.0.0.1");
      ApiClient.Response created =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/webhook-endpoints", Map.of("url", hook.url().replace("127.0.0.1", name)));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String endpointId = created.json().get("endpoint").get("id").asString();
      subscriptions.add(subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "case-events", endpointId));
      endpointsByRow.put(row, endpointId);
      names.put(row, name);
    }
    // the agency's DNS now sends the platform elsewhere (DNS rebinding)
    names.forEach((row, name) -> TestDns.point(name, SpecialPurposeAddresses.address(row)));

    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    endpointsByRow.values().forEach(id -> awaitDeliveryStatus(id, event.id(), "DEAD"));

    assertThat(hook.received).as("no request was made").isEmpty();
    endpointsByRow.forEach(
        (row, endpointId) -> {
          String address = SpecialPurposeAddresses.address(row);
          String deliveryId =
              jdbc.queryForObject(
                  "select id::text from delivery where endpoint_id = ?::uuid",
                  String.class,
                  endpointId);
          JsonNode log =
              api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/deliveries/" + deliveryId).json();
          assertThat(log.get("attempts"))
              .as(row)
              .hasSize(4)
              .allSatisfy(
                  attempt -> {
                    assertThat(attempt.get("statusCode").isNull()).isTrue();
                    assertThat(attempt.get("error").asString())
                        .startsWith(
                            "refused: must not point to a " + SpecialPurposeAddresses.kind(row));
                  });
          assertThat(log.toString()).as(row).doesNotContain(address + "\"");
        });
  }

  @Test
  void aFailedConnectionIsLoggedAsConnectionFailedWithoutTheCause() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ApiClient.Response created =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/webhook-endpoints",
                Map.of("url", "http://127.0.0.1:" + closedPort + "/hook"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String endpointId = created.json().get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "case-events", endpointId);

    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DEAD");

    String deliveryId =
        jdbc.queryForObject(
            "select id::text from delivery where endpoint_id = ?::uuid", String.class, endpointId);
    JsonNode log =
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/deliveries/" + deliveryId).json();
    assertThat(log.get("attempts"))
        .hasSize(4)
        .allSatisfy(
            attempt -> assertThat(attempt.get("error").asString()).isEqualTo("connection failed"));
    assertThat(log.get("delivery").get("lastError").asString()).isEqualTo("connection failed");
    assertThat(log.toString()).doesNotContain("Connect").doesNotContain("refused");
  }
}
