package cn.gov.sh.tradesecret.pilots.selfassessment;

import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SelfAssessmentShared as enterprise-service's outbox writes it (plain JSON maps, so tests can
 * break them): the scores of the integrated-circuit guide's six areas, never the answers.
 */
final class SelfAssessmentTestData {

  private SelfAssessmentTestData() {}

  static Map<String, Object> shared(String assessmentId, String creditCode, String district) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("assessmentId", assessmentId);
    data.put("guideId", "ic-2026");
    data.put("creditCode", creditCode);
    data.put("district", district);
    data.put("score", 71.5);
    data.put(
        "areas",
        List.of(
            area("CLASSIFICATION", 100),
            area("MEASURES", 60),
            area("STAFF", 40),
            area("RD_RECORDS", 100),
            area("PARTNERS", 66.7),
            area("INCIDENTS", 50)));
    // enterprise-service stores, then publishes, the instant to the microsecond
    data.put("submittedAt", TestClock.now().truncatedTo(ChronoUnit.MICROS).toString());
    return data;
  }

  static Map<String, Object> area(String code, Object score) {
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("code", code);
    area.put("score", score);
    return area;
  }

  static Map<String, Object> with(Map<String, Object> data, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(data);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }

  /** The envelope around {@code data}, with a new event id each call. */
  static Map<String, Object> envelope(Map<String, Object> data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("specversion", "1.0");
    envelope.put("id", UUID.randomUUID().toString());
    envelope.put("source", "/enterprise-service");
    envelope.put("type", "SelfAssessmentShared");
    envelope.put("subject", data.get("assessmentId"));
    envelope.put("time", TestClock.now().toString());
    envelope.put("datacontenttype", "application/json");
    envelope.put("schemaversion", 1);
    envelope.put("correlationid", "corr-assessment");
    envelope.put("district", data.get("district"));
    envelope.put("data", data);
    return envelope;
  }
}
