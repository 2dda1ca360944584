package cn.gov.sh.tradesecret.enterprise.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports as an enterprise would send them. */
public final class ReportTestData {

  public static final String DRAWINGS_SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  public static final String EMAILS_SHA256 =
      "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

  private ReportTestData() {}

  /** A Songjiang enterprise's report of drawings taken by a former engineer. */
  public static Map<String, Object> report() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("enterpriseName", "上海某精密机械有限公司");
    report.put("secretType", "TECHNICAL");
    report.put("whatWasTaken", "伺服电机设计图纸 12 份");
    report.put("howTaken", "离职工程师离职前拷贝至个人网盘, 现任职竞争对手");
    report.put(
        "suspects",
        new ArrayList<>(
            List.of(
                Map.of("name", "张某"),
                Map.of("name", "上海某竞争科技有限公司", "creditCode", "91110000802100433B"))));
    report.put("estimatedLoss", 850000);
    report.put("evidenceFingerprints", new ArrayList<>(List.of(DRAWINGS_SHA256, EMAILS_SHA256)));
    return report;
  }

  public static Map<String, Object> with(String field, Object value) {
    Map<String, Object> report = report();
    report.put(field, value);
    return report;
  }
}
