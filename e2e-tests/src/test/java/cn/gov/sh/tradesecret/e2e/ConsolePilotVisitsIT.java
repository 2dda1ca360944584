package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A bureau cultivates a pilot in the console: nomination, guidance visit, health check with a
 * rectification item, and the item rectified. Inputs use fixed past dates only: the platform runs
 * on the real date.
 */
@ExtendWith(PlatformExtension.class)
class ConsolePilotVisitsIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void songjiangOfficerNominatesAPilotVisitsItAndFollowsItsRectification() {
    String name = "上海某集成电路有限公司 " + UUID.randomUUID().toString().substring(0, 8);
    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "pilot-visits")) {
      officer.step(
          "a wrong credit code is refused beside its field",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open("/pilots");
            officer.find(By.id("new-pilot")).click();
            officer.assertAccessible();
            officer.type("name", name);
            new Select(officer.find(By.id("industry"))).selectByValue("INTEGRATED_CIRCUITS");
            officer.type("creditCode", "91310117MA1J3XXX0A");
            officer.find(By.id("nominate")).click();
            assertThat(officer.text(By.id("creditCode-error"))).isNotBlank();
            assertThat(officer.find(By.id("name")).getAttribute("value")).isEqualTo(name);
            officer.assertAccessible();
          });

      officer.step(
          "nominated and cultivated",
          () -> {
            officer.type("creditCode", "");
            officer.find(By.id("nominate")).click();
            assertThat(officer.text(By.id("pilot-name"))).isEqualTo(name);
            assertThat(officer.text(By.id("pilot-status"))).isEqualTo("已推荐");
            officer.assertAccessible();
            officer.find(By.id("start-cultivation")).click();
            officer.awaitText(By.id("pilot-status"), "培育中");
          });

      officer.step(
          "a guidance visit",
          () -> {
            officer.find(By.id("record-visit")).click();
            // nothing filled in: the API names each field
            assertThat(officer.text(By.id("visitedOn-error"))).isNotBlank();
            assertThat(officer.text(By.id("advice-error"))).isNotBlank();
            officer.assertAccessible();
            officer.setValue("visitedOn", "2026-11-18");
            officer.type("officers", "王某，李某");
            officer.type("topics", "保密协议签订\n离职人员管理");
            officer.type("advice", "为全体研发人员补签保密协议，建立离职审查流程。");
            officer.find(By.id("record-visit")).click();
            assertThat(officer.text(By.id("visit-list"))).contains("王某、李某").contains("离职人员管理");
            officer.assertAccessible();
          });

      officer.step(
          "a health check with a rectification item",
          () -> {
            officer.setValue("checkedOn", "2026-11-20");
            officer.type("examiner", "松江区市场监管局");
            officer.type("summary", "制度基本健全，协议管理有缺口");
            new Select(officer.find(By.id("findings[0].category")))
                .selectByValue("CONFIDENTIALITY_AGREEMENTS");
            officer.type("findings[0].description", "三名新入职工程师未签保密协议");
            officer.type("findings[0].rectifications[0].description", "补签保密协议");
            officer.setValue("findings[0].rectifications[0].dueOn", "2026-12-31");
            officer.find(By.id("record-health-check")).click();
            assertThat(officer.text(By.cssSelector(".health-check tr[data-item] .state")))
                .isEqualTo("整改中");
            officer.assertAccessible();
          });

      officer.step(
          "the item rectified",
          () -> {
            String item =
                officer
                    .find(By.cssSelector(".health-check tr[data-item]"))
                    .getAttribute("data-item");
            officer.setValue("completedOn-" + item, "2026-11-28");
            officer.type("note-" + item, "已补签");
            officer.find(By.id("complete-" + item)).click();
            officer.awaitText(By.cssSelector("tr[data-item='" + item + "'] .state"), "已整改");
            assertThat(officer.driver.findElements(By.id("complete-" + item))).isEmpty();
            officer.assertAccessible();
            officer.keepPage("pilot");
          });
    }
  }
}
