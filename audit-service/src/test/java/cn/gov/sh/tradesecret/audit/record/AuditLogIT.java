package cn.gov.sh.tradesecret.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@PlatformIntegrationTest
class AuditLogIT {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  AuditRecord send(String account, String unit, int status, String outcome) {
    AuditRecord record =
        new AuditRecord(
            UUID.randomUUID().toString(),
            account,
            unit,
            unit == null ? null : "MARKET_REGULATION",
            "POST",
            "/api/leads",
            "leads",
            List.of(),
            status,
            outcome,
            "10.0.0.7",
            "corr-" + UUID.randomUUID(),
            TestClock.now().truncatedTo(ChronoUnit.MILLIS));
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        Topics.AUDIT_RECORDS,
        account,
        json.writeValueAsString(record));
    return record;
  }

  List<String> idsSeenBy(DemoAccount reader, String query) {
    return api.as(reader)
        .get("/api/audit-records?size=500" + query)
        .json()
        .findValuesAsString("id");
  }

  @Test
  void theLogHoldsRefusalsAsWellAsSuccessesOnceEach() {
    AuditRecord success = send("songjiang-officer", "MR-310117", 201, "SUCCEEDED");
    AuditRecord refusal = send("xuhui-officer", "MR-310104", 403, "REFUSED");
    AuditRecord anonymous = send("anonymous", null, 401, "REFUSED");
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        Topics.AUDIT_RECORDS,
        "songjiang-officer",
        json.writeValueAsString(success)); // the gateway may send one twice

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                idsSeenBy(DemoAccount.OPERATOR, "")
                    .containsAll(List.of(success.id(), refusal.id(), anonymous.id())));
    assertThat(idsSeenBy(DemoAccount.OPERATOR, "")).filteredOn(success.id()::equals).hasSize(1);
    assertThat(idsSeenBy(DemoAccount.OPERATOR, "&outcome=REFUSED"))
        .contains(refusal.id(), anonymous.id())
        .doesNotContain(success.id());
    assertThat(idsSeenBy(DemoAccount.MUNICIPAL_PROCURATOR, "&account=xuhui-officer"))
        .contains(refusal.id());
  }

  @Test
  void aDistrictProcuratorateReadsOnlyItsDistrictsCallers() {
    AuditRecord songjiang = send("songjiang-officer", "MR-310117", 201, "SUCCEEDED");
    AuditRecord xuhui = send("xuhui-officer", "MR-310104", 201, "SUCCEEDED");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                idsSeenBy(DemoAccount.OPERATOR, "")
                    .containsAll(List.of(songjiang.id(), xuhui.id())));
    DemoAccount songjiangProcurator =
        new DemoAccount(
            "songjiang-procurator",
            "PROCURATORATE",
            "PROC-310117",
            "310117",
            List.of("PROCURATOR"));

    assertThat(idsSeenBy(songjiangProcurator, ""))
        .contains(songjiang.id())
        .doesNotContain(xuhui.id());
  }

  @Test
  void nobodyElseReadsTheLogAndNobodyChangesIt() {
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_HEAD).get("/api/audit-records"), 403, "forbidden");
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_POLICE).get("/api/audit-records"), 403, "forbidden");
    assertThat(api.as(DemoAccount.OPERATOR).post("/api/audit-records", "{}").status())
        .isIn(404, 405);
    Problems.assertProblem(
        api.as(DemoAccount.OPERATOR).get("/api/audit-records?outcome=MAYBE"), 400, "validation");
  }
}
