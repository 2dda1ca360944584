package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.Openssl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The enterprise portal in a real headless Chromium, on the platform as {@code ./platform up}
 * starts it: a Songjiang enterprise reports an infringement, the Songjiang bureau decides the lead
 * case-service made of it, and the enterprise sees the decision; it deposits a document's
 * fingerprint and verifies it; it assesses itself; and it is kept out of the officers' pages.
 * axe-core checks every page reached.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleEnterpriseIT {

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();
  private static final String WRONG_CHECK_CHARACTER = "91310117MA1J3XXX0A";
  private static final String VALID_CREDIT_CODE = "91310117MA1J3XXX0Q";

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void songjiangEnterpriseReportsAnInfringementAndSeesTheBureausDecision() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path drawing = Files.createTempFile(Path.of("target"), "drawing-", ".txt");
    Files.writeString(drawing, "servo drawing " + run, StandardCharsets.UTF_8);
    String drawingSha256 = sha256sum(drawing);
    String reportId;
    try (ConsoleBrowser enterprise = new ConsoleBrowser(gateway, "songjiang-enterprise")) {
      enterprise.step(
          "log in to the portal",
          () -> {
            enterprise.logIn("songjiang-enterprise");
            assertThat(enterprise.path()).endsWith("/enterprise/reports");
            assertThat(enterprise.text(By.tagName("h1"))).isEqualTo("我的举报");
            assertThat(enterprise.driver.findElements(By.cssSelector("nav a[href$='/leads']")))
                .isEmpty();
            enterprise.assertAccessible();
          });

      enterprise.step(
          "refused report: control character and wrong credit code",
          () -> {
            enterprise.find(By.id("new-report")).click();
            // a control character cannot be typed: set as a script would send it
            enterprise.setValue("enterpriseName", "上海某精密机械有限公司\u0007" + run);
            new Select(enterprise.find(By.id("secretType"))).selectByValue("TECHNICAL");
            enterprise.type("whatWasTaken", "伺服驱动器的控制参数表 🔧");
            enterprise.type("howTaken", "离职工程师用U盘拷贝后带到竞争对手");
            enterprise.type("suspects[0].name", "上海某竞争科技有限公司");
            enterprise.type("suspects[0].creditCode", WRONG_CHECK_CHARACTER);
            enterprise.waitFor(By.id("suspects[0].creditCode-check"));
            enterprise.type("estimatedLoss", "350000");
            enterprise.find(By.id("evidence-files")).sendKeys(drawing.toAbsolutePath().toString());
            awaitValue(enterprise, "evidenceFingerprints", drawingSha256);
            enterprise.find(By.id("submit-report")).click();
            assertThat(enterprise.text(By.id("suspects[0].creditCode-error"))).isNotBlank();
            assertThat(enterprise.text(By.id("enterpriseName-error"))).isNotBlank();
            assertThat(enterprise.find(By.id("whatWasTaken")).getAttribute("value"))
                .isEqualTo("伺服驱动器的控制参数表 🔧");
            enterprise.assertAccessible();
          });

      enterprise.step(
          "corrected and reported",
          () -> {
            enterprise.type("enterpriseName", "上海某精密机械有限公司 " + run);
            enterprise.type("suspects[0].creditCode", VALID_CREDIT_CODE);
            enterprise.find(By.id("submit-report")).click();
            assertThat(enterprise.text(By.id("tracking-number"))).startsWith("ER-");
            assertThat(enterprise.text(By.id("report-fingerprints"))).isEqualTo(drawingSha256);
            enterprise.assertAccessible();
          });
      reportId = enterprise.path().replaceFirst(".*/enterprise/reports/", "");
      String trackingNumber = enterprise.text(By.id("tracking-number"));

      try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "songjiang-officer-report")) {
        officer.step(
            "the Songjiang officer declines the lead made of the report",
            () -> {
              officer.logIn("songjiang-officer");
              // case-service registers the lead under the report's id once the event arrives
              officer.open("/leads/" + reportId);
              officer.reloadUntilText(By.id("lead-status"), "待决定");
              assertThat(officer.text(By.id("lead-origin"))).isEqualTo(trackingNumber);
              officer.assertAccessible();
              new Select(officer.find(By.id("reasonCode"))).selectByValue("INSUFFICIENT_EVIDENCE");
              officer.type("reason", "举报材料不足以证明存在侵权行为");
              officer.find(By.id("decline")).click();
              officer.awaitText(By.id("lead-status"), "不予立案");
              officer.assertAccessible();
            });
      }

      enterprise.step(
          "the enterprise sees the decision",
          () -> {
            enterprise.reloadUntilText(By.id("report-status"), "不予立案");
            assertThat(enterprise.text(By.id("report-decline-reason"))).isEqualTo("证据不足");
            assertThat(enterprise.text(By.id("report-bureau"))).isEqualTo("MR-310117");
            enterprise.assertAccessible();
            enterprise.keepPage("enterprise-report");
            enterprise.open("/enterprise/reports");
            assertThat(
                    enterprise.text(
                        By.cssSelector(
                            "#reports tr:has(a[href$='" + reportId + "']) td:nth-child(5)")))
                .isEqualTo("不予立案");
            enterprise.assertAccessible();
          });
    }
  }

  @Test
  void songjiangEnterpriseDepositsAFingerprintWhoseTokenVerifiesWithOpenssl() throws Exception {
    String run = UUID.randomUUID().toString();
    Path document = Files.createTempFile(Path.of("target"), "process-", ".txt");
    Files.writeString(document, "wafer process recipe " + run, StandardCharsets.UTF_8);
    String documentSha256 = sha256sum(document);
    try (ConsoleBrowser enterprise = new ConsoleBrowser(gateway, "songjiang-enterprise-deposit")) {
      enterprise.step(
          "the file is fingerprinted in the page and deposited",
          () -> {
            enterprise.logIn("songjiang-enterprise");
            enterprise.open("/enterprise/deposits");
            enterprise.assertAccessible();
            enterprise.find(By.id("deposit-file")).sendKeys(document.toAbsolutePath().toString());
            awaitValue(enterprise, "sha256", documentSha256);
            enterprise.type("title", "晶圆工艺配方 " + run.substring(0, 8));
            new Select(enterprise.find(By.id("category"))).selectByValue("PROCESS_DOCUMENT");
            enterprise.find(By.id("discloseDepositor")).click();
            enterprise.find(By.id("deposit")).click();
            assertThat(enterprise.text(By.id("deposit-sha256"))).isEqualTo(documentSha256);
            assertThat(enterprise.text(By.id("receipt-number"))).isNotBlank();
            enterprise.assertAccessible();
            enterprise.keepPage("enterprise-deposit");
          });

      enterprise.step(
          "the downloaded token verifies offline against the published certificate",
          () -> {
            String tokenPath =
                enterprise
                    .find(By.id("token-download"))
                    .getAttribute("href")
                    .replaceFirst("^.*?/console", "");
            byte[] token = enterprise.download(tokenPath);
            byte[] certificate = enterprise.download("/verification/certificate");
            assertThat(openSslVerifies(documentSha256, token, certificate)).isTrue();
            assertThat(openSslVerifies(sha256Of("another document"), token, certificate)).isFalse();
          });

      enterprise.step(
          "the same fingerprint again is refused beside its field",
          () -> {
            enterprise.open("/enterprise/deposits");
            enterprise.type("sha256", documentSha256);
            enterprise.type("title", "再次存证");
            enterprise.find(By.id("deposit")).click();
            assertThat(enterprise.text(By.id("sha256-error"))).isNotBlank();
            assertThat(enterprise.find(By.id("sha256")).getAttribute("aria-invalid"))
                .isEqualTo("true");
            enterprise.assertAccessible();
          });

      enterprise.step(
          "the public verification by fingerprint",
          () -> {
            enterprise.open("/verification");
            enterprise.assertAccessible();
            enterprise
                .find(By.id("verification-file"))
                .sendKeys(document.toAbsolutePath().toString());
            awaitValue(enterprise, "sha256", documentSha256);
            enterprise.find(By.id("verify")).click();
            assertThat(enterprise.text(By.id("verification-result"))).isEqualTo("已存证");
            assertThat(enterprise.text(By.id("verification-depositor")))
                .contains("91310117MA1J3K5L0Y");
            enterprise.assertAccessible();
            enterprise.type("sha256", sha256Of("never deposited " + run));
            enterprise.find(By.id("verify")).click();
            enterprise.awaitText(By.id("verification-result"), "未找到该指纹的存证");
            enterprise.type("sha256", "12ab");
            enterprise.find(By.id("verify")).click();
            assertThat(enterprise.text(By.id("sha256-error"))).contains("64");
            enterprise.assertAccessible();
          });
    }
  }

  @Test
  void theBureauFilesTheReportAndAttachesTheEnterprisesDepositAsEvidenceByItsReceipt() {
    String run = UUID.randomUUID().toString();
    String enterprise = gateway.tokenOf("songjiang-enterprise");
    String reportId =
        JSON.readTree(
                gateway.call("POST", "/api/reports", enterprise, MatrixFixtures.REPORT).body())
            .get("id")
            .asString();
    String documentSha256 = sha256Of("servo drawing V4 " + run);
    var deposit =
        gateway.call(
            "POST",
            "/api/deposits",
            enterprise,
            """
            {"sha256": "%s", "title": "伺服电机设计图纸 V4", "category": "TECHNICAL_DRAWING",
             "discloseDepositor": false}"""
                .formatted(documentSha256));
    assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
    String receipt = JSON.readTree(deposit.body()).get("receiptNumber").asString();

    // Under SAMR Order No. 126 the municipal bureau files trade-secret cases.
    try (ConsoleBrowser head = new ConsoleBrowser(gateway, "municipal-head-deposit")) {
      head.step(
          "the municipal bureau files a case on the report's lead",
          () -> {
            head.logIn("municipal-head");
            head.open("/leads/" + reportId);
            head.reloadUntilText(By.id("lead-status"), "待决定");
            head.find(By.id("file-case")).click();
            assertThat(head.text(By.id("case-status"))).isEqualTo("调查中");
          });
      head.step(
          "the deposit is attached by its receipt: the fingerprint comes from it",
          () -> {
            new Select(head.find(By.id("kind"))).selectByValue("DOCUMENT");
            head.type("description", "企业存证的设计图纸");
            head.type("collectedBy", "执法二队");
            head.setValue("collectedAt", "2026-01-05T10:00");
            head.type("depositReceipt", receipt);
            head.find(By.id("add-evidence")).click();
            assertThat(head.text(By.cssSelector("#evidence .deposit-receipt"))).isEqualTo(receipt);
            assertThat(head.text(By.cssSelector("#evidence code.sha256")))
                .isEqualTo(documentSha256);
            head.assertAccessible();
          });
      head.step(
          "a receipt of no deposit is refused beside its field",
          () -> {
            head.type("description", "不存在的存证");
            head.type("collectedBy", "执法二队");
            head.setValue("collectedAt", "2026-01-05T10:00");
            head.type("depositReceipt", "ED-2026-999999");
            head.find(By.id("add-evidence")).click();
            assertThat(head.text(By.id("depositReceipt-error"))).isNotBlank();
            head.assertAccessible();
          });
    }
  }

  @Test
  void songjiangEnterpriseAssessesItselfAndSharesTheResultWithItsBureau() {
    try (ConsoleBrowser enterprise = new ConsoleBrowser(gateway, "songjiang-enterprise-assess")) {
      enterprise.step(
          "an unanswered question is refused beside it",
          () -> {
            enterprise.logIn("songjiang-enterprise");
            enterprise.open("/enterprise/self-assessments");
            enterprise.assertAccessible();
            enterprise.find(By.cssSelector("a[data-guide='ic-2026']")).click();
            List<WebElement> questions =
                enterprise.driver.findElements(By.cssSelector("fieldset.question"));
            assertThat(questions).hasSizeGreaterThan(6);
            enterprise.assertAccessible();
            for (WebElement question : questions.subList(1, questions.size())) {
              boolean staff =
                  question.findElement(By.xpath("..")).getAttribute("data-area").equals("STAFF");
              question
                  .findElement(By.cssSelector(staff ? "input[value=NO]" : "input[value=YES]"))
                  .click();
            }
            enterprise.find(By.id("shareWithBureau")).click();
            enterprise.find(By.id("assess")).click();
            // the refused form, once it has replaced the one sent
            assertThat(enterprise.text(By.cssSelector("fieldset.question .field-error")))
                .isNotBlank();
            assertThat(
                    enterprise.driver.findElements(
                        By.cssSelector("fieldset.question .field-error")))
                .hasSize(1);
            enterprise.assertAccessible();
          });

      enterprise.step(
          "answered: a score per area and advice where it falls short",
          () -> {
            enterprise
                .find(By.cssSelector("fieldset.question:not(:has(input:checked)) input[value=YES]"))
                .click();
            assertThat(enterprise.find(By.id("shareWithBureau")).isSelected()).isTrue();
            enterprise.find(By.id("assess")).click();
            assertThat(enterprise.text(By.id("assessment-shared"))).isEqualTo("已共享");
            assertThat(
                    enterprise.driver.findElements(
                        By.cssSelector("#area-scores tr[data-area=STAFF] .recommendations li")))
                .isNotEmpty();
            assertThat(
                    enterprise.text(
                        By.cssSelector("#area-scores tr[data-area=MEASURES] td:last-child")))
                .isEqualTo("无需改进");
            assertThat(
                    Double.parseDouble(
                        enterprise.text(By.cssSelector("#area-scores tr[data-area=STAFF] .score"))))
                .isLessThan(
                    Double.parseDouble(
                        enterprise.text(
                            By.cssSelector("#area-scores tr[data-area=MEASURES] .score"))));
            enterprise.assertAccessible();
            enterprise.keepPage("enterprise-self-assessment");
          });
    }
  }

  @Test
  void anEnterpriseOpeningAnOfficersPageIsRefused() {
    try (ConsoleBrowser enterprise = new ConsoleBrowser(gateway, "pudong-enterprise")) {
      enterprise.step(
          "officers' pages refused",
          () -> {
            enterprise.logIn("pudong-enterprise");
            for (String page : List.of("/leads", "/leads/new", "/referrals", "/notifications")) {
              enterprise.open(page);
              assertThat(enterprise.text(By.id("problem"))).isEqualTo("您无权进行此操作。");
              assertThat(enterprise.driver.findElements(By.id("lead-form"))).isEmpty();
              enterprise.assertAccessible();
            }
          });
    }
  }

  private static void awaitValue(ConsoleBrowser browser, String id, String value) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.attributeToBe(By.id(id), "value", value));
  }

  /** The fingerprint as {@code sha256sum} computes it. */
  private static String sha256sum(Path file) throws IOException, InterruptedException {
    Process sum = new ProcessBuilder("sha256sum", file.toAbsolutePath().toString()).start();
    try {
      String out = new String(sum.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(sum.waitFor(10, TimeUnit.SECONDS)).isTrue();
      return out.split(" ")[0];
    } finally {
      sum.destroy();
    }
  }

  private static String sha256Of(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code openssl ts -verify} of the token for the digest, against the certificate. */
  private static boolean openSslVerifies(String sha256, byte[] token, byte[] certificate) {
    try {
      Path tokenFile = Files.createTempFile(Path.of("target"), "deposit-", ".tst");
      Path certificateFile = Files.createTempFile(Path.of("target"), "tsa-", ".pem");
      Files.write(tokenFile, token);
      Files.write(certificateFile, certificate);
      return Openssl.verifyTimestamp(sha256, tokenFile, certificateFile).verified();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
