package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.e2e.AccessMatrix.Access;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7's access matrix: every endpoint of every service, as the services' OpenAPI documents
 * behind the gateway list them (so a new endpoint cannot escape), called through the gateway as
 * every identity of {@code access-matrix.txt} on fixtures of Songjiang district, and compared with
 * what the table declares.
 */
@ExtendWith(PlatformExtension.class)
class AccessMatrixIT {

  static final AccessMatrix MATRIX = AccessMatrix.load("/access-matrix.txt");

  /** Which fixture an {@code {id}} names, by the path before it. */
  static final Map<String, String> RESOURCES =
      Map.ofEntries(
          entry("/api/leads", "lead"),
          entry("/api/matters", "lead"),
          entry("/api/cases", "case"),
          entry("/api/referrals", "referral"),
          entry("/api/reverse-referrals", "reverseReferral"),
          entry("/api/confirmations", "confirmation"),
          entry("/api/pilots", "pilot"),
          entry("/api/pilots/designated", "designatedPilot"),
          entry("/api/pilots/self-assessments", "selfAssessment"),
          entry("/api/health-checks", "healthCheck"),
          entry("/api/webhook-endpoints", "webhookEndpoint"),
          entry("/api/subscriptions", "subscription"),
          entry("/api/inbox", "inboxEntry"),
          entry("/api/deliveries", "delivery"),
          entry("/api/dead-letters", "deadLetter"),
          entry("/api/reports", "report"),
          entry("/api/deposits", "deposit"),
          entry("/api/assessment-guides", "guide"),
          entry("/api/self-assessments", "selfAssessment"));

  static final Map<String, String> OTHER_PATH_VARIABLES =
      Map.of(
          "leadId",
          "leadToFile",
          "appraisalId",
          "appraisal",
          "itemId",
          "rectification",
          "eventId",
          "ledgerEntry");

  /** Calls that consume their resource get one of their own. */
  static final Map<String, String> CONSUMING =
      Map.of("DELETE /api/subscriptions/{id}", "freshSubscription");

  /**
   * What anyone may call without a token, by the service that answers it: like {@code /oauth2} and
   * the event catalogue no part of the table, which is about who is let in.
   */
  static final Map<String, String> PUBLIC =
      Map.of(
          "GET /api/deposits/verification?sha256={depositedFingerprint}", "enterprise-service",
          "GET /api/timestamping/certificate", "enterprise-service");

  static final Map<String, String> REQUIRED_QUERY = Map.of("year", "2026", "pilotId", "{pilot}");

  static final String REASONS = "{\"reasons\": \"写明理由 (reasons written out).\"}";

