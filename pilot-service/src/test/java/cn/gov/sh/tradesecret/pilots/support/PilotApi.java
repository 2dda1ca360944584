package cn.gov.sh.tradesecret.pilots.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The calls the pilot tests repeat, each asserting its own success. */
public final class PilotApi {

  private final ApiClient api;

  public PilotApi(ApiClient api) {
    this.api = api;
  }

  public String nominate(DemoAccount account, Map<String, Object> pilot) {
    var response = api.as(account).post("/api/pilots", pilot);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  public JsonNode startCultivation(DemoAccount account, String id) {
    return ok(
        api.as(account)
            .post(
                "/api/pilots/" + id + "/cultivation", Map.of("note", "one enterprise one policy")));
  }

  /** Designates at {@code level}: {@code account} must be a head of that level's bureau. */
  public JsonNode designate(DemoAccount account, String id, String level) {
    return ok(
        api.as(account)
            .post(
                "/api/pilots/" + id + "/designation",
                Map.of("level", level, "reason", "designation decision 2026-7")));
  }

  /** Nominated and cultivated by {@code district}, ready for a health check or designation. */
  public String cultivating(DemoAccount district, Map<String, Object> pilot) {
    String id = nominate(district, pilot);
    startCultivation(district, id);
    return id;
  }

  /**
   * Nominated, cultivated and designated at {@code level} (by {@code designator}, a head of that
   * level's bureau).
   */
  public String designated(
      DemoAccount district, DemoAccount designator, Map<String, Object> pilot, String level) {
    String id = cultivating(district, pilot);
    designate(designator, id, level);
    return id;
  }

  private static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
