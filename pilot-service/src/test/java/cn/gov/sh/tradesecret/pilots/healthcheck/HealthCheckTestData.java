package cn.gov.sh.tradesecret.pilots.healthcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Health checks as a bureau's client records them (plain JSON maps, so tests can break them). */
public final class HealthCheckTestData {

  private HealthCheckTestData() {}

  public static Map<String, Object> rectification(String description, LocalDate dueOn) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("description", description);
    item.put("dueOn", dueOn.toString());
    return item;
  }

  public static Map<String, Object> finding(
      String category, String description, List<Map<String, Object>> items) {
    Map<String, Object> finding = new LinkedHashMap<>();
    finding.put("category", category);
    finding.put("description", description);
    finding.put("rectifications", new ArrayList<>(items));
    return finding;
  }

  public static Map<String, Object> healthCheck(
      String pilotId, LocalDate checkedOn, List<Map<String, Object>> findings) {
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("pilotId", pilotId);
    check.put("checkedOn", checkedOn.toString());
    check.put("examiner", "上海某律师事务所 (third-party examiner)");
    check.put("summary", "商业秘密保护健康体检");
    check.put("findings", new ArrayList<>(findings));
    return check;
  }

  /** Two findings, three rectification items due in a month. */
  public static Map<String, Object> typicalCheck(String pilotId, LocalDate today) {
    return healthCheck(
        pilotId,
        today.minusDays(1),
        List.of(
            finding(
                "PERSONNEL_WITH_ACCESS",
                "涉密人员管理松散: no register of staff with access to the source code",
                List.of(
                    rectification("keep a register of staff with access", today.plusDays(30)),
                    rectification("sign confidentiality undertakings", today.plusDays(30)))),
            finding(
                "ELECTRONIC_DATA_AND_DEPOSIT",
                "电子数据存证缺失: design files not deposited",
                List.of(rectification("deposit design files with a notary", today.plusDays(30))))));
  }
}