  /**
   * A valid body for every endpoint that takes one, so that validation never hides the access
   * decision.
   */
  static final Map<String, String> BODIES =
      Map.ofEntries(
          entry("POST /api/leads", MatrixFixtures.LEAD),
          entry(
              "POST /api/leads/{id}/decline",
              "{\"reasonCode\": \"NO_VIOLATION\", \"reason\": \"No infringement found.\"}"),
          entry(
              "POST /api/leads/{id}/deadline-extension",
              "{\"reason\": \"The rights holder sends more material.\"}"),
          entry(
              "POST /api/cases/{id}/evidence",
              """
          {"kind": "DOCUMENT", "description": "Servo drawings found at the competitor", "collectedBy": "songjiang-officer",
           "collectedAt": "2026-11-20T10:00:00Z", "sha256": "%s"}"""
                  .formatted(MatrixFixtures.SHA256)),
          entry(
              "POST /api/cases/{id}/secret-points",
              "{\"category\": \"TECHNICAL\", \"content\": \"Servo tuning parameters\", \"confidentialityMeasures\": \"Access control\"}"),
          entry(
              "POST /api/cases/{id}/appraisals",
              "{\"matter\": \"IDENTITY\", \"institution\": \"上海市科技咨询服务中心\"}"),
          entry(
              "POST /api/cases/{id}/appraisals/{appraisalId}/result",
              "{\"conclusion\": \"CONFIRMED\", \"reportSha256\": \""
                  + MatrixFixtures.SHA256
                  + "\"}"),
          entry(
              "POST /api/cases/{id}/deadline-extensions",
              "{\"basis\": \"HEAD_APPROVAL\", \"reason\": \"Appraisal pending.\"}"),
          entry(
              "POST /api/cases/{id}/referral-proposal",
              "{\"grounds\": \"Loss above the threshold of the criminal law.\"}"),
          entry(
              "POST /api/cases/{id}/penalty-decision",
              "{\"orderToStop\": true, \"fine\": 200000, \"confiscation\": 0,"
                  + " \"actStartedOn\": \"2026-01-05\"}"),
          entry(
              "POST /api/cases/{id}/mediation-failure", "{\"reason\": \"PARTIES_DID_NOT_AGREE\"}"),
          entry(
              "POST /api/cases/{id}/penalty-execution",
              "{\"manner\": \"PAID_IN_FULL\", \"amountPaid\": 200000,"
                  + " \"documentNumber\": \"沪非税缴〔2026〕000001\"}"),
          entry("POST /api/cases/{id}/act", "{\"actStartedOn\": \"2026-01-05\"}"),
          entry(
              "POST /api/cases/{id}/facts",
              "{\"secretType\": \"TECHNICAL\", \"industry\": \"集成电路\", \"foreignRelated\": false,"
                  + " \"amountInvolved\": 350000}"),
          entry("POST /api/leads/{id}/designation", MatrixFixtures.DESIGNATION),
          entry(
              "POST /api/cases/{id}/mediation",
              "{\"courtUnit\": \"COURT-310117\", \"agreementSha256\": \""
                  + MatrixFixtures.SHA256
                  + "\"}"),
          entry("POST /api/cases/{id}/closing", "{\"reason\": \"Decided and carried out.\"}"),
          entry(
              "POST /api/cases/{id}/rights-holder-bankruptcy",
              "{\"declaredOn\": \"2026-01-05\", \"ruling\": \"(2026)沪03破12号\"}"),
          entry(
              "POST /api/referrals",
              "{\"caseId\": \"{case}\", \"district\": \"310117\", \"reason\": \"Suspected crime.\"}"),
          entry("POST /api/referrals/{id}/transfer", transferBody()),
          entry("POST /api/referrals/{id}/rejection", REASONS),
          entry(
              "POST /api/referrals/{id}/forwarding",
              "{\"toPoliceUnit\": \"PSB-310112\", \"reasons\": \"Minhang is competent.\"}"),
          entry("POST /api/referrals/{id}/acceptance", "{\"filingNotice\": \"沪公松立字〔2026〕101号\"}"),
          entry("POST /api/referrals/{id}/decline", REASONS),
          entry("POST /api/referrals/{id}/reconsideration-request", REASONS),
          entry(
              "POST /api/referrals/{id}/reconsideration-decision",
              "{\"outcome\": \"DECLINE_UPHELD\", \"reasons\": \"No crime.\"}"),
          entry("POST /api/referrals/{id}/supervision-request", REASONS),
          entry("POST /api/referrals/{id}/explanation-requirement", REASONS),
          entry("POST /api/referrals/{id}/explanation", REASONS),
          entry("POST /api/referrals/{id}/filing-order", REASONS),
          entry("POST /api/referrals/{id}/supervision-closure", REASONS),
          entry(
              "POST /api/referrals/{id}/items-handover",
              "{\"items\": [\"Servo drawings, 3 volumes\"]}"),
          entry(
              "POST /api/reverse-referrals",
              """
          {"district": "310117", "ground": "TOO_MINOR", "rightsHolder": "上海某精密机械有限公司", "suspects": ["张某"],
           "summary": "Too minor for a criminal case; back to the bureau."}"""),
          entry("POST /api/confirmations/{id}/refusal", REASONS),
          entry(
              "POST /api/pilots",
              "{\"kind\": \"POINT\", \"name\": \"松江某服务站{run}\", \"district\": \"310117\", \"industry\": \"BIOMEDICINE\"}"),
          entry("POST /api/pilots/{id}/cultivation", "{}"),
          entry("POST /api/pilots/{id}/withdrawal", "{\"reason\": \"The unit moved away.\"}"),
          entry("POST /api/pilots/{id}/designation", "{\"level\": \"DISTRICT\"}"),
          entry("POST /api/pilots/{id}/reviews", "{\"year\": 2026, \"outcome\": \"PASSED\"}"),
          entry(
              "POST /api/pilots/{id}/guidance-visits",
              """
          {"visitedOn": "2026-11-20", "officers": ["songjiang-officer"], "topics": ["保密协议"],
           "advice": "Sign confidentiality agreements with every new hire."}"""),
          entry(
              "POST /api/pilot-imports",
              "kind,name,district,industry\nUNIT,松江某生物医药公司{run},310117,BIOMEDICINE\n"),
          entry(
              "POST /api/health-checks",
              """
          {"pilotId": "{pilot}", "checkedOn": "2026-11-21", "examiner": "松江区市场监管局",
           "findings": [{"category": "CONFIDENTIALITY_RULES", "description": "No written rules.",
                         "rectifications": [{"description": "Write the rules.", "dueOn": "2027-01-31"}]}]}"""),
          entry(
              "POST /api/health-checks/{id}/rectifications/{itemId}/completion",
              "{\"completedOn\": \"2026-11-24\"}"),
          entry("POST /api/webhook-endpoints", "{\"url\": \"http://127.0.0.1:9/other\"}"),
          entry(
              "POST /api/subscriptions",
              "{\"eventSelector\": \"case-events\", \"channel\": \"INBOX\"}"),
          entry("POST /api/reports", MatrixFixtures.REPORT),
          entry("POST /api/deposits", MatrixFixtures.DEPOSIT),
          // no identity of the table may use the authority directly: each is refused before the
          // request (DER, application/timestamp-query) is read
          entry("POST /api/timestamping", "not an RFC 3161 request"),
          entry("POST /api/self-assessments", MatrixFixtures.SELF_ASSESSMENT),
          entry(
              "POST /api/replays",
              "{\"endpointId\": \"{webhookEndpoint}\", \"since\": \"2026-11-01T00:00:00Z\"}"));

