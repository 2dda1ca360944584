package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A bureau imports its list of pilots from CSV in the console. */
@ExtendWith(PlatformExtension.class)
class ConsolePilotIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void aCsvWithOneBadRowShowsThePerRowReportAndGoodRowsModeImportsTheOthers() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path csv = Files.createTempFile(Path.of("target"), "pilots-", ".csv");
    Files.writeString(
        csv,
        "kind,name,district,industry,creditCode\n"
            + "UNIT,上海某精密机械有限公司 "
            + run
            + ",310117,OTHER,\n"
            + "UNIT,上海某电子有限公司 "
            + run
            + ",310117,OTHER,91310117MA1J3XXX0A\n"
            + "站,松江商业秘密保护工作站 "
            + run
            + ",310117,OTHER,\n",
        StandardCharsets.UTF_8);

    try (ConsoleBrowser officer = new ConsoleBrowser(gateway, "pilot-import")) {
      officer.step(
          "all or nothing: the bad row is reported, nothing imported",
          () -> {
            officer.logIn("songjiang-officer");
            officer.open("/pilots");
            officer.assertAccessible();
            officer.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            officer.find(By.id("import")).click();
            assertThat(officer.text(By.id("rejected-rows"))).contains("rows[3].creditCode");
            officer.assertAccessible();
          });
      officer.step(
          "good rows only: the others are created",
          () -> {
            new Select(officer.find(By.id("mode"))).selectByValue("GOOD_ROWS_ONLY");
            officer.find(By.id("import")).click();
            officer.waitFor(By.id("row-reports"));
            assertThat(
                    officer.driver.findElements(
                        By.cssSelector("#row-reports tr[data-outcome=CREATED]")))
                .hasSize(2);
            assertThat(officer.text(By.cssSelector("#row-reports tr.rejected")))
                .contains("creditCode");
            officer.assertAccessible();
            officer.open("/pilots");
            assertThat(officer.text(By.id("pilots")))
                .contains("上海某精密机械有限公司 " + run)
                .contains("松江商业秘密保护工作站 " + run)
                .doesNotContain("上海某电子有限公司 " + run);
          });
    }
  }
}
