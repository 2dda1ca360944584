package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A unit administers its notifications in the console: a webhook endpoint (its secret shown once,
 * then rotated), a subscription that sends the unit's new leads there, and the dead letters of a
 * receiver that is down, replayed from the page.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleNotificationsIT {

  private static final String MINHANG_LEAD =
      """
      {"source": "COMPLAINT", "district": "310112",
       "rightsHolder": {"name": "上海某新材料有限公司", "creditCode": "91310117MA1J3XXX0Q"},
       "suspects": [{"name": "王某"}],
       "description": "A former chemist took the coating formula to a competitor.",
       "claimedAmount": 120000}""";

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void aUnitRegistersAnEndpointSubscribesAndReplaysTheDeadLettersOfAReceiverThatIsDown() {
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "notifications")) {
      String[] secrets = new String[2];
      officer.step(
          "endpoint registered, its secret shown once",
          () -> {
            officer.logIn("minhang-officer");
            officer.find(By.cssSelector("a[href$='/notifications']")).click();
            officer.awaitText(By.tagName("h1"), "通知订阅与推送");
            officer.type("url", "http://127.0.0.1:9/minhang");
            officer.type("description", "闵行区局案件系统（停机）");
            officer.find(By.id("register-endpoint")).click();
            secrets[0] = officer.text(By.id("endpoint-secret"));
            assertThat(secrets[0]).isNotBlank();
            officer.assertAccessible();
          });

      officer.step(
          "secret rotated",
          () -> {
            officer.find(By.id("endpoint-page")).click();
            assertThat(officer.text(By.id("endpoint-status"))).isEqualTo("启用");
            assertThat(officer.driver.getPageSource()).doesNotContain(secrets[0]);
            officer.assertAccessible();
            officer.find(By.id("rotate-secret")).click();
            secrets[1] = officer.text(By.id("endpoint-secret"));
            assertThat(secrets[1]).isNotBlank().isNotEqualTo(secrets[0]);
            assertThat(officer.text(By.id("previous-secret-expires"))).isNotBlank();
          });

      officer.step(
          "a webhook subscription without its endpoint is refused in place",
          () -> {
            officer.open("/notifications");
            officer.type("eventSelector", "LeadRegistered");
            new Select(officer.find(By.id("channel"))).selectByValue("WEBHOOK");
            officer.find(By.id("subscribe")).click();
            assertThat(officer.text(By.cssSelector("#subscription-form .problem"))).isNotBlank();
            assertThat(officer.find(By.id("eventSelector")).getAttribute("value"))
                .isEqualTo("LeadRegistered");
            officer.assertAccessible();
          });

      officer.step(
          "subscribed",
          () -> {
            new Select(officer.find(By.id("endpointId")))
                .selectByVisibleText("http://127.0.0.1:9/minhang");
            officer.find(By.id("subscribe")).click();
            assertThat(officer.text(By.id("subscriptions"))).contains("LeadRegistered");
            officer.assertAccessible();
          });

      var lead =
          gateway.call("POST", "/api/leads", gateway.tokenOf("minhang-officer"), MINHANG_LEAD);
      assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
      String leadId = Gateway.JSON.readTree(lead.body()).get("id").asString();

      officer.step(
          "dead letter replayed",
          () -> {
            // two attempts a second apart (the test platform's schedule), then a dead letter
            new WebDriverWait(officer.driver, Duration.ofSeconds(90))
                .pollingEvery(Duration.ofSeconds(2))
                .until(
                    driver -> {
                      officer.open("/notifications/deliveries");
                      return driver.findElements(By.id("dead-letters")).stream()
                          .anyMatch(table -> table.getText().contains(leadId));
                    });
            assertThat(officer.text(By.id("dead-letters"))).contains("LeadRegistered");
            officer.assertAccessible();
            var replay = officer.find(By.cssSelector("#dead-letters button.replay"));
            replay.click();
            // the next page (the replay accepted, or refused in place) replaces this one
            new WebDriverWait(officer.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.stalenessOf(replay));
            officer.awaitText(By.tagName("h1"), "投递记录与死信");
            assertThat(officer.driver.findElements(By.cssSelector(".problem"))).isEmpty();
            assertThat(officer.text(By.id("deliveries"))).contains(leadId);
          });
    }
  }
}
