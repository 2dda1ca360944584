package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static cn.gov.sh.tradesecret.e2e.MatrixFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton across all five services, through the gateway, on the platform started by
 * {@code ./platform up}: an officer registers a lead; case-service publishes it; referral-service
 * and notification-service consume it; the officer reads the entry of their bureau's inbox.
 */
@ExtendWith(PlatformExtension.class)
class WalkingSkeletonIT {

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  @Test
  void officerRegistersALeadAndItsBureauReadsItInTheInbox() {
    String officer = gateway.tokenOf("songjiang-officer");

    // The officers' console starts a W3C trace; it must reach the consumer of the event it causes.
    String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
    HttpResponse<String> registered =
        gateway.send(
            HttpRequest.newBuilder(URI.create(gateway.uri() + "/api/leads"))
                .header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(LEAD)));

    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.headers().firstValue("X-Correlation-Id")).isPresent();
    String leadId = JSON.readTree(registered.body()).get("id").asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                JSON.readTree(gateway.call("GET", "/api/inbox", officer, null).body())
                    .get("items")
                    .findValuesAsString("subject")
                    .contains(leadId));
    JsonNode entry =
        JSON.readTree(gateway.call("GET", "/api/inbox", officer, null).body())
            .get("items")
            .valueStream()
            .filter(item -> item.get("subject").asString().equals(leadId))
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("eventType").asString()).isEqualTo("LeadRegistered");
    assertThat(entry.get("unit").asString()).isEqualTo("MR-310117");
    assertThat(
            JSON.readTree(
                    gateway
                        .call("GET", "/api/inbox", gateway.tokenOf("xuhui-officer"), null)
                        .body())
                .get("items")
                .findValuesAsString("subject"))
        .doesNotContain(leadId);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                gateway.count(
                        "referral_service",
                        "select count(*) from watched_case where case_id = ?",
                        leadId)
                    == 1);

    String correlationId = registered.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(entry.get("event").get("correlationid").asString())
        .as("the event carries the request's id")
        .isEqualTo(correlationId);
    assertThat(gateway.platform.log("notification-service"))
        .as("and so do the consumer's logs")
        .contains("\"correlationId\":\"" + correlationId + "\"")
        .as("which continue the request's trace")
        .contains(traceId);

    HttpResponse<String> read =
        gateway.call("POST", "/api/inbox/" + entry.get("id").asString() + "/read", officer, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).get("readBy").asString()).isEqualTo("songjiang-officer");
  }

  @Test
  void theAuditLogHoldsRequestsAndRefusalsAndTheLedgerChainsTheEvents() {
    String officer = gateway.tokenOf("songjiang-officer");
    String leadId =
        JSON.readTree(gateway.call("POST", "/api/leads", officer, LEAD).body())
            .get("id")
            .asString();
    assertThat(
            gateway.call("POST", "/api/leads", gateway.tokenOf("xuhui-officer"), LEAD).statusCode())
        .isEqualTo(403);
    String operator = gateway.tokenOf("operator");

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              JsonNode records =
                  JSON.readTree(
                      gateway.call("GET", "/api/audit-records?size=500", operator, null).body());
              return records
                      .valueStream()
                      .anyMatch(
                          r ->
                              r.get("path").asString().equals("/api/leads")
                                  && r.get("account").asString().equals("songjiang-officer")
                                  && r.get("status").asInt() == 201)
                  && records
                      .valueStream()
                      .anyMatch(
                          r ->
                              r.get("account").asString().equals("xuhui-officer")
                                  && r.get("outcome").asString().equals("REFUSED")
                                  && r.get("status").asInt() == 403);
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                gateway.count(
                        "audit_service",
                        "select count(*) from ledger_entry where subject = ?",
                        leadId)
                    >= 1);
    LocalPlatform.Result verification = gateway.platform.run(60, "verify-ledger");
    assertThat(verification.exitCode()).isZero();
    JsonNode result = JSON.readTree(verification.lastLine());
    assertThat(result.get("intact").asBoolean()).isTrue();
    assertThat(result.get("entries").asLong()).isPositive();
    assertThat(gateway.call("GET", "/api/audit-records", officer, null).statusCode())
        .isEqualTo(403);
  }

  /**
   * Issue 4: a case over the threshold goes to the police and comes back to case-service as
   * referred.
   */
  @Test
  void aCaseOverTheThresholdIsReferredToThePoliceAndCaseServiceShowsItReferred() {
    String officer = gateway.tokenOf("songjiang-officer");
    String head = gateway.tokenOf("songjiang-head");
    String police = gateway.tokenOf("songjiang-police");
    String leadId =
        JSON.readTree(gateway.call("POST", "/api/leads", officer, LEAD).body())
            .get("id")
            .asString();
    // since SAMR Order No. 126 the municipal bureau designates the district bureau first
    HttpResponse<String> designated =
        gateway.call(
            "POST",
            "/api/leads/" + leadId + "/designation",
            gateway.tokenOf("municipal-head"),
            MatrixFixtures.DESIGNATION);
    assertThat(designated.statusCode()).as(designated.body()).isEqualTo(200);
    HttpResponse<String> filed =
        gateway.call("POST", "/api/leads/" + leadId + "/filing", officer, null);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode legalCase = JSON.readTree(filed.body());
    String caseId = legalCase.get("id").asString();
    assertThat(legalCase.get("suspectedCrime").asBoolean()).isTrue();

    HttpResponse<String> proposed =
        gateway.call(
            "POST",
            "/api/cases/" + caseId + "/referral-proposal",
            head,
            "{\"grounds\": \"Loss of 350,000 yuan: above the 300,000 yuan threshold of the criminal law.\"}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    String referralId =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> {
                  JsonNode items =
                      JSON.readTree(
                              gateway
                                  .call("GET", "/api/referrals?caseId=" + caseId, officer, null)
                                  .body())
                          .get("items");
                  return items != null && !items.isEmpty()
                      ? items.get(0).get("id").asString()
                      : null;
                },
                java.util.Objects::nonNull);

    String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    String materials =
        java.util.stream.Stream.of(
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
                        + sha
                        + "\"}")
            .collect(java.util.stream.Collectors.joining(",", "{\"materials\": [", "]}"));
    assertStep(gateway.call("POST", "/api/referrals/" + referralId + "/approval", head, null));
    assertStep(
        gateway.call("POST", "/api/referrals/" + referralId + "/transfer", officer, materials));
    assertStep(gateway.call("POST", "/api/referrals/" + referralId + "/receipt", police, null));
    assertStep(
        gateway.call(
            "POST",
            "/api/referrals/" + referralId + "/acceptance",
            police,
            "{\"filingNotice\": \"沪公松立字〔2026〕101号\"}"));

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                JSON.readTree(gateway.call("GET", "/api/cases/" + caseId, officer, null).body())
                    .get("status")
                    .asString()
                    .equals("REFERRED"));
  }

  static void assertStep(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as(response.uri() + " " + response.body())
        .isBetween(200, 201);
  }

  @Test
  void theInboxStreamDeliversANewEntryThroughTheGateway() throws Exception {
    String officer = gateway.tokenOf("songjiang-officer");
    HttpResponse<java.util.stream.Stream<String>> stream =
        gateway.send(
            HttpRequest.newBuilder(URI.create(gateway.uri() + "/api/inbox/stream"))
                .header("Authorization", "Bearer " + officer)
                .header("Accept", "text/event-stream"),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    try (java.util.stream.Stream<String> lines = stream.body()) {
      java.util.concurrent.BlockingQueue<String> received =
          new java.util.concurrent.LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> lines.forEach(received::add), "sse-reader");
      reader.setDaemon(true);
      reader.start();
      String leadId =
          JSON.readTree(gateway.call("POST", "/api/leads", officer, LEAD).body())
              .get("id")
              .asString();

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
    String officer = gateway.tokenOf("songjiang-officer");
    String[] parts = officer.split("\\.");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace("310117", "310000")
                        .getBytes())
            + "."
            + parts[2];

    assertThat(gateway.call("GET", "/api/leads", null, null).statusCode()).isEqualTo(401);
    assertThat(gateway.call("GET", "/api/leads", tampered, null).statusCode()).isEqualTo(401);
    assertThat(gateway.call("GET", "/api/leads", officer, null).statusCode()).isEqualTo(200);
  }

  @Test
  void badInputGetsAProblemDetailNamingTheField() {
    HttpResponse<String> response =
        gateway.call(
            "POST",
            "/api/leads",
            gateway.tokenOf("songjiang-officer"),
            LEAD.replace("\"310117\"", "\"999999\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
        .containsExactly("district");
  }

  @Test
  void theCommandLineGivesATokenForADemoAccount() {
    LocalPlatform.Result token = gateway.platform.run(60, "token", "operator");

    assertThat(token.exitCode()).isZero();
    assertThat(token.lastLine().split("\\.")).hasSize(3);
    Map<?, ?> claims =
        JSON.readValue(Base64.getUrlDecoder().decode(token.lastLine().split("\\.")[1]), Map.class);
    assertThat(claims.get("roles").toString()).contains("OPERATOR");
  }
}
