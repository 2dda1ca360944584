package cn.gov.sh.tradesecret.enterprise.support;

import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import java.util.List;

/**
 * The enterprise accounts of identity-service's demo data, signed by the {@link TestIssuer} like
 * any {@link DemoAccount} (test-support does not list them yet), and one whose unit carries no
 * valid credit code.
 */
public final class Enterprises {

  public static final String SONGJIANG_CREDIT_CODE = "91310117MA1J3K5L0Y";
  public static final String PUDONG_CREDIT_CODE = "91310115MA1H7Q2X47";

  public static final DemoAccount SONGJIANG_ENTERPRISE =
      new DemoAccount(
          "songjiang-enterprise",
          "ENTERPRISE",
          "ENT-" + SONGJIANG_CREDIT_CODE,
          "310117",
          List.of("REPRESENTATIVE"));
  public static final DemoAccount PUDONG_ENTERPRISE =
      new DemoAccount(
          "pudong-enterprise",
          "ENTERPRISE",
          "ENT-" + PUDONG_CREDIT_CODE,
          "310115",
          List.of("REPRESENTATIVE"));
  public static final DemoAccount ENTERPRISE_WITHOUT_VALID_CODE =
      new DemoAccount(
          "forged-enterprise",
          "ENTERPRISE",
          "ENT-91310117MA1J3K5L0X",
          "310117",
          List.of("REPRESENTATIVE"));

  private Enterprises() {}
}