  static Gateway gateway;
  static Map<String, Operation> documented;
  static MatrixFixtures fixtures;

  @BeforeAll
  static void setUp(Gateway running) {
    gateway = running;
    documented = documentedEndpoints();
    PUBLIC.keySet().forEach(endpoint -> documented.remove(endpoint.replaceAll("\\?.*", "")));
    fixtures = new MatrixFixtures(gateway).create();
  }

  @Test
  void everyDocumentedEndpointHasAnEntryAndEveryEntryAnEndpoint() {
    assertThat(MATRIX.differencesFrom(documented.keySet())).isEmpty();
    assertThat(documented).as("the six services' endpoints").hasSizeGreaterThan(80);
  }

  @Test
  void aTableMissingAnEntryFailsTheCheck() {
    String endpoint = "POST /api/referrals/{id}/acceptance";

    assertThat(MATRIX.without(endpoint).differencesFrom(documented.keySet()))
        .containsExactly("no entry in the access matrix for " + endpoint);
  }

  @Test
  void everyEndpointRefusesACallerWithoutATokenAtTheGatewayAndAtItsService() {
    List<String> admitted = new ArrayList<>();
    for (String endpoint : documented.keySet()) {
      if (call(endpoint, null, gateway.uri()).status() != 401) {
        admitted.add(endpoint + " at the gateway");
      }
      if (call(endpoint, null, direct(endpoint)).status() != 401) {
        admitted.add(endpoint + " at " + documented.get(endpoint).service());
      }
    }

    assertThat(admitted).as("endpoints that answer without a token").isEmpty();
  }

  @Test
  void thePublicEndpointsAnswerWithoutATokenAtTheGatewayAndAtTheirService() {
    List<String> refused = new ArrayList<>();
    PUBLIC.forEach(
        (endpoint, service) -> {
          String path = fixtures.fill(endpoint.substring(endpoint.indexOf(' ') + 1));
          String atService =
              "http://localhost:"
                  + gateway.platform.port(new Operation(service, null).portVariable());
          for (String base : List.of(gateway.uri(), atService)) {
            HttpResponse<InputStream> response =
                sendRespectingRateLimit(HttpRequest.newBuilder(URI.create(base + path)));
            String body = readUnlessStream(response);
            if (response.statusCode() != 200) {
              refused.add(endpoint + " at " + base + ": " + response.statusCode() + " " + body);
            }
          }
        });

    assertThat(refused).as("public endpoints that do not answer without a token").isEmpty();
  }

