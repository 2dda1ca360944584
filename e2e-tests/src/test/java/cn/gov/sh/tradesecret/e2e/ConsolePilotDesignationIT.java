package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The rest of a pilot's lifecycle in the console: the Songjiang bureau nominates and cultivates,
 * its head designates the pilot at district level and records the annual review, and the officer
 * sees the result; the self-assessment the pilot's enterprise shared, beside its health checks; a
 * nomination withdrawn with its reasons. Only the head of the pilot's level is offered designation
 * and review (pilot-service's PilotAuthority). The platform runs on the real date: the review's
 * year is read from the designation the page shows.
 */
@ExtendWith(PlatformExtension.class)
class ConsolePilotDesignationIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void songjiangHeadDesignatesAndReviewsAPilotTheOfficerCultivated() {
    String name = "上海某生物医药有限公司 " + UUID.randomUUID().toString().substring(0, 8);
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "pilot-designation-officer");
        ConsoleBrowser head = new ConsoleBrowser(gateway, "pilot-designation-head")) {
      String pilot = nominateAndCultivate(officer, name, null);

      officer.step(
          "an officer without the head's role is offered no designation",
          () -> {
            assertThat(officer.driver.findElements(By.id("designate"))).isEmpty();
            assertThat(officer.driver.findElements(By.id("withdraw"))).isNotEmpty();
          });

      head.step(
          "the head designates the pilot at district level",
          () -> {
            head.logIn("songjiang-head");
            head.open(pilot);
            assertThat(head.text(By.id("pilot-name"))).isEqualTo(name);
            assertThat(
                    new Select(head.find(By.id("level")))
                        .getOptions().stream().map(option -> option.getAttribute("value")))
                .containsExactly("DISTRICT");
            head.assertAccessible();
            head.type("designationReason", "松市监〔2026〕12号 认定文件");
            head.find(By.id("designate")).click();
            head.awaitText(By.id("pilot-status"), "已认定");
            assertThat(head.text(By.id("pilot-level"))).isEqualTo("区级");
            assertThat(head.driver.findElements(By.id("withdraw"))).isEmpty();
            head.assertAccessible();
          });

      head.step(
          "a revocation without reasons is refused beside the reasons",
          () -> {
            head.type("year", String.valueOf(yearOfDesignation(head)));
            new Select(head.find(By.id("outcome"))).selectByValue("REVOKED");
            head.find(By.id("record-review")).click();
            assertThat(head.text(By.id("reviewReason-error"))).isNotBlank();
            assertThat(head.find(By.id("reviewReason")).getAttribute("aria-invalid"))
                .isEqualTo("true");
            assertThat(head.text(By.id("pilot-status"))).isEqualTo("已认定");
            head.assertAccessible();
          });

      head.step(
          "the annual review passed",
          () -> {
            int year = yearOfDesignation(head);
            head.type("year", String.valueOf(year));
            new Select(head.find(By.id("outcome"))).selectByValue("PASSED");
            head.type("reviewReason", "保护体系运行良好");
            head.find(By.id("record-review")).click();
            head.awaitTextContaining(By.id("pilot-history"), "年度复核通过");
            assertThat(head.text(By.id("pilot-history"))).contains(year + "年度");
            head.assertAccessible();
          });

      officer.step(
          "the officer sees the designation and the review, and may not review",
          () -> {
            officer.open(pilot);
            assertThat(officer.text(By.id("pilot-status"))).isEqualTo("已认定");
            assertThat(officer.text(By.id("pilot-history")))
                .contains("松市监〔2026〕12号 认定文件")
                .contains("年度复核通过")
                .contains("songjiang-head");
            assertThat(officer.driver.findElements(By.id("record-review"))).isEmpty();
            officer.assertAccessible();
            officer.keepPage("pilot-designated");
          });
    }
  }

  /**
   * The pilot is the Songjiang demo enterprise (its credit code); withdrawn at the end, it leaves
   * the enterprise free to be nominated again.
   */
  @Test
  void songjiangOfficerReadsTheEnterprisesSharedSelfAssessmentThenWithdrawsTheNomination() {
    String name = "上海某人工智能有限公司 " + UUID.randomUUID().toString().substring(0, 8);
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "pilot-withdrawal");
        ConsoleBrowser enterprise = new ConsoleBrowser(gateway, "pilot-self-assessment")) {
      String pilot = nominateAndCultivate(officer, name, SONGJIANG_ENTERPRISE);

      enterprise.step(
          "the enterprise shares a self-assessment with its bureau",
          () -> {
            enterprise.logIn("songjiang-enterprise");
            enterprise.open("/enterprise/self-assessments");
            enterprise.find(By.cssSelector("a[data-guide='ic-2026']")).click();
            for (WebElement question :
                enterprise.driver.findElements(By.cssSelector("fieldset.question"))) {
              question.findElement(By.cssSelector("input[value=YES]")).click();
            }
            enterprise.find(By.id("shareWithBureau")).click();
            enterprise.find(By.id("assess")).click();
            assertThat(enterprise.text(By.id("assessment-shared"))).isEqualTo("已共享");
          });

      officer.step(
          "beside the health checks, the scores per area the enterprise shared",
          () -> {
            officer.open(pilot);
            officer.reloadUntilPresent(By.cssSelector("table.self-assessment"));
            WebElement latest = officer.find(By.cssSelector("table.self-assessment"));
            assertThat(latest.findElement(By.tagName("caption")).getText()).contains("总分 100");
            assertThat(latest.findElement(By.cssSelector("tr[data-area=STAFF]")).getText())
                .contains("100");
            assertThat(latest.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(5);
            assertThat(latest.findElements(By.cssSelector("input"))).isEmpty();
            officer.assertAccessible();
            officer.keepPage("pilot-self-assessment");
          });

      officer.step(
          "a withdrawal without reasons is refused beside the reasons",
          () -> {
            officer.find(By.id("withdraw")).click();
            assertThat(officer.text(By.id("withdrawalReason-error"))).isNotBlank();
            assertThat(officer.text(By.id("pilot-status"))).isEqualTo("培育中");
            officer.assertAccessible();
          });

      officer.step(
          "withdrawn",
          () -> {
            officer.type("withdrawalReason", "企业主动申请退出培育 🏭");
            officer.find(By.id("withdraw")).click();
            officer.awaitText(By.id("pilot-status"), "已撤回");
            assertThat(officer.text(By.id("pilot-history"))).contains("企业主动申请退出培育");
            assertThat(officer.driver.findElements(By.id("withdraw"))).isEmpty();
            assertThat(officer.driver.findElements(By.id("start-cultivation"))).isEmpty();
            officer.assertAccessible();
          });
    }
  }

  /** The demo enterprise of Songjiang (identity-service's {@code songjiang-enterprise}). */
  private static final String SONGJIANG_ENTERPRISE = "91310117MA1J3K5L0Y";

  /**
   * Logs the Songjiang officer in, nominates a unit (with {@code creditCode}, if any) and starts
   * its cultivation; its page's path.
   */
  private static String nominateAndCultivate(
      ConsoleBrowser officer, String name, String creditCode) {
    String[] path = new String[1];
    officer.step(
        "nominated and cultivated",
        () -> {
          officer.logIn("songjiang-officer");
          officer.open("/pilots/new");
          officer.type("name", name);
          new Select(officer.find(By.id("industry"))).selectByValue("BIOMEDICINE");
          if (creditCode != null) {
            officer.type("creditCode", creditCode);
          }
          officer.find(By.id("nominate")).click();
          assertThat(officer.text(By.id("pilot-name"))).isEqualTo(name);
          officer.find(By.id("start-cultivation")).click();
          officer.awaitText(By.id("pilot-status"), "培育中");
          officer.assertAccessible();
          path[0] = officer.path().replaceFirst("^.*?(/pilots/)", "$1");
        });
    return path[0];
  }

  /** The year of the designation the page shows, in Shanghai: the first year it may be reviewed. */
  private static int yearOfDesignation(ConsoleBrowser browser) {
    return Instant.parse(browser.find(By.id("pilot-designated-at")).getAttribute("datetime"))
        .atZone(ZoneId.of("Asia/Shanghai"))
        .getYear();
  }
}
