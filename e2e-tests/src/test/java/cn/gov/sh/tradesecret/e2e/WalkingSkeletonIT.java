package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton across all five services, through the gateway, on the platform started
 * by {@code ./platform up}: an officer registers a lead; case-service publishes it; referral-service
 * and notification-service consume it; the officer reads the entry of their bureau's inbox.
 */
class WalkingSkeletonIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static LocalPlatform platform;

  @BeforeAll
  static void up() {
    platform = new LocalPlatform(Path.of("target", "platform-home").toAbsolutePath());
    LocalPlatform.Result up = platform.run(600, "up");
    if (up.exitCode() != 0) {
      platform.run(120, "down");
    }
    assertThat(up.exitCode()).as("./platform up").isZero();
    assertThat(up.lastLine()).contains("platform ready");
  }

  @AfterAll
  static void down() {
    if (platform == null) {
      return;
    }
    assertThat(platform.run(180, "down").exitCode()).isZero();
    assertThat(platform.run(30, "status").output()).doesNotContain("running");
  }

  static String tokenOf(String account) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/oauth2/token"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":demo").getBytes()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  static HttpResponse<String> call(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gateway() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long count(String database, String sql, String parameter) {
    String url = "jdbc:postgresql://127.0.0.1:" + platform.port("PG_PORT") + "/" + database;
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String LEAD = """
      {"source": "COMPLAINT", "district": "310117",
       "rightsHolder": {"name": "上海某精密机械有限公司", "creditCode": "91310117MA1J3XXX0Q"},
       "suspects": [{"name": "张某"}],
       "description": "A former engineer took the servo drawings to a competitor.",
       "claimedAmount": 350000}""";

  @Test
  void officerRegistersALeadAndItsBureauReadsItInTheInbox() {
    String officer = tokenOf("songjiang-officer");

    // The officers' console starts a W3C trace; it must reach the consumer of the event it causes.
    String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
    HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/leads"))
        .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .POST(HttpRequest.BodyPublishers.ofString(LEAD)));

    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.headers().firstValue("X-Correlation-Id")).isPresent();
    String leadId = JSON.readTree(registered.body()).get("id").asString();
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
        JSON.readTree(call("GET", "/api/inbox", officer, null).body()).get("items").findValuesAsString("subject")
            .contains(leadId));
    JsonNode entry = JSON.readTree(call("GET", "/api/inbox", officer, null).body()).get("items").valueStream()
        .filter(item -> item.get("subject").asString().equals(leadId)).findFirst().orElseThrow();
    assertThat(entry.get("eventType").asString()).isEqualTo("LeadRegistered");
    assertThat(entry.get("unit").asString()).isEqualTo("MR-310117");
    assertThat(JSON.readTree(call("GET", "/api/inbox", tokenOf("xuhui-officer"), null).body()).get("items")
        .findValuesAsString("subject")).doesNotContain(leadId);
    await().atMost(Duration.ofSeconds(60)).until(() ->
        count("referral_service", "select count(*) from watched_case where case_id = ?", leadId) == 1);

    String correlationId = registered.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(entry.get("event").get("correlationid").asString()).as("the event carries the request's id")
        .isEqualTo(correlationId);
    assertThat(platform.log("notification-service")).as("and so do the consumer's logs")
        .contains("\"correlationId\":\"" + correlationId + "\"")
        .as("which continue the request's trace").contains(traceId);

    HttpResponse<String> read = call("POST", "/api/inbox/" + entry.get("id").asString() + "/read", officer, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).get("readBy").asString()).isEqualTo("songjiang-officer");
  }

  @Test
  void theAuditLogHoldsRequestsAndRefusalsAndTheLedgerChainsTheEvents() {
    String officer = tokenOf("songjiang-officer");
    String leadId = JSON.readTree(call("POST", "/api/leads", officer, LEAD).body()).get("id").asString();
    assertThat(call("POST", "/api/leads", tokenOf("xuhui-officer"), LEAD).statusCode()).isEqualTo(403);
    String operator = tokenOf("operator");

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
      JsonNode records = JSON.readTree(call("GET", "/api/audit-records?size=500", operator, null).body());
      return records.valueStream().anyMatch(r -> r.get("path").asString().equals("/api/leads")
              && r.get("account").asString().equals("songjiang-officer") && r.get("status").asInt() == 201)
          && records.valueStream().anyMatch(r -> r.get("account").asString().equals("xuhui-officer")
              && r.get("outcome").asString().equals("REFUSED") && r.get("status").asInt() == 403);
    });
    await().atMost(Duration.ofSeconds(60)).until(() ->
        count("audit_service", "select count(*) from ledger_entry where subject = ?", leadId) >= 1);
    LocalPlatform.Result verification = platform.run(60, "verify-ledger");
    assertThat(verification.exitCode()).isZero();
    JsonNode result = JSON.readTree(verification.lastLine());
    assertThat(result.get("intact").asBoolean()).isTrue();
    assertThat(result.get("entries").asLong()).isPositive();
    assertThat(call("GET", "/api/audit-records", officer, null).statusCode()).isEqualTo(403);
  }

  /** Issue 4: a case over the threshold goes to the police and comes back to case-service as referred. */
  @Test
  void aCaseOverTheThresholdIsReferredToThePoliceAndCaseServiceShowsItReferred() {
    String officer = tokenOf("songjiang-officer");
    String head = tokenOf("songjiang-head");
    String police = tokenOf("songjiang-police");
    String leadId = JSON.readTree(call("POST", "/api/leads", officer, LEAD).body()).get("id").asString();
    HttpResponse<String> filed = call("POST", "/api/leads/" + leadId + "/filing", officer, null);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode legalCase = JSON.readTree(filed.body());
    String caseId = legalCase.get("id").asString();
    assertThat(legalCase.get("suspectedCrime").asBoolean()).isTrue();

    HttpResponse<String> proposed = call("POST", "/api/cases/" + caseId + "/referral-proposal", head,
        "{\"grounds\": \"Loss of 350,000 yuan: above the 300,000 yuan threshold of the criminal law.\"}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    String referralId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
      JsonNode items = JSON.readTree(call("GET", "/api/referrals?caseId=" + caseId, officer, null).body()).get("items");
      return items != null && !items.isEmpty() ? items.get(0).get("id").asString() : null;
    }, java.util.Objects::nonNull);

    String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    String materials = java.util.stream.Stream.of("TRANSFER_LETTER", "INVESTIGATION_REPORT", "ITEMS_LIST",
            "INSPECTION_CONCLUSIONS", "OTHER_MATERIALS")
        .map(kind -> "{\"kind\": \"" + kind + "\", \"title\": \"" + kind + "\", \"sha256\": \"" + sha + "\"}")
        .collect(java.util.stream.Collectors.joining(",", "{\"materials\": [", "]}"));
    assertStep(call("POST", "/api/referrals/" + referralId + "/approval", head, null));
    assertStep(call("POST", "/api/referrals/" + referralId + "/transfer", officer, materials));
    assertStep(call("POST", "/api/referrals/" + referralId + "/receipt", police, null));
    assertStep(call("POST", "/api/referrals/" + referralId + "/acceptance", police,
        "{\"filingNotice\": \"沪公松立字〔2026〕101号\"}"));

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
        JSON.readTree(call("GET", "/api/cases/" + caseId, officer, null).body()).get("status").asString()
            .equals("REFERRED"));
  }

  static void assertStep(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 201);
  }

  @Test
  void theInboxStreamDeliversANewEntryThroughTheGateway() throws Exception {
    String officer = tokenOf("songjiang-officer");
    HttpResponse<java.util.stream.Stream<String>> stream = HTTP.send(
        HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/inbox/stream"))
            .header("Authorization", "Bearer " + officer).header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    try (java.util.stream.Stream<String> lines = stream.body()) {
      java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> lines.forEach(received::add), "sse-reader");
      reader.setDaemon(true);
      reader.start();
      String leadId = JSON.readTree(call("POST", "/api/leads", officer, LEAD).body()).get("id").asString();

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      boolean seen = false;
      while (!seen && System.nanoTime() < deadline) {
        String line = received.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        seen = line != null && line.startsWith("data:") && line.contains(leadId);
      }
      assertThat(seen).as("an inbox-entry event naming the lead on the stream").isTrue();
    }
  }

  @Test
  void theGatewayRefusesRequestsWithoutAValidToken() {
    String officer = tokenOf("songjiang-officer");
    String[] parts = officer.split("\\.");
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1])).replace("310117", "310000").getBytes()) + "." + parts[2];

    assertThat(call("GET", "/api/leads", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/leads", tampered, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/leads", officer, null).statusCode()).isEqualTo(200);
  }

  @Test
  void badInputGetsAProblemDetailNamingTheField() {
    HttpResponse<String> response = call("POST", "/api/leads", tokenOf("songjiang-officer"),
        LEAD.replace("\"310117\"", "\"999999\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field")).containsExactly("district");
  }

  @Test
  void theCommandLineGivesATokenForADemoAccount() {
    LocalPlatform.Result token = platform.run(60, "token", "operator");

    assertThat(token.exitCode()).isZero();
    assertThat(token.lastLine().split("\\.")).hasSize(3);
    Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(token.lastLine().split("\\.")[1]), Map.class);
    assertThat(claims.get("roles").toString()).contains("OPERATOR");
  }
}
