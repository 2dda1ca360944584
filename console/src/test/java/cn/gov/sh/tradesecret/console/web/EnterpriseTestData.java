package cn.gov.sh.tradesecret.console.web;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The enterprise APIs' answers as enterprise-service writes them, for the portal's pages. */
final class EnterpriseTestData {

  static final byte[] TOKEN = {0x30, (byte) 0x82, 0x01, 0x02, 0x06, 0x09};

  private EnterpriseTestData() {}

  /** Declined by the Songjiang bureau; absent values are nulls, as the API writes them. */
  static Map<String, Object> declinedReport() {
    Map<String, Object> report = new HashMap<>();
    report.put("caseNumber", null);
    report.putAll(
        Map.ofEntries(
            Map.entry("id", "0c6a1f52-0000-0000-0000-000000000001"),
            Map.entry("trackingNumber", "ER-2026-000007"),
            Map.entry("enterpriseName", "上海某精密机械有限公司"),
            Map.entry("creditCode", "91310117MA1J3K5L0Y"),
            Map.entry("district", "310117"),
            Map.entry("secretType", "TECHNICAL"),
            Map.entry("whatWasTaken", "伺服驱动图纸"),
            Map.entry("howTaken", "离职工程师拷贝"),
            Map.entry("suspects", List.of(person("张某"))),
            Map.entry("estimatedLoss", 200000),
            Map.entry("evidenceFingerprints", List.of("ab".repeat(32))),
            Map.entry("status", "DECLINED"),
            Map.entry("reportedAt", "2026-03-02T01:00:00Z"),
            Map.entry("statusChangedAt", "2026-03-05T02:00:00Z"),
            Map.entry("bureauUnit", "MR-310117"),
            Map.entry("declineReason", "INSUFFICIENT_EVIDENCE")));
    return report;
  }

  /** A suspect named without a credit code (a natural person). */
  private static Map<String, Object> person(String name) {
    Map<String, Object> suspect = new HashMap<>();
    suspect.put("name", name);
    suspect.put("creditCode", null);
    return suspect;
  }

  static Map<String, Object> deposit() {
    return Map.of(
        "id", "5d7b0f9e-0000-0000-0000-000000000002",
        "receiptNumber", "ED-2026-000003",
        "sha256", "cd".repeat(32),
        "title", "伺服增益表",
        "category", "TECHNICAL_DRAWING",
        "discloseDepositor", false,
        "depositedAt", "2026-03-02T01:00:00Z",
        "timestampToken", Base64.getEncoder().encodeToString(TOKEN));
  }

  /** A guide of two areas: two questions and one. */
  static Map<String, Object> guide() {
    return Map.of(
        "id", "ic-2026",
        "sector", "INTEGRATED_CIRCUITS",
        "title", "集成电路企业商业秘密保护自评指引",
        "source", "白皮书",
        "areas",
            List.of(
                Map.of(
                    "code",
                    "CLASSIFICATION",
                    "title",
                    "商业秘密识别与定密分级",
                    "weight",
                    3,
                    "questions",
                    List.of(question("CLS-1", "是否建立商业秘密清单?"), question("CLS-2", "是否分级?"))),
                Map.of(
                    "code",
                    "STAFF",
                    "title",
                    "人员入职与离职管理",
                    "weight",
                    3,
                    "questions",
                    List.of(question("STF-1", "是否签订保密协议?")))));
  }

  private static Map<String, Object> question(String code, String text) {
    return Map.of("code", code, "text", text, "weight", 2, "advice", "advice of " + code);
  }
}
