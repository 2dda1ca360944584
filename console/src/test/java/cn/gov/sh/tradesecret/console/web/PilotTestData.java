package cn.gov.sh.tradesecret.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A pilot, its visits and health checks as pilot-service writes them, for the pilot page. */
final class PilotTestData {

  private PilotTestData() {}

  static Map<String, Object> cultivating() {
    Map<String, Object> pilot = new HashMap<>();
    pilot.put("id", "p1");
    pilot.put("kind", "UNIT");
    pilot.put("name", "上海某集成电路有限公司");
    pilot.put("district", "310117");
    pilot.put("industry", "INTEGRATED_CIRCUITS");
    pilot.put("creditCode", null);
    pilot.put("parkId", null);
    pilot.put("status", "CULTIVATING");
    pilot.put("level", null);
    pilot.put("nominatedBy", "songjiang-officer");
    pilot.put("nominatedAt", "2026-11-02T01:00:00Z");
    pilot.put("designatedAt", null);
    return pilot;
  }

  /** The cultivated pilot, designated at {@code level} by the head of that level's bureau. */
  static Map<String, Object> designated(String level) {
    Map<String, Object> pilot = cultivating();
    pilot.put("status", "DESIGNATED");
    pilot.put("level", level);
    pilot.put("designatedAt", "2026-11-25T02:00:00Z");
    return pilot;
  }

  /** A municipal-level pilot downgraded in its 2026 review. */
  static List<Map<String, Object>> reviewedHistory() {
    Map<String, Object> step = new HashMap<>();
    step.put("action", "DOWNGRADE");
    step.put("fromStatus", "DESIGNATED");
    step.put("toStatus", "DESIGNATED");
    step.put("fromLevel", "MUNICIPAL");
    step.put("toLevel", "DISTRICT");
    step.put("reviewYear", 2026);
    step.put("reason", "保密制度执行不到位");
    step.put("actor", "municipal-head");
    step.put("actorUnit", "MR-310000");
    step.put("at", "2026-11-30T02:00:00Z");
    return List.of(step);
  }

  /** One assessment the enterprise shared: two areas scored, no answers (the API has none). */
  static List<Map<String, Object>> sharedSelfAssessments() {
    return List.of(
        Map.of(
            "id", "a1",
            "guideId", "ic-2025",
            "creditCode", "91310117MA1J3XXX0B",
            "district", "310117",
            "pilotId", "p1",
            "score", 71.3,
            "areas",
                List.of(
                    Map.of("code", "CLASSIFY", "score", 80.0),
                    Map.of("code", "STAFF", "score", 62.5)),
            "submittedAt", "2026-11-26T03:00:00Z",
            "receivedAt", "2026-11-26T03:00:01Z"));
  }

  /** The guide the assessment names, as enterprise-service lists it. */
  static List<Map<String, Object>> guides() {
    return List.of(
        Map.of(
            "id", "ic-2025",
            "sector", "INTEGRATED_CIRCUITS",
            "title", "集成电路企业商业秘密保护自评指引",
            "source", "临港新片区",
            "areas",
                List.of(
                    Map.of("code", "CLASSIFY", "title", "商业秘密识别与分级", "weight", 20),
                    Map.of("code", "STAFF", "title", "员工入职与离职", "weight", 20))));
  }

  /** One check, one finding, two items: one rectified, one overdue. */
  static List<Map<String, Object>> healthChecks() {
    return List.of(
        Map.of(
            "id", "h1",
            "pilotId", "p1",
            "district", "310117",
            "checkedOn", "2026-11-20",
            "examiner", "松江区市场监管局",
            "summary", "基本健全",
            "recordedBy", "songjiang-officer",
            "recordedAt", "2026-11-20T08:00:00Z",
            "findings",
                List.of(
                    Map.of(
                        "id", "f1",
                        "category", "CONFIDENTIALITY_AGREEMENTS",
                        "description", "新员工未签保密协议",
                        "rectifications",
                            List.of(
                                item("i1", "DONE", "2026-11-28"), item("i2", "OVERDUE", null))))));
  }

  private static Map<String, Object> item(String id, String state, String completedOn) {
    Map<String, Object> item = new HashMap<>();
    item.put("id", id);
    item.put("description", "补签保密协议 " + id);
    item.put("dueOn", "2026-11-30");
    item.put("state", state);
    item.put("completedOn", completedOn);
    item.put("completedBy", completedOn == null ? null : "songjiang-officer");
    item.put("note", null);
    return item;
  }
}
