package cn.gov.sh.tradesecret.testsupport.archfixture.clock;

import java.time.LocalDate;
import java.time.ZoneId;

/** A test helper that reads the machine's date: what testsSetTheirOwnClock refuses. */
public class ReadsTheMachinesDate {
  public LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }
}
