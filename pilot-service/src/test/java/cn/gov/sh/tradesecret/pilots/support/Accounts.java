package cn.gov.sh.tradesecret.pilots.support;

import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.util.List;

/** Identities the pilot tests need beyond test-support's demo accounts (same claims shape). */
public final class Accounts {

  public static final DemoAccount MUNICIPAL_HEAD =
      new DemoAccount("municipal-head", "MARKET_REGULATION", "MR-310000", "310000", List.of("OFFICER", "HEAD"));
  public static final DemoAccount PUDONG_OFFICER =
      new DemoAccount("pudong-officer", "MARKET_REGULATION", "MR-310115", "310115", List.of("OFFICER"));
  public static final DemoAccount MINHANG_OFFICER =
      new DemoAccount("minhang-officer", "MARKET_REGULATION", "MR-310112", "310112", List.of("OFFICER"));
  public static final DemoAccount HONGKOU_OFFICER =
      new DemoAccount("hongkou-officer", "MARKET_REGULATION", "MR-310109", "310109", List.of("OFFICER"));
  public static final DemoAccount PUTUO_OFFICER =
      new DemoAccount("putuo-officer", "MARKET_REGULATION", "MR-310107", "310107", List.of("OFFICER"));

  private Accounts() {}
}
