package cn.gov.sh.tradesecret.cases.enterprise;

import static cn.gov.sh.tradesecret.cases.CaseTestData.evidence;
import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19: an officer attaches an enterprise's evidence deposit (EvidenceDeposited on {@code
 * enterprise-events}) to a case's evidence by its receipt; the fingerprint and the time it was
 * deposited come from the deposit. Only the case's rights holder's deposits count.
 */
@PlatformIntegrationTest
class DepositedEvidenceIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** The rights holder of CaseTestData's leads. */
  private static final String RIGHTS_HOLDER = "91310117MA1J3XXX0Q";

  private static final String ANOTHER_ENTERPRISE = "91310115MA1H7Q2X47";
  private static final AtomicInteger RECEIPTS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;
  EnterpriseTopic topic;

  @BeforeEach
  void setUp() throws Exception {
    api = ApiClient.onPort(port);
    topic = new EnterpriseTopic(String.join(",", kafka.getBootstrapServers()), json).created();
  }

  record Deposited(String receipt, String sha256, Instant at, String message) {}

  /** A deposit of a fresh fingerprint by {@code creditCode}, once case-service has it. */
  Deposited deposit(String creditCode) {
    String receipt = String.format("ED-2026-%06d", RECEIPTS.incrementAndGet());
    byte[] digest = new byte[32];
    ThreadLocalRandom.current().nextBytes(digest);
    String sha256 = HexFormat.of().formatHex(digest);
    Instant at = TestClock.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
    String depositId = UUID.randomUUID().toString();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("depositId", depositId);
    data.put("receiptNumber", receipt);
    data.put("sha256", sha256);
    data.put("category", "DESIGN_DOCUMENT");
    data.put("creditCode", creditCode);
    data.put("district", "310117");
    data.put("depositedAt", at.toString());
    String message = topic.publish("EvidenceDeposited", depositId, data);
    await().atMost(PATIENCE).until(() -> deposits(receipt) == 1);
    return new Deposited(receipt, sha256, at, message);
  }

  int deposits(String receipt) {
    return jdbc.queryForObject(
        "select count(*) from evidence_deposit where receipt_number = ?", Integer.class, receipt);
  }

  int evidenceItems() {
    return jdbc.queryForObject("select count(*) from evidence_item", Integer.class);
  }

  ApiClient.Response attach(String caseId, Map<String, Object> body) {
    return api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/cases/" + caseId + "/evidence", body);
  }

  static Map<String, Object> byReceipt(String receipt) {
    return with(with(evidence(), "sha256", null), "depositReceipt", receipt);
  }

  @Test
  void theRightsHoldersDepositBecomesEvidenceWithItsFingerprintAndTime() {
    String caseId =
        fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 200000).get("id").asString();
    Deposited deposit = deposit(RIGHTS_HOLDER);

    ApiClient.Response attached = attach(caseId, byReceipt(deposit.receipt()));

    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    JsonNode item =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/cases/" + caseId)
            .json()
            .get("evidence")
            .get(0);
    assertThat(item.get("sha256").asString()).isEqualTo(deposit.sha256());
    assertThat(item.get("depositReceipt").asString()).isEqualTo(deposit.receipt());
    assertThat(Instant.parse(item.get("depositedAt").asString())).isEqualTo(deposit.at());
  }

  @Test
  void aFingerprintGivenBesideTheReceiptMustBeTheDeposits() {
    String caseId =
        fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 200000).get("id").asString();
    Deposited deposit = deposit(RIGHTS_HOLDER);

    assertThat(
            attach(
                    caseId,
                    with(byReceipt(deposit.receipt()), "sha256", deposit.sha256().toUpperCase()))
                .status())
        .isEqualTo(201);
    int before = evidenceItems();
    Problems.assertInvalid(
        attach(caseId, with(byReceipt(deposit.receipt()), "sha256", "ab".repeat(32))), "sha256");
    assertThat(evidenceItems()).isEqualTo(before);
  }

  @Test
  void refusalsNameTheFieldAndStoreNothing() {
    String caseId =
        fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 200000).get("id").asString();
    Deposited others = deposit(ANOTHER_ENTERPRISE);
    int before = evidenceItems();

    // another enterprise's deposit proves nothing of this rights holder's documents
    Problems.assertInvalid(attach(caseId, byReceipt(others.receipt())), "depositReceipt");
    Problems.assertInvalid(attach(caseId, byReceipt("ED-2026-999999")), "depositReceipt");
    for (String malformed :
        new String[] {
          "ED-26-1", "ED-2026-00000１", "ED-2026-000001\u0000", "😀", "x".repeat(1_000_000)
        }) {
      Problems.assertInvalid(attach(caseId, byReceipt(malformed)), "depositReceipt");
    }
    Problems.assertInvalid(attach(caseId, with(evidence(), "sha256", null)), "sha256");

    assertThat(evidenceItems()).isEqualTo(before);
  }

  @Test
  void aDepositPublishedTwiceIsKeptOnce() {
    Deposited deposit = deposit(RIGHTS_HOLDER);

    topic.publish(
        "EvidenceDeposited",
        UUID.randomUUID().toString(),
        json.readValue(json.readTree(deposit.message()).get("data").toString(), Map.class));
    // a later deposit is there once the repeated one has been read
    Deposited next = deposit(RIGHTS_HOLDER);

    assertThat(deposits(deposit.receipt())).isOne();
    assertThat(deposits(next.receipt())).isOne();
  }
}
