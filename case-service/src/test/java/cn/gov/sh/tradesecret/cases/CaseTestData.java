package cn.gov.sh.tradesecret.cases;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Requests as an officer's client sends them (plain JSON maps, so tests can break them), and short
 * flows.
 */
public final class CaseTestData {

  public static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private CaseTestData() {}

  /** A head of a district bureau beyond the demo accounts (the test issuer signs any account). */
  public static DemoAccount headOf(String district) {
    return new DemoAccount(
        "head-" + district,
        "MARKET_REGULATION",
        "MR-" + district,
        district,
        List.of("OFFICER", "HEAD"));
  }

  public static Map<String, Object> lead(String district, Object claimedAmount) {
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("source", "COMPLAINT");
    lead.put("district", district);
    lead.put("rightsHolder", Map.of("name", "上海某精密机械有限公司", "creditCode", "91310117MA1J3XXX0Q"));
    lead.put(
        "suspects",
        List.of(
            Map.of("name", "张某"), Map.of("name", "某科技有限公司", "creditCode", "91330100716105852F")));
    lead.put("description", "A former engineer took the servo drawings to a competitor.");
    lead.put("claimedAmount", claimedAmount);
    return lead;
  }

  public static Map<String, Object> evidence() {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("kind", "ELECTRONIC_DATA");
    evidence.put("description", "Mirror image of the suspect's laptop, sealed on site.");
    evidence.put("collectedBy", "Songjiang enforcement team 2");
    // collected the day before, on the service's clock: never in its future, whatever the suite's
    // date
    evidence.put(
        "collectedAt",
        TestClock.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
    evidence.put("sha256", SHA);
    return evidence;
  }

  /** A penalty for an act of 2025-05-01: the Anti-Unfair Competition Law 2019 applies to it. */
  public static Map<String, Object> penalty(Object fine, Object confiscation) {
    Map<String, Object> penalty = new LinkedHashMap<>();
    penalty.put("orderToStop", true);
    penalty.put("fine", fine);
    penalty.put("confiscation", confiscation);
    penalty.put("actStartedOn", "2025-05-01");
    return penalty;
  }

  public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }

  /** Registers a lead as {@code officer} and returns it. */
  public static JsonNode registerLead(
      ApiClient api, DemoAccount officer, String district, Object claimedAmount) {
    ApiClient.Response response = api.as(officer).post("/api/leads", lead(district, claimedAmount));
    if (response.status() != 201) {
      throw new AssertionError("lead not registered: " + response.body());
    }
    return response.json();
  }

  /** Registers a lead and files a case on it as {@code officer}; returns the case. */
  public static JsonNode fileCase(
      ApiClient api, DemoAccount officer, String district, Object claimedAmount) {
    String leadId = registerLead(api, officer, district, claimedAmount).get("id").asString();
    ApiClient.Response response =
        api.as(officer).post("/api/leads/" + leadId + "/filing", Map.of());
    if (response.status() != 201) {
      throw new AssertionError("case not filed: " + response.body());
    }
    return response.json();
  }
}
