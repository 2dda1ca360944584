package cn.gov.sh.tradesecret.referrals;

import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.util.List;

/** Demo identities beyond test-support's, with the claims of the embedded issuer's accounts. */
public final class Accounts {

  public static final DemoAccount XUHUI_POLICE =
      new DemoAccount("xuhui-police", "POLICE", "PSB-310104", "310104", List.of("OFFICER"));
  public static final DemoAccount SONGJIANG_PROCURATOR =
      new DemoAccount("songjiang-procurator", "PROCURATORATE", "PROC-310117", "310117", List.of("PROCURATOR"));
  public static final DemoAccount SONGJIANG_COURT_JUDGE =
      new DemoAccount("songjiang-court-judge", "COURT", "COURT-310117", "310117", List.of("JUDGE"));
  public static final DemoAccount MUNICIPAL_HEAD =
      new DemoAccount("municipal-head", "MARKET_REGULATION", "MR-310000", "310000", List.of("OFFICER", "HEAD"));
  public static final DemoAccount XUHUI_HEAD =
      new DemoAccount("xuhui-head", "MARKET_REGULATION", "MR-310104", "310104", List.of("OFFICER", "HEAD"));
  public static final DemoAccount XUHUI_PROCURATOR =
      new DemoAccount("xuhui-procurator", "PROCURATORATE", "PROC-310104", "310104", List.of("PROCURATOR"));

  private Accounts() {}
}
