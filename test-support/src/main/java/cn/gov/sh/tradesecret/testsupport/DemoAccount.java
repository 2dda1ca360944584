package cn.gov.sh.tradesecret.testsupport;

import java.util.List;

/**
 * An identity of the tests, with the same claims as the embedded issuer's demo account of the same
 * name.
 */
public record DemoAccount(
    String name, String agency, String unit, String jurisdiction, List<String> roles) {

  public static final DemoAccount XUHUI_OFFICER =
      new DemoAccount(
          "xuhui-officer", "MARKET_REGULATION", "MR-310104", "310104", List.of("OFFICER"));
  public static final DemoAccount SONGJIANG_OFFICER =
      new DemoAccount(
          "songjiang-officer", "MARKET_REGULATION", "MR-310117", "310117", List.of("OFFICER"));
  public static final DemoAccount SONGJIANG_HEAD =
      new DemoAccount(
          "songjiang-head", "MARKET_REGULATION", "MR-310117", "310117", List.of("OFFICER", "HEAD"));
  public static final DemoAccount MUNICIPAL_OFFICER =
      new DemoAccount(
          "municipal-officer", "MARKET_REGULATION", "MR-310000", "310000", List.of("OFFICER"));
  public static final DemoAccount SONGJIANG_POLICE =
      new DemoAccount("songjiang-police", "POLICE", "PSB-310117", "310117", List.of("OFFICER"));
  public static final DemoAccount MUNICIPAL_PROCURATOR =
      new DemoAccount(
          "municipal-procurator", "PROCURATORATE", "PROC-310000", "310000", List.of("PROCURATOR"));
  public static final DemoAccount SONGJIANG_COURT_CLERK =
      new DemoAccount("songjiang-court-clerk", "COURT", "COURT-310117", "310117", List.of("CLERK"));
  public static final DemoAccount MUNICIPAL_HEAD =
      new DemoAccount(
          "municipal-head", "MARKET_REGULATION", "MR-310000", "310000", List.of("OFFICER", "HEAD"));
  public static final DemoAccount XUHUI_POLICE =
      new DemoAccount("xuhui-police", "POLICE", "PSB-310104", "310104", List.of("OFFICER"));
  public static final DemoAccount SONGJIANG_PROCURATOR =
      new DemoAccount(
          "songjiang-procurator", "PROCURATORATE", "PROC-310117", "310117", List.of("PROCURATOR"));
  public static final DemoAccount SONGJIANG_COURT_JUDGE =
      new DemoAccount("songjiang-court-judge", "COURT", "COURT-310117", "310117", List.of("JUDGE"));
  public static final DemoAccount XUHUI_HEAD =
      new DemoAccount(
          "xuhui-head", "MARKET_REGULATION", "MR-310104", "310104", List.of("OFFICER", "HEAD"));
  public static final DemoAccount XUHUI_PROCURATOR =
      new DemoAccount(
          "xuhui-procurator", "PROCURATORATE", "PROC-310104", "310104", List.of("PROCURATOR"));
  public static final DemoAccount PUDONG_OFFICER =
      new DemoAccount(
          "pudong-officer", "MARKET_REGULATION", "MR-310115", "310115", List.of("OFFICER"));
  public static final DemoAccount MINHANG_OFFICER =
      new DemoAccount(
          "minhang-officer", "MARKET_REGULATION", "MR-310112", "310112", List.of("OFFICER"));
  public static final DemoAccount HONGKOU_OFFICER =
      new DemoAccount(
          "hongkou-officer", "MARKET_REGULATION", "MR-310109", "310109", List.of("OFFICER"));
  public static final DemoAccount PUTUO_OFFICER =
      new DemoAccount(
          "putuo-officer", "MARKET_REGULATION", "MR-310107", "310107", List.of("OFFICER"));
  public static final DemoAccount LINGANG_OFFICER =
      new DemoAccount(
          "lingang-officer", "MARKET_REGULATION", "MR-31LG00", "31LG00", List.of("OFFICER"));
  public static final DemoAccount OPERATOR =
      new DemoAccount("operator", "PLATFORM", "PLATFORM-310000", "310000", List.of("OPERATOR"));
}
