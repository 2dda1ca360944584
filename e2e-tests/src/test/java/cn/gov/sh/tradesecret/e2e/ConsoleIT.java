package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officers' console in a real headless Chromium, on the platform as {@code ./platform up}
 * starts it: officers log in at identity-service and work through the pages; axe-core checks every
 * page they reach. Inputs use fixed past dates only: the platform runs on the real date.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleIT {

  private static final String VALID_CREDIT_CODE = "91310117MA1J3XXX0Q";
  private static final String WRONG_CHECK_CHARACTER = "91310117MA1J3XXX0A";

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void songjiangOfficerRegistersALeadFilesTheCaseRecordsEvidenceAndTheHeadDecidesThePenalty()
      throws Exception {
    String casePath;
    String fileSha256;
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "songjiang-officer")) {
      officer.step(
          "log in",
          () -> {
            officer.logIn("songjiang-officer");
            assertThat(officer.text(By.tagName("h1"))).isEqualTo("待办期限");
            officer.assertAccessible();
          });

      officer.step(
          "wrong credit code",
          () -> {
            officer.open("/leads/new");
            officer.type("rightsHolder.name", "上海某精密机械有限公司");
            officer.type("rightsHolder.creditCode", WRONG_CHECK_CHARACTER);
            // The page checks the check character as it is typed ...
            officer.waitFor(By.id("rightsHolder.creditCode-check"));
            officer.type("suspects[0].name", "张某");
            officer.type(
                "description", "A former engineer took the servo drawings to a competitor.");
            officer.type("claimedAmount", "200000");
            officer.find(By.id("register")).click();
            // ... and the API's refusal comes back beside the field, the form as typed.
            assertThat(officer.text(By.id("rightsHolder.creditCode-error"))).isNotBlank();
            assertThat(officer.find(By.id("rightsHolder.creditCode")).getAttribute("aria-invalid"))
                .isEqualTo("true");
            assertThat(officer.find(By.id("rightsHolder.name")).getAttribute("value"))
                .isEqualTo("上海某精密机械有限公司");
            officer.assertAccessible();
          });

      officer.step(
          "corrected and registered",
          () -> {
            officer.type("rightsHolder.creditCode", VALID_CREDIT_CODE);
            assertThat(officer.find(By.id("rightsHolder.creditCode-check")).isDisplayed())
                .isFalse();
            officer.find(By.id("register")).click();
            assertThat(officer.text(By.id("lead-status"))).isEqualTo("待决定");
            officer.assertAccessible();
          });

      // since SAMR Order No. 126 the municipal bureau designates the district bureau first
      String leadPath = officer.path().replaceFirst("^/console", "");
      assertThat(officer.text(By.id("awaiting-designation"))).contains("第126号");
      assertThat(officer.driver.findElements(By.id("file-case"))).isEmpty();
      try (ConsoleBrowser municipalHead = new ConsoleBrowser(gateway, "municipal-head")) {
        municipalHead.step(
            "municipal head designates the Songjiang bureau",
            () -> {
              municipalHead.logIn("municipal-head");
              municipalHead.open(leadPath);
              municipalHead.type("documentNumber", "沪市监法〔2026〕12号");
              municipalHead.find(By.id("designate")).click();
              municipalHead.awaitTextContaining(By.id("lead-designation"), "沪市监法〔2026〕12号");
              assertThat(municipalHead.driver.findElements(By.id("designate"))).isEmpty();
              municipalHead.assertAccessible();
            });
      }
      officer.step(
          "case filed",
          () -> {
            officer.driver.navigate().refresh();
            assertThat(officer.text(By.id("lead-designation"))).contains("municipal-head");
            officer.find(By.id("file-case")).click();
            assertThat(officer.text(By.id("case-status"))).isEqualTo("调查中");
            assertThat(officer.text(By.id("timeline"))).contains("立案");
            officer.assertAccessible();
          });
      casePath = officer.path().replaceFirst("^/console", "");

      Path evidence = Files.createTempFile(Path.of("target"), "evidence-", ".txt");
      Files.writeString(
          evidence, "servo gain table, mirror image of the laptop", StandardCharsets.UTF_8);
      fileSha256 = sha256(Files.readAllBytes(evidence));
      officer.step(
          "evidence fingerprinted in the page",
          () -> {
            new Select(officer.find(By.id("kind"))).selectByValue("ELECTRONIC_DATA");
            officer.type("description", "Mirror image of the laptop");
            officer.type("collectedBy", "Team 2");
            officer.setValue("collectedAt", "2026-01-05T10:00");
            officer.find(By.id("evidence-file")).sendKeys(evidence.toAbsolutePath().toString());
            new WebDriverWait(officer.driver, Duration.ofSeconds(10))
                .until(
                    ExpectedConditions.attributeToBeNotEmpty(
                        officer.find(By.id("sha256")), "value"));
            assertThat(officer.find(By.id("sha256")).getAttribute("value")).isEqualTo(fileSha256);
            officer.find(By.id("add-evidence")).click();
            assertThat(officer.text(By.cssSelector("#evidence code.sha256"))).isEqualTo(fileSha256);
            officer.assertAccessible();
          });

      officer.step(
          "facts the white paper counts",
          () -> {
            new Select(officer.find(By.id("secretType"))).selectByValue("TECHNICAL");
            officer.type("industry", "高端装备制造");
            officer.type("amountInvolved", "1,200,000");
            officer.find(By.id("record-facts")).click();
            officer.awaitText(By.id("amount-involved"), "¥1,200,000.00");
            officer.assertAccessible();
          });
    }

    try (ConsoleBrowser head = new ConsoleBrowser(gateway, "songjiang-head")) {
      head.step(
          "head decides the penalty within the legal range",
          () -> {
            head.logIn("songjiang-head");
            head.open(casePath);
            // the head's own extension (30 days) is given once: then only a collective decision
            assertThat(head.find(By.id("basis")).getText()).contains("负责人批准");
            head.type("reason", "需调取境外服务器数据");
            head.find(By.id("extend-deadline")).click();
            new WebDriverWait(head.driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("basis")).getText().contains("负责人批准"));
            assertThat(head.find(By.id("basis")).getText()).contains("集体讨论决定");
            // no range before the act's days: the law in force at the act applies
            assertThat(head.text(By.id("legal-range-pending"))).isNotBlank();
            assertThat(head.driver.findElements(By.id("decide-penalty"))).isEmpty();
            head.setValue("actStartedOn", "2026-01-05");
            head.find(By.id("record-act")).click();
            // the ranges are the API's applicableFines for that act
            head.awaitTextContaining(By.id("legal-range"), "¥100,000.00 – ¥1,000,000.00");
            assertThat(head.text(By.id("legal-range"))).contains("¥500,000.00 – ¥5,000,000.00");
            assertThat(head.text(By.id("act-days"))).isEqualTo("2026-01-05");
            head.assertAccessible();
            head.type("fine", "150000");
            head.type("confiscation", "20000");
            head.find(By.id("decide-penalty")).click();
            assertThat(head.text(By.id("penalty"))).contains("150,000.00").contains("20,000.00");
            head.awaitText(By.id("case-status"), "已作出处罚决定");
            head.assertAccessible();
          });
    }
  }

  @Test
  void xuhuiOfficerOpeningASongjiangCaseSeesNotFoundAndNothingOfTheCase() {
    String songjiang = gateway.tokenOf("songjiang-officer");
    String lead =
        Gateway.JSON
            .readTree(gateway.call("POST", "/api/leads", songjiang, MatrixFixtures.LEAD).body())
            .get("id")
            .asString();
    designate(lead);
    var filed = gateway.call("POST", "/api/leads/" + lead + "/filing", songjiang, null);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    var songjiangCase = Gateway.JSON.readTree(filed.body());

    try (ConsoleBrowser xuhui = new ConsoleBrowser(gateway, "xuhui-officer")) {
      xuhui.step(
          "opens the Songjiang case",
          () -> {
            xuhui.logIn("xuhui-officer");
            xuhui.open("/cases/" + songjiangCase.get("id").asString());
            assertThat(xuhui.text(By.id("problem"))).contains("未找到");
            assertThat(xuhui.driver.getPageSource())
                .doesNotContain(songjiangCase.get("caseNumber").asString())
                .doesNotContain("上海某精密机械有限公司");
            xuhui.assertAccessible();
          });
    }
  }

  @Test
  void anExpiredSessionLogsInAgainAndReturnsToThePage() {
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "expired-session")) {
      officer.step(
          "session lost",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open("/leads/new");
            officer.driver.manage().deleteCookieNamed("CONSOLE_SESSION");
            officer.open("/cases");
            // identity-service still knows the officer: the login completes and the page follows
            officer.waitFor(By.id("officer-name"));
            // (Spring Security marks the replayed request with "?continue")
            assertThat(officer.path()).matches("/console/cases(\\?continue)?");
            officer.assertAccessible();
          });
    }
  }

  @Test
  void logoutEndsTheIdentityServiceLoginTooSoTheNextVisitAsksForThePassword() {
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "logout")) {
      officer.step(
          "log out",
          () -> {
            officer.logIn("songjiang-officer");
            String session = officer.driver.manage().getCookieNamed("CONSOLE_SESSION").getValue();
            officer.find(By.cssSelector("form[action$='/logout'] button")).click();
            // OpenID Connect RP-initiated logout: identity-service ends its login and sends the
            // browser back to the console's home, which sends it to the login form again
            officer.waitFor(By.id("password"));
            assertThat(officer.url())
                .startsWith(
                    "http://localhost:" + gateway.platform.port("IDENTITY_PORT") + "/login");
            officer.driver.get(gateway.platform.console() + "/cases");
            officer.waitFor(By.id("password"));
            officer.logInAtIdentity("songjiang-officer");
            officer.waitFor(By.id("officer-name"));
            assertThat(officer.driver.manage().getCookieNamed("CONSOLE_SESSION").getValue())
                .isNotEqualTo(session);
          });
    }
  }

  @Test
  void englishIsOneClickAway() {
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "english")) {
      officer.step(
          "switch language",
          () -> {
            officer.logIn("songjiang-officer");
            officer.find(By.linkText("English")).click();
            assertThat(officer.text(By.tagName("h1"))).isEqualTo("What falls due");
            assertThat(officer.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            officer.assertAccessible();
          });
    }
  }

  @Test
  void aJudgeGrantsTheConfirmationOfAMediationAgreement() {
    String songjiang = gateway.tokenOf("songjiang-officer");
    String lead =
        Gateway.JSON
            .readTree(
                gateway
                    .call(
                        "POST",
                        "/api/leads",
                        songjiang,
                        MatrixFixtures.LEAD.replace("350000", "200000"))
                    .body())
            .get("id")
            .asString();
    designate(lead);
    var filed =
        Gateway.JSON.readTree(
            gateway.call("POST", "/api/leads/" + lead + "/filing", songjiang, null).body());
    String caseNumber = filed.get("caseNumber").asString();
    var mediation =
        gateway.call(
            "POST",
            "/api/cases/" + filed.get("id").asString() + "/mediation",
            songjiang,
            "{\"agreementSha256\": \"" + "b".repeat(64) + "\"}");
    assertThat(mediation.statusCode()).as(mediation.body()).isEqualTo(200);

    try (ConsoleBrowser judge = new ConsoleBrowser(gateway, "court-judge")) {
      judge.step(
          "the judge grants",
          () -> {
            judge.logIn("songjiang-court-judge");
            await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                    () -> {
                      judge.open("/confirmations");
                      return judge.driver.getPageSource().contains(caseNumber);
                    });
            judge.assertAccessible();
            By request = By.xpath("//article[h2[text()='" + caseNumber + "']]");
            judge
                .find(request)
                .findElement(By.cssSelector("form[action$='/grant'] button"))
                .click();
            judge.awaitTextContaining(request, "已确认");
          });
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The municipal bureau designates the lead's district bureau (SAMR Order No. 126). */
  void designate(String lead) {
    var designated =
        gateway.call(
            "POST",
            "/api/leads/" + lead + "/designation",
            gateway.tokenOf("municipal-head"),
            MatrixFixtures.DESIGNATION);
    assertThat(designated.statusCode()).as(designated.body()).isEqualTo(200);
  }
}
