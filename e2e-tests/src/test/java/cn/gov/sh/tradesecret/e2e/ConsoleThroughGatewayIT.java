package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The officers' console as officers reach it: through the gateway at {@code /console/}. The login,
 * every page and form, and the logout stay on the gateway's address (the console builds its links
 * and its login's redirect URI from the gateway's forwarded headers).
 */
@ExtendWith(PlatformExtension.class)
class ConsoleThroughGatewayIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void anOfficerLogsInWorksAndLogsOutThroughTheGateway() {
    String console = gateway.platform.consoleThroughGateway();
    try (ConsoleBrowser officer = new ConsoleBrowser(console, "through-gateway")) {
      officer.step(
          "log in",
          () -> {
            officer.open("/");
            officer.logInAtIdentity("pudong-officer");
            officer.waitFor(By.id("officer-name"));
            assertThat(officer.url()).startsWith(console + "/");
            assertThat(officer.text(By.tagName("h1"))).isEqualTo("待办期限");
            officer.assertAccessible();
          });

      officer.step(
          "register a lead",
          () -> {
            officer.open("/leads/new");
            officer.type("rightsHolder.name", "上海某集成电路设计有限公司");
            officer.type("rightsHolder.creditCode", "91310117MA1J3XXX0Q");
            officer.type("suspects[0].name", "李某");
            officer.type("description", "A former designer copied the layout files.");
            officer.type("claimedAmount", "500000");
            officer.find(By.id("register")).click();
            assertThat(officer.text(By.id("lead-status"))).isEqualTo("待决定");
            assertThat(officer.url()).startsWith(console + "/leads/");
            officer.assertAccessible();
          });

      officer.step(
          "log out",
          () -> {
            officer.find(By.cssSelector("form[action$='/logout'] button")).click();
            // identity-service ended its login: back at the console, the password is asked again
            officer.waitFor(By.id("password"));
            officer.open("/leads");
            officer.waitFor(By.id("password"));
            officer.logInAtIdentity("pudong-officer");
            officer.waitFor(By.id("officer-name"));
            assertThat(officer.url()).startsWith(console + "/leads");
          });
    }
  }
}
