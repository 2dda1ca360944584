package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

/**
 * The referral of a suspected crime and the statistics, in the console: every agency in its own
 * browser, on the platform as {@code ./platform up} starts it.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleReferralIT {

  private static final String SHA = "a".repeat(64);

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void aCaseOverTheThresholdIsReferredAndAcceptedWhileTheProcuratorsInboxUpdatesLive() {
    String officerToken = gateway.tokenOf("songjiang-officer");
    String lead =
        Gateway.JSON
            .readTree(gateway.call("POST", "/api/leads", officerToken, MatrixFixtures.LEAD).body())
            .get("id")
            .asString();
    var designated =
        gateway.call(
            "POST",
            "/api/leads/" + lead + "/designation",
            gateway.tokenOf("municipal-head"),
            MatrixFixtures.DESIGNATION);
    assertThat(designated.statusCode()).as(designated.body()).isEqualTo(200);
    JsonNode filed =
        Gateway.JSON.readTree(
            gateway.call("POST", "/api/leads/" + lead + "/filing", officerToken, null).body());
    String casePath = "/cases/" + filed.get("id").asString();

    try (ConsoleBrowser head = new ConsoleBrowser(gateway, "referral-head");
        ConsoleBrowser officer = new ConsoleBrowser(gateway, "referral-officer");
        ConsoleBrowser police = new ConsoleBrowser(gateway, "referral-police");
        ConsoleBrowser procurator = new ConsoleBrowser(gateway, "referral-procurator")) {
      head.step(
          "head proposes",
          () -> {
            head.logIn("songjiang-head");
            head.open(casePath);
            head.type("grounds", "Loss of 350,000 yuan: above the 300,000 yuan threshold.");
            head.find(By.id("propose-referral")).click();
            head.awaitText(By.id("case-status"), "已提出移送");
          });
      head.step(
          "head approves within the 3-day clock",
          () -> {
            await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                    () -> {
                      head.open("/referrals");
                      return !head.driver.findElements(By.cssSelector("#approvals a")).isEmpty();
                    });
            head.assertAccessible();
            head.find(By.cssSelector("#approvals a")).click();
            assertThat(head.text(By.id("clocks"))).isNotBlank();
            head.assertAccessible();
            head.find(By.id("approve")).click();
            head.awaitText(By.id("referral-status"), "已批准");
          });
      String referralPath = head.path().replaceFirst("^/console", "");

      officer.step(
          "officer transfers with the five materials",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open(referralPath);
            for (int i = 0; i < 5; i++) {
              officer.type("materials[" + i + "].title", "材料" + (i + 1));
              officer.type("materials[" + i + "].sha256", SHA);
            }
            officer.assertAccessible();
            officer.find(By.id("transfer")).click();
            officer.awaitText(By.id("referral-status"), "已移送");
          });
      procurator.step(
          "the procurator watches the inbox",
          () -> {
            procurator.logIn("songjiang-procurator");
            procurator.open("/inbox");
            procurator.waitFor(By.id("entries"));
            ((JavascriptExecutor) procurator.driver).executeScript("window.notReloaded = true;");
          });

      police.step(
          "police sign the receipt and accept",
          () -> {
            police.logIn("songjiang-police");
            police.open(referralPath);
            police.find(By.id("receipt")).click();
            police.awaitText(By.id("referral-status"), "已签收");
            police.type("filingNotice", "沪公松立字〔2026〕101号");
            police.assertAccessible();
            police.find(By.id("accept")).click();
            police.awaitText(By.id("referral-status"), "已立案");
          });

      procurator.step(
          "the inbox shows the acceptance without a reload",
          () -> {
            // the procuratorate receives a copy of every referral event of its jurisdiction
            await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                    () -> procurator.find(By.id("entries")).getText().contains("ReferralAccepted"));
            assertThat(
                    ((JavascriptExecutor) procurator.driver)
                        .executeScript("return window.notReloaded;"))
                .isEqualTo(true);
            assertThat(procurator.text(By.id("unread-count"))).matches("[1-9][0-9]*");
            procurator.assertAccessible();
          });

      procurator.step(
          "the procurator sees the whole history with its clocks",
          () -> {
            procurator.open(referralPath);
            assertThat(procurator.driver.findElements(By.cssSelector("#history li")).size())
                .isGreaterThanOrEqualTo(4);
            assertThat(procurator.driver.findElements(By.cssSelector("#clocks tbody tr")))
                .isNotEmpty();
            assertThat(procurator.driver.findElements(By.id("approve"))).isEmpty();
            assertThat(procurator.driver.findElements(By.id("accept"))).isEmpty();
            procurator.assertAccessible();
          });
    }
  }

  @Test
  void theStatisticsPageShowsAndChartsTheApisFigures() {
    JsonNode api =
        Gateway.JSON.readTree(
            gateway
                .call(
                    "GET",
                    "/api/cases/statistics?year=2026",
                    gateway.tokenOf("songjiang-officer"),
                    null)
                .body());
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "statistics")) {
      officer.step(
          "statistics of 2026",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open("/statistics?year=2026");
            officer.waitFor(By.cssSelector("#chart svg"));
            JsonNode songjiang =
                api.get("districts")
                    .valueStream()
                    .filter(row -> row.get("district").asString().equals("310117"))
                    .findFirst()
                    .orElseThrow();
            for (String column :
                List.of("leads", "casesFiled", "casesClosed", "referralsProposed")) {
              assertThat(
                      officer.text(
                          By.cssSelector(
                              "tr[data-district='310117'] td[data-column='" + column + "']")))
                  .as(column)
                  .isEqualTo(songjiang.get(column).asString());
            }
            assertThat(
                    officer.text(
                        By.cssSelector("tr[data-district='city'] td[data-column='fines']")))
                .isEqualTo(
                    String.format(
                        "¥%,.2f", new BigDecimal(api.get("cityWide").get("fines").asString())));
            @SuppressWarnings("unchecked")
            List<Object> charted =
                (List<Object>)
                    ((JavascriptExecutor) officer.driver)
                        .executeScript(
                            "return window.consoleChart.getOption().series[0].data.map(String);");
            assertThat(charted)
                .containsExactlyElementsOf(
                    api.get("districts")
                        .valueStream()
                        .map(row -> row.get("leads").asString())
                        .toList());
            officer.assertAccessible();
            String csv =
                (String)
                    ((JavascriptExecutor) officer.driver)
                        .executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done);",
                            officer.find(By.id("csv")).getAttribute("href"));
            assertThat(csv)
                .contains(
                    "310117,\"松江区\","
                        + songjiang.get("leads").asString()
                        + ","
                        + songjiang.get("casesFiled").asString()
                        + ",");
          });
    }
  }
}