  @Test
  void everyIdentityGetsWhatTheTableDeclaresThroughTheGateway() throws IOException {
    assertMatchesTheTable(endpoint -> gateway.uri(), "through-gateway");
  }

  /** Each service enforces access itself: calling it directly, past the gateway, gains nothing. */
  @Test
  void everyIdentityGetsWhatTheTableDeclaresFromTheServicesCalledDirectly() throws IOException {
    assertMatchesTheTable(AccessMatrixIT::direct, "direct");
  }

  private static String direct(String endpoint) {
    return "http://localhost:" + gateway.platform.port(documented.get(endpoint).portVariable());
  }

  private static void assertMatchesTheTable(
      java.util.function.Function<String, String> base, String run) throws IOException {
    List<String> mismatches = new ArrayList<>();
    StringBuilder observed =
        new StringBuilder("identities " + String.join(" ", MATRIX.identities()) + "\n");
    for (String endpoint : MATRIX.entries().keySet()) {
      if (!documented.containsKey(endpoint)) {
        continue;
      }
      observed.append(endpoint);
      for (String identity : MATRIX.identities()) {
        Outcome outcome = call(endpoint, gateway.tokenOf(identity), base.apply(endpoint));
        Access expected = MATRIX.expected(endpoint, identity);
        observed.append(' ').append(outcome.access() == null ? "?" : outcome.access().cell);
        if (outcome.access() != expected) {
          mismatches.add(
              "%s as %s: declared %s, got %s"
                  .formatted(endpoint, identity, expected.cell, outcome));
        }
      }
      observed.append('\n');
    }
    Path report = Path.of("target", "access-matrix-observed-" + run + ".txt");
    Files.writeString(report, observed);
    assertThat(mismatches)
        .as("cells that differ from the table (all observed: %s)", report.toAbsolutePath())
        .isEmpty();
  }

  /**
   * What one call got: the status, and how it reads in the table (null when it reads as neither).
   */
  record Outcome(int status, Access access, String body) {
    @Override
    public String toString() {
      String shown = access == null ? "?" : access.cell;
      return shown
          + " ("
          + status
          + (access == Access.PERMITTED || status == 200 ? "" : " " + abbreviated(body))
          + ")";
    }

    private static String abbreviated(String body) {
      return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
  }

  /** An operation of a service's OpenAPI document. */
  record Operation(String service, JsonNode definition) {
    /**
     * The variable of {@code ./platform} that holds the service's port, such as {@code CASE_PORT}.
     */
    String portVariable() {
      return service.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_PORT";
    }
  }

  private static Outcome call(String endpoint, String token, String base) {
    JsonNode operation = documented.get(endpoint).definition();
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String template = endpoint.substring(endpoint.indexOf(' ') + 1);
    String path = pathOf(endpoint, template) + query(method, operation);
    String body = BODIES.containsKey(endpoint) ? fixtures.fill(BODIES.get(endpoint)) : null;
    if (operation.has("requestBody") && body == null) {
      throw new AssertionError(endpoint + " takes a body: add a valid one to BODIES");
    }
    String contentType =
        operation.has("requestBody")
            ? operation.get("requestBody").get("content").propertyNames().iterator().next()
            : "application/json";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<InputStream> response = sendRespectingRateLimit(request);
    String text = readUnlessStream(response);
    String listed =
        method.equals("GET") && !template.contains("{") ? RESOURCES.get(template) : null;
    if (listed != null && response.statusCode() == 200) {
      text = pagesUntil(fixtures.id(listed), text, URI.create(base + path), token);
    }
    return new Outcome(response.statusCode(), classify(listed, response.statusCode(), text), text);
  }

  /** The pages of a list, from the first, up to the one that holds {@code id} (or all of them). */
  private static String pagesUntil(String id, String firstPage, URI uri, String token) {
    StringBuilder pages = new StringBuilder(firstPage);
    int total =
        firstPage.startsWith("{") ? JSON.readTree(firstPage).path("totalPages").asInt(1) : 1;
    for (int page = 1; page < total && pages.indexOf(id) < 0; page++) {
      HttpRequest.Builder next =
          HttpRequest.newBuilder(
                  URI.create(uri + (uri.getQuery() == null ? "?" : "&") + "page=" + page))
              .header("Authorization", "Bearer " + token);
      pages.append(readUnlessStream(sendRespectingRateLimit(next)));
    }
    return pages.toString();
  }

