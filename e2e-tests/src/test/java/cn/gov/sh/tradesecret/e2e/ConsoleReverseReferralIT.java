package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Reverse referrals (反向移送) in the console: the Songjiang police hand a matter back to the Songjiang
 * bureau, which sees it in its own browser session.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleReverseReferralIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void thePoliceReferAMatterBackAndTheBureauSeesIt() {
    String rightsHolder = "上海某光电科技有限公司";
    try (ConsoleBrowser police = new ConsoleBrowser(gateway, "reverse-police")) {
      police.step(
          "a refused submission keeps what was typed",
          () -> {
            police.logIn("songjiang-police");
            police.find(By.cssSelector("a[href$='/reverse-referrals']")).click();
            police.awaitText(By.tagName("h1"), "反向移送");
            police.type("rightsHolder", rightsHolder);
            police.find(By.id("submit-reverse")).click();
            // no suspect, no summary: the API's field errors beside the fields
            assertThat(police.text(By.id("summary-error"))).isNotBlank();
            assertThat(police.find(By.id("rightsHolder")).getAttribute("value"))
                .isEqualTo(rightsHolder);
            police.assertAccessible();
          });

      police.step(
          "referred back",
          () -> {
            new Select(police.find(By.id("ground"))).selectByValue("TOO_MINOR");
            police.type("suspects", "赵某，钱某");
            police.type("summary", "The losses stay below the criminal threshold.");
            police.find(By.id("submit-reverse")).click();
            police.awaitTextContaining(By.id("reverse-referrals"), rightsHolder);
            assertThat(police.text(By.id("reverse-referrals"))).contains("赵某");
            police.assertAccessible();
          });
    }

    try (ConsoleBrowser bureau = new ConsoleBrowser(gateway, "reverse-bureau")) {
      bureau.step(
          "the bureau sees it",
          () -> {
            bureau.logIn("songjiang-officer");
            bureau.open("/reverse-referrals");
            assertThat(bureau.text(By.id("reverse-referrals"))).contains(rightsHolder);
            assertThat(bureau.driver.findElements(By.id("reverse-form"))).isEmpty();
            bureau.assertAccessible();
          });
    }
  }
}
