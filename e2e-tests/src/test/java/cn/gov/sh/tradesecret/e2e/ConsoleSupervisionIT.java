package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The procuratorate's supervision of a referral the police declined (立案监督, art. 9 of the State
 * Council regulation), in each agency's own browser: the bureau requests it, the procurator
 * requires an explanation, the police give it, the procurator orders the filing and the police
 * file. The referral up to the decline is made through the API, as the referral ITs walk it in the
 * console.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleSupervisionIT {

  private static final List<String> MATERIALS =
      List.of(
          "TRANSFER_LETTER",
          "INVESTIGATION_REPORT",
          "ITEMS_LIST",
          "INSPECTION_CONCLUSIONS",
          "OTHER_MATERIALS");

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void aDeclinedReferralIsSupervisedUntilThePoliceFileOnTheProcuratorsOrder() {
    String referral = "/referrals/" + declinedReferral();

    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "supervision-officer")) {
      officer.step(
          "the bureau requests the procuratorate's supervision",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open(referral);
            assertThat(officer.text(By.id("referral-status"))).isEqualTo("不予立案");
            officer.assertAccessible();
            officer.type("supervision-request-reasons", "涉案损失35万元, 已达刑事立案标准, 不立案理由不能成立");
            officer.find(By.id("request-supervision")).click();
            officer.awaitText(By.id("referral-supervision"), "已提请检察机关立案监督");
            assertThat(officer.driver.findElements(By.id("request-supervision"))).isEmpty();
            officer.assertAccessible();
          });
    }

    try (ConsoleBrowser procurator = new ConsoleBrowser(gateway, "supervision-procurator")) {
      procurator.step(
          "reasons are required beside the step",
          () -> {
            procurator.logIn("songjiang-procurator");
            procurator.open(referral);
            procurator.assertAccessible();
            procurator.find(By.id("require-explanation")).click();
            assertThat(procurator.text(By.id("explanation-requirement-reasons-error")))
                .isNotBlank();
            assertThat(procurator.driver.findElements(By.id("filing-order-reasons-error")))
                .isEmpty();
            procurator.assertAccessible();
          });
      procurator.step(
          "the procurator requires the police to explain the decline",
          () -> {
            procurator.type("explanation-requirement-reasons", "请说明不予立案的理由");
            procurator.find(By.id("require-explanation")).click();
            procurator.awaitText(By.id("referral-supervision"), "检察机关已要求说明不立案理由");
            procurator.assertAccessible();
          });

      try (ConsoleBrowser police = new ConsoleBrowser(gateway, "supervision-police")) {
        police.step(
            "the police explain",
            () -> {
              police.logIn("songjiang-police");
              police.open(referral);
              police.assertAccessible();
              assertThat(police.driver.findElements(By.id("order-filing"))).isEmpty();
              police.type("explanation-reasons", "经审查认为损失金额计算依据不足");
              police.find(By.id("explain")).click();
              police.awaitText(By.id("referral-supervision"), "公安机关已说明不立案理由");
              police.assertAccessible();
            });

        procurator.step(
            "the procurator finds the explanation wanting and orders the filing",
            () -> {
              procurator.open(referral);
              assertThat(procurator.text(By.id("history"))).contains("经审查认为损失金额计算依据不足");
              procurator.type("filing-order-reasons", "损失金额有鉴定意见为据, 不立案理由不能成立");
              procurator.find(By.id("order-filing")).click();
              procurator.awaitText(By.id("referral-supervision"), "检察机关已通知公安机关立案");
              assertThat(procurator.driver.findElements(By.id("close-supervision"))).isEmpty();
              procurator.assertAccessible();
              procurator.keepPage("referral-supervision");
            });

        police.step(
            "the police file on the order",
            () -> {
              police.open(referral);
              police.type("filingNotice", "沪公松刑立字〔2026〕88号");
              police.find(By.id("accept")).click();
              police.awaitText(By.id("referral-status"), "已立案");
              police.assertAccessible();
            });
      }
    }
  }

  /** A Songjiang case's referral, proposed, approved, transferred, receipted and declined. */
  private static String declinedReferral() {
    String lead =
        call("songjiang-officer", "POST", "/api/leads", MatrixFixtures.LEAD).get("id").asString();
    call(
        "municipal-head",
        "POST",
        "/api/leads/" + lead + "/designation",
        MatrixFixtures.DESIGNATION);
    String filed =
        call("songjiang-officer", "POST", "/api/leads/" + lead + "/filing", null)
            .get("id")
            .asString();
    call(
        "songjiang-head",
        "POST",
        "/api/cases/" + filed + "/referral-proposal",
        "{\"grounds\": \"Loss of 350,000 yuan: above the threshold of the criminal law.\"}");
    String referral =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> {
                  JsonNode items =
                      call("songjiang-officer", "GET", "/api/referrals?caseId=" + filed, null)
                          .get("items");
                  return items.isEmpty() ? null : items.get(0).get("id").asString();
                },
                Objects::nonNull);
    call("songjiang-head", "POST", "/api/referrals/" + referral + "/approval", null);
    String materials =
        MATERIALS.stream()
            .map(
                kind ->
                    "{\"kind\": \"%s\", \"title\": \"%s\", \"sha256\": \"%s\"}"
                        .formatted(kind, kind, MatrixFixtures.SHA256))
            .collect(Collectors.joining(", ", "{\"materials\": [", "]}"));
    call("songjiang-officer", "POST", "/api/referrals/" + referral + "/transfer", materials);
    call("songjiang-police", "POST", "/api/referrals/" + referral + "/receipt", null);
    call(
        "songjiang-police",
        "POST",
        "/api/referrals/" + referral + "/decline",
        "{\"reasons\": \"损失金额未达立案追诉标准\"}");
    return referral;
  }

  private static JsonNode call(String account, String method, String path, String body) {
    HttpResponse<String> response = gateway.call(method, path, gateway.tokenOf(account), body);
    assertThat(response.statusCode())
        .as("%s %s as %s: %s", method, path, account, response.body())
        .isBetween(200, 201);
    return JSON.readTree(response.body());
  }
}
