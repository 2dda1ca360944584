package cn.gov.sh.tradesecret.platform;

/** The lead the benchmarks register: a complaint over ¥300,000, as an officer would file it. */
public final class Leads {

  private Leads() {}

  /**
   * The body of {@code POST /api/leads} for a complaint in {@code district} (a code, or a Gatling
   * expression such as {@code #{district}}).
   */
  public static String complaint(String district) {
    return """
        {"source":"COMPLAINT","district":"%s",
         "rightsHolder":{"name":"上海某精密机械有限公司","creditCode":"91310117MA1J3XXX0Q"},
         "suspects":[{"name":"张某"}],
         "description":"A former engineer took the servo drawings to a competitor.",
         "claimedAmount":350000}"""
        .formatted(district);
  }
}
