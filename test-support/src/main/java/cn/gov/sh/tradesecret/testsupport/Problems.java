package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** The one way tests check a refusal: an RFC 9457 problem detail of the platform. */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:tradesecret:problem:";

  private Problems() {}

  /**
   * {@code response} is a problem detail with this status and type ({@code validation}, {@code
   * forbidden}, ...).
   */
  public static JsonNode assertProblem(ApiClient.Response response, int status, String type) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as("content type")
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString()).isEqualTo(TYPE_PREFIX + type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  /** A 400 {@code validation} problem naming exactly these fields, in this order. */
  public static JsonNode assertInvalid(ApiClient.Response response, String... fields) {
    JsonNode problem = assertProblem(response, 400, "validation");
    assertThat(problem.get("errors").findValuesAsString("field")).containsExactly(fields);
    return problem;
  }
}
