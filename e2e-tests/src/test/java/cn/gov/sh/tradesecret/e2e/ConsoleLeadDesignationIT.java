package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The municipal bureau's designation in the console (SAMR Order No. 126, in force from 2026-06-01:
 * a trade-secret case is filed by the municipal bureau, or by a district bureau with the municipal
 * bureau's designation recorded on the lead and the case: who, when, document number). A Songjiang
 * officer's lead waits for the designation; only the municipal head is offered it; the case filed
 * afterwards carries it. The platform runs on the real date, so the rule is in force. axe-core
 * checks every page reached.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleLeadDesignationIT {

  private static final String VALID_CREDIT_CODE = "91310117MA1J3XXX0Q";

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void songjiangOfficerFilesTheCaseOnlyOnceTheMunicipalHeadHasDesignatedTheSongjiangBureau() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String document = "沪市监法〔2026〕" + Integer.parseInt(run.substring(0, 4), 16) + "号";
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "designation-songjiang-officer");
        ConsoleBrowser districtHead = new ConsoleBrowser(gateway, "designation-songjiang-head");
        ConsoleBrowser municipalHead = new ConsoleBrowser(gateway, "designation-municipal-head")) {

      officer.step(
          "the Songjiang officer registers a lead, which awaits the designation",
          () -> {
            officer.logIn("songjiang-officer");
            officer.assertAccessible();
            officer.open("/leads/new");
            officer.assertAccessible();
            officer.type("rightsHolder.name", "上海某精密机械有限公司 " + run);
            officer.type("rightsHolder.creditCode", VALID_CREDIT_CODE);
            officer.type("suspects[0].name", "张某");
            officer.type("description", "离职工程师将伺服驱动器图纸带到竞争对手");
            officer.type("claimedAmount", "350000");
            officer.find(By.id("register")).click();
            assertThat(officer.text(By.id("lead-status"))).isEqualTo("待决定");
            assertThat(officer.text(By.id("awaiting-designation"))).contains("第126号");
            assertThat(officer.driver.findElements(By.id("file-case"))).isEmpty();
            assertThat(officer.driver.findElements(By.id("lead-designation"))).isEmpty();
            officer.assertAccessible();
          });
      String leadPath = officer.path().replaceFirst("^/console", "");

      officer.step(
          "a filing forced through without the designation is refused in place, naming the rule",
          () -> {
            officer.postForm(leadPath + "/filing", Map.of("version", versionShown(officer)));
            officer.awaitTextContaining(By.cssSelector(".problem .detail"), "SAMR-ORDER-126");
            assertThat(officer.text(By.cssSelector(".problem .detail")))
                .contains("in force from 2026-06-01")
                .contains("no designation");
            assertThat(officer.text(By.cssSelector(".problem strong"))).isEqualTo("此操作与当前状态不符。");
            // the lead page, not the error page
            assertThat(officer.text(By.tagName("h1"))).startsWith("线索").isNotEqualTo("操作未完成");
            assertThat(officer.text(By.id("lead-status"))).isEqualTo("待决定");
            assertThat(officer.text(By.id("awaiting-designation"))).contains("第126号");
            officer.assertAccessible();
          });

      districtHead.step(
          "the Songjiang head is offered no designation, and a forced one is refused",
          () -> {
            districtHead.logIn("songjiang-head");
            districtHead.open(leadPath);
            assertThat(districtHead.text(By.id("lead-status"))).isEqualTo("待决定");
            // the head's own step is there: the designation's absence is the rule, not the page
            assertThat(districtHead.driver.findElements(By.id("extension-form"))).isNotEmpty();
            assertThat(districtHead.driver.findElements(By.id("designation-form"))).isEmpty();
            assertThat(districtHead.driver.findElements(By.id("designate"))).isEmpty();
            districtHead.assertAccessible();
            districtHead.postForm(
                leadPath + "/designation",
                Map.of("version", versionShown(districtHead), "documentNumber", document));
            assertThat(districtHead.text(By.id("problem"))).isEqualTo("您无权进行此操作。");
            districtHead.assertAccessible();
            districtHead.open(leadPath);
            assertThat(districtHead.driver.findElements(By.id("lead-designation"))).isEmpty();
          });

      municipalHead.step(
          "a document number with an emoji, a control character or 1 MB is refused beside it",
          () -> {
            municipalHead.logIn("municipal-head");
            municipalHead.open(leadPath);
            assertThat(municipalHead.text(By.id("designation-form"))).isNotBlank();
            municipalHead.assertAccessible();
            for (String wrong :
                new String[] {document + " 📄", "沪市监法\u0007〔2026〕12号", "x".repeat(1024 * 1024)}) {
              municipalHead.setValue("documentNumber", wrong);
              municipalHead.find(By.id("designate")).click();
              assertThat(municipalHead.text(By.id("documentNumber-error"))).contains("100");
              assertThat(municipalHead.find(By.id("documentNumber")).getAttribute("aria-invalid"))
                  .isEqualTo("true");
              assertThat(municipalHead.driver.findElements(By.id("lead-designation"))).isEmpty();
              municipalHead.assertAccessible();
            }
          });

      municipalHead.step(
          "the municipal head designates the Songjiang bureau and the lead shows it",
          () -> {
            municipalHead.type("documentNumber", document);
            municipalHead.find(By.id("designate")).click();
            municipalHead.awaitTextContaining(By.id("lead-designation"), document);
            assertThat(municipalHead.text(By.id("lead-designation")))
                .matches(
                    java.util.regex.Pattern.quote(document)
                        + " · municipal-head · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(municipalHead.driver.findElements(By.id("designation-form"))).isEmpty();
            municipalHead.assertAccessible();
          });
      String designation = municipalHead.text(By.id("lead-designation"));

      officer.step(
          "the Songjiang officer files the case, which carries the designation",
          () -> {
            officer.open(leadPath);
            assertThat(officer.text(By.id("lead-designation"))).isEqualTo(designation);
            assertThat(officer.driver.findElements(By.id("awaiting-designation"))).isEmpty();
            officer.assertAccessible();
            officer.find(By.id("file-case")).click();
            assertThat(officer.text(By.id("case-status"))).isEqualTo("调查中");
            assertThat(officer.text(By.id("case-designation"))).isEqualTo(designation);
            assertThat(officer.text(By.id("case-number"))).isNotBlank();
            officer.assertAccessible();
            officer.keepPage("case-designated");
          });
    }
  }

  /** The lead's version as the page holds it (its forms send it as If-Match). */
  private static String versionShown(ConsoleBrowser browser) {
    return browser.find(By.cssSelector("#decline-form input[name=version]")).getAttribute("value");
  }
}
