package cn.gov.sh.tradesecret.pilots.support;

import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import java.util.List;

/**
 * Identities of the pilot tests that the embedded issuer has no demo account for, signed by the
 * {@link TestIssuer} like any {@link DemoAccount}: the heads of the Pudong and Minhang bureaus,
 * whose lists the import tests designate, a head of an agency that is not a bureau, and an
 * enterprise of Songjiang (identity-service's demo enterprise; test-support does not list it).
 */
public final class TestOnlyAccounts {

  public static final DemoAccount PUDONG_HEAD =
      new DemoAccount(
          "pudong-head", "MARKET_REGULATION", "MR-310115", "310115", List.of("OFFICER", "HEAD"));
  public static final DemoAccount MINHANG_HEAD =
      new DemoAccount(
          "minhang-head", "MARKET_REGULATION", "MR-310112", "310112", List.of("OFFICER", "HEAD"));
  public static final DemoAccount SONGJIANG_POLICE_HEAD =
      new DemoAccount(
          "songjiang-police-head", "POLICE", "PSB-310117", "310117", List.of("OFFICER", "HEAD"));

  public static final DemoAccount SONGJIANG_ENTERPRISE =
      new DemoAccount(
          "songjiang-enterprise",
          "ENTERPRISE",
          "ENT-91310117MA1J3K5L0Y",
          "310117",
          List.of("REPRESENTATIVE"));

  private TestOnlyAccounts() {}
}