  private static Access classify(String listed, int status, String body) {
    if (status >= 200 && status < 300) {
      return listed == null || body.contains(fixtures.id(listed))
          ? Access.PERMITTED
          : Access.FILTERED;
    }
    return switch (status) {
      case 409, 412, 422, 428 -> Access.PERMITTED;
      case 403, 404 -> Access.REFUSED;
      default -> null;
    };
  }

  private static String pathOf(String endpoint, String template) {
    if (CONSUMING.containsKey(endpoint)) {
      return template.replace("{id}", fixtures.id(CONSUMING.get(endpoint)));
    }
    Matcher variables = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
    StringBuilder path = new StringBuilder();
    while (variables.find()) {
      String name = variables.group(1);
      String fixture =
          name.equals("id")
              ? RESOURCES.get(template.substring(0, variables.start() - 1))
              : OTHER_PATH_VARIABLES.get(name);
      if (fixture == null) {
        throw new AssertionError(
            endpoint
                + ": no fixture for {"
                + name
                + "}: add one to RESOURCES or OTHER_PATH_VARIABLES");
      }
      variables.appendReplacement(path, fixtures.id(fixture));
    }
    return variables.appendTail(path).toString();
  }

  /** Values for the required query parameters, and a page large enough to hold the fixtures. */
  private static String query(String method, JsonNode operation) {
    List<String> parameters = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.get("name").asString();
      if (!parameter.get("in").asString().equals("query")) {
        continue;
      }
      if (parameter.path("required").asBoolean()) {
        String value = REQUIRED_QUERY.get(name);
        if (value == null) {
          throw new AssertionError(
              "no value for the required query parameter " + name + ": add one to REQUIRED_QUERY");
        }
        parameters.add(name + "=" + fixtures.fill(value));
      } else if (name.equals("size") && method.equals("GET")) {
        parameters.add("size=100");
      }
    }
    return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
  }

  private static HttpResponse<InputStream> sendRespectingRateLimit(HttpRequest.Builder request) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<InputStream> response =
          gateway.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 429 || attempt == 5) {
        return response;
      }
      readUnlessStream(response);
      long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
      try {
        Thread.sleep(seconds * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The body, except of an event stream, which never ends: it is closed once its status is known.
   */
  private static String readUnlessStream(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      boolean stream =
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
      return stream ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "METHOD /path" of every operation of every service document the gateway's Swagger UI lists. */
  private static Map<String, Operation> documentedEndpoints() {
    JsonNode config =
        JSON.readTree(gateway.call("GET", "/v3/api-docs/swagger-config", null, null).body());
    Map<String, Operation> endpoints = new LinkedHashMap<>();
    for (JsonNode service : config.get("urls")) {
      HttpResponse<String> document =
          gateway.call("GET", service.get("url").asString(), null, null);
      assertThat(document.statusCode()).as(service.get("url").asString()).isEqualTo(200);
      JsonNode paths = JSON.readTree(document.body()).get("paths");
      for (String path : paths.propertyNames()) {
        for (String method : paths.get(path).propertyNames()) {
          endpoints.put(
              method.toUpperCase() + " " + path,
              new Operation(service.get("name").asString(), paths.get(path).get(method)));
        }
      }
    }
    return endpoints;
  }

  private static String transferBody() {
    return java.util.stream.Stream.of(
            "TRANSFER_LETTER",
            "INVESTIGATION_REPORT",
            "ITEMS_LIST",
            "INSPECTION_CONCLUSIONS",
            "OTHER_MATERIALS")
        .map(
            kind ->
                "{\"kind\": \""
                    + kind
                    + "\", \"title\": \""
                    + kind
                    + "\", \"sha256\": \""
                    + MatrixFixtures.SHA256
                    + "\"}")
        .collect(Collectors.joining(",", "{\"materials\": [", "]}"));
  }
}
